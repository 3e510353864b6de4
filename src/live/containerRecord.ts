/**
 * Container metadata as a live capture learns it from a container runtime, and the container
 * event that carries it into the event stream: libsinsp's sinsp_container_info, serialized the
 * way its container manager does (JSON with sorted keys, jsoncpp's compact writer) into a
 * PPME_CONTAINER_JSON_2_E event of thread -1 on CPU 0.
 */
import { block } from '../capture/scapWriter';
import { EV_BLOCK_TYPE_V2, EV_BLOCK_TYPE_V2_LARGE } from '../capture/blockTypes';
import { PPME } from '../events/eventTable';

/** libsinsp's sinsp_container_type numbers */
export const CONTAINER_TYPE = {
  DOCKER: 0, LXC: 1, LIBVIRT_LXC: 2, MESOS: 3, RKT: 4, CUSTOM: 5, CRI: 6, CONTAINERD: 7, CRIO: 8, BPM: 9, STATIC: 10, PODMAN: 11,
} as const;

/** sinsp_container_lookup_state */
export const LOOKUP = { STARTED: 0, SUCCESSFUL: 1, FAILED: 2 } as const;

/** health probe kinds, by the JSON key each is written under */
export type HealthProbeKind = 'Healthcheck' | 'LivenessProbe' | 'ReadinessProbe';

export interface HealthProbe { kind: HealthProbeKind; exe: string; args: string[] }
export interface MountRecord { source: string; dest: string; mode: string; rdwr: boolean; propagation: string }
export interface PortMappingRecord { hostIp: number; hostPort: number; containerPort: number }

export interface ContainerRecord {
  id: string;
  fullId: string;
  type: number;
  name: string;
  image: string;
  imageId: string;
  imageRepo: string;
  imageTag: string;
  imageDigest: string;
  /** IPv4 address as a host-order u32 (0 when unknown) */
  ip: number;
  privileged: boolean;
  mounts: MountRecord[];
  portMappings: PortMappingRecord[];
  labels: Map<string, string>;
  env: string[];
  mesosTaskId: string;
  memoryLimit: number;
  swapLimit: number;
  cpuShares: number;
  cpuQuota: number;
  cpuPeriod: number;
  cpusetCpuCount: number;
  healthProbes: HealthProbe[];
  isPodSandbox: boolean;
  lookupState: number;
  metadataDeadline: number;
  /** seconds since the epoch */
  createdTime: number;
}

/** A record with sinsp's defaults: what a container whose lookup found nothing carries. */
export function newContainerRecord(id: string, type: number, lookupState: number = LOOKUP.SUCCESSFUL): ContainerRecord {
  return {
    id, fullId: '', type, name: '', image: '', imageId: '', imageRepo: '', imageTag: '', imageDigest: '',
    ip: 0, privileged: false, mounts: [], portMappings: [], labels: new Map(), env: [], mesosTaskId: '',
    memoryLimit: 0, swapLimit: 0, cpuShares: 1024, cpuQuota: 0, cpuPeriod: 100000, cpusetCpuCount: 0,
    healthProbes: [], isPodSandbox: false, lookupState, metadataDeadline: 0, createdTime: 0,
  };
}

// ---- JSON as jsoncpp's FastWriter writes it ------------------------------------------

/** A JSON value to write: objects are written with their keys sorted by their UTF-8 bytes. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const HEX = '0123456789abcdef';
const hex4 = (n: number) => '\\u' + HEX[(n >> 12) & 15] + HEX[(n >> 8) & 15] + HEX[(n >> 4) & 15] + HEX[n & 15];

/**
 * A string literal as jsoncpp quotes it: quote, backslash and the usual control escapes by
 * name, other control characters and every character beyond ASCII as \u escapes (characters
 * beyond the BMP as a surrogate pair), lowercase hex, '/' left alone.
 */
export function quoteJsonString(s: string): string {
  let out = '"';
  let plainFrom = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x80 && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(plainFrom, i);
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += '\\\\'; break;
      case 0x08: out += '\\b'; break;
      case 0x0c: out += '\\f'; break;
      case 0x0a: out += '\\n'; break;
      case 0x0d: out += '\\r'; break;
      case 0x09: out += '\\t'; break;
      default: out += hex4(c); // UTF-16 units: a pair stays a pair, as jsoncpp splits code points
    }
    plainFrom = i + 1;
  }
  return out + s.slice(plainFrom) + '"';
}

const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

function writeJson(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return quoteJsonString(v);
  if (Array.isArray(v)) return '[' + v.map(writeJson).join(',') + ']';
  const keys = Object.keys(v).sort(byUtf8);
  return '{' + keys.map((k) => quoteJsonString(k) + ':' + writeJson(v[k])).join(',') + '}';
}

/** jsoncpp's FastWriter: compact, keys sorted, one line feed at the end. */
export function fastWriterJson(v: JsonValue): string {
  return writeJson(v) + '\n';
}

function ipv4ToString(ip: number): string {
  return `${(ip >>> 24) & 255}.${(ip >>> 16) & 255}.${(ip >>> 8) & 255}.${ip & 255}`;
}

/** Only environment variables naming mesos or marathon go into the event. */
const isMesosVar = (v: string) => v.includes('MESOS') || v.includes('MARATHON') || v.includes('mesos');

/** sinsp_container_manager::container_to_json */
export function containerToJson(c: ContainerRecord): string {
  const o: { [key: string]: JsonValue } = {
    id: c.id,
    full_id: c.fullId,
    type: c.type,
    name: c.name,
    image: c.image,
    imageid: c.imageId,
    imagerepo: c.imageRepo,
    imagetag: c.imageTag,
    imagedigest: c.imageDigest,
    privileged: c.privileged,
    is_pod_sandbox: c.isPodSandbox,
    lookup_state: c.lookupState,
    created_time: c.createdTime,
    Mounts: c.mounts.map((m) => ({ Source: m.source, Destination: m.dest, Mode: m.mode, RW: m.rdwr, Propagation: m.propagation })),
    ip: ipv4ToString(c.ip),
    port_mappings: c.portMappings.map((p) => ({ HostIp: p.hostIp >>> 0, HostPort: p.hostPort, ContainerPort: p.containerPort })),
    // an object without members is written as null
    labels: c.labels.size === 0 ? null : Object.fromEntries(c.labels),
    env: c.env.filter(isMesosVar),
    memory_limit: c.memoryLimit,
    swap_limit: c.swapLimit,
    cpu_shares: c.cpuShares,
    cpu_quota: c.cpuQuota,
    cpu_period: c.cpuPeriod,
    cpuset_cpu_count: c.cpusetCpuCount,
    metadata_deadline: c.metadataDeadline,
  };
  // a later probe of the same kind replaces an earlier one; no arguments is a null list
  for (const p of c.healthProbes) o[p.kind] = { exe: p.exe, args: p.args.length === 0 ? null : p.args };
  if (c.mesosTaskId !== '') o.mesos_task_id = c.mesosTaskId;
  return fastWriterJson({ container: o });
}

/** what a reader reads of an event block other than the large kind, after its 8-byte header, at most */
const NON_LARGE_MAX = 65536;

/**
 * The container event as a capture-file event block: PPME_CONTAINER_JSON_2_E, thread -1, CPU 0,
 * one parameter (the JSON with its terminating NUL, a 4-byte length). `large` picks the large
 * block type sinsp uses for the containers it writes at the head of a capture; events in the
 * stream use the ordinary one unless they do not fit it.
 */
export function containerEventBlock(json: string, tsNs: bigint, large = false): Buffer {
  const payload = Buffer.from(json + '\0', 'utf8');
  const evLen = 26 + 4 + payload.length;
  const body = Buffer.alloc(2 + evLen);
  // u16 cpu, then the event header: ts, tid, len, type, nparams
  body.writeUInt16LE(0, 0);
  body.writeBigUInt64LE(tsNs, 2);
  body.writeBigInt64LE(-1n, 10);
  body.writeUInt32LE(evLen, 18);
  body.writeUInt16LE(PPME.CONTAINER_JSON_2_E, 22);
  body.writeUInt32LE(1, 24);
  body.writeUInt32LE(payload.length, 28);
  payload.copy(body, 32);
  const useLarge = large || ((body.length + 3) & ~3) + 4 > NON_LARGE_MAX;
  return block(useLarge ? EV_BLOCK_TYPE_V2_LARGE : EV_BLOCK_TYPE_V2, body);
}
