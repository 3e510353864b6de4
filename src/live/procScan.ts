/**
 * The live machine's state as capture metadata, read from /proc and /etc the way libscap's
 * /proc scan does before a live capture: every thread (comm, argv, env, cwd, ids, memory,
 * cgroups, ...), the fds of every process (files, directories, sockets resolved through
 * /proc/PID/net, pipes, event fds), users, groups, interfaces and the machine. Live capture
 * starts its state engine from this, and `-w` writes it at the head of the capture file.
 * Processes that vanish while being read are skipped.
 */
import * as fs from 'fs';
import * as os from 'os';
import { FD_TYPE, IF_TYPE } from '../capture/blockTypes';
import type { FdEntry, GroupEntry, InterfaceEntry, MachineInfo, ProcEntry, UserEntry } from '../capture/records';
import { PPM_CL } from '../state/threadInfo';
import { L4 } from '../state/fdInfo';

export interface MachineState {
  readonly machine: MachineInfo;
  readonly procs: ProcEntry[];
  /** fds per process (keyed by the main thread id) */
  readonly fds: Map<number, FdEntry[]>;
  readonly users: UserEntry[];
  readonly groups: GroupEntry[];
  readonly interfaces: InterfaceEntry[];
}

const read = (p: string): string | undefined => {
  try { return fs.readFileSync(p, 'latin1'); } catch { return undefined; }
};
const link = (p: string): string | undefined => {
  try { return fs.readlinkSync(p, { encoding: 'latin1' }) as string; } catch { return undefined; }
};
const nulList = (s: string | undefined): string[] => {
  if (!s) return [];
  const parts = s.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
};

/** Linux open(2) flags -> the PPM_O_* flags captures record */
export function openFlagsToPpm(f: number): number {
  let r = 0;
  switch (f & 3) {
    case 0: r |= 1; break; // O_RDONLY
    case 1: r |= 2; break; // O_WRONLY
    case 2: r |= 3; break; // O_RDWR
  }
  if (f & 0o100) r |= 1 << 2; // O_CREAT
  if (f & 0o2000) r |= 1 << 3; // O_APPEND
  if (f & 0o10000) r |= 1 << 4; // O_DSYNC
  if (f & 0o200) r |= 1 << 5; // O_EXCL
  if (f & 0o4000) r |= 1 << 6; // O_NONBLOCK
  if ((f & 0o4010000) === 0o4010000) r |= 1 << 7; // O_SYNC
  if (f & 0o1000) r |= 1 << 8; // O_TRUNC
  if (f & 0o40000) r |= 1 << 9; // O_DIRECT
  if (f & 0o200000) r |= 1 << 10; // O_DIRECTORY
  if (f & 0o100000) r |= 1 << 11; // O_LARGEFILE
  if (f & 0o2000000) r |= 1 << 12; // O_CLOEXEC
  if ((f & 0o20200000) === 0o20200000) r |= 1 << 13; // O_TMPFILE
  return r;
}

interface SocketInfo { type: number; l4: number; sip: number; dip: number; sport: number; dport: number; sip6?: Buffer; dip6?: Buffer; name: string; listening: boolean }

/** /proc/net/tcp style address "0100007F:1F90" -> [ip as wire-order u32, port] */
function parseV4(a: string): [number, number] {
  const [ip, port] = a.split(':');
  // the kernel prints the address as a host-order hex u32 of the wire bytes: on little-endian
  // machines that is the wire order read as little-endian, which is how captures store it
  return [parseInt(ip, 16) >>> 0, parseInt(port, 16)];
}

function parseV6(a: string): [Buffer, number] {
  const [ip, port] = a.split(':');
  const b = Buffer.alloc(16);
  // four host-order u32 words
  for (let i = 0; i < 4; i++) b.writeUInt32LE(parseInt(ip.slice(i * 8, i * 8 + 8), 16) >>> 0, i * 4);
  return [b, parseInt(port, 16)];
}

/** Sockets of one network namespace by inode, from /proc/PID/net/{tcp,tcp6,udp,udp6,unix}. */
function readSockets(netDir: string): Map<string, SocketInfo> {
  const out = new Map<string, SocketInfo>();
  const inet = (file: string, l4: number, v6: boolean) => {
    const text = read(`${netDir}/${file}`);
    if (!text) return;
    for (const line of text.split('\n').slice(1)) {
      const c = line.trim().split(/\s+/);
      if (c.length < 10) continue;
      const inode = c[9];
      const listening = l4 === L4.TCP ? c[3] === '0A' : c[2].endsWith(':0000');
      if (v6) {
        const [lip, lport] = parseV6(c[1]);
        const [rip, rport] = parseV6(c[2]);
        out.set(inode, listening
          ? { type: FD_TYPE.IPV6_SERVSOCK, l4, sip: 0, dip: 0, sport: 0, dport: lport, dip6: lip, name: '', listening }
          : { type: FD_TYPE.IPV6_SOCK, l4, sip: 0, dip: 0, sport: lport, dport: rport, sip6: lip, dip6: rip, name: '', listening });
      } else {
        const [lip, lport] = parseV4(c[1]);
        const [rip, rport] = parseV4(c[2]);
        out.set(inode, listening
          ? { type: FD_TYPE.IPV4_SERVSOCK, l4, sip: 0, dip: lip, sport: 0, dport: lport, name: '', listening }
          : { type: FD_TYPE.IPV4_SOCK, l4, sip: lip, dip: rip, sport: lport, dport: rport, name: '', listening });
      }
    }
  };
  inet('tcp', L4.TCP, false);
  inet('udp', L4.UDP, false);
  inet('tcp6', L4.TCP, true);
  inet('udp6', L4.UDP, true);
  const unix = read(`${netDir}/unix`);
  if (unix) {
    for (const line of unix.split('\n').slice(1)) {
      const c = line.trim().split(/\s+/);
      if (c.length < 7) continue;
      out.set(c[6], { type: FD_TYPE.UNIX_SOCK, l4: 0, sip: 0, dip: 0, sport: 0, dport: 0, name: c[7] ?? '', listening: false });
    }
  }
  return out;
}

function fdEntry(pid: number, fd: number, target: string, sockets: () => Map<string, SocketInfo>): FdEntry | undefined {
  const base: FdEntry = {
    fd, ino: 0n, type: FD_TYPE.UNKNOWN, name: target, openFlags: 0, dev: 0, sip: 0, dip: 0, sport: 0, dport: 0, l4proto: 0,
    unixSource: 0n, unixDest: 0n,
  };
  const m = /^(socket|pipe):\[(\d+)\]$/.exec(target);
  if (m && m[1] === 'socket') {
    const s = sockets().get(m[2]);
    if (!s) return { ...base, type: FD_TYPE.UNIX_SOCK, name: '', ino: BigInt(m[2]) };
    return { ...base, type: s.type, name: s.name, ino: BigInt(m[2]), sip: s.sip, dip: s.dip, sport: s.sport, dport: s.dport, l4proto: s.l4, sip6: s.sip6, dip6: s.dip6 };
  }
  if (m && m[1] === 'pipe') return { ...base, type: FD_TYPE.FIFO, ino: BigInt(m[2]) };
  const anon = /^anon_inode:\[?([\w-]+)\]?$/.exec(target);
  if (anon) {
    const kind = anon[1];
    const type = kind === 'eventfd' ? FD_TYPE.EVENT : kind === 'signalfd' ? FD_TYPE.SIGNALFD : kind === 'eventpoll' ? FD_TYPE.EVENTPOLL
      : kind === 'inotify' ? FD_TYPE.INOTIFY : kind === 'timerfd' ? FD_TYPE.TIMERFD : FD_TYPE.UNSUPPORTED;
    return { ...base, type, name: '' };
  }
  const info = read(`/proc/${pid}/fdinfo/${fd}`);
  const flags = info ? parseInt((/flags:\s*(\d+)/.exec(info) ?? ['', '0'])[1], 8) : 0;
  let st: fs.Stats | undefined;
  try { st = fs.statSync(`/proc/${pid}/fd/${fd}`); } catch { st = undefined; }
  if (st?.isDirectory()) return { ...base, type: FD_TYPE.DIRECTORY, openFlags: openFlagsToPpm(flags), ino: BigInt(st.ino), dev: st.dev };
  return { ...base, type: FD_TYPE.FILE_V2, openFlags: openFlagsToPpm(flags), ino: st ? BigInt(st.ino) : 0n, dev: st ? st.dev : 0 };
}

function statusField(status: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(status);
  return m ? m[1] : undefined;
}

function readThread(pid: number, tid: number): ProcEntry | undefined {
  const dir = pid === tid ? `/proc/${pid}` : `/proc/${pid}/task/${tid}`;
  const stat = read(`${dir}/stat`);
  const status = read(`${dir}/status`);
  if (!stat || !status) return undefined;
  // fields after the parenthesised comm: state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt ...
  const close = stat.lastIndexOf(')');
  const f = stat.slice(close + 2).split(' ');
  const comm = (read(`${dir}/comm`) ?? stat.slice(stat.indexOf('(') + 1, close)).replace(/\n$/, '');
  const argv = nulList(read(`/proc/${pid}/cmdline`));
  const num = (k: string) => parseInt((statusField(status, k) ?? '0').trim(), 10) || 0;
  const ids = (k: string) => (statusField(status, k) ?? '').trim().split(/\s+/).map(Number);
  const nspid = ids('NSpid');
  const nstgid = ids('NStgid');
  const limits = read(`/proc/${pid}/limits`) ?? '';
  const fdlimit = Number((/^Max open files\s+(\d+)/m.exec(limits) ?? ['', '0'])[1]);
  const cgroups = (read(`${dir}/cgroup`) ?? '').split('\n').filter(Boolean).map((l) => {
    const [, subsys, p] = l.split(':');
    return `${subsys === '' ? '' : subsys}=${p}`;
  });
  const exepath = link(`/proc/${pid}/exe`) ?? '';
  let exeWritable = false;
  try { fs.accessSync(exepath, fs.constants.W_OK); exeWritable = exepath !== ''; } catch { exeWritable = false; }
  const cap = (k: string) => BigInt('0x' + ((statusField(status, k) ?? '0').trim() || '0'));
  const loginuid = Number(read(`/proc/${pid}/loginuid`) ?? '4294967295') >>> 0;
  const cwd = link(`/proc/${pid}/cwd`) ?? '';
  return {
    tid, pid, ptid: num('PPid'), sid: Number(f[3]), vpgid: Number(f[2]), pgid: Number(f[2]),
    comm, exe: argv[0] ?? comm, exepath, args: argv.slice(1), env: nulList(read(`/proc/${pid}/environ`)),
    cwd: cwd.endsWith('/') ? cwd : cwd + '/', root: link(`/proc/${pid}/root`) ?? '/', fdlimit,
    flags: pid === tid ? 0 : PPM_CL.CLONE_THREAD | PPM_CL.CLONE_FILES,
    uid: ids('Uid')[1] ?? 0, gid: ids('Gid')[1] ?? 0, loginuid,
    vtid: nspid.length ? nspid[nspid.length - 1] : tid, vpid: nstgid.length ? nstgid[nstgid.length - 1] : pid,
    tty: Number(f[4]), vmsizeKb: num('VmSize'), vmrssKb: num('VmRSS'), vmswapKb: num('VmSwap'),
    pfmajor: Number(f[9]), pfminor: Number(f[7]), cgroups, exeWritable,
    pidnsInitStartTs: 0n, capInheritable: cap('CapInh'), capPermitted: cap('CapPrm'), capEffective: cap('CapEff'),
    exeUpperLayer: false, exeLowerLayer: false, exeFromMemfd: exepath.startsWith('/memfd:'), exeIno: 0n,
  };
}

function readUsers(): { users: UserEntry[]; groups: GroupEntry[] } {
  const users: UserEntry[] = [];
  for (const line of (read('/etc/passwd') ?? '').split('\n')) {
    const c = line.split(':');
    if (c.length >= 7) users.push({ name: c[0], uid: Number(c[2]), gid: Number(c[3]), homedir: c[5], shell: c[6] });
  }
  const groups: GroupEntry[] = [];
  for (const line of (read('/etc/group') ?? '').split('\n')) {
    const c = line.split(':');
    if (c.length >= 3) groups.push({ name: c[0], gid: Number(c[2]) });
  }
  return { users, groups };
}

function ipv4Wire(s: string): number {
  const [a, b, c, d] = s.split('.').map(Number);
  return (a | (b << 8) | (c << 16) | (d << 24)) >>> 0;
}

function readInterfaces(): InterfaceEntry[] {
  const out: InterfaceEntry[] = [];
  for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
    for (const a of addrs ?? []) {
      if (a.family === 'IPv4') {
        const addr = ipv4Wire(a.address), mask = ipv4Wire(a.netmask);
        out.push({ type: IF_TYPE.IPV4, name, addr, netmask: mask, bcast: (addr | ~mask) >>> 0, linkspeed: 0n });
      } else {
        const b = Buffer.alloc(16);
        const groups = a.address.split('%')[0];
        const [h, t] = groups.split('::');
        const hp = h ? h.split(':') : [];
        const tp = t !== undefined && t !== '' ? t.split(':') : [];
        const all = [...hp, ...new Array(8 - hp.length - tp.length).fill('0'), ...tp];
        all.forEach((g, i) => b.writeUInt16BE(parseInt(g || '0', 16), i * 2));
        out.push({ type: IF_TYPE.IPV6, name, addr: 0, netmask: 0, bcast: 0, addr6: b, linkspeed: 0n });
      }
    }
  }
  return out;
}

type SocketTables = Map<string, Map<string, SocketInfo>>;

/** The fds of a process, sockets resolved through its network namespace's tables (cached per namespace). */
function processFds(pid: number, socketsByNs: SocketTables): FdEntry[] | undefined {
  let entries: string[];
  try { entries = fs.readdirSync(`/proc/${pid}/fd`); } catch { return undefined; }
  const netns = link(`/proc/${pid}/ns/net`) ?? '';
  const sockets = () => {
    let s = socketsByNs.get(netns);
    if (!s) socketsByNs.set(netns, (s = readSockets(`/proc/${pid}/net`)));
    return s;
  };
  const list: FdEntry[] = [];
  for (const e of entries.map(Number).sort((a, b) => a - b)) {
    const target = link(`/proc/${pid}/fd/${e}`);
    if (target === undefined) continue;
    const entry = fdEntry(pid, e, target, sockets);
    if (entry) list.push(entry);
  }
  return list;
}

/** Reads the whole machine's state. `exclude` pids (tsysdig itself) are left out. */
export function scanMachine(exclude: ReadonlySet<number> = new Set()): MachineState {
  const procs: ProcEntry[] = [];
  const fds = new Map<number, FdEntry[]>();
  const socketsByNs: SocketTables = new Map();
  const pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).sort((a, b) => a - b);
  for (const pid of pids) {
    if (exclude.has(pid)) continue;
    let tids: number[];
    try { tids = fs.readdirSync(`/proc/${pid}/task`).map(Number).sort((a, b) => a - b); } catch { continue; }
    for (const tid of tids) {
      const p = readThread(pid, tid);
      if (p) procs.push(p);
    }
    const list = processFds(pid, socketsByNs);
    if (list) fds.set(pid, list);
  }
  const { users, groups } = readUsers();
  const uptime = Number((read('/proc/uptime') ?? '0').split(' ')[0]);
  const machine: MachineInfo = {
    numCpus: os.cpus().length, memorySizeBytes: os.totalmem(), maxPid: Number(read('/proc/sys/kernel/pid_max') ?? '32768'),
    hostname: os.hostname(), bootTsEpoch: BigInt(Math.round((Date.now() / 1000 - uptime) * 1e9)), flags: 0n,
  };
  return { machine, procs, fds, users, groups, interfaces: readInterfaces() };
}

/**
 * One thread met in the event stream but not in the state engine (it started between the scan
 * and the probe, or its events were filtered in the kernel): its /proc entry, with its process's
 * fds when it is the main thread, as sinsp queries /proc for unknown threads in live mode.
 */
export function scanThread(tid: number): { proc: ProcEntry; fds: FdEntry[] } | undefined {
  const status = read(`/proc/${tid}/status`);
  const tgid = status && /^Tgid:\s*(\d+)/m.exec(status);
  if (!tgid) return undefined;
  const pid = Number(tgid[1]);
  const proc = readThread(pid, tid);
  if (!proc) return undefined;
  return { proc, fds: pid === tid ? processFds(pid, new Map()) ?? [] : [] };
}
