/**
 * Builds small captures in memory with our writer and runs them through the state engine,
 * so tests can check filters, fields and formats on known events without capture files.
 */
import { ScapWriter, EventSpec, param } from '../../src/capture/scapWriter';
import { ScapParser } from '../../src/capture/scapParser';
import { Inspector } from '../../src/state/inspector';
import { Event } from '../../src/events/event';
import { PPME } from '../../src/events/eventTable';
import { FD_TYPE } from '../../src/capture/blockTypes';
import type { ProcEntry, FdEntry } from '../../src/capture/records';

export { param, PPME };

const BASE_TS = 1_700_000_000_000_000_000n;

/** A process-list entry with defaults for what a test does not care about. */
export function proc(p: Partial<ProcEntry> & { tid: number; comm: string }): ProcEntry {
  return {
    pid: p.tid, ptid: 1, sid: 0, vpgid: 0, pgid: 0, exe: p.comm, exepath: '/usr/bin/' + p.comm, args: [], env: [],
    cwd: '/root/', root: '/', fdlimit: 1024, flags: 0, uid: 0, gid: 0, loginuid: 0xffffffff, vtid: p.tid, vpid: p.pid ?? p.tid,
    tty: 0, vmsizeKb: 0, vmrssKb: 0, vmswapKb: 0, pfmajor: 0, pfminor: 0, cgroups: [], exeWritable: false,
    pidnsInitStartTs: 0n, capInheritable: 0n, capPermitted: 0n, capEffective: 0n, exeUpperLayer: false,
    exeLowerLayer: false, exeFromMemfd: false, exeIno: 0n,
    ...p,
  };
}

export function fileFd(fd: number, name: string): FdEntry {
  return { fd, type: FD_TYPE.FILE, name, openFlags: 0, dev: 0, ino: 0n, l4proto: 0, sport: 0, dport: 0, sip: 0, dip: 0,
    unixSource: 0n, unixDest: 0n };
}

export interface CaptureSpec {
  procs?: ProcEntry[];
  fds?: { tid: number; fds: FdEntry[] }[];
  /** events; ts is added to a fixed base (ns), default: 1000 ns apart */
  events: (Omit<EventSpec, 'ts'> & { ts?: bigint })[];
}

/** The capture as bytes. */
export function buildCapture(spec: CaptureSpec): Buffer {
  const parts: Buffer[] = [];
  const w = new ScapWriter((b) => parts.push(b));
  w.sectionHeader();
  if (spec.procs) w.procList(spec.procs);
  for (const f of spec.fds ?? []) w.fdList(f.tid, f.fds);
  spec.events.forEach((e, i) => w.event({ ...e, ts: BASE_TS + (e.ts ?? BigInt((i + 1) * 1000)) }));
  return Buffer.concat(parts);
}

/** Replays a capture through a fresh Inspector, calling visit for each event the engine delivers. */
export function replayBuffer(bytes: Buffer, visit: (ev: Event, ins: Inspector) => void, setup?: (ins: Inspector) => void): Inspector {
  const ins = new Inspector((ev) => { visit(ev, ins); return true; });
  setup?.(ins);
  const parser = new ScapParser(ins);
  parser.push(bytes);
  parser.finish();
  return ins;
}

/**
 * A small realistic session of `cat` (tid 100, child of bash 50): openat of /etc/hosts giving
 * fd 3, a read with data, a failed open, a write to stdout, close, plus a TCP connect by curl
 * (tid 200). Event numbers: see the comments.
 */
export function catSession(): Buffer {
  const i64 = param.i64, u32 = param.u32, str = param.str;
  return buildCapture({
    procs: [
      proc({ tid: 50, comm: 'bash', ptid: 1 }),
      proc({ tid: 100, comm: 'cat', ptid: 50, args: ['/etc/hosts'], uid: 1000, gid: 1000 }),
      proc({ tid: 200, comm: 'curl', ptid: 50, args: ['http://10.0.0.2/'] }),
    ],
    fds: [{ tid: 100, fds: [fileFd(1, '/dev/pts/0')] }],
    events: [
      // 1, 2: openat(AT_FDCWD, /etc/hosts) = 3
      { tid: 100, type: PPME.SYSCALL_OPENAT_2_E, params: [i64(-100), str('/etc/hosts'), u32(1), u32(0)] },
      { tid: 100, type: PPME.SYSCALL_OPENAT_2_X, params: [i64(3), i64(-100), str('/etc/hosts'), u32(1), u32(0), u32(0)] },
      // 3, 4: read(3) = 12 "127.0.0.1 lo"
      { tid: 100, type: PPME.SYSCALL_READ_E, params: [i64(3), u32(4096)] },
      { tid: 100, type: PPME.SYSCALL_READ_X, params: [i64(12), param.bytes('127.0.0.1 lo')] },
      // 5, 6: openat(/nonexistent) = -2 (ENOENT)
      { tid: 100, type: PPME.SYSCALL_OPENAT_2_E, params: [i64(-100), str('/nonexistent'), u32(1), u32(0)] },
      { tid: 100, type: PPME.SYSCALL_OPENAT_2_X, params: [i64(-2), i64(-100), str('/nonexistent'), u32(1), u32(0), u32(0)] },
      // 7, 8: write(1) = 12
      { tid: 100, type: PPME.SYSCALL_WRITE_E, params: [i64(1), u32(12)] },
      { tid: 100, type: PPME.SYSCALL_WRITE_X, params: [i64(12), param.bytes('127.0.0.1 lo')] },
      // 9, 10: close(3) = 0
      { tid: 100, type: PPME.SYSCALL_CLOSE_E, params: [i64(3)] },
      { tid: 100, type: PPME.SYSCALL_CLOSE_X, params: [i64(0)] },
      // 11, 12: socket(AF_INET, SOCK_STREAM) = 4 by curl
      { tid: 200, type: PPME.SOCKET_SOCKET_E, params: [u32(2), u32(1), u32(0)] },
      { tid: 200, type: PPME.SOCKET_SOCKET_X, params: [i64(4)] },
      // 13, 14: connect(4, 10.0.0.2:80) = 0
      { tid: 200, type: PPME.SOCKET_CONNECT_E, params: [i64(4), param.sockaddr4('10.0.0.2', 80)] },
      { tid: 200, type: PPME.SOCKET_CONNECT_X, params: [i64(0), param.tuple4('10.0.0.1', 40000, '10.0.0.2', 80)] },
      // 15, 16: sendto(4) = 18
      { tid: 200, type: PPME.SOCKET_SENDTO_E, params: [i64(4), u32(18), Buffer.alloc(0)] },
      { tid: 200, type: PPME.SOCKET_SENDTO_X, params: [i64(18), param.bytes('GET / HTTP/1.1\r\n\r\n')] },
    ],
  });
}
