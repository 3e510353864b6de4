/**
 * Container metadata from the Docker Engine API (and podman's Docker-compatible API), the way
 * libsinsp's docker engine reads it: GET /v1.24/containers/<id>/json over the runtime's unix
 * socket (without the version prefix from the first refusal on), then the image's details
 * (GET /images/<imageid>/json?digests=1, or podman's image list) when the container's own
 * answer leaves the repository, tag or digest open.
 */
import * as http from 'node:http';
import {
  CONTAINER_TYPE, LOOKUP, ContainerRecord, HealthProbe, HealthProbeKind, newContainerRecord,
} from './containerRecord';

/** An HTTP answer; status 0 when none came (no socket, refused, timed out, cut short). */
export interface HttpAnswer { status: number; body: string }

export type UnixHttpGet = (socketPath: string, path: string) => Promise<HttpAnswer>;

/** the most of an answer we read (a container's inspect output is a few kilobytes) */
const MAX_BODY = 32 << 20;

/**
 * GET over HTTP/1.1 on a unix socket, one connection per request. Never rejects: failures
 * answer status 0. `signal` aborts it (the capture ended).
 */
export function unixHttpGet(socketPath: string, path: string, timeoutMs: number, signal?: AbortSignal): Promise<HttpAnswer> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (a: HttpAnswer) => { if (!settled) { settled = true; resolve(a); } };
    let req: http.ClientRequest;
    try {
      req = http.request({
        socketPath, path, method: 'GET', agent: false, signal,
        headers: { Host: 'localhost', Accept: '*/*' },
      }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY) { req.destroy(); finish({ status: 0, body: '' }); return; }
          chunks.push(c);
        });
        res.on('end', () => finish({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', () => finish({ status: 0, body: '' }));
        res.on('aborted', () => finish({ status: 0, body: '' }));
      });
    } catch {
      finish({ status: 0, body: '' });
      return;
    }
    req.setTimeout(timeoutMs, () => { req.destroy(); finish({ status: 0, body: '' }); });
    req.on('error', () => finish({ status: 0, body: '' }));
    req.end();
  });
}

// ---- reading JSON the way jsoncpp's accessors do ---------------------------------------

type J = unknown;
const isObject = (v: J): v is Record<string, J> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** v[key], or null when v is not an object or has no such member */
const get = (v: J, key: string): J => (isObject(v) && Object.prototype.hasOwnProperty.call(v, key) ? v[key] : null);
const has = (v: J, key: string): boolean => isObject(v) && Object.prototype.hasOwnProperty.call(v, key);
/** asString: strings as they are, numbers and booleans written out, anything else empty */
function asString(v: J): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}
/** asInt64: numbers truncated, booleans 0/1, anything else 0 */
function asInt64(v: J): number {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return 0;
}
/** the elements of an array, or the member values of an object, in key order */
function elements(v: J): J[] {
  if (Array.isArray(v)) return v;
  if (isObject(v)) return memberNames(v).map((k) => v[k]);
  return [];
}
/** an object's member names in jsoncpp's order (by their bytes) */
function memberNames(v: J): string[] {
  if (!isObject(v)) return [];
  return Object.keys(v).sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
}

// ---- helpers with libc's and libsinsp's semantics --------------------------------------

/** sinsp_utils::startswith: false for an empty prefix */
const startsWith = (s: string, prefix: string) => prefix !== '' && s.startsWith(prefix);

/** atoi: leading blanks, a sign, digits; 0 when there are none */
export function atoi(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(s);
  return m ? Number.parseInt(m[1], 10) | 0 : 0;
}

/** inet_pton(AF_INET): four decimal octets without leading zeros; the address as a host-order u32 */
export function parseIpv4(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  let ip = 0;
  for (let i = 1; i <= 4; i++) {
    const part = m[i];
    if (part.length > 1 && part[0] === '0') return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    ip = ip * 256 + n;
  }
  return ip >>> 0;
}

/**
 * Docker's "Created" time in seconds since the epoch, read as strptime("%Y-%m-%dT%H:%M:%SZ")
 * then timegm do: fields are read until the text stops matching (fractional seconds end the
 * match), the rest stay zero.
 */
export function epochUtcSeconds(s: string): number {
  const tm = { year: 1900, mon: 0, mday: 0, hour: 0, min: 0, sec: 0 };
  let p = 0;
  const num = (lo: number, hi: number, maxDigits: number): number | undefined => {
    while (s[p] === ' ') p++;
    if (!(s[p] >= '0' && s[p] <= '9')) return undefined;
    let v = 0, n = maxDigits;
    do { v = v * 10 + (s.charCodeAt(p++) - 48); } while (--n > 0 && v * 10 <= hi && s[p] >= '0' && s[p] <= '9');
    return v < lo || v > hi ? undefined : v;
  };
  const lit = (c: string) => { if (s[p] !== c) return false; p++; return true; };
  const steps: Array<() => boolean> = [
    () => { const v = num(0, 9999, 4); if (v === undefined) return false; tm.year = v; return true; },
    () => lit('-'),
    () => { const v = num(1, 12, 2); if (v === undefined) return false; tm.mon = v - 1; return true; },
    () => lit('-'),
    () => { const v = num(1, 31, 2); if (v === undefined) return false; tm.mday = v; return true; },
    () => lit('T'),
    () => { const v = num(0, 23, 2); if (v === undefined) return false; tm.hour = v; return true; },
    () => lit(':'),
    () => { const v = num(0, 59, 2); if (v === undefined) return false; tm.min = v; return true; },
    () => lit(':'),
    () => { const v = num(0, 61, 2); if (v === undefined) return false; tm.sec = v; return true; },
  ];
  for (const step of steps) if (!step()) break;
  return daysFromCivil(tm.year, tm.mon + 1, 1) * 86400 + (tm.mday - 1) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
}

/** days from 1970-01-01 to a proleptic Gregorian date */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** libsinsp's cgroup_list_counter: the number of CPUs in a list like "0-3,8"; -1 when malformed */
export function countCpuList(list: string): number {
  const stoi = (t: string): number => {
    const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(t);
    if (!m) throw new Error('not a number');
    return Number.parseInt(m[1], 10);
  };
  const section = (start: number, end: number, range: number): number => {
    if (start < 0 || end <= start) throw new Error('invalid section');
    if (range >= 0) {
      const first = stoi(list.slice(start, range)), second = stoi(list.slice(range + 1, end));
      if (second <= first) throw new Error('invalid range');
      return second - first + 1;
    }
    stoi(list.slice(start, end));
    return 1;
  };
  try {
    let count = 0, start = -1, range = -1, i = 0;
    for (; i < list.length; i++) {
      const c = list[i];
      if (c === '-') {
        if (start < 0 || range >= 0) throw new Error('misplaced range');
        range = i;
      } else if (c === ',') {
        count += section(start, i, range);
        start = -1; range = -1;
      } else if (start < 0) {
        start = i;
      }
    }
    return count + section(start, i, range);
  } catch {
    return -1;
  }
}

/**
 * sinsp_utils::split_container_image without splitting off the repository host: repository
 * (with its host and port when there is one), tag and digest of an image reference.
 */
export function splitImage(image: string): { repo: string; tag: string; digest: string } {
  const cut = (s: string, sep: string): [string, string] | undefined => {
    const i = s.indexOf(sep);
    return i < 0 ? undefined : [s.slice(0, i), s.slice(i + 1)];
  };
  let prefix = '', rest = image;
  const host = cut(image, '/');
  if (host) { prefix = host[0] + '/'; rest = host[1]; }
  let name: string, tag = '', digest = '';
  const at = cut(rest, '@');
  const named = at ? at[0] : rest;
  if (at) digest = at[1];
  const colon = cut(named, ':');
  if (colon) { name = colon[0]; tag = colon[1]; } else name = named;
  return { repo: prefix + name, tag, digest };
}

/** Quotes around a probe argument come off in matching pairs. */
export function normalizeProbeArg(arg: string): string {
  let r = arg;
  while (r.length > 0 && (r[0] === '"' || r[0] === "'")) {
    if (r[r.length - 1] !== r[0]) break;
    r = r.length === 1 ? '' : r.slice(1, -1);
  }
  return r;
}

// ---- the engine ----------------------------------------------------------------------

const LABEL_MAX_LENGTH = 100;
const POD_SPEC_LABEL = 'annotation.kubectl.kubernetes.io/last-applied-configuration';
const SANDBOX_LABEL = 'io.kubernetes.sandbox.id';
/** how deep "container:<id>" network modes are followed for the IP address */
const MAX_NETWORK_HOPS = 8;

export interface DockerLookup {
  /** the 12-character id */
  id: string;
  socket: string;
  /** CONTAINER_TYPE.DOCKER or CONTAINER_TYPE.PODMAN */
  type: number;
  /** podman: the uid owning the container (0 for root's containers) */
  uid: number;
}

/**
 * One Docker-API engine (docker, or podman): the API version it asks for is shared by its
 * lookups, as sinsp's connection drops the version prefix for good once it is refused.
 */
export class DockerEngine {
  private apiVersion = '/v1.24';

  /**
   * `knownContainer` answers what the capture already knows of a container (a Kubernetes
   * container copies its sandbox's probes).
   */
  constructor(
    private readonly httpGet: UnixHttpGet,
    private readonly knownContainer: (id: string) => ContainerRecord | undefined = () => undefined,
    private readonly queryImageInfo = true,
  ) {}

  /** The container's metadata; a failed lookup answers the id with lookup_state FAILED. */
  async lookup(req: DockerLookup): Promise<ContainerRecord> {
    const rec = newContainerRecord(req.id, req.type);
    let ok = false;
    try {
      ok = await this.inspect(req, rec, 0);
    } catch {
      ok = false;
    }
    if (!ok) {
      const failed = newContainerRecord(req.id, req.type, LOOKUP.FAILED);
      return failed;
    }
    return rec;
  }

  private async get(req: DockerLookup, path: string): Promise<{ kind: 'ok' | 'error' | 'refused'; body: string }> {
    const a = await this.httpGet(req.socket, this.apiVersion + path);
    if (a.status === 0) return { kind: 'error', body: '' };
    if (a.status === 200) return { kind: 'ok', body: a.body };
    return { kind: 'refused', body: a.body };
  }

  private async getJson(req: DockerLookup, path: string): Promise<J | undefined> {
    const r = await this.get(req, path);
    if (r.kind !== 'ok') return undefined;
    try { return JSON.parse(r.body) as J; } catch { return undefined; }
  }

  /** docker_async_source::parse_docker: fills rec from the container's inspect output */
  private async inspect(req: DockerLookup, rec: ContainerRecord, hops: number): Promise<boolean> {
    const path = `/containers/${req.id}/json`;
    let r = await this.get(req, path);
    if (r.kind === 'refused') {
      // an API that does not know the version answers without it, from now on
      this.apiVersion = '';
      r = await this.get(req, path);
    }
    if (r.kind !== 'ok') return false;
    let root: J;
    try { root = JSON.parse(r.body) as J; } catch { return false; }
    if (!isObject(root)) return false;
    const secondary = hops > 0; // a container whose network another one joins: only its address matters

    if (!secondary) await this.imageInfo(req, rec, root);
    const config = get(root, 'Config');
    if (!secondary) this.healthProbes(config, rec);

    rec.fullId = asString(get(root, 'Id'));
    rec.name = asString(get(root, 'Name'));
    if (rec.name.startsWith('/')) rec.name = rec.name.slice(1);
    if (rec.name.startsWith('k8s_POD')) rec.isPodSandbox = true;
    const created = asString(get(root, 'Created'));
    rec.createdTime = created === '' ? 0 : epochUtcSeconds(created);

    const net = get(root, 'NetworkSettings');
    const hostConfig = get(root, 'HostConfig');
    const ip = asString(get(net, 'IPAddress'));
    if (ip === '') {
      const mode = asString(get(hostConfig, 'NetworkMode'));
      if (mode.startsWith('container:') && hops < MAX_NETWORK_HOPS) {
        const other = mode.slice(mode.indexOf(':') + 1);
        const peer = newContainerRecord(other, req.type);
        if (await this.inspect({ ...req, id: other }, peer, hops + 1)) rec.ip = peer.ip;
      }
    } else {
      rec.ip = parseIpv4(ip) ?? 0;
    }
    if (secondary) return true;

    const ports = get(net, 'Ports');
    for (const name of memberNames(ports)) {
      if (!name.includes('/tcp')) continue;
      const containerPort = atoi(name) & 0xffff;
      const bindings = get(ports, name);
      if (!Array.isArray(bindings)) continue;
      for (const b of bindings) {
        rec.portMappings.push({
          hostIp: parseIpv4(asString(get(b, 'HostIp'))) ?? 0,
          hostPort: atoi(asString(get(b, 'HostPort'))) & 0xffff,
          containerPort,
        });
      }
    }

    const labels = get(config, 'Labels');
    for (const k of memberNames(labels)) {
      const v = asString(labels && (labels as Record<string, J>)[k]);
      if (Buffer.byteLength(v, 'utf8') <= LABEL_MAX_LENGTH) rec.labels.set(k, v);
    }
    if (req.type === CONTAINER_TYPE.PODMAN) {
      if (req.uid === 0) rec.labels.delete('podman_owner_uid');
      else rec.labels.set('podman_owner_uid', String(req.uid));
    }
    for (const e of elements(get(config, 'Env'))) if (typeof e === 'string') rec.env.push(e);

    rec.memoryLimit = asInt64(get(hostConfig, 'Memory'));
    rec.swapLimit = asInt64(get(hostConfig, 'MemorySwap'));
    const shares = asInt64(get(hostConfig, 'CpuShares'));
    if (shares > 0) rec.cpuShares = shares;
    // --cpus arrives as NanoCpus: 1e9 per CPU, where a quota of 100000 per 100000us period is one CPU
    rec.cpuQuota = Math.max(asInt64(get(hostConfig, 'CpuQuota')), Math.trunc(asInt64(get(hostConfig, 'NanoCpus')) / 10000));
    const period = asInt64(get(hostConfig, 'CpuPeriod'));
    if (period > 0) rec.cpuPeriod = period;
    const cpuset = asString(get(hostConfig, 'CpusetCpus'));
    if (cpuset !== '') rec.cpusetCpuCount = countCpuList(cpuset);
    const privileged = get(hostConfig, 'Privileged');
    if (typeof privileged === 'boolean') rec.privileged = privileged;

    const mounts = get(root, 'Mounts');
    if (Array.isArray(mounts)) {
      for (const m of mounts) {
        const s = (k: string) => { const v = get(m, k); return typeof v === 'string' ? v : ''; };
        const rw = get(m, 'RW');
        rec.mounts.push({ source: s('Source'), dest: s('Destination'), mode: s('Mode'), rdwr: typeof rw === 'boolean' ? rw : false, propagation: s('Propagation') });
      }
    }
    return true;
  }

  /** docker_async_source::get_image_info */
  private async imageInfo(req: DockerLookup, rec: ContainerRecord, root: J): Promise<void> {
    rec.image = asString(get(get(root, 'Config'), 'Image'));
    const imageField = asString(get(root, 'Image'));
    if (!imageField.includes('/')) {
      // docker: the Image field is the image id ("sha256:...")
      const colon = imageField.indexOf(':');
      if (colon >= 0) rec.imageId = imageField.slice(colon + 1);
      // a container started by image id (whole or abbreviated) has no name to split
      const noName = startsWith(rec.imageId, rec.image) || startsWith(imageField, rec.image);
      if (!noName || !this.queryImageInfo) {
        const parts = splitImage(rec.image);
        rec.imageRepo = parts.repo; rec.imageTag = parts.tag; rec.imageDigest = parts.digest;
      }
      if (this.queryImageInfo && rec.imageId !== '' && (noName || rec.imageDigest === '' || rec.imageTag === '')) {
        const img = await this.getJson(req, `/images/${rec.imageId}/json?digests=1`);
        if (img !== undefined) imageDetails(rec, img);
      }
      if (rec.imageTag === '') rec.imageTag = 'latest';
    } else {
      // podman: the Image field is the image's name
      const parts = splitImage(imageField);
      rec.imageRepo = parts.repo; rec.imageTag = parts.tag; rec.imageDigest = parts.digest;
      if (rec.imageTag === '') rec.imageTag = 'latest';
      if (this.queryImageInfo) {
        const list = await this.getJson(req, '/images/json?digests=1');
        if (list !== undefined) imageFromList(rec, list);
      }
    }
  }

  /** docker_async_source::parse_health_probes: Kubernetes probes, else the Docker health check */
  private healthProbes(config: J, rec: ContainerRecord): void {
    let added = false;
    const spec = podSpec(config);
    if (spec !== undefined) {
      if (has(spec, 'livenessProbe')) added = execProbe(get(spec, 'livenessProbe'), 'LivenessProbe', rec);
      else if (has(spec, 'readinessProbe')) added = execProbe(get(spec, 'readinessProbe'), 'ReadinessProbe', rec);
    } else {
      const labels = get(config, 'Labels');
      if (has(labels, SANDBOX_LABEL)) {
        const sandbox = this.knownContainer(asString(get(labels, SANDBOX_LABEL)).slice(0, 12));
        if (sandbox !== undefined && sandbox.healthProbes.length > 0) {
          rec.healthProbes = sandbox.healthProbes.map((p) => ({ ...p, args: [...p.args] }));
          added = true;
        }
      }
    }
    if (!added && has(config, 'Healthcheck')) dockerHealthcheck(get(config, 'Healthcheck'), rec);
  }
}

/** The first container of the pod spec kubectl leaves in a label, when there is one. */
function podSpec(config: J): J | undefined {
  const text = asString(get(get(config, 'Labels'), POD_SPEC_LABEL));
  if (text === '') return undefined;
  let cfg: J;
  try { cfg = JSON.parse(text) as J; } catch { return undefined; }
  const containers = get(get(cfg, 'spec'), 'containers');
  if (!Array.isArray(containers)) return undefined;
  return containers.length > 0 ? containers[0] : null;
}

function execProbe(probe: J, kind: HealthProbeKind, rec: ContainerRecord): boolean {
  const exec = get(probe, 'exec');
  if (!has(exec, 'command')) return false;
  const command = get(exec, 'command');
  if (Array.isArray(command)) {
    const exe = normalizeProbeArg(asString(command.length > 0 ? command[0] : null));
    rec.healthProbes.push({ kind, exe, args: command.slice(1).map((a) => normalizeProbeArg(asString(a))) });
  }
  return true;
}

/** HEALTHCHECK's Test: ["CMD", exe, args...] or ["CMD-SHELL", command]; ["NONE"] is none */
function dockerHealthcheck(hc: J, rec: ContainerRecord): void {
  const test = get(hc, 'Test');
  if (!Array.isArray(test) || test.length === 1) return;
  const first = asString(test.length > 0 ? test[0] : null);
  let probe: HealthProbe | undefined;
  if (first === 'CMD') {
    probe = { kind: 'Healthcheck', exe: normalizeProbeArg(asString(test.length > 1 ? test[1] : null)), args: test.slice(2).map((a) => normalizeProbeArg(asString(a))) };
  } else if (first === 'CMD-SHELL') {
    probe = { kind: 'Healthcheck', exe: '/bin/sh', args: ['-c', asString(test.length > 1 ? test[1] : null)] };
  }
  if (probe) rec.healthProbes.push(probe);
}

/** docker_async_source::parse_image_info: digest and tag from an image's RepoDigests and RepoTags */
export function imageDetails(rec: ContainerRecord, img: J): void {
  const podmanDigest = get(img, 'Digest');
  if (typeof podmanDigest === 'string') {
    rec.imageDigest = podmanDigest;
  } else {
    const digests = new Set<string>();
    for (const d of elements(get(img, 'RepoDigests'))) {
      if (typeof d !== 'string') continue;
      const at = d.indexOf('@');
      const digest = d.slice(at + 1);
      digests.add(digest);
      if (rec.imageRepo === '') rec.imageRepo = at < 0 ? d : d.slice(0, at);
      if (d.includes(rec.imageRepo)) { rec.imageDigest = digest; break; }
    }
    // a locally tagged image, or one digest under several names
    if (rec.imageDigest === '' && digests.size === 1) rec.imageDigest = [...digests][0];
  }
  for (const t of elements(get(img, 'RepoTags'))) {
    if (typeof t !== 'string') continue;
    const colon = t.lastIndexOf(':');
    if (rec.imageRepo === '') rec.imageRepo = colon < 0 ? t : t.slice(0, colon);
    if (t.includes(rec.imageRepo)) { rec.imageTag = t.slice(colon + 1); break; }
  }
}

/** docker_async_source::fetch_image_info_from_list: podman's image list, by "repo:tag" name */
export function imageFromList(rec: ContainerRecord, list: J): void {
  const wanted = rec.imageRepo + ':' + rec.imageTag;
  for (const img of elements(list)) {
    const names = get(img, 'Names');
    if (!Array.isArray(names)) return;
    if (!names.some((n) => n === wanted)) continue;
    const id = asString(get(img, 'Id'));
    const colon = id.indexOf(':');
    rec.imageId = colon < 0 ? id : id.slice(colon + 1);
    imageDetails(rec, img);
    return;
  }
}
