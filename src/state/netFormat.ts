/** Renderings of addresses, ports and socket tuples, as libsinsp prints them. */
import { FD_TYPE } from '../capture/blockTypes';
import { FdInfo, L4 } from './fdInfo';
import { serviceByPort } from '../filter/services';

/**
 * A port as sinsp prints it (port_to_string): the number, or with -R the service name
 * (getservbyport for "tcp"/"udp", any protocol for other layer-4 protocols) when there is one.
 */
export function portToString(port: number, l4proto: number, resolve: boolean): string {
  if (resolve) {
    const name = serviceByPort(port, l4proto === L4.TCP ? 'tcp' : l4proto === L4.UDP ? 'udp' : undefined);
    if (name !== undefined) return name;
  }
  return String(port);
}

/** IPv4 address stored as a u32 read little-endian from wire bytes: first octet is the low byte. */
export function ipv4ToString(ip: number): string {
  return `${ip & 0xff}.${(ip >>> 8) & 0xff}.${(ip >>> 16) & 0xff}.${ip >>> 24}`;
}

/** inet_ntop-style IPv6 text: the longest run (>= 2) of zero groups becomes "::". */
export function ipv6ToString(b: Buffer, off = 0): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push(b.readUInt16BE(off + 2 * i));
  // IPv4-mapped / compatible forms print the last 32 bits dotted, as glibc does
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && (g[5] === 0xffff || (g[5] === 0 && (g[6] !== 0 || g[7] > 1)))) {
    const v4 = `${b[off + 12]}.${b[off + 13]}.${b[off + 14]}.${b[off + 15]}`;
    return g[5] === 0xffff ? `::ffff:${v4}` : `::${v4}`;
  }
  let bestStart = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  if (bestStart < 0) return g.map((x) => x.toString(16)).join(':');
  const head = g.slice(0, bestStart).map((x) => x.toString(16)).join(':');
  const tail = g.slice(bestStart + bestLen).map((x) => x.toString(16)).join(':');
  return `${head}::${tail}`;
}

export function isIpv4MappedIpv6(b: Buffer, off: number): boolean {
  for (let i = 0; i < 10; i++) if (b[off + i] !== 0) return false;
  return b[off + 10] === 0xff && b[off + 11] === 0xff;
}

const ZERO16 = Buffer.alloc(16);

/** The fd name libsinsp gives a connected socket from its addresses (sockinfo_to_str); -R names ports. */
export function socketName(fd: FdInfo, resolve = false): string {
  if (fd.type === FD_TYPE.IPV4_SOCK) {
    if (fd.l4proto === L4.TCP || fd.l4proto === L4.UDP) {
      const sp = resolve ? portToString(fd.sport, fd.l4proto, true) : fd.sport;
      const dp = resolve ? portToString(fd.dport, fd.l4proto, true) : fd.dport;
      return `${ipv4ToString(fd.sip)}:${sp}->${ipv4ToString(fd.dip)}:${dp}`;
    }
    if (fd.l4proto === L4.ICMP || fd.l4proto === L4.RAW) return `${ipv4ToString(fd.sip)}->${ipv4ToString(fd.dip)}`;
    return '<unknown>';
  }
  if (fd.type === FD_TYPE.IPV6_SOCK) {
    const s = fd.sip6 ?? ZERO16;
    const d = fd.dip6 ?? ZERO16;
    if (fd.l4proto === L4.TCP || fd.l4proto === L4.UDP) {
      const sp = resolve ? portToString(fd.sport, fd.l4proto, true) : fd.sport;
      const dp = resolve ? portToString(fd.dport, fd.l4proto, true) : fd.dport;
      return `${ipv6ToString(s)}:${sp}->${ipv6ToString(d)}:${dp}`;
    }
    if (fd.l4proto === L4.ICMP) return `${ipv6ToString(s)}->${ipv6ToString(d)}`;
    return '<unknown>';
  }
  return fd.name;
}

/** inet_pton(AF_INET6): the 16 bytes of an IPv6 address text, or undefined when it is not one. */
export function parseIpv6(s: string): Buffer | undefined {
  const out = Buffer.alloc(16);
  let head = s, tail = '';
  const dbl = s.indexOf('::');
  if (dbl >= 0) { head = s.slice(0, dbl); tail = s.slice(dbl + 2); if (tail.includes('::')) return undefined; }
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    const items = part.split(':');
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.includes('.') && i === items.length - 1) {
        const q = it.split('.').map(Number);
        if (q.length !== 4 || q.some((x) => !(x >= 0 && x <= 255))) return undefined;
        groups.push((q[0] << 8) | q[1], (q[2] << 8) | q[3]);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(it)) return undefined;
        groups.push(parseInt(it, 16));
      }
    }
    return groups;
  };
  const h = parse(head), t = parse(tail);
  if (!h || !t) return undefined;
  if (dbl < 0 ? h.length !== 8 : h.length + t.length > 7) return undefined;
  const all = [...h, ...new Array(8 - h.length - t.length).fill(0), ...t];
  all.forEach((g, i) => out.writeUInt16BE(g, 2 * i));
  return out;
}
