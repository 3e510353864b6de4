/** fd renderings the chisel tables use (sinsp_fdinfo::tostring_clean and the socket fields of get_thread_table). */
import type { FdInfo } from '../state/fdInfo';
import { FD_TYPE } from '../capture/blockTypes';
import { L4 } from '../state/fdInfo';
import { ipv4ToString, ipv6ToString } from '../state/netFormat';

/** The fd's name without unprintable bytes. */
export function cleanFdName(f: FdInfo): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x20-\x7e]/.test(f.name) ? f.name.replace(/[^\x20-\x7e]/g, '') : f.name;
}

export interface SocketText {
  readonly l4proto: string;
  readonly sip: string;
  readonly sport: number;
  /** undefined for listening sockets */
  readonly cip: string | undefined;
  readonly cport: number | undefined;
  readonly isServer: boolean;
}

const ZERO16 = Buffer.alloc(16);

/** The socket fields of an IP fd as sysdig's get_thread_table gives them; undefined for other fds. */
export function socketText(f: FdInfo): SocketText | undefined {
  const l4 = f.getL4proto();
  const l4proto = l4 === L4.TCP ? 'tcp' : l4 === L4.UDP ? 'udp' : l4 === L4.ICMP ? 'icmp' : l4 === L4.RAW ? 'raw' : '<NA>';
  switch (f.type) {
    case FD_TYPE.IPV4_SOCK:
      return { l4proto, cip: ipv4ToString(f.sip), cport: f.sport, sip: ipv4ToString(f.dip), sport: f.dport, isServer: f.isRoleServer() };
    case FD_TYPE.IPV4_SERVSOCK:
      return { l4proto, cip: undefined, cport: undefined, sip: ipv4ToString(f.dip), sport: f.dport, isServer: true };
    case FD_TYPE.IPV6_SOCK:
      return { l4proto, cip: ipv6ToString(f.sip6 ?? ZERO16), cport: f.sport, sip: ipv6ToString(f.dip6 ?? ZERO16), sport: f.dport, isServer: f.isRoleServer() };
    case FD_TYPE.IPV6_SERVSOCK:
      return { l4proto, cip: undefined, cport: undefined, sip: ipv6ToString(f.dip6 ?? ZERO16), sport: f.dport, isServer: true };
    default:
      return undefined;
  }
}
