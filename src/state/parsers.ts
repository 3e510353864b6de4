/**
 * Event -> state updates (libsinsp's sinsp_parser). Parameters are read by name from the
 * event table, so every version of an event (clone_11/16/17/20, execve_8..19, ...) goes
 * through one handler.
 */
import { FD_TYPE } from '../capture/blockTypes';
import { Event } from '../events/event';
import { PPME } from '../events/eventTable';
import { EF } from '../events/paramTypes';
import { FdInfo, FDF, L4 } from './fdInfo';
import { ThreadInfo, PPM_CL, normalizeCgroups } from './threadInfo';
import type { Inspector } from './inspector';
import { withTrailingSlash } from './inspector';
import { concatenatePaths } from './paths';
import { ipv4ToString, ipv6ToString, isIpv4MappedIpv6, socketName, portToString } from './netFormat';
import { parseContainerJson } from './containerInfo';
import { completeTupleFromInterfaces } from './interfaces';
import { splitNul } from '../capture/blockCursor';

const PPM_O_DIRECTORY = 1 << 10;
const PPM_EXE_WRITABLE = 1 << 0;
const PPM_AT_FDCWD = -100;
const PPM_AF_UNIX = 1;
const PPM_AF_INET = 2;
const PPM_AF_INET6 = 10;
const PPM_AF_NETLINK = 16;
const SE_EINPROGRESS = 115;
const PPM_FCNTL_F_DUPFD = 1;
const PPM_FCNTL_F_DUPFD_CLOEXEC = 26;
const IPPROTO_IP = 0, IPPROTO_ICMP = 1, IPPROTO_TCP = 6, IPPROTO_UDP = 17, IPPROTO_RAW = 255;
const SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3;

type Handler = (ins: Inspector, ev: Event) => void;
const handlers: (Handler | undefined)[] = [];
const storeEnter = new Set<number>();

function on(types: readonly number[], h: Handler): void {
  for (const t of types) if (t !== undefined) handlers[t] = h;
}

/** Whether sinsp keeps a copy of this enter event for its exit's parser. */
let storeEnterFlags: Uint8Array | undefined;
export function needsEnterEventCopy(type: number): boolean {
  if (storeEnterFlags === undefined) {
    storeEnterFlags = new Uint8Array(1024);
    for (const t of storeEnter) storeEnterFlags[t] = 1;
  }
  return storeEnterFlags[type] === 1;
}

export function parseEventState(ins: Inspector, ev: Event): void {
  const h = handlers[ev.type];
  if (h !== undefined) h(ins, ev);
}

/** Index of a named parameter in this event, or -1. */
function p(ev: Event, name: string): number { return ev.paramIndex(name); }

// ---- files ---------------------------------------------------------------------------

for (const t of [
  PPME.SOCKET_SENDTO_E, PPME.SYSCALL_OPEN_E, PPME.SYSCALL_CREAT_E, PPME.SYSCALL_OPENAT_E, PPME.SYSCALL_OPENAT_2_E,
  PPME.SYSCALL_OPENAT2_E, PPME.SOCKET_SOCKET_E, PPME.SYSCALL_EVENTFD_E, PPME.SYSCALL_CHDIR_E, PPME.SYSCALL_FCHDIR_E,
  PPME.SOCKET_SHUTDOWN_E, PPME.SYSCALL_GETRLIMIT_E, PPME.SYSCALL_SETRLIMIT_E, PPME.SYSCALL_PRLIMIT_E,
  PPME.SOCKET_SENDMSG_E, PPME.SYSCALL_SENDFILE_E, PPME.SYSCALL_SETRESUID_E, PPME.SYSCALL_SETRESGID_E,
  PPME.SYSCALL_SETUID_E, PPME.SYSCALL_SETGID_E, PPME.SYSCALL_EXECVE_18_E, PPME.SYSCALL_EXECVE_19_E,
  PPME.SYSCALL_EXECVEAT_E, PPME.SYSCALL_SETPGID_E, PPME.SOCKET_CONNECT_E, PPME.SYSCALL_OPEN_BY_HANDLE_AT_E,
]) if (t !== undefined) storeEnter.add(t);

/** Directory a *at() path is relative to (sinsp parse_dirfd, including its always-append-'/' quirk). */
export function dirOf(ins: Inspector, t: ThreadInfo, name: string, dirfd: number): string {
  if (name.charCodeAt(0) === 47) return '.';
  if (dirfd === PPM_AT_FDCWD) return ins.cwdOf(t);
  const f = t.fds.get(dirfd);
  return f ? f.name + '/' : '<UNKNOWN>';
}

/** sinsp uses the enter event's name unless that parameter is empty (length 0) or "(NULL)": a
 * name that is just its NUL (length 1) is used, and resolves to the directory itself. */
function enterNameUsable(enter: Event, i: number): boolean { return enter.paramLen(i) !== 0 && enter.str(i) !== '(NULL)'; }

on([PPME.SYSCALL_OPEN_X, PPME.SYSCALL_CREAT_X, PPME.SYSCALL_OPENAT_X, PPME.SYSCALL_OPENAT_2_X, PPME.SYSCALL_OPENAT2_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 1) return;
  const enter = ins.retrieveEnterEvent(ev);
  const fd = ev.i64(0);
  let name = '';
  let flags = 0;
  let dev = 0;
  let dir: string;
  const type = ev.type;
  if (type === PPME.SYSCALL_OPEN_X || type === PPME.SYSCALL_CREAT_X) {
    const ni = p(ev, 'name'), fi = p(ev, 'flags'), di = p(ev, 'dev');
    if (ni >= 0) name = ev.str(ni);
    if (fi >= 0 && type === PPME.SYSCALL_OPEN_X) flags = ev.u32(fi);
    if (di >= 0) dev = ev.u32(di);
    if (enter && enter.nparams >= 1) {
      if (enterNameUsable(enter, 0)) {
        name = enter.str(0);
        flags = type === PPME.SYSCALL_OPEN_X && enter.nparams >= 2 ? enter.u32(1) : 0;
      }
    }
    dir = ins.cwdOf(t);
  } else if (type === PPME.SYSCALL_OPENAT_X) {
    // the old openat exit carries only the fd: everything comes from the enter event
    if (!enter || enter.nparams < 3) return;
    name = enter.str(1);
    flags = enter.u32(2);
    dir = dirOf(ins, t, name, enter.i64(0));
  } else {
    const ni = p(ev, 'name'), fi = p(ev, 'flags'), dfi = p(ev, 'dirfd'), di = p(ev, 'dev');
    if (ni >= 0) name = ev.str(ni);
    if (fi >= 0) flags = ev.u32(fi);
    let dirfd = dfi >= 0 ? ev.i64(dfi) : PPM_AT_FDCWD;
    if (di >= 0 && type === PPME.SYSCALL_OPENAT_2_X) dev = ev.u32(di);
    if (enter && enter.nparams >= 3) {
      if (enterNameUsable(enter, 1)) {
        name = enter.str(1); flags = enter.u32(2); dirfd = enter.i64(0);
      }
    }
    dir = dirOf(ins, t, name, dirfd);
  }
  if (fd >= 0) {
    const f = new FdInfo();
    f.type = (flags & PPM_O_DIRECTORY) ? FD_TYPE.DIRECTORY : FD_TYPE.FILE_V2;
    f.openFlags = flags;
    f.dev = dev;
    f.name = concatenatePaths(dir, name);
    ev.fdinfo = t.addFd(fd, f);
    ev.fdNum = fd;
  }
});

// ---- sockets -------------------------------------------------------------------------

function addSocket(t: ThreadInfo, ev: Event, fd: number, domain: number, type: number, protocol: number): void {
  const f = new FdInfo();
  if (domain === PPM_AF_UNIX) {
    f.type = FD_TYPE.UNIX_SOCK;
  } else if (domain === PPM_AF_INET || domain === PPM_AF_INET6) {
    f.type = domain === PPM_AF_INET ? FD_TYPE.IPV4_SOCK : FD_TYPE.IPV6_SOCK;
    let l4: number = L4.UNKNOWN;
    if (protocol === IPPROTO_TCP) l4 = type === SOCK_RAW ? L4.RAW : L4.TCP;
    else if (protocol === IPPROTO_UDP) l4 = type === SOCK_RAW ? L4.RAW : L4.UDP;
    else if (protocol === IPPROTO_IP) {
      if ((type & 0xff) === SOCK_STREAM) l4 = L4.TCP;
      else if ((type & 0xff) === SOCK_DGRAM) l4 = L4.UDP;
    } else if (protocol === IPPROTO_ICMP) l4 = type === SOCK_RAW ? L4.RAW : L4.ICMP;
    else if (protocol === IPPROTO_RAW) l4 = L4.RAW;
    f.l4proto = l4;
  } else if (domain === PPM_AF_NETLINK) {
    f.type = FD_TYPE.NETLINK;
  } else {
    return; // unknown socket families are not tracked, as in sinsp
  }
  ev.fdinfo = t.addFd(fd, f);
  ev.fdNum = fd;
}

on([PPME.SOCKET_SOCKET_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 1) return;
  const fd = ev.i64(0);
  if (fd < 0) return;
  const enter = ins.retrieveEnterEvent(ev);
  if (!enter || enter.nparams < 3) return;
  addSocket(t, ev, fd, enter.u32(0), enter.u32(1), enter.u32(2));
});

on([PPME.SOCKET_BIND_X], (ins, ev) => {
  const f = ev.fdinfo;
  if (!f || ev.nparams < 2 || ev.i64(0) < 0) return;
  const len = ev.paramLen(1);
  if (len === 0) return;
  const o = ev.paramOffset(1);
  const b = ev.buf;
  const family = b[o];
  if (family === PPM_AF_INET && len >= 7) {
    const port = b.readUInt16LE(o + 5);
    if (port > 0) {
      f.type = FD_TYPE.IPV4_SERVSOCK;
      f.dip = b.readUInt32LE(o + 1);
      f.dport = port;
      f.flags |= FDF.ROLE_SERVER;
    }
  } else if (family === PPM_AF_INET6 && len >= 19) {
    const port = b.readUInt16LE(o + 17);
    if (port > 0) {
      if (isIpv4MappedIpv6(b, o + 1)) {
        f.type = FD_TYPE.IPV4_SERVSOCK;
        f.dip = b.readUInt32LE(o + 13);
      } else {
        f.type = FD_TYPE.IPV6_SERVSOCK;
        f.dip6 = Buffer.from(b.subarray(o + 1, o + 17));
      }
      f.dport = port;
      f.flags |= FDF.ROLE_SERVER;
    }
  }
  f.name = sockaddrToString(b, o, len, f.getL4proto(), ins.resolvePorts);
});

/** PT_SOCKADDR rendering without the type prefix (what sinsp stores as the fd name). */
export function sockaddrToString(b: Buffer, o: number, len: number, l4: number, resolve = false): string {
  if (len === 0) return 'NULL';
  const family = b[o];
  if (family === PPM_AF_UNIX) return sanitize(b.toString('latin1', o + 1, cEnd(b, o + 1, o + len)));
  if (family === PPM_AF_INET) {
    if (len === 7) return `${ipv4ToString(b.readUInt32LE(o + 1))}:${portToString(b.readUInt16LE(o + 5), l4, resolve)}`;
    return 'INVALID IPv4';
  }
  if (family === PPM_AF_INET6) {
    if (len === 19) {
      if (isIpv4MappedIpv6(b, o + 1)) return `${ipv4ToString(b.readUInt32LE(o + 13))}:${portToString(b.readUInt16LE(o + 17), l4, resolve)}`;
      return `${ipv6ToString(b, o + 1)}:${portToString(b.readUInt16LE(o + 17), l4, resolve)}`;
    }
    return 'INVALID IPv6';
  }
  return `family ${family}`;
}

function cEnd(b: Buffer, from: number, to: number): number {
  let e = from;
  while (e < to && b[e] !== 0) e++;
  return e;
}

/** sinsp sanitize_string: drop unprintable characters. */
export function sanitize(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x20-\x7e]/.test(s) ? s.replace(/[^\x20-\x7e]/g, '') : s;
}

/**
 * Update an fd's addresses from a PT_SOCKTUPLE as sinsp does (set_*_addresses_and_ports):
 * an identical or mirrored tuple changes nothing, the source side is always taken, the
 * destination only where it is still unset. Returns whether anything changed.
 */
function updateTuple(f: FdInfo, b: Buffer, o: number, len: number): boolean {
  const family = b[o];
  if (family === PPM_AF_INET && len >= 13) {
    f.type = FD_TYPE.IPV4_SOCK;
    return updateV4(f, b.readUInt32LE(o + 1), b.readUInt16LE(o + 5), b.readUInt32LE(o + 7), b.readUInt16LE(o + 11));
  }
  if (family === PPM_AF_INET6 && len >= 37) {
    if (isIpv4MappedIpv6(b, o + 1) && isIpv4MappedIpv6(b, o + 19)) {
      f.type = FD_TYPE.IPV4_SOCK;
      return updateV4(f, b.readUInt32LE(o + 13), b.readUInt16LE(o + 17), b.readUInt32LE(o + 31), b.readUInt16LE(o + 35));
    }
    const sip = b.subarray(o + 1, o + 17), sport = b.readUInt16LE(o + 17);
    const dip = b.subarray(o + 19, o + 35), dport = b.readUInt16LE(o + 35);
    const fs = f.sip6 ?? ZERO16, fd = f.dip6 ?? ZERO16;
    if (f.type === FD_TYPE.IPV6_SOCK &&
      ((sip.equals(fs) && sport === f.sport && dip.equals(fd) && dport === f.dport) ||
       (dip.equals(fs) && dport === f.sport && sip.equals(fd) && sport === f.dport))) return false;
    let changed = false;
    if (!sip.equals(fs)) { f.sip6 = Buffer.from(sip); changed = true; }
    if (sport !== f.sport) { f.sport = sport; changed = true; }
    if (fd.equals(ZERO16)) { f.dip6 = Buffer.from(dip); changed = true; }
    if (f.dport === 0) { f.dport = dport; changed = true; }
    return changed;
  }
  return false;
}

const ZERO16 = Buffer.alloc(16);

function updateV4(f: FdInfo, sip: number, sport: number, dip: number, dport: number): boolean {
  if ((sip === f.sip && sport === f.sport && dip === f.dip && dport === f.dport) ||
    (dip === f.sip && dport === f.sport && sip === f.dip && sport === f.dport)) return false;
  let changed = false;
  if (f.sip !== sip) { f.sip = sip; changed = true; }
  if (f.sport !== sport) { f.sport = sport; changed = true; }
  if (f.dip === 0) { f.dip = dip; changed = true; }
  if (f.dport === 0) { f.dport = dport; changed = true; }
  return changed;
}

/** Fill a new fd's addresses from a PT_SOCKTUPLE; returns false when the tuple is unusable. */
function setTuple(f: FdInfo, b: Buffer, o: number, len: number): boolean {
  if (b[o] !== PPM_AF_INET && b[o] !== PPM_AF_INET6) return false;
  // sinsp marks the fd IPv6 before taking a (not IPv4-mapped) IPv6 tuple
  if (b[o] === PPM_AF_INET6) f.type = FD_TYPE.IPV6_SOCK;
  updateTuple(f, b, o, len);
  return f.type === FD_TYPE.IPV4_SOCK || f.type === FD_TYPE.IPV6_SOCK;
}

function unixTupleName(b: Buffer, o: number, len: number): string {
  return sanitize(b.toString('latin1', o + 17, cEnd(b, o + 17, o + len)));
}

on([PPME.SOCKET_CONNECT_E], (ins, ev) => {
  const f = ev.fdinfo;
  if (!f || ev.nparams < 2) return;
  const len = ev.paramLen(1);
  if (len === 0) return;
  const o = ev.paramOffset(1);
  const b = ev.buf;
  const family = b[o];
  if (family === PPM_AF_INET && len >= 7) {
    f.type = FD_TYPE.IPV4_SOCK;
    f.dip = b.readUInt32LE(o + 1); f.dport = b.readUInt16LE(o + 5);
  } else if (family === PPM_AF_INET6 && len >= 19) {
    const port = b.readUInt16LE(o + 17);
    if (isIpv4MappedIpv6(b, o + 1)) {
      f.type = FD_TYPE.IPV4_SOCK; f.dip = b.readUInt32LE(o + 13); f.dport = port;
    } else {
      f.type = FD_TYPE.IPV6_SOCK; f.dip6 = Buffer.from(b.subarray(o + 1, o + 17)); f.dport = port;
    }
  } else {
    f.name = sockaddrToString(b, o, len, f.getL4proto(), ins.resolvePorts);
  }
});

on([PPME.SOCKET_CONNECT_X], (ins, ev) => {
  const f = ev.fdinfo;
  if (!f || ev.nparams < 2) return;
  const res = ev.i64(0);
  if (res < 0 && res !== -SE_EINPROGRESS) return;
  f.flags |= FDF.SOCKET_CONNECTED;
  const len = ev.paramLen(1);
  if (len === 0) return;
  fillClientSocket(ins, ev, f, ev.paramOffset(1), len);
});

function fillClientSocket(ins: Inspector, ev: Event, f: FdInfo, o: number, len: number): void {
  const b = ev.buf;
  const family = b[o];
  if (family === PPM_AF_INET || family === PPM_AF_INET6) {
    const changed = updateTuple(f, b, o, len);
    if (changed && (f.flags & FDF.ROLE_SERVER) && f.l4proto === L4.UDP) swapAddresses(f);
    f.name = socketName(f, ins.resolvePorts);
  } else {
    // sinsp names it after the tuple parameter, whatever the fd's type
    f.name = tupleString(b, o, len, ins.resolvePorts, f.getL4proto());
    if (len >= 17) { f.unixSource = b.readBigUInt64LE(o + 1); f.unixDest = b.readBigUInt64LE(o + 9); }
  }
  if ((f.flags & (FDF.ROLE_CLIENT | FDF.ROLE_SERVER)) === 0) f.flags |= FDF.ROLE_CLIENT;
}

on([PPME.SOCKET_ACCEPT_X, PPME.SOCKET_ACCEPT_5_X, PPME.SOCKET_ACCEPT4_X, PPME.SOCKET_ACCEPT4_5_X, PPME.SOCKET_ACCEPT4_6_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 2) return;
  const fd = ev.i64(0);
  if (fd < 0) return;
  t.lastEventFd = fd;
  const len = ev.paramLen(1);
  if (len === 0) return;
  const o = ev.paramOffset(1);
  const b = ev.buf;
  const f = new FdInfo();
  const family = b[o];
  if (family === PPM_AF_INET || family === PPM_AF_INET6) {
    if (!setTuple(f, b, o, len)) return;
    f.l4proto = L4.TCP;
    // the event has no fd yet when sinsp renders the tuple: ports resolve for any protocol
    f.name = tupleString(b, o, len, ins.resolvePorts, L4.UNKNOWN);
  } else if (family === PPM_AF_UNIX) {
    f.type = FD_TYPE.UNIX_SOCK;
    if (len >= 17) { f.unixSource = b.readBigUInt64LE(o + 1); f.unixDest = b.readBigUInt64LE(o + 9); }
    f.name = tupleString(b, o, len, ins.resolvePorts, L4.UNKNOWN);
  } else {
    return;
  }
  f.flags = FDF.ROLE_SERVER | FDF.SOCKET_CONNECTED;
  ev.fdinfo = t.addFd(fd, f);
  ev.fdNum = fd;
});

/** PT_SOCKTUPLE rendering, as stored in fd names (ports named with -R, for the fd's protocol). */
export function tupleString(b: Buffer, o: number, len: number, resolve = false, l4: number = L4.UNKNOWN): string {
  if (len === 0) return 'NULL';
  const family = b[o];
  const port = (off: number) => (resolve ? portToString(b.readUInt16LE(off), l4, true) : String(b.readUInt16LE(off)));
  if (family === PPM_AF_INET) {
    if (len !== 13) return 'INVALID IPv4';
    return `${ipv4ToString(b.readUInt32LE(o + 1))}:${port(o + 5)}->${ipv4ToString(b.readUInt32LE(o + 7))}:${port(o + 11)}`;
  }
  if (family === PPM_AF_INET6) {
    if (len !== 37) return 'INVALID IPv6';
    if (isIpv4MappedIpv6(b, o + 1) && isIpv4MappedIpv6(b, o + 19)) {
      return `${ipv4ToString(b.readUInt32LE(o + 13))}:${port(o + 17)}->${ipv4ToString(b.readUInt32LE(o + 31))}:${port(o + 35)}`;
    }
    return `${ipv6ToString(b, o + 1)}:${port(o + 17)}->${ipv6ToString(b, o + 19)}:${port(o + 35)}`;
  }
  if (family === PPM_AF_UNIX) {
    return `${b.readBigUInt64LE(o + 1).toString(16)}->${b.readBigUInt64LE(o + 9).toString(16)} ${unixTupleName(b, o, len)}`;
  }
  return `family ${family}`;
}

on([PPME.SYSCALL_CLOSE_E], (_ins, ev) => {
  if (ev.fdinfo) ev.fdinfo.flags |= FDF.CLOSE_IN_PROGRESS;
});

on([PPME.SYSCALL_CLOSE_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 1) return;
  if (ev.i64(0) >= 0) {
    if (!ev.fdinfo) return;
    ins.pendingFdRemoveTid = t.tid;
    ins.pendingFdRemovals.push(t.lastEventFd);
  } else if (ev.fdinfo) {
    ev.fdinfo.flags &= ~FDF.CLOSE_IN_PROGRESS;
  }
});

on([PPME.SYSCALL_PIPE_X, PPME.SYSCALL_PIPE2_X], (_ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 4 || ev.i64(0) < 0) return;
  const ino = ev.u64big(3);
  for (const i of [1, 2]) {
    const f = new FdInfo();
    f.type = FD_TYPE.FIFO; f.ino = ino;
    ev.fdinfo = t.addFd(ev.i64(i), f);
  }
});

on([PPME.SOCKET_SOCKETPAIR_X], (_ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 5 || ev.i64(0) < 0) return;
  const f = new FdInfo();
  f.type = FD_TYPE.UNIX_SOCK; f.unixSource = ev.u64big(3); f.unixDest = ev.u64big(4);
  ev.fdinfo = t.addFd(ev.i64(1), f);
  t.addFd(ev.i64(2), f);
});

function addSimpleFd(ev: Event, type: number, name = ''): void {
  const t = ev.tinfo;
  if (!t || ev.nparams < 1) return;
  const fd = ev.i64(0);
  if (fd < 0) return;
  const f = new FdInfo();
  f.type = type; f.name = name;
  ev.fdinfo = t.addFd(fd, f);
}
on([PPME.SYSCALL_EVENTFD_X, PPME.SYSCALL_EVENTFD2_X], (_ins, ev) => addSimpleFd(ev, FD_TYPE.EVENT));
on([PPME.SYSCALL_SIGNALFD_X, PPME.SYSCALL_SIGNALFD4_X], (_ins, ev) => addSimpleFd(ev, FD_TYPE.SIGNALFD));
on([PPME.SYSCALL_TIMERFD_CREATE_X], (_ins, ev) => addSimpleFd(ev, FD_TYPE.TIMERFD));
on([PPME.SYSCALL_INOTIFY_INIT_X, PPME.SYSCALL_INOTIFY_INIT1_X], (_ins, ev) => addSimpleFd(ev, FD_TYPE.INOTIFY));
// userfaultfd creates no fd in libs 0.29.3

function dupTo(ev: Event, newfd: number): void {
  const t = ev.tinfo;
  if (!t || !ev.fdinfo || newfd < 0) return;
  if (newfd === ev.fdNum) return;
  ev.fdinfo = t.addFd(newfd, ev.fdinfo.clone());
}
on([PPME.SYSCALL_DUP_X, PPME.SYSCALL_DUP_1_X, PPME.SYSCALL_DUP2_X, PPME.SYSCALL_DUP3_X], (_ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 1) return;
  const res = ev.i64(0);
  if (res < 0) return;
  if (res === 0) t.flags |= 1 << 22; // PPM_CL_PIPE_DST
  if (res === 1) t.flags |= 1 << 21; // PPM_CL_PIPE_SRC
  dupTo(ev, res);
});

on([PPME.SYSCALL_FCNTL_X], (ins, ev) => {
  const enter = ins.retrieveEnterEvent(ev);
  if (!enter || enter.nparams < 2) return;
  const cmd = enter.u8(1);
  if (cmd !== PPM_FCNTL_F_DUPFD && cmd !== PPM_FCNTL_F_DUPFD_CLOEXEC) return;
  dupTo(ev, ev.i64(0));
});
storeEnter.add(PPME.SYSCALL_FCNTL_E);

// getsockopt names its fd only in the exit event: sinsp takes it from there
on([PPME.SOCKET_GETSOCKOPT_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 2) return;
  const fd = ev.i64(1);
  const f = fd >= 0 ? (ins.mainThread(t) ?? t).fds.get(fd) : undefined;
  if (f !== undefined) f.oldName = f.name;
  ev.fdinfo = f;
  ev.fdNum = fd;
  t.lastEventFd = fd;
});

// ---- processes -----------------------------------------------------------------------

function argsOf(ev: Event, i: number): string[] {
  return splitNul(ev.bytes(i));
}

on([
  PPME.SYSCALL_CLONE_11_X, PPME.SYSCALL_CLONE_16_X, PPME.SYSCALL_CLONE_17_X, PPME.SYSCALL_CLONE_20_X,
  PPME.SYSCALL_FORK_X, PPME.SYSCALL_FORK_17_X, PPME.SYSCALL_FORK_20_X, PPME.SYSCALL_VFORK_X,
  PPME.SYSCALL_VFORK_17_X, PPME.SYSCALL_VFORK_20_X, PPME.SYSCALL_CLONE3_X,
], (ins, ev) => {
  const n = (name: string) => p(ev, name);
  if (ev.nparams < 8) return;
  let tid = ev.tid;
  let childtid = ev.i64(0);
  const flags = n('flags') >= 0 ? ev.u32(n('flags')) : 0;
  const vtid = n('vtid') >= 0 ? ev.i64(n('vtid')) : tid;
  const vpid = n('vpid') >= 0 ? ev.i64(n('vpid')) : -1;
  if (childtid < 0) return;
  const inContainer = (flags & PPM_CL.CHILD_IN_PIDNS) !== 0 || tid !== vtid;
  let inverted = false;
  if (childtid === 0) {
    // the child's side of the clone
    const parenttid = (flags & PPM_CL.CLONE_THREAD) ? ev.i64(4) : ev.i64(5);
    if (ev.tinfo === undefined) {
      inverted = true;
      childtid = tid;
      tid = parenttid;
    } else {
      if (inContainer) { ev.tinfo.vtid = vtid; ev.tinfo.vpid = vpid; }
      return;
    }
  } else if (inContainer) {
    return;
  }
  let parent = ins.getThread(tid) ?? ins.newFakeThread(tid);
  const validParent = !(parent.comm === '<NA>' && parent.uid === 0xffffffff);
  const existing = ins.getThread(childtid);
  if (existing) {
    if (existing.flags & PPM_CL.CLONE_INVERTED) return;
    ins.removeThread(childtid);
  }
  const child = new ThreadInfo();
  child.tid = childtid;
  child.ptid = tid;
  if (validParent) {
    copyIdentity(child, parent, flags);
  } else {
    ins.removeThread(tid);
    parent = ins.newFakeThread(tid);
    // sinsp: the caller is unknown (not in the capture's process list either), so the clone's
    // own description names it too
    const ci = n('comm');
    parent.exe = ev.str(1);
    parent.comm = ci >= 0 ? ev.str(ci) : parent.exe;
    parent.exepath = '';
    parent.args = argsOf(ev, 2);
    if (ev.tinfo?.tid === tid) ev.tinfo = parent; // the event is printed with the replacement
  }
  child.pid = (flags & PPM_CL.CLONE_THREAD) ? ev.i64(4) : childtid;
  child.flags = flags;
  if (!(flags & PPM_CL.CLONE_THREAD)) {
    // a new process gets a copy of the parent's fd table and its cwd
    const src = ins.mainThread(parent) ?? parent;
    child.fds = new Map();
    for (const [k, v] of src.fds) { const c = v.clone(); c.flags |= FDF.IS_CLONED; child.fds.set(k, c); }
    child.cwd = ins.cwdOf(parent);
  } else {
    const main = ins.mainThread(parent) ?? parent;
    child.fds = main.fds;
  }
  if (inverted) child.flags |= PPM_CL.CLONE_INVERTED;
  child.exe = ev.str(1);
  const ci = n('comm');
  child.comm = ci >= 0 ? ev.str(ci) : child.exe;
  child.args = argsOf(ev, 2);
  child.fdlimit = ev.i64(7);
  const g = (name: string, f: (i: number) => number) => { const i = n(name); return i >= 0 ? f(i) : 0; };
  child.pfmajor = g('pgft_maj', (i) => ev.u64(i));
  child.pfminor = g('pgft_min', (i) => ev.u64(i));
  child.vmsizeKb = g('vm_size', (i) => ev.u32(i));
  child.vmrssKb = g('vm_rss', (i) => ev.u32(i));
  child.vmswapKb = g('vm_swap', (i) => ev.u32(i));
  if (n('uid') >= 0) child.uid = ev.u32(n('uid'));
  if (n('gid') >= 0) child.gid = ev.u32(n('gid'));
  // in a pid namespace the event's own view holds; outside one the ids are the global ones (a
  // parent's clone exit carries the parent's, not the child's)
  if (inContainer) { child.vtid = vtid; child.vpid = vpid; } else { child.vtid = child.tid; child.vpid = child.pid; }
  const cg = n('cgroups');
  if (cg >= 0) child.cgroups = normalizeCgroups(argsOf(ev, cg));
  else child.cgroups = parent.cgroups;
  child.cloneTs = ev.ts;
  ins.addThread(child);
  ins.resolveContainer(child, parent.containerId);
  // sinsp looks an event's thread up again when it had none: the child's own clone event (that
  // came first) is shown with the thread it just created
  if (inverted) ev.tinfo = child;
});

function copyIdentity(child: ThreadInfo, parent: ThreadInfo, flags: number): void {
  child.comm = parent.comm; child.exe = parent.exe; child.exepath = parent.exepath;
  child.exeWritable = parent.exeWritable; child.args = parent.args; child.root = parent.root;
  child.sid = parent.sid; child.vpgid = parent.vpgid; child.tty = parent.tty; child.loginuid = parent.loginuid;
  child.uid = parent.uid; child.gid = parent.gid;
  if (!(flags & PPM_CL.CLONE_THREAD)) child.copyEnvFrom(parent);
}

on([
  PPME.SYSCALL_EXECVE_8_X, PPME.SYSCALL_EXECVE_13_X, PPME.SYSCALL_EXECVE_14_X, PPME.SYSCALL_EXECVE_15_X,
  PPME.SYSCALL_EXECVE_16_X, PPME.SYSCALL_EXECVE_17_X, PPME.SYSCALL_EXECVE_18_X, PPME.SYSCALL_EXECVE_19_X,
  PPME.SYSCALL_EXECVEAT_X,
], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 8 || ev.i64(0) < 0) return;
  const n = (name: string) => p(ev, name);
  t.exe = ev.str(1);
  const ci = n('comm');
  t.comm = ci >= 0 ? ev.str(ci) : t.exe;
  t.args = argsOf(ev, 2);
  t.pid = ev.i64(4);
  if (t.ptid === -1) t.ptid = ev.i64(5);
  t.fdlimit = ev.i64(7);
  if (n('pgft_maj') >= 0) t.pfmajor = ev.u64(n('pgft_maj'));
  if (n('pgft_min') >= 0) t.pfminor = ev.u64(n('pgft_min'));
  if (n('vm_size') >= 0) t.vmsizeKb = ev.u32(n('vm_size'));
  if (n('vm_rss') >= 0) t.vmrssKb = ev.u32(n('vm_rss'));
  if (n('vm_swap') >= 0) t.vmswapKb = ev.u32(n('vm_swap'));
  if (n('env') >= 0) t.setEnvBytes(ev.bytes(n('env')));
  if (n('cgroups') >= 0) {
    t.cgroups = normalizeCgroups(argsOf(ev, n('cgroups')));
    ins.resolveContainer(t, t.containerId);
  }
  if (n('tty') >= 0) t.tty = ev.i32(n('tty'));
  if (n('pgid') >= 0) t.vpgid = ev.i64(n('pgid'));
  if (n('loginuid') >= 0) t.loginuid = ev.u32(n('loginuid'));
  if (n('flags') >= 0) t.exeWritable = (ev.u32(n('flags')) & PPM_EXE_WRITABLE) !== 0;
  const enter = ins.retrieveEnterEvent(ev);
  if (enter) {
    if (ev.type === PPME.SYSCALL_EXECVEAT_X) {
      if (enter.nparams >= 2) {
        const pathname = enter.str(1);
        if (pathname.startsWith('<NA>')) t.exepath = '<NA>';
        else t.exepath = concatenatePaths(dirOf(ins, t, pathname, enter.i64(0)), pathname);
      }
    } else if (enter.nparams >= 1) {
      const filename = enter.str(0);
      t.exepath = filename.startsWith('<NA>') ? '<NA>' : concatenatePaths(t.cwd, filename);
    }
  }
  const keep = t.flags & ((1 << 21) | (1 << 22) | PPM_CL.IS_MAIN_THREAD | PPM_CL.CLONE_INVERTED);
  t.flags = PPM_CL.ACTIVE | keep | PPM_CL.NAME_CHANGED;
});

on([PPME.PROCEXIT_E, PPME.PROCEXIT_1_E], (ins, ev) => {
  const t = ev.tinfo;
  if (!t) return;
  t.flags |= PPM_CL.CLOSED;
  ins.pendingThreadRemoval = ev.tid;
});

on([PPME.SYSCALL_CHDIR_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 2 || ev.i64(0) < 0) return;
  ins.setCwdOf(t, withTrailingSlash(concatenatePaths(ins.cwdOf(t), ev.str(1))));
});

on([PPME.SYSCALL_FCHDIR_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 1 || ev.i64(0) < 0 || !ev.fdinfo) return;
  ins.setCwdOf(t, withTrailingSlash(ev.fdinfo.name));
});

on([PPME.SYSCALL_SETUID_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 1 || ev.i64(0) !== 0) return;
  const enter = ins.retrieveEnterEvent(ev);
  if (enter && enter.nparams >= 1) t.uid = enter.u32(0);
});
on([PPME.SYSCALL_SETGID_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 1 || ev.i64(0) !== 0) return;
  const enter = ins.retrieveEnterEvent(ev);
  if (enter && enter.nparams >= 1) t.gid = enter.u32(0);
});
on([PPME.SYSCALL_SETRESUID_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 1 || ev.i64(0) !== 0) return;
  const enter = ins.retrieveEnterEvent(ev);
  if (enter && enter.nparams >= 2) { const e = enter.u32(1); if (e !== 0xffffffff) t.uid = e; }
});
on([PPME.SYSCALL_SETRESGID_X], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 1 || ev.i64(0) !== 0) return;
  const enter = ins.retrieveEnterEvent(ev);
  if (enter && enter.nparams >= 2) { const e = enter.u32(1); if (e !== 0xffffffff) t.gid = e; }
});

on([PPME.SYSCALL_BRK_4_X, PPME.SYSCALL_MMAP_X, PPME.SYSCALL_MMAP2_X, PPME.SYSCALL_MUNMAP_X], (_ins, ev) => {
  const t = ev.tinfo;
  if (!t) return;
  const s = p(ev, 'vm_size'), r = p(ev, 'vm_rss'), w = p(ev, 'vm_swap');
  if (s >= 0) t.vmsizeKb = ev.u32(s);
  if (r >= 0) t.vmrssKb = ev.u32(r);
  if (w >= 0) t.vmswapKb = ev.u32(w);
});

// ---- reads and writes on sockets: learn UDP peers from the tuple ----------------------

on([
  PPME.SYSCALL_READ_X, PPME.SYSCALL_WRITE_X, PPME.SOCKET_RECV_X, PPME.SOCKET_SEND_X, PPME.SOCKET_RECVFROM_X,
  PPME.SOCKET_RECVMSG_X, PPME.SOCKET_SENDTO_X, PPME.SOCKET_SENDMSG_X, PPME.SYSCALL_READV_X, PPME.SYSCALL_WRITEV_X,
  PPME.SYSCALL_PREAD_X, PPME.SYSCALL_PWRITE_X, PPME.SYSCALL_PREADV_X, PPME.SYSCALL_PWRITEV_X,
], (ins, ev) => {
  const f = ev.fdinfo;
  if (!f || ev.nparams < 1) return;
  if (ev.i64(0) < 0) return;
  if (f.type === FD_TYPE.IPV4_SOCK || f.type === FD_TYPE.IPV6_SOCK) f.flags |= FDF.SOCKET_CONNECTED;
  let tupleIdx = -1;
  let src: Event | undefined;
  if (ev.info.flags & EF.READS_FROM_FD) {
    if (ev.type === PPME.SOCKET_RECVFROM_X || ev.type === PPME.SOCKET_RECVMSG_X) { tupleIdx = p(ev, 'tuple'); src = ev; }
  } else if (ev.type === PPME.SOCKET_SENDTO_X || ev.type === PPME.SOCKET_SENDMSG_X) {
    const enter = ins.retrieveEnterEvent(ev);
    if (enter) { tupleIdx = enter.paramIndex('tuple'); src = enter; }
  }
  if (!src || tupleIdx < 0 || tupleIdx >= src.nparams) return;
  // sinsp's is_tcp_socket() is true of IPv4 sockets only: IPv6 TCP sockets take the tuple too
  if (f.name.length !== 0 && f.type === FD_TYPE.IPV4_SOCK && f.l4proto === L4.TCP) return;
  const len = src.paramLen(tupleIdx);
  if (len === 0) return;
  const o = src.paramOffset(tupleIdx);
  const fam = src.buf[o];
  const incoming = (ev.info.flags & EF.READS_FROM_FD) !== 0;
  if (fam === PPM_AF_INET || fam === PPM_AF_INET6) {
    if (f.type === FD_TYPE.IPV4_SERVSOCK || f.type === FD_TYPE.IPV6_SERVSOCK) { f.sip = 0; f.sport = 0; f.dip = 0; f.dport = 0; }
    if (!updateTuple(f, src.buf, o, len)) return;
    // a changing tuple means a datagram socket: TCP could not change peers mid-connection
    if (f.l4proto === L4.UNKNOWN) f.l4proto = L4.UDP;
    completeTupleFromInterfaces(f, ins.interfaces);
    if ((f.flags & (FDF.ROLE_CLIENT | FDF.ROLE_SERVER)) === 0) guessRole(ins, ev.tinfo!, f, incoming);
    if (incoming ? (f.flags & FDF.ROLE_CLIENT) : (f.flags & FDF.ROLE_SERVER)) swapAddresses(f);
    f.name = socketName(f, ins.resolvePorts);
  } else if (fam === PPM_AF_UNIX) {
    f.type = FD_TYPE.UNIX_SOCK;
    if (len >= 17) { f.unixSource = src.buf.readBigUInt64LE(o + 1); f.unixDest = src.buf.readBigUInt64LE(o + 9); }
    // sinsp names the fd after the whole tuple parameter (addresses and path), as printed
    f.name = tupleString(src.buf, o, len);
  }
});

/** sinsp set_net_role_by_guessing: server if this process owns the destination port. */
function guessRole(ins: Inspector, t: ThreadInfo, f: FdInfo, incoming: boolean): void {
  const fds = (ins.mainThread(t) ?? t).fds;
  let bound = false;
  let clientPort = false;
  for (const g of fds.values()) {
    if (g.type === FD_TYPE.IPV4_SOCK && g.dport === f.dport) bound = true;
    else if (g.type === FD_TYPE.IPV4_SERVSOCK && g.dport === f.dport) bound = true;
    if (g.type === FD_TYPE.IPV4_SOCK && g.sport === f.sport) clientPort = true;
  }
  if (!bound) { f.flags |= FDF.ROLE_CLIENT; return; }
  if (!clientPort) { f.flags |= FDF.ROLE_SERVER; return; }
  f.flags |= incoming ? FDF.ROLE_SERVER : FDF.ROLE_CLIENT;
}

function swapAddresses(f: FdInfo): void {
  const ip = f.sip; f.sip = f.dip; f.dip = ip;
  const port = f.sport; f.sport = f.dport; f.dport = port;
  const ip6 = f.sip6; f.sip6 = f.dip6; f.dip6 = ip6;
}

// ---- containers ----------------------------------------------------------------------

on([PPME.CONTAINER_JSON_E, PPME.CONTAINER_JSON_2_E], (ins, ev) => {
  if (ev.nparams < 1) return;
  const info = parseContainerJson(ev.bytes(0).toString('utf8').replace(/\0+$/, ''));
  if (!info) return;
  ins.containers.set(info.id, info);
  const t = new ThreadInfo();
  // a fresh sinsp thread record: ids and user fields at their zero defaults
  t.tid = -1; t.pid = -1; t.vtid = -2; t.vpid = -2;
  t.uid = 0; t.gid = 0; t.loginuid = 0; t.ptid = 0;
  t.comm = 'container:' + info.id;
  t.containerId = info.id;
  ev.tinfo = t;
});

// ---- scheduler switches carry the thread's page faults and its process's memory -------

on([PPME.SCHEDSWITCH_6_E], (ins, ev) => {
  const t = ev.tinfo;
  if (!t || ev.nparams < 6) return;
  t.pfmajor = ev.u64(1);
  t.pfminor = ev.u64(2);
  const main = ins.mainThread(t);
  if (main) {
    main.vmsizeKb = ev.u32(3);
    main.vmrssKb = ev.u32(4);
    main.vmswapKb = ev.u32(5);
  }
});
