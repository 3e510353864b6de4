/**
 * The fdlist field class: the fds of poll/ppoll events (libsinsp sinsp_filter_check_fdlist),
 * as comma-separated lists built from the 'fds' parameter and the thread's fd table.
 */
import { FieldClass, FieldDef, FF, Extractor } from './fieldTypes';
import { registerFieldClass } from './registry';
import { PT, PF } from '../events/paramTypes';
import { PPME } from '../events/eventTable';
import { FD_TYPE } from '../capture/blockTypes';
import { FdInfo } from '../state/fdInfo';
import { ipv4ToString, ipv6ToString } from '../state/netFormat';
import type { Event } from '../events/event';

/** What one fd contributes to a list, or undefined to leave it out. */
type Item = (fd: number, f: FdInfo | undefined) => string | undefined;

function fdsParam(ev: Event): number {
  switch (ev.type) {
    case PPME.SYSCALL_POLL_E: case PPME.SYSCALL_PPOLL_E: return 0;
    case PPME.SYSCALL_POLL_X: case PPME.SYSCALL_PPOLL_X: return 1;
    default: return -1;
  }
}

function listExtractor(item: Item): Extractor {
  return (ev) => {
    const i = fdsParam(ev);
    const t = ev.tinfo;
    if (i < 0 || i >= ev.nparams || t === undefined) return undefined;
    const b = ev.bytes(i);
    if (b.length < 2) return undefined;
    const n = b.readUInt16LE(0);
    let out = '';
    for (let j = 0, pos = 2; j < n && pos + 8 <= b.length; j++, pos += 10) {
      const fd = Number(b.readBigInt64LE(pos));
      const s = item(fd, fd >= 0 ? t.fds.get(fd) : undefined);
      if (s !== undefined) out += s + ',';
    }
    if (out.length === 0) return undefined;
    return out.slice(0, -1);
  };
}

function field(name: string, format: number, display: string, description: string, item: Item): FieldDef {
  return { name, type: PT.CHARBUF, format, flags: FF.NONE, display, description, bind: () => listExtractor(item) };
}

const isSock = (f: FdInfo | undefined): f is FdInfo => f !== undefined && (f.type === FD_TYPE.IPV4_SOCK || f.type === FD_TYPE.IPV6_SOCK);

export const FDLIST_FIELDS: FieldClass = {
  name: 'fdlist',
  shortDescription: '',
  description: 'The fds of poll events.',
  fields: [
    field('fdlist.nums', PF.ID, 'FD Numbers', "for poll events, the numbers of the fds in the 'fds' argument, comma-separated.",
      (fd) => String(fd)),
    field('fdlist.names', PF.NA, 'FD Names', "for poll events, the names of the fds in the 'fds' argument, comma-separated.",
      (_fd, f) => (f !== undefined && f.name !== '' ? f.name : '<NA>')),
    field('fdlist.cips', PF.NA, 'FD Client Addresses', "for poll events, the client IP addresses of the sockets in the 'fds' argument, comma-separated.",
      (_fd, f) => {
        if (!isSock(f)) return undefined;
        return f.type === FD_TYPE.IPV4_SOCK ? ipv4ToString(f.sip) : ipv6ToString(f.sip6 ?? Buffer.alloc(16));
      }),
    field('fdlist.sips', PF.NA, 'FD Server Addresses', "for poll events, the server IP addresses of the sockets in the 'fds' argument, comma-separated.",
      (_fd, f) => {
        if (f === undefined) return undefined;
        switch (f.type) {
          case FD_TYPE.IPV4_SOCK: case FD_TYPE.IPV4_SERVSOCK: return ipv4ToString(f.dip);
          case FD_TYPE.IPV6_SOCK: return ipv6ToString(f.dip6 ?? Buffer.alloc(16));
          // sinsp prints a listening IPv6 socket's address as IPv4: its first four bytes
          case FD_TYPE.IPV6_SERVSOCK: return ipv4ToString(f.dip6 ? f.dip6.readUInt32LE(0) : 0);
          default: return undefined;
        }
      }),
    field('fdlist.cports', PF.DEC, 'FD Client Ports', "for poll events, the client TCP/UDP ports of the sockets in the 'fds' argument, comma-separated.",
      (_fd, f) => (isSock(f) ? String(f.sport) : undefined)),
    field('fdlist.sports', PF.DEC, 'FD Server Ports', "for poll events, the server TCP/UDP ports of the sockets in the 'fds' argument, comma-separated.",
      (_fd, f) => (isSock(f) ? String(f.dport) : undefined)),
  ],
};

registerFieldClass(FDLIST_FIELDS);
