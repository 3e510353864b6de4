/**
 * The fd field class: the file descriptor an event works on (libsinsp sinsp_filter_check_fd
 * of sysdig 0.29.3). Only events that create, use or close an fd have these fields; the fd is
 * the one the event resolved, or else the thread's last event fd. Events whose fd is not in
 * the table still have fd.num, and an exit that failed to create an fd names it from its
 * parameters.
 *
 * Socket addresses follow sinsp's roles: the client (c*) is the tuple's source and the server
 * (s*) its destination; local (l*) and remote (r*) depend on whether the source address
 * belongs to this machine (its interfaces, or the thread's container IP).
 */
import { FieldClass, FieldDef, FF, FieldValue, Extractor, FieldCompare } from './fieldTypes';
import { registerFieldClass } from './registry';
import { PT, PF, EF } from '../events/paramTypes';
import { PPME } from '../events/eventTable';
import { FD_TYPE, IF_TYPE } from '../capture/blockTypes';
import { FdInfo, FDF, L4 } from '../state/fdInfo';
import { dirOf, sanitize } from '../state/parsers';
import { concatenatePaths } from '../state/paths';
import { ParamFormatter } from '../output/paramFormat';
import { BufferFormat } from '../output/bufferFormat';
import { portToString } from '../state/netFormat';
import { dnsMatch, dnsNameOf } from './dnsCache';
import { FilterRuntimeError } from '../filter/filterError';
import type { Event } from '../events/event';
import type { Inspector } from '../state/inspector';
import type { ThreadInfo } from '../state/threadInfo';

const FD_EVENT = EF.CREATES_FD | EF.USES_FD | EF.DESTROYS_FD;
const ROLES = FDF.ROLE_CLIENT | FDF.ROLE_SERVER;
const ZERO16 = Buffer.alloc(16);

/**
 * The fd an fd field reads: undefined when the event has no fd (not an fd event, or no
 * thread), null when it is an fd event whose fd is not in the table.
 */
export function fdOf(ev: Event): FdInfo | null | undefined {
  if ((ev.info.flags & FD_EVENT) === 0) return undefined;
  const t = ev.tinfo;
  if (t === undefined) return undefined;
  const f = ev.fdinfo;
  if (f !== undefined) return f;
  const fd = t.lastEventFd;
  if (fd < 0) return null;
  return t.fds.get(fd) ?? null;
}

function isSock(f: FdInfo): boolean { return f.type === FD_TYPE.IPV4_SOCK || f.type === FD_TYPE.IPV6_SOCK; }
function hasRole(f: FdInfo): boolean { return (f.flags & ROLES) !== 0; }

// ---- local addresses (sinsp_network_interfaces::is_ipv4addr_in_local_machine) -------------

const containerIps = new WeakMap<object, number>();

function containerIp(text: string, key: object): number {
  let ip = containerIps.get(key);
  if (ip === undefined) {
    const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
    ip = m ? ((Number(m[1]) | (Number(m[2]) << 8) | (Number(m[3]) << 16) | (Number(m[4]) << 24)) >>> 0) : 0;
    containerIps.set(key, ip);
  }
  return ip;
}

/** Whether an IPv4 address (LE-read u32) is this machine's, from the thread's point of view. */
export function isLocalIpv4(ins: Inspector, t: ThreadInfo | undefined, addr: number): boolean {
  addr >>>= 0;
  if (t !== undefined && t.containerId !== '') {
    const c = ins.containers.get(t.containerId);
    if (c !== undefined) {
      const own = containerIp(c.ip, c);
      if (own !== 0) {
        if (addr === own) return true;
      } else {
        // no IP of its own: any container's IP counts
        for (const o of ins.containers.values()) if (containerIp(o.ip, o) === addr) return true;
      }
    }
  }
  for (const i of ins.interfaces) {
    if ((i.type === IF_TYPE.IPV4 || i.type === IF_TYPE.IPV4_NOLINKSPEED) && (i.addr >>> 0) === addr) return true;
  }
  return false;
}

/** Whether an IPv6 address shares its first 64 bits with an interface (never, inside containers). */
export function isLocalIpv6(ins: Inspector, t: ThreadInfo | undefined, addr: Buffer | undefined): boolean {
  if (t !== undefined && t.containerId !== '') return false;
  const a = addr ?? ZERO16;
  for (const i of ins.interfaces) {
    if ((i.type === IF_TYPE.IPV6 || i.type === IF_TYPE.IPV6_NOLINKSPEED) && i.addr6 && i.addr6.compare(a, 0, 8, 0, 8) === 0) return true;
  }
  return false;
}

/** Whether the source side of a connected socket is local (decides l* and r*). */
function sourceIsLocal(ins: Inspector, ev: Event, f: FdInfo): boolean {
  return f.type === FD_TYPE.IPV4_SOCK ? isLocalIpv4(ins, ev.tinfo, f.sip) : isLocalIpv6(ins, ev.tinfo, f.sip6);
}

// ---- names of fds that are not in the table ------------------------------------------------

const fallbackFormatters = new WeakMap<Inspector, ParamFormatter>();

function formatterOf(ins: Inspector): ParamFormatter {
  if (ins.paramFormatter !== undefined) return ins.paramFormatter;
  let pf = fallbackFormatters.get(ins);
  if (pf === undefined) {
    pf = new ParamFormatter(ins, { bufferFormat: BufferFormat.NORMAL, maxBufferOutput: 80 });
    fallbackFormatters.set(ins, pf);
  }
  return pf;
}

/**
 * The fd name an exit event implies from its parameters when its fd is not in the table
 * (sinsp extract_fdname_from_creator): the path of a failed open, the address of a failed
 * connect, '' for other exits; undefined for enter events.
 */
function creatorName(ev: Event, ins: Inspector): string | undefined {
  const type = ev.type;
  if ((type & 1) === 0) return undefined;
  switch (type) {
    case PPME.SYSCALL_OPEN_X: case PPME.SOCKET_ACCEPT_X: case PPME.SOCKET_ACCEPT_5_X: case PPME.SOCKET_ACCEPT4_X:
    case PPME.SOCKET_ACCEPT4_5_X: case PPME.SYSCALL_CREAT_X: case PPME.SOCKET_CONNECT_X: {
      if (ev.nparams < 2) return '';
      const pf = formatterOf(ins);
      const s = pf.format(ev, 1);
      return pf.resolved !== '' ? pf.resolved : s;
    }
    case PPME.SYSCALL_OPENAT_X:
      // the old openat exit needs its enter event, which sinsp has released by the time
      // fields are extracted for output
      return undefined;
    case PPME.SYSCALL_OPENAT_2_X: case PPME.SYSCALL_OPENAT2_X: {
      if (ev.nparams < 3 || ev.tinfo === undefined) return '';
      const name = ev.str(2);
      return concatenatePaths(dirOf(ins, ev.tinfo, name, ev.i64(1)), name);
    }
    default:
      return '';
  }
}

/** The directory part of an fd name, sinsp style: "/" when there is no inner '/'. */
function directoryOf(name: string): string {
  const pos = name.lastIndexOf('/');
  if (pos > 0) return pos < name.length - 1 ? name.slice(0, pos) : name;
  return '/';
}

/** The file part of an fd name: after the last '/', the whole name when it ends in '/', "/" without '/'. */
function fileNameOf(name: string): string {
  const pos = name.lastIndexOf('/');
  if (pos < 0) return '/';
  return pos < name.length - 1 ? name.slice(pos + 1) : name;
}

/** fd.typechar of an event whose fd is not in the table, guessed from the syscall. */
function typecharOfCreator(type: number): string {
  switch (type & ~1) {
    case PPME.SYSCALL_OPEN_E: case PPME.SYSCALL_OPENAT_E: case PPME.SYSCALL_OPENAT_2_E: case PPME.SYSCALL_OPENAT2_E:
    case PPME.SYSCALL_CREAT_E:
      return 'f';
    case PPME.SOCKET_SOCKET_E: case PPME.SOCKET_ACCEPT_E: case PPME.SOCKET_ACCEPT_5_E: case PPME.SOCKET_ACCEPT4_E:
    case PPME.SOCKET_ACCEPT4_5_E:
      return '4'; // sinsp's guess, even for IPv6 and unix sockets
    case PPME.SYSCALL_PIPE_E: return 'p';
    case PPME.SYSCALL_EVENTFD_E: return 'e';
    case PPME.SYSCALL_SIGNALFD_E: return 's';
    case PPME.SYSCALL_TIMERFD_CREATE_E: return 't';
    case PPME.SYSCALL_INOTIFY_INIT_E: return 'i';
    default: return 'o';
  }
}

/** fd.name: the table's name, or the creator's for missing fds and failed connects. */
function nameOf(ev: Event, ins: Inspector, f: FdInfo | null): string | undefined {
  if (f === null) return creatorName(ev, ins);
  if (ev.type === PPME.SOCKET_CONNECT_X && ev.nparams > 0 && ev.i64(0) < 0) return creatorName(ev, ins);
  return f.name;
}

function directoryValue(ev: Event, ins: Inspector, f: FdInfo | null): string | undefined {
  if (f === null) {
    const n = creatorName(ev, ins);
    return n === undefined ? undefined : directoryOf(n);
  }
  if (f.type === FD_TYPE.DIRECTORY) return f.name;
  if (f.type !== FD_TYPE.FILE && f.type !== FD_TYPE.FILE_V2) return undefined;
  return directoryOf(f.name);
}

// ---- IP values ---------------------------------------------------------------------------

interface IpSlot { v6: boolean; v4: number; bytes6: Buffer | undefined }
function ipSlot(): IpSlot { return { v6: false, v4: 0, bytes6: undefined }; }
function v4(s: IpSlot, ip: number): IpSlot { s.v6 = false; s.v4 = ip >>> 0; s.bytes6 = undefined; return s; }
function v6(s: IpSlot, b: Buffer | undefined): IpSlot { s.v6 = true; s.v4 = 0; s.bytes6 = b ?? ZERO16; return s; }

type Side = 'client' | 'server' | 'local' | 'remote';

/**
 * The address of one side of f into `s` (each closure owns its slot), or undefined. Client
 * and server need a role; local and remote only exist for connected-style sockets.
 */
function ipOf(side: Side, ins: Inspector, ev: Event, f: FdInfo, s: IpSlot): IpSlot | undefined {
  if (!hasRole(f)) return undefined;
  switch (side) {
    case 'client':
      if (f.type === FD_TYPE.IPV4_SOCK) return v4(s, f.sip);
      if (f.type === FD_TYPE.IPV6_SOCK) return v6(s, f.sip6);
      return undefined;
    case 'server':
      if (f.type === FD_TYPE.IPV4_SOCK || f.type === FD_TYPE.IPV4_SERVSOCK) return v4(s, f.dip);
      if (f.type === FD_TYPE.IPV6_SOCK || f.type === FD_TYPE.IPV6_SERVSOCK) return v6(s, f.dip6);
      return undefined;
    default: {
      if (!isSock(f)) return undefined;
      const src = sourceIsLocal(ins, ev, f) === (side === 'local');
      if (f.type === FD_TYPE.IPV4_SOCK) return v4(s, src ? f.sip : f.dip);
      return v6(s, src ? f.sip6 : f.dip6);
    }
  }
}

function ipField(side: Side): Extractor {
  const s = ipSlot();
  return (ev, ins) => {
    const f = fdOf(ev);
    return f ? ipOf(side, ins, ev, f, s) : undefined;
  };
}

/** The port of one side: client/server need a role (servers of listening sockets do not). */
function portOf(side: Side, ins: Inspector, ev: Event, f: FdInfo): number | undefined {
  switch (side) {
    case 'client':
      if (!hasRole(f)) return undefined;
      // sinsp falls through to an empty protocol string for other sockets: port 0
      return isSock(f) ? f.sport : 0;
    case 'server':
      if (isSock(f)) return hasRole(f) ? f.dport : undefined;
      if (f.type === FD_TYPE.IPV4_SERVSOCK || f.type === FD_TYPE.IPV6_SERVSOCK) return f.dport;
      return undefined;
    default: {
      if (!isSock(f) || !hasRole(f)) return undefined;
      const src = sourceIsLocal(ins, ev, f) === (side === 'local');
      return src ? f.sport : f.dport;
    }
  }
}

/** fd.cproto & co: the port as text (a service name with -R). */
function protoOf(side: Side, ins: Inspector, ev: Event, f: FdInfo, resolve: boolean): string | undefined {
  const port = portOf(side, ins, ev, f);
  if (port === undefined) return undefined;
  // only sockets with both ends print their port; other fds with a role give ''
  return isSock(f) ? portToString(port, f.getL4proto(), resolve) : '';
}

// ---- filter-only comparisons ---------------------------------------------------------------

const IP_OPS_ERROR = "filter error: IP filter only supports '=' and '!=' operators";

function refuse(message: string): never {
  throw new FilterRuntimeError(message);
}

/**
 * fd.ip / fd.net: either end of a connection, both for '!='; a listening socket's address.
 * Other operators fail on the first IP socket, as in sinsp.
 */
const eitherEndIp: FieldCompare = {
  bind: (_arg, op, _values, test, eqTests) => {
    const a = ipSlot(), b = ipSlot();
    const supported = op === '=' || op === '!=' || op === 'in';
    const match = op === 'in' ? (v: FieldValue) => eqTests.some((t) => t(v)) : test;
    return (ev) => {
      const f = fdOf(ev);
      if (!f) return false;
      switch (f.type) {
        case FD_TYPE.IPV4_SOCK: v4(a, f.sip); v4(b, f.dip); break;
        case FD_TYPE.IPV6_SOCK: v6(a, f.sip6); v6(b, f.dip6); break;
        case FD_TYPE.IPV4_SERVSOCK: return supported ? match(v4(a, f.dip)) : refuse(IP_OPS_ERROR);
        case FD_TYPE.IPV6_SERVSOCK: return supported ? match(v6(a, f.dip6)) : refuse(IP_OPS_ERROR);
        default: return false;
      }
      if (!supported) refuse(IP_OPS_ERROR);
      return op === '!=' ? match(a) && match(b) : match(a) || match(b);
    };
  },
};

const PORT_OPS = new Set(['=', '!=', '<', '<=', '>', '>=', 'in']);

/** fd.port / fd.proto: either port of a connection (a listening socket's port twice). */
const eitherEndPort: FieldCompare = {
  bind: (_arg, op, _values, test) => {
    const supported = PORT_OPS.has(op);
    return (ev) => {
      const f = fdOf(ev);
      if (!f) return false;
      let p1: number, p2: number;
      if (isSock(f)) { p1 = f.sport; p2 = f.dport; }
      else if (f.type === FD_TYPE.IPV4_SERVSOCK || f.type === FD_TYPE.IPV6_SERVSOCK) { p1 = f.dport; p2 = f.dport; }
      else return false;
      if (!supported) refuse('filter error: unsupported port comparison operator');
      return op === '!=' ? test(p1) && test(p2) : test(p1) || test(p2);
    };
  },
};

/** fd.*ip.name: the cached name when there is one, else resolve the filter's names. */
function domainCompare(side: Side): FieldCompare {
  return {
    bind: (_arg, op, values, test) => {
      const extract = nameField(side);
      const s = ipSlot();
      return (ev, ins) => {
        const v = extract(ev, ins);
        if (v !== undefined) return test(v);
        const f = fdOf(ev);
        if (!f || !isSock(f) || !hasRole(f)) return false;
        let ip: IpSlot;
        if (side === 'client') ip = f.type === FD_TYPE.IPV4_SOCK ? v4(s, f.sip) : v6(s, f.sip6);
        else if (side === 'server') ip = f.type === FD_TYPE.IPV4_SOCK ? v4(s, f.dip) : v6(s, f.dip6);
        else ip = ipOf(side, ins, ev, f, s)!;
        const hit = (name: string) => dnsMatch(name, ip.v6, ip.v4, ip.bytes6);
        if (op === 'in') return values.some(hit);
        if (op === '=') return hit(values[0]);
        if (op === '!=') return !hit(values[0]);
        return refuse("filter error: fd.*ip.name filter only supports '=' and '!=' operators");
      };
    },
  };
}

function nameField(side: Side): Extractor {
  const s = ipSlot();
  return (ev, ins) => {
    const f = fdOf(ev);
    if (!f) return undefined;
    const ip = ipOf(side, ins, ev, f, s);
    return ip === undefined ? undefined : dnsNameOf(ip.v6, ip.v4, ip.bytes6);
  };
}

// ---- the fields ----------------------------------------------------------------------------

interface Spec {
  name: string;
  type: number;
  format: number;
  flags?: number;
  display: string;
  description: string;
  make: (resolve: boolean) => Extractor;
  compare?: FieldCompare;
  /** a name sinsp strips of unprintable bytes for display (not in filters) */
  sanitized?: boolean;
}

/** Display form of a string field: unprintable bytes removed (sinsp sanitize_string). */
function sanitizedOutput(extract: Extractor): Extractor {
  return (ev, ins) => {
    const v = extract(ev, ins);
    return typeof v === 'string' ? sanitize(v) : v;
  };
}

const specs: Spec[] = [
  {
    name: 'fd.num', type: PT.INT64, format: PF.ID, display: 'FD Number',
    description: 'the number of the file descriptor the event concerns (also for fds missing from the table).',
    make: () => (ev) => (fdOf(ev) === undefined ? undefined : ev.tinfo!.lastEventFd),
  },
  {
    name: 'fd.type', type: PT.CHARBUF, format: PF.DEC, display: 'FD Type',
    description: "kind of fd: 'file', 'directory', 'ipv4', 'ipv6', 'unix', 'pipe', 'event', 'signalfd', 'eventpoll', 'inotify', 'timerfd' or 'netlink'.",
    make: () => (ev) => { const f = fdOf(ev); return f ? f.typestring() : undefined; },
  },
  {
    name: 'fd.typechar', type: PT.CHARBUF, format: PF.DEC, display: 'FD Type Char',
    description: "kind of fd as one letter: 'f' file, 'd' directory, '4' IPv4 socket, '6' IPv6 socket, 'u' unix socket, 'p' pipe, 'e' eventfd, 's' signalfd, 'l' eventpoll, 'i' inotify, 't' timerfd, 'n' netlink, 'o' unknown.",
    make: () => (ev) => {
      const f = fdOf(ev);
      if (f === undefined) return undefined;
      return f === null ? typecharOfCreator(ev.type) : f.typechar();
    },
  },
  {
    name: 'fd.name', type: PT.CHARBUF, format: PF.NA, sanitized: true, display: 'FD Name',
    description: 'full name of the fd: the absolute path for files, the connection tuple for sockets.',
    make: () => (ev, ins) => { const f = fdOf(ev); return f === undefined ? undefined : nameOf(ev, ins, f); },
  },
  {
    name: 'fd.directory', type: PT.CHARBUF, format: PF.NA, sanitized: true, display: 'FD Directory',
    description: 'for files, the directory holding the file; for directories, the directory itself.',
    make: () => (ev, ins) => { const f = fdOf(ev); return f === undefined ? undefined : directoryValue(ev, ins, f); },
  },
  {
    name: 'fd.filename', type: PT.CHARBUF, format: PF.NA, sanitized: true, display: 'FD Filename',
    description: 'for files, the name of the file without its directory.',
    make: () => (ev) => {
      const f = fdOf(ev);
      if (!f || (f.type !== FD_TYPE.FILE && f.type !== FD_TYPE.FILE_V2)) return undefined;
      return fileNameOf(f.name);
    },
  },
  {
    name: 'fd.ip', type: PT.IPADDR, format: PF.NA, flags: FF.FILTER_ONLY, display: 'FD IP Address',
    description: 'matches either IP address (client or server) of the fd.',
    make: () => () => undefined, compare: eitherEndIp,
  },
  { name: 'fd.cip', type: PT.IPADDR, format: PF.NA, display: 'FD Client Address', description: 'IP address of the client end.', make: () => ipField('client') },
  { name: 'fd.sip', type: PT.IPADDR, format: PF.NA, display: 'FD Server Address', description: 'IP address of the server end.', make: () => ipField('server') },
  { name: 'fd.lip', type: PT.IPADDR, format: PF.NA, display: 'FD Local Address', description: 'IP address of the end on this machine.', make: () => ipField('local') },
  { name: 'fd.rip', type: PT.IPADDR, format: PF.NA, display: 'FD Remote Address', description: 'IP address of the end away from this machine.', make: () => ipField('remote') },
  {
    name: 'fd.port', type: PT.PORT, format: PF.DEC, flags: FF.FILTER_ONLY, display: 'FD Port',
    description: 'matches either port (client or server) of the fd.',
    make: () => () => undefined, compare: eitherEndPort,
  },
  ...(['client', 'server', 'local', 'remote'] as const).map((side): Spec => ({
    name: `fd.${side[0]}port`, type: PT.PORT, format: PF.DEC, display: `FD ${cap(side)} Port`,
    description: `for TCP/UDP sockets, the port of the ${side} end.`,
    make: () => (ev, ins) => { const f = fdOf(ev); return f ? portOf(side, ins, ev, f) : undefined; },
  })),
  {
    name: 'fd.l4proto', type: PT.CHARBUF, format: PF.NA, display: 'FD IP Protocol',
    description: "the IP protocol of a socket: 'tcp', 'udp', 'icmp' or 'raw' (<NA> when unknown).",
    make: () => (ev) => {
      const f = fdOf(ev);
      if (!f) return undefined;
      switch (f.getL4proto()) {
        case L4.TCP: return 'tcp';
        case L4.UDP: return 'udp';
        case L4.ICMP: return 'icmp';
        case L4.RAW: return 'raw';
        default: return '<NA>';
      }
    },
  },
  {
    name: 'fd.sockfamily', type: PT.CHARBUF, format: PF.NA, display: 'FD Socket Family',
    description: "the family of a socket: 'ip' or 'unix'.",
    make: () => (ev) => {
      const f = fdOf(ev);
      if (!f) return undefined;
      if (f.isIp()) return 'ip';
      return f.type === FD_TYPE.UNIX_SOCK ? 'unix' : undefined;
    },
  },
  {
    name: 'fd.is_server', type: PT.BOOL, format: PF.NA, display: 'FD Server',
    description: "'true' when the process owning the fd is the server end of the connection.",
    make: () => (ev, ins) => {
      const f = fdOf(ev);
      if (!f) return undefined;
      switch (f.type) {
        case FD_TYPE.IPV4_SERVSOCK: case FD_TYPE.IPV6_SERVSOCK: return true;
        case FD_TYPE.IPV4_SOCK: return isLocalIpv4(ins, ev.tinfo, f.dip);
        case FD_TYPE.IPV6_SOCK: return isLocalIpv6(ins, ev.tinfo, f.dip6);
        default: return false;
      }
    },
  },
  {
    name: 'fd.uid', type: PT.CHARBUF, format: PF.NA, display: 'FD ID',
    description: 'an identifier of the fd unique on the machine: the thread id followed by the fd number.',
    make: () => (ev) => (fdOf(ev) === undefined ? undefined : `${ev.tinfo!.tid}${ev.tinfo!.lastEventFd}`),
  },
  {
    name: 'fd.containername', type: PT.CHARBUF, format: PF.NA, sanitized: true, display: 'FD Container Name',
    description: "the container id and the fd name joined by ':', telling fds of different containers apart.",
    make: () => (ev, ins) => {
      const f = fdOf(ev);
      if (f === undefined) return undefined;
      const n = nameOf(ev, ins, f);
      return n === undefined ? undefined : `${ev.tinfo!.containerId}:${n}`;
    },
  },
  {
    name: 'fd.containerdirectory', type: PT.CHARBUF, format: PF.NA, sanitized: true, display: 'FD Container Directory',
    description: "the container id and the fd directory joined by ':', telling directories of different containers apart.",
    make: () => (ev, ins) => {
      const f = fdOf(ev);
      if (f === undefined) return undefined;
      const d = directoryValue(ev, ins, f);
      return d === undefined ? undefined : `${ev.tinfo!.containerId}:${d}`;
    },
  },
  {
    name: 'fd.proto', type: PT.PORT, format: PF.NA, flags: FF.FILTER_ONLY, display: 'FD Protocol',
    description: 'matches either protocol (client or server port, by number or service name) of the fd.',
    make: () => () => undefined, compare: eitherEndPort,
  },
  ...(['client', 'server', 'local', 'remote'] as const).map((side): Spec => ({
    name: `fd.${side[0]}proto`, type: PT.CHARBUF, format: PF.NA, display: `FD ${cap(side)} Protocol`,
    description: `for TCP/UDP sockets, the protocol of the ${side} end: its port, as a service name with -R.`,
    make: (resolve) => (ev, ins) => { const f = fdOf(ev); return f ? protoOf(side, ins, ev, f, resolve) : undefined; },
  })),
  {
    name: 'fd.net', type: PT.IPNET, format: PF.NA, flags: FF.FILTER_ONLY, display: 'FD IP Network',
    description: 'matches the IP network of either end (client or server) of the fd.',
    make: () => () => undefined, compare: eitherEndIp,
  },
  ...(['client', 'server', 'local', 'remote'] as const).map((side): Spec => ({
    name: `fd.${side[0]}net`, type: PT.IPNET, format: PF.NA, flags: FF.FILTER_ONLY, display: `FD ${cap(side)} Network`,
    description: `matches the IP network of the ${side} end of the fd.`,
    make: () => ipField(side),
  })),
  {
    name: 'fd.connected', type: PT.BOOL, format: PF.NA, display: 'FD Connected',
    description: "for sockets, 'true' once the socket is connected.",
    make: () => (ev) => { const f = fdOf(ev); return f ? (f.flags & FDF.SOCKET_CONNECTED) !== 0 : undefined; },
  },
  {
    name: 'fd.name_changed', type: PT.BOOL, format: PF.NA, display: 'FD Name Changed',
    description: "'true' when the event renamed its fd, as happens when the peer of a UDP socket changes.",
    make: () => (ev) => (fdOf(ev) ? ev.fdNameChanged : undefined),
  },
  ...(['client', 'server', 'local', 'remote'] as const).map((side): Spec => ({
    name: `fd.${side[0]}ip.name`, type: PT.CHARBUF, format: PF.NA, display: `FD ${cap(side)} Domain Name`,
    description: `the domain name of the ${side} IP address, known once a filter on this field has resolved it.`,
    make: () => nameField(side), compare: domainCompare(side),
  })),
  {
    name: 'fd.dev', type: PT.INT32, format: PF.HEX, display: 'FD Device',
    description: 'device number (major and minor) of the device holding the file.',
    make: () => (ev) => { const f = fdOf(ev); return f ? f.dev | 0 : undefined; },
  },
  {
    name: 'fd.dev.major', type: PT.INT32, format: PF.DEC, display: 'FD Major Device',
    description: 'major number of the device holding the file.',
    make: () => (ev) => { const f = fdOf(ev); return f ? (f.dev & 0xfff00) >>> 8 : undefined; },
  },
  {
    name: 'fd.dev.minor', type: PT.INT32, format: PF.DEC, display: 'FD Minor Device',
    description: 'minor number of the device holding the file.',
    make: () => (ev) => { const f = fdOf(ev); return f ? ((f.dev & 0xff) | ((f.dev >>> 12) & 0xfff00)) : undefined; },
  },
];

function cap(s: string): string { return s[0].toUpperCase() + s.slice(1); }

export const FD_FIELDS: FieldClass = {
  name: 'fd',
  shortDescription: '',
  description: 'The file descriptor an event works on: set for every syscall that creates, uses or closes an fd.',
  fields: specs.map((s): FieldDef => ({
    name: s.name,
    type: s.type,
    format: s.format,
    flags: s.flags ?? FF.NONE,
    display: s.display,
    description: s.description,
    bind: (_arg, ctx) => (s.sanitized && !ctx.filter ? sanitizedOutput(s.make(ctx.resolvePorts)) : s.make(ctx.resolvePorts)),
    compare: s.compare,
  })),
};

registerFieldClass(FD_FIELDS);
