/**
 * Test captures built with our scap writer, replayed through the state engine, and the
 * values of fields on each event. Lets field tests run without the shared corpus.
 */
import { ScapWriter, param, EventSpec } from '../../src/capture/scapWriter';
import { ScapParser } from '../../src/capture/scapParser';
import { FdEntry, InterfaceEntry, ProcEntry } from '../../src/capture/records';
import { IF_TYPE } from '../../src/capture/blockTypes';
import { Inspector } from '../../src/state/inspector';
import { PPME } from '../../src/events/eventTable';
import { FormatString } from '../../src/output/formatString';
import { JsonFormatter } from '../../src/output/jsonFormat';
import { compileFilter } from '../../src/filter';
import { BindContext, DEFAULT_BIND_CONTEXT } from '../../src/fields';
import '../../src/fields';

export { param, PPME };

export function proc(tid: number, comm: string, extra: Partial<ProcEntry> = {}): ProcEntry {
  return {
    tid, pid: tid, ptid: 1, sid: tid, vpgid: tid, pgid: tid, comm, exe: comm, exepath: `/usr/bin/${comm}`, args: [],
    cwd: '/home/user/', fdlimit: 1024, flags: 0, uid: 1000, gid: 1000, vmsizeKb: 0, vmrssKb: 0, vmswapKb: 0,
    pfmajor: 0, pfminor: 0, env: [], vtid: tid, vpid: tid, cgroups: [], root: '/', loginuid: 1000,
    pidnsInitStartTs: 0n, tty: 0, exeWritable: false, capInheritable: 0n, capPermitted: 0n, capEffective: 0n,
    exeUpperLayer: false, exeLowerLayer: false, exeFromMemfd: false, exeIno: 0n, ...extra,
  };
}

export function fdEntry(fd: number, type: number, extra: Partial<FdEntry> = {}): FdEntry {
  return {
    fd, ino: 0n, type, name: '', openFlags: 0, dev: 0, sip: 0, dip: 0, sport: 0, dport: 0, l4proto: 0,
    unixSource: 0n, unixDest: 0n, ...extra,
  };
}

/** IPv4 text -> u32 read LE from the wire bytes (how the capture stores it). */
export function ip4(s: string): number {
  const q = s.split('.').map(Number);
  return (q[0] | (q[1] << 8) | (q[2] << 16) | (q[3] << 24)) >>> 0;
}

export function iface4(name: string, addr: string, mask = '255.0.0.0'): InterfaceEntry {
  return { type: IF_TYPE.IPV4, name, addr: ip4(addr), netmask: ip4(mask), bcast: 0, linkspeed: 0n };
}

export function iface6(name: string, addr: Buffer): InterfaceEntry {
  return { type: IF_TYPE.IPV6, name, addr: 0, netmask: 0, bcast: 0, addr6: addr, linkspeed: 0n };
}

export interface CaptureSpec {
  procs: ProcEntry[];
  fds?: { tid: number; fds: FdEntry[] }[];
  interfaces?: InterfaceEntry[];
  /** events; timestamps are filled in (1 µs apart) */
  events: Omit<EventSpec, 'ts'>[];
}

const BASE_TS = 1_700_000_000_000_000_000n;

export function buildCapture(spec: CaptureSpec): Buffer {
  const parts: Buffer[] = [];
  const w = new ScapWriter((b) => parts.push(b));
  w.sectionHeader();
  w.machineInfo({ numCpus: 1, memorySizeBytes: 1 << 30, maxPid: 32768, hostname: 'synth', bootTsEpoch: 0n, flags: 0n });
  w.procList(spec.procs);
  for (const f of spec.fds ?? []) w.fdList(f.tid, f.fds);
  w.interfaceList(spec.interfaces ?? [iface4('lo', '127.0.0.1')]);
  w.userList([], []);
  spec.events.forEach((e, i) => w.event({ ...e, ts: BASE_TS + BigInt(i) * 1000n }));
  return Buffer.concat(parts);
}

/** Replays a capture; calls `each` for every event the engine delivers. */
export function replay(cap: Buffer, each: (ins: Inspector) => void, filter?: string, ctx: BindContext = DEFAULT_BIND_CONTEXT): Inspector {
  const ins = new Inspector();
  ins.resolvePorts = ctx.resolvePorts;
  if (filter !== undefined) ins.filter = compileFilter(filter, ctx);
  ins.setSink(() => { each(ins); });
  const p = new ScapParser(ins);
  p.push(cap);
  p.finish();
  return ins;
}

/** The -p rendering of `format` (a leading '*' is added) for every event. */
export function render(cap: Buffer, format: string, filter?: string, ctx: BindContext = DEFAULT_BIND_CONTEXT): string[] {
  const fmt = new FormatString('*' + format, ctx);
  const out: string[] = [];
  replay(cap, (ins) => { out.push(fmt.format(ins.event, ins)!); }, filter, ctx);
  return out;
}

/** Event numbers that pass `filter`. */
export function matching(cap: Buffer, filter: string, ctx: BindContext = DEFAULT_BIND_CONTEXT): number[] {
  const out: number[] = [];
  replay(cap, (ins) => { out.push(ins.event.num); }, filter, ctx);
  return out;
}

/** The -j lines of `format` for every event. */
export function renderJson(cap: Buffer, format: string): string[] {
  const fmt = new FormatString('*' + format, DEFAULT_BIND_CONTEXT);
  const json = new JsonFormatter(fmt.fields(), DEFAULT_BIND_CONTEXT, false);
  const out: string[] = [];
  replay(cap, (ins) => { out.push(json.format(ins.event, ins)!); });
  return out;
}

// ---- parameter encoders beyond scapWriter's ---------------------------------------------

export const p = {
  ...param,
  /** AF_INET6 tuple */
  tuple6: (sip: Buffer, sport: number, dip: Buffer, dport: number) => {
    const b = Buffer.alloc(37); b[0] = 10;
    sip.copy(b, 1); b.writeUInt16LE(sport, 17); dip.copy(b, 19); b.writeUInt16LE(dport, 35);
    return b;
  },
  sockaddr6: (ip: Buffer, port: number) => { const b = Buffer.alloc(19); b[0] = 10; ip.copy(b, 1); b.writeUInt16LE(port, 17); return b; },
  /** AF_UNIX sockaddr */
  sockaddrUnix: (path: string) => Buffer.concat([Buffer.from([1]), Buffer.from(path + '\0', 'latin1')]),
  /** AF_UNIX tuple: family, source, dest (u64), path */
  tupleUnix: (src: bigint, dst: bigint, path: string) => {
    const b = Buffer.alloc(17); b[0] = 1; b.writeBigUInt64LE(src, 1); b.writeBigUInt64LE(dst, 9);
    return Buffer.concat([b, Buffer.from(path + '\0', 'latin1')]);
  },
  /** poll fds: u16 count, then (i64 fd, i16 events) */
  fdlist: (fds: number[]) => {
    const b = Buffer.alloc(2 + 10 * fds.length); b.writeUInt16LE(fds.length, 0);
    fds.forEach((fd, i) => { b.writeBigInt64LE(BigInt(fd), 2 + 10 * i); b.writeInt16LE(1, 10 + 10 * i); });
    return b;
  },
};

export function v6(text: string): Buffer {
  // enough for the test addresses: full or with one '::'
  const [h, t = ''] = text.split('::');
  const hs = h ? h.split(':') : [], ts = t ? t.split(':') : [];
  const groups = text.includes('::') ? [...hs, ...new Array(8 - hs.length - ts.length).fill('0'), ...ts] : hs;
  const b = Buffer.alloc(16);
  groups.forEach((g, i) => b.writeUInt16BE(parseInt(g, 16), 2 * i));
  return b;
}
