/**
 * Local-address inference from the capture's interface list (sinsp_network_interfaces):
 * UDP sockets often lack one side of their tuple; sinsp fills it with the interface that
 * would be used to reach the other side.
 */
import { InterfaceEntry } from '../capture/records';
import { FD_TYPE, IF_TYPE } from '../capture/blockTypes';
import type { FdInfo } from './fdInfo';

const LOOPBACK_V4 = 0x0100007f;
const ZERO16 = Buffer.alloc(16);
const LOOPBACK_V6 = Buffer.from('00000000000000000000000000000001', 'hex');

function v4s(list: InterfaceEntry[]): InterfaceEntry[] {
  return list.filter((i) => i.type === IF_TYPE.IPV4 || i.type === IF_TYPE.IPV4_NOLINKSPEED);
}
function v6s(list: InterfaceEntry[]): InterfaceEntry[] {
  return list.filter((i) => (i.type === IF_TYPE.IPV6 || i.type === IF_TYPE.IPV6_NOLINKSPEED) && i.addr6);
}

export function inferIpv4(list: InterfaceEntry[], dest: number): number {
  const ifs = v4s(list);
  for (const i of ifs) if (i.addr === dest) return i.addr;
  for (const i of ifs) if (((i.addr & i.netmask) >>> 0) === ((dest & i.netmask) >>> 0)) return i.addr;
  for (const i of ifs) if (i.addr !== LOOPBACK_V4) return i.addr;
  return 0;
}

/** sinsp compares IPv6 subnets on the first 64 bits */
function sameSubnet(a: Buffer, b: Buffer): boolean {
  return a.subarray(0, 8).equals(b.subarray(0, 8));
}

export function inferIpv6(list: InterfaceEntry[], dest: Buffer): Buffer {
  const ifs = v6s(list);
  for (const i of ifs) if (dest.equals(i.addr6!)) return i.addr6!;
  for (const i of ifs) if (sameSubnet(i.addr6!, dest)) return i.addr6!;
  for (const i of ifs) if (!i.addr6!.equals(LOOPBACK_V6)) return i.addr6!;
  return ZERO16;
}

/** Fill the missing side of a socket's tuple from the interfaces (sinsp update_fd). */
export function completeTupleFromInterfaces(f: FdInfo, list: InterfaceEntry[]): void {
  if (f.type === FD_TYPE.IPV4_SOCK) {
    if (f.sip !== 0 && f.dip !== 0) return;
    if (f.sip === 0) {
      const a = inferIpv4(list, f.dip);
      if (a === f.dip && f.sport === f.dport) return;
      f.sip = a;
    } else {
      const a = inferIpv4(list, f.sip);
      if (a === f.sip && f.sport === f.dport) return;
      f.dip = a;
    }
  } else if (f.type === FD_TYPE.IPV6_SOCK) {
    const sip = f.sip6 ?? ZERO16, dip = f.dip6 ?? ZERO16;
    if (!sip.equals(ZERO16) && !dip.equals(ZERO16)) return;
    if (sip.equals(ZERO16)) {
      const a = inferIpv6(list, dip);
      if (a.equals(dip) && f.sport === f.dport) return;
      f.sip6 = Buffer.from(a);
    } else {
      const a = inferIpv6(list, sip);
      if (a.equals(sip) && f.sport === f.dport) return;
      f.dip6 = Buffer.from(a);
    }
  }
}
