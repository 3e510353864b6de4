/**
 * Fake container runtimes on unix sockets, for the container metadata tests: a Docker Engine
 * API (HTTP/1.1) answering container inspects and image details, and a CRI runtime (gRPC over
 * HTTP/2) answering the runtime.v1alpha2 calls sinsp makes.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as http2 from 'node:http2';
import { encodeMessage, ProtoField, ProtoMessage } from '../../src/live/protobuf';

export interface FakeDocker {
  /** request paths, in the order they came */
  readonly requests: string[];
  close(): Promise<void>;
}

export interface FakeDockerOptions {
  /** inspect bodies by the id asked for (12 characters, as sinsp asks) */
  containers: Record<string, unknown>;
  /** image details by image id (no sha256: prefix) */
  images?: Record<string, unknown>;
  /** podman's image list */
  imageList?: unknown[];
  /** answer 400 to versioned paths (an API that does not know /v1.24) */
  refuseVersion?: boolean;
  /** wait this long before answering */
  delayMs?: number;
}

/** A Docker-compatible API on a unix socket. */
export async function startFakeDocker(socketPath: string, opts: FakeDockerOptions): Promise<FakeDocker> {
  try { fs.unlinkSync(socketPath); } catch { /* not there */ }
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    const answer = () => {
      let p = url;
      if (p.startsWith('/v1.24/')) {
        if (opts.refuseVersion) { res.writeHead(400, { 'Content-Type': 'application/json' }); res.end('{"message":"client version 1.24 is too old"}'); return; }
        p = p.slice('/v1.24'.length);
      }
      let m = /^\/containers\/([^/]+)\/json$/.exec(p);
      if (m && opts.containers[m[1]] !== undefined) { json(res, opts.containers[m[1]]); return; }
      m = /^\/images\/([^/]+)\/json\?digests=1$/.exec(p);
      if (m && opts.images?.[m[1]] !== undefined) { json(res, opts.images[m[1]]); return; }
      if (p === '/images/json?digests=1' && opts.imageList !== undefined) { json(res, opts.imageList); return; }
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end('{"message":"No such container"}');
    };
    if (opts.delayMs) setTimeout(answer, opts.delayMs); else answer();
  });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(socketPath, () => resolve()); });
  return {
    requests,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

function json(res: http.ServerResponse, body: unknown): void {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

// ---- CRI ------------------------------------------------------------------------------

export interface FakeCriContainer {
  fullId: string;
  name: string;
  createdAtNs: bigint;
  image: string;
  imageRef: string;
  labels?: Record<string, string>;
  mounts?: { containerPath: string; hostPath: string; readonly: boolean; propagation: number }[];
  /** the verbose info map's "info" entry */
  info?: unknown;
}

export interface FakeCriOptions {
  runtimeName: string;
  /** ContainerStatus answers by the id asked for */
  containers: Record<string, FakeCriContainer>;
  /** pod sandboxes by id: their IP, and whether they use the host's network */
  sandboxes?: Record<string, { ip: string; hostNetwork?: boolean }>;
  /** ListContainers: the sandbox of a container id */
  containerSandbox?: Record<string, string>;
  /** ListImages: image ids by image ref */
  imageIds?: Record<string, string>;
  /** answer Version with this gRPC status instead */
  versionStatus?: number;
}

export interface FakeCri {
  /** method names called, in order */
  readonly calls: string[];
  close(): Promise<void>;
}

const str = (no: number, s: string): ProtoField => ({ no, string: s });
const msg = (no: number, fields: ProtoField[]): ProtoField => ({ no, message: encodeMessage(fields) });
const mapEntries = (no: number, m: Record<string, string>): ProtoField[] => Object.entries(m).map(([k, v]) => msg(no, [str(1, k), str(2, v)]));

/** A CRI runtime on a unix socket (unary calls only). */
export async function startFakeCri(socketPath: string, opts: FakeCriOptions): Promise<FakeCri> {
  try { fs.unlinkSync(socketPath); } catch { /* not there */ }
  const calls: string[] = [];
  const server = http2.createServer();
  server.on('stream', (stream, headers) => {
    const path = String(headers[':path'] ?? '');
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      const body = Buffer.concat(chunks);
      const req = ProtoMessage.decode(body.subarray(5, 5 + body.readUInt32BE(1)));
      const method = path.slice(path.lastIndexOf('/') + 1);
      calls.push(method);
      const reply = (status: number, fields?: ProtoField[]) => {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
        stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': String(status) }));
        if (fields !== undefined) {
          const m = encodeMessage(fields);
          const frame = Buffer.alloc(5 + m.length);
          frame.writeUInt32BE(m.length, 1);
          m.copy(frame, 5);
          stream.end(frame);
        } else {
          stream.end();
        }
      };
      const NOT_FOUND = 5;
      if (!path.startsWith('/runtime.v1alpha2.')) { reply(12); return; }
      switch (method) {
        case 'Version':
          if (opts.versionStatus !== undefined) reply(opts.versionStatus);
          else reply(0, [str(1, '0.1.0'), str(2, opts.runtimeName), str(3, '1.6.0'), str(4, 'v1alpha2')]);
          return;
        case 'ContainerStatus': {
          const c = opts.containers[req.string(1)];
          if (c === undefined) { reply(NOT_FOUND); return; }
          const status: ProtoField[] = [
            str(1, c.fullId), msg(2, [str(1, c.name), { no: 2, varint: 0 }]), { no: 3, varint: 1 }, { no: 4, varint: c.createdAtNs },
            msg(8, [str(1, c.image)]), str(9, c.imageRef), ...mapEntries(12, c.labels ?? {}),
            ...(c.mounts ?? []).map((m) => msg(14, [str(1, m.containerPath), str(2, m.hostPath), { no: 3, bool: m.readonly }, { no: 5, varint: m.propagation }])),
          ];
          reply(0, [msg(1, status), ...(c.info !== undefined ? mapEntries(2, { info: JSON.stringify(c.info) }) : [])]);
          return;
        }
        case 'PodSandboxStatus': {
          const s = opts.sandboxes?.[req.string(1)];
          if (s === undefined) { reply(NOT_FOUND); return; }
          const linux = msg(6, [msg(1, [msg(2, [{ no: 1, varint: s.hostNetwork ? 2 : 0 }])])]);
          reply(0, [msg(1, [str(1, req.string(1)), msg(5, [str(1, s.ip)]), linux])]);
          return;
        }
        case 'ListContainers': {
          const id = req.message(1).string(1);
          const sb = opts.containerSandbox?.[id];
          reply(0, sb === undefined ? [] : [msg(1, [str(1, id), str(2, sb)])]);
          return;
        }
        case 'ListImages': {
          const ref = req.message(1).message(1).string(1);
          const id = opts.imageIds?.[ref];
          reply(0, id === undefined ? [] : [msg(1, [str(1, id)])]);
          return;
        }
        default:
          reply(12);
      }
    });
  });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(socketPath, () => resolve()); });
  return { calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
