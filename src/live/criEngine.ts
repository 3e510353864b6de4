/**
 * Container metadata from a CRI runtime (containerd, cri-o) over its gRPC socket, as
 * libsinsp's CRI engine gets it: the runtime.v1alpha2 API, a Version call when the engine
 * starts (which also tells containerd from cri-o), then per container a verbose
 * ContainerStatus, the pod sandbox's status for the IP address, and, when the runtime's
 * verbose info leaves them out, the resource limits read from the container's cgroups.
 * gRPC runs on node:http2 with the few protobuf messages written by hand (protobuf.ts).
 */
import * as fs from 'node:fs';
import * as http2 from 'node:http2';
import * as net from 'node:net';
import { CONTAINER_TYPE, LOOKUP, ContainerRecord, newContainerRecord } from './containerRecord';
import { encodeMessage, ProtoMessage } from './protobuf';
import { countCpuList, parseIpv4, splitImage } from './dockerEngine';

/** gRPC status codes the client itself produces */
export const GRPC = { OK: 0, CANCELLED: 1, UNKNOWN: 2, DEADLINE_EXCEEDED: 4, UNIMPLEMENTED: 12, UNAVAILABLE: 14 } as const;

export interface GrpcAnswer {
  /** the gRPC status (UNAVAILABLE when the call never got an answer) */
  status: number;
  /** the response message, when the call succeeded */
  message: Buffer | undefined;
}

/** the most of a response we read */
const MAX_RESPONSE = 16 << 20;

/** Unary gRPC calls over HTTP/2 on a unix socket; one connection, opened on the first call. */
export class GrpcUnixClient {
  private session: http2.ClientHttp2Session | undefined;
  private closed = false;

  constructor(private readonly socketPath: string) {}

  private connect(): http2.ClientHttp2Session {
    const s = this.session;
    if (s !== undefined && !s.closed && !s.destroyed) return s;
    const session = http2.connect('http://localhost', { createConnection: () => net.connect(this.socketPath) });
    // failures surface on the calls' streams; an idle connection does not hold the process
    session.on('error', () => {});
    session.unref();
    this.session = session;
    return session;
  }

  /** One call; never rejects. */
  call(path: string, request: Buffer, timeoutMs: number): Promise<GrpcAnswer> {
    return new Promise((resolve) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (a: GrpcAnswer) => {
        if (settled) return;
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        resolve(a);
      };
      if (this.closed) { finish({ status: GRPC.CANCELLED, message: undefined }); return; }
      let stream: http2.ClientHttp2Stream;
      try {
        stream = this.connect().request({
          ':method': 'POST', ':path': path, 'content-type': 'application/grpc', te: 'trailers',
          'grpc-timeout': `${Math.max(1, Math.round(timeoutMs))}m`,
        });
      } catch {
        finish({ status: GRPC.UNAVAILABLE, message: undefined });
        return;
      }
      timer = setTimeout(() => {
        try { stream.close(http2.constants.NGHTTP2_CANCEL); } catch { /* already gone */ }
        finish({ status: GRPC.DEADLINE_EXCEEDED, message: undefined });
      }, timeoutMs);
      let httpStatus = 0;
      let status: number | undefined;
      const chunks: Buffer[] = [];
      let size = 0;
      const statusOf = (h: http2.IncomingHttpHeaders) => {
        const v = h['grpc-status'];
        if (v !== undefined) status = Number(Array.isArray(v) ? v[0] : v);
      };
      stream.on('response', (h) => { httpStatus = Number(h[':status'] ?? 0); statusOf(h); });
      stream.on('trailers', statusOf);
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_RESPONSE) { stream.close(http2.constants.NGHTTP2_CANCEL); finish({ status: GRPC.UNKNOWN, message: undefined }); return; }
        chunks.push(c);
      });
      stream.on('error', () => finish({ status: GRPC.UNAVAILABLE, message: undefined }));
      stream.on('close', () => {
        if (httpStatus !== 200) { finish({ status: GRPC.UNAVAILABLE, message: undefined }); return; }
        if (status === undefined || !Number.isFinite(status)) { finish({ status: GRPC.UNKNOWN, message: undefined }); return; }
        if (status !== GRPC.OK) { finish({ status, message: undefined }); return; }
        const body = Buffer.concat(chunks);
        // length-prefixed messages: a compression flag (we accept none) and a big-endian u32
        if (body.length < 5 || body[0] !== 0) { finish({ status: GRPC.UNKNOWN, message: undefined }); return; }
        const len = body.readUInt32BE(1);
        if (5 + len > body.length) { finish({ status: GRPC.UNKNOWN, message: undefined }); return; }
        finish({ status: GRPC.OK, message: body.subarray(5, 5 + len) });
      });
      const frame = Buffer.alloc(5 + request.length);
      frame.writeUInt32BE(request.length, 1);
      request.copy(frame, 5);
      stream.end(frame);
    });
  }

  close(): void {
    this.closed = true;
    const s = this.session;
    this.session = undefined;
    if (s !== undefined && !s.destroyed) s.destroy();
  }
}

// ---- the CRI calls sinsp makes -------------------------------------------------------

/** sinsp speaks this version of the CRI API only */
const RUNTIME_SERVICE = '/runtime.v1alpha2.RuntimeService/';
const IMAGE_SERVICE = '/runtime.v1alpha2.ImageService/';

/** NamespaceMode NODE: the pod shares the host's network */
const NAMESPACE_NODE = 2;
const PROPAGATION = ['private', 'rslave', 'rshared'];
const LABEL_MAX_LENGTH = 100;
/** cgroup values beyond 4 TiB count as unlimited (k8s sets almost 2^63) */
const CGROUP_VAL_MAX = 2 ** 42 - 1;

export interface CriOptions {
  /** per call */
  timeoutMs: number;
  /** where the cgroup hierarchies are mounted, by subsystem (default: from /proc/mounts) */
  cgroupMount?: (subsys: string) => string | undefined;
}

/** A connected CRI runtime: the socket answered the Version call. */
export class CriEngine {
  private constructor(
    private readonly client: GrpcUnixClient,
    /** CONTAINERD, CRIO, or CRI for any other runtime */
    readonly runtimeType: number,
    readonly socketPath: string,
    private readonly opts: CriOptions,
  ) {}

  /**
   * The first of the sockets that exists, is a socket and answers Version; undefined when
   * none does (sinsp then leaves CRI containers to the other engines).
   */
  static async connect(sockets: readonly string[], opts: CriOptions): Promise<CriEngine | undefined> {
    for (const path of sockets) {
      if (path === '') continue;
      try {
        if (!fs.statSync(path).isSocket()) continue;
      } catch {
        continue;
      }
      const client = new GrpcUnixClient(path);
      const a = await client.call(RUNTIME_SERVICE + 'Version', encodeMessage([{ no: 1, string: 'v1alpha2' }]), opts.timeoutMs);
      if (a.status !== GRPC.OK || a.message === undefined) { client.close(); continue; }
      let name = '';
      try { name = ProtoMessage.decode(a.message).string(2); } catch { client.close(); continue; }
      const type = name === 'containerd' ? CONTAINER_TYPE.CONTAINERD : name === 'cri-o' ? CONTAINER_TYPE.CRIO : CONTAINER_TYPE.CRI;
      return new CriEngine(client, type, path, opts);
    }
    return undefined;
  }

  close(): void { this.client.close(); }

  private async rpc(service: string, method: string, req: Buffer): Promise<ProtoMessage | undefined> {
    const a = await this.client.call(service + method, req, this.opts.timeoutMs);
    if (a.status !== GRPC.OK || a.message === undefined) return undefined;
    try { return ProtoMessage.decode(a.message); } catch { return undefined; }
  }

  /**
   * The container's metadata; a failed lookup answers the id with lookup_state FAILED.
   * `cgroups` are the thread's ("subsystem=path"), for the resource limits.
   */
  async lookup(id: string, cgroups: readonly string[]): Promise<ContainerRecord> {
    const rec = newContainerRecord(id, this.runtimeType);
    let ok = false;
    try {
      ok = await this.status(rec, cgroups);
    } catch {
      ok = false;
    }
    return ok ? rec : newContainerRecord(id, this.runtimeType, LOOKUP.FAILED);
  }

  /** cri_async_source::parse_cri */
  private async status(rec: ContainerRecord, cgroups: readonly string[]): Promise<boolean> {
    const resp = await this.rpc(RUNTIME_SERVICE, 'ContainerStatus', encodeMessage([{ no: 1, string: rec.id }, { no: 2, bool: true }]));
    if (resp === undefined) {
      // a pod's sandbox is no container to the runtime, but sinsp still knows it as one
      if (await this.rpc(RUNTIME_SERVICE, 'PodSandboxStatus', encodeMessage([{ no: 1, string: rec.id }, { no: 2, bool: true }])) !== undefined) {
        rec.isPodSandbox = true;
        return true;
      }
      return false;
    }
    if (!resp.has(1)) return false;
    const st = resp.message(1);
    rec.fullId = st.string(1);
    rec.name = st.message(2).string(1);
    rec.createdTime = Number(st.int64(4) / 1_000_000_000n);
    for (const [k, v] of [...st.stringMap(12)].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))) {
      if (Buffer.byteLength(v, 'utf8') <= LABEL_MAX_LENGTH) rec.labels.set(k, v);
    }
    imageOf(st, rec);
    for (const m of st.messages(14)) {
      const p = m.uint(5);
      rec.mounts.push({ source: m.string(2), dest: m.string(1), mode: '', rdwr: !m.bool(3), propagation: PROPAGATION[p] ?? 'unknown' });
    }
    if (!(await this.verboseInfo(resp, rec))) {
      const limits = cgroupLimits(rec.id, cgroups, this.opts.cgroupMount ?? cgroupMountFromProc);
      rec.memoryLimit = limits.memoryLimit;
      rec.cpuShares = limits.cpuShares;
      rec.cpuQuota = limits.cpuQuota;
      rec.cpuPeriod = limits.cpuPeriod;
      rec.cpusetCpuCount = limits.cpusetCpuCount;
    }
    if (rec.ip === 0) rec.ip = await this.containerIp(rec.id);
    if (rec.imageId === '') rec.imageId = await this.imageId(st.string(9));
    return true;
  }

  /** cri_async_source::parse_containerd: the runtime's verbose "info" JSON */
  private async verboseInfo(resp: ProtoMessage, rec: ContainerRecord): Promise<boolean> {
    const text = resp.stringMap(2).get('info');
    if (text === undefined) return false;
    let root: unknown;
    try { root = JSON.parse(text); } catch { return false; }
    const envs = walk(root, 'config', 'envs');
    if (Array.isArray(envs)) {
      for (const e of envs) {
        const k = walk(e, 'key'), v = walk(e, 'value');
        if (typeof k === 'string' && typeof v === 'string') rec.env.push(`${k}=${v}`);
      }
    }
    const image = walk(root, 'config', 'image', 'image');
    if (typeof image === 'string') {
      const colon = image.indexOf(':');
      rec.imageId = colon < 0 ? image : image.slice(colon + 1);
    }
    const ok = extendedInfo(root, rec);
    const sandbox = walk(root, 'sandboxID');
    if (typeof sandbox === 'string') rec.ip = await this.sandboxIp(sandbox);
    return ok;
  }

  /** the pod's IPv4 address, 0 when it has none or uses the host's network */
  private async sandboxIp(sandboxId: string): Promise<number> {
    const resp = await this.rpc(RUNTIME_SERVICE, 'PodSandboxStatus', encodeMessage([{ no: 1, string: sandboxId }, { no: 2, bool: true }]));
    if (resp === undefined) return 0;
    const st = resp.message(1);
    if (st.message(6).message(1).message(2).uint(1) === NAMESPACE_NODE) return 0;
    const ip = st.message(5).string(1);
    return ip === '' ? 0 : parseIpv4(ip) ?? 0;
  }

  private async containerIp(id: string): Promise<number> {
    const resp = await this.rpc(RUNTIME_SERVICE, 'ListContainers', encodeMessage([{ no: 1, message: encodeMessage([{ no: 1, string: id }]) }]));
    const list = resp?.messages(1) ?? [];
    return list.length === 1 ? this.sandboxIp(list[0].string(2)) : 0;
  }

  private async imageId(imageRef: string): Promise<string> {
    const spec = encodeMessage([{ no: 1, string: imageRef }]);
    const resp = await this.rpc(IMAGE_SERVICE, 'ListImages', encodeMessage([{ no: 1, message: encodeMessage([{ no: 1, message: spec }]) }]));
    const list = resp?.messages(1) ?? [];
    return list.length === 1 ? list[0].string(1) : '';
  }
}

/** cri_interface::parse_cri_image: the image name, split, and the digest from image_ref when it has one */
function imageOf(st: ProtoMessage, rec: ContainerRecord): void {
  const ref = st.string(9);
  const at = ref.indexOf('sha256:');
  const haveDigest = at === 0 || (at > 0 && ref[at - 1] === '@');
  const image = st.message(8).string(1);
  const parts = splitImage(image);
  rec.image = image;
  rec.imageRepo = parts.repo;
  rec.imageTag = parts.tag;
  rec.imageDigest = haveDigest ? ref.slice(at) : parts.digest;
}

/** a member several levels down, or undefined when a level is missing */
function walk(v: unknown, ...keys: string[]): unknown {
  let cur = v;
  for (const k of keys) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur) || !Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

const isNumeric = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** cri_interface::parse_cri_ext_container_info: limits and privilege from the OCI spec */
function extendedInfo(info: unknown, rec: ContainerRecord): boolean {
  const linux = walk(info, 'runtimeSpec', 'linux');
  if (typeof linux !== 'object' || linux === null || Array.isArray(linux)) return false;
  const memory = walk(linux, 'resources', 'memory');
  if (memory !== undefined) {
    const limit = walk(memory, 'limit');
    if (isNumeric(limit)) rec.memoryLimit = Math.trunc(limit);
    rec.swapLimit = rec.memoryLimit;
  }
  const cpu = walk(linux, 'resources', 'cpu');
  if (typeof cpu === 'object' && cpu !== null && !Array.isArray(cpu)) {
    const n = (k: string, set: (x: number) => void) => { const x = walk(cpu, k); if (isNumeric(x)) set(Math.trunc(x)); };
    n('shares', (x) => { rec.cpuShares = x; });
    n('quota', (x) => { rec.cpuQuota = x; });
    n('period', (x) => { rec.cpuPeriod = x; });
    n('cpuset_cpu_count', (x) => { rec.cpusetCpuCount = x | 0; });
  }
  // older containerd, containerd, cri-o
  for (const p of [walk(linux, 'security_context', 'privileged'), walk(info, 'config', 'linux', 'security_context', 'privileged'), walk(info, 'privileged')]) {
    if (typeof p === 'boolean') { rec.privileged = p; break; }
  }
  return true;
}

// ---- resource limits from cgroupfs ----------------------------------------------------

export interface CgroupLimits { memoryLimit: number; cpuShares: number; cpuQuota: number; cpuPeriod: number; cpusetCpuCount: number }

/** The mount point of a cgroup v1 hierarchy with the given subsystem, from /proc/mounts. */
export function cgroupMountFromProc(subsys: string): string | undefined {
  let text: string;
  try { text = fs.readFileSync('/proc/mounts', 'latin1'); } catch { return undefined; }
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    if (f.length >= 4 && f[2] === 'cgroup' && f[3].split(',').includes(subsys)) return f[1].replace(/\\040/g, ' ');
  }
  return undefined;
}

/** libsinsp's get_cgroup_resource_limits: values out of range (unlimited) stay 0 */
export function cgroupLimits(id: string, cgroups: readonly string[], mountOf: (subsys: string) => string | undefined): CgroupLimits {
  const out: CgroupLimits = { memoryLimit: 0, cpuShares: 0, cpuQuota: 0, cpuPeriod: 0, cpusetCpuCount: 0 };
  // the thread's cgroup of one subsystem by exact name, or the root
  const cgroupOf = (subsys: string) => {
    for (const e of cgroups) {
      const eq = e.lastIndexOf('=');
      if (eq >= 0 && e.slice(0, eq) === subsys) return e.slice(eq + 1);
    }
    return '/';
  };
  const readValue = (subsys: string, file: string): number | undefined => {
    const root = mountOf(subsys);
    if (root === undefined) return undefined;
    let text: string;
    try { text = fs.readFileSync(`${root}/${cgroupOf(subsys)}/${file}`, 'latin1'); } catch { return undefined; }
    const m = /^\s*([+-]?\d+)/.exec(text);
    const v = m ? Number(m[1]) : -1;
    return v <= 0 || v > CGROUP_VAL_MAX ? undefined : v;
  };
  // a subsystem whose cgroup does not name the container has no per-container limits
  if (cgroupOf('memory').includes(id)) out.memoryLimit = readValue('memory', 'memory.limit_in_bytes') ?? 0;
  if (cgroupOf('cpu').includes(id)) {
    out.cpuShares = readValue('cpu', 'cpu.shares') ?? 0;
    out.cpuQuota = readValue('cpu', 'cpu.cfs_quota_us') ?? 0;
    out.cpuPeriod = readValue('cpu', 'cpu.cfs_period_us') ?? 0;
  }
  if (cgroupOf('cpuset').includes(id)) {
    const root = mountOf('cpuset');
    if (root !== undefined) {
      try {
        const text = fs.readFileSync(`${root}/${cgroupOf('cpuset')}/cpuset.cpus`, 'latin1');
        if (text !== '') out.cpusetCpuCount = countCpuList(text);
      } catch { /* no cpuset file */ }
    }
  }
  return out;
}
