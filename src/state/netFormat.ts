/** Renderings of addresses, ports and socket tuples, as libsinsp prints them. */
import { FD_TYPE } from '../capture/blockTypes';
import { FdInfo, L4 } from './fdInfo';

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

/** The fd name libsinsp gives a connected socket from its addresses (sockinfo_to_str). */
export function socketName(fd: FdInfo): string {
  if (fd.type === FD_TYPE.IPV4_SOCK) {
    if (fd.l4proto === L4.TCP || fd.l4proto === L4.UDP) {
      return `${ipv4ToString(fd.sip)}:${fd.sport}->${ipv4ToString(fd.dip)}:${fd.dport}`;
    }
    if (fd.l4proto === L4.ICMP || fd.l4proto === L4.RAW) return `${ipv4ToString(fd.sip)}->${ipv4ToString(fd.dip)}`;
    return '<unknown>';
  }
  if (fd.type === FD_TYPE.IPV6_SOCK) {
    const s = fd.sip6 ?? ZERO16;
    const d = fd.dip6 ?? ZERO16;
    if (fd.l4proto === L4.TCP || fd.l4proto === L4.UDP) {
      return `${ipv6ToString(s)}:${fd.sport}->${ipv6ToString(d)}:${fd.dport}`;
    }
    if (fd.l4proto === L4.ICMP) return `${ipv6ToString(s)}->${ipv6ToString(d)}`;
    return '<unknown>';
  }
  return fd.name;
}
