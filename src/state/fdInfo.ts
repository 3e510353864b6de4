/** What the state engine knows about one open file descriptor. */
import { FD_TYPE } from '../capture/blockTypes';

/** Layer-4 protocols as libsinsp numbers them (scap_l4_proto). */
export const L4 = { UNKNOWN: 0, NA: 1, TCP: 2, UDP: 3, ICMP: 4, RAW: 5 } as const;

/** fd flags (sinsp_fdinfo_t::flags) */
export const FDF = {
  ROLE_CLIENT: 1 << 1,
  ROLE_SERVER: 1 << 2,
  CLOSE_IN_PROGRESS: 1 << 3,
  CLOSE_CANCELED: 1 << 4,
  IS_SOCKET_PIPE: 1 << 5,
  SOCKET_CONNECTED: 1 << 13,
  IS_CLONED: 1 << 14,
  CONNECTION_PENDING: 1 << 15,
  CONNECTION_FAILED: 1 << 16,
} as const;

export class FdInfo {
  type: number = FD_TYPE.UNKNOWN;
  name = '';
  openFlags = 0;
  flags = 0;
  l4proto: number = L4.UNKNOWN;
  /** IPv4 source/destination as u32 read little-endian from the wire (first octet in the low byte) */
  sip = 0;
  dip = 0;
  sport = 0;
  dport = 0;
  /** IPv6 source/destination (16 bytes) */
  sip6: Buffer | undefined = undefined;
  dip6: Buffer | undefined = undefined;
  unixSource = 0n;
  unixDest = 0n;
  ino = 0n;
  dev = 0;
  /** the name when the current event first looked this fd up (sinsp m_oldname), for fd.name_changed */
  oldName = '';

  clone(): FdInfo {
    const f = new FdInfo();
    Object.assign(f, this);
    return f;
  }

  /** The one-letter type shown in `<f>`-style fd renderings (sinsp get_typechar of libs 0.29.3). */
  typechar(): string {
    switch (this.type) {
      case FD_TYPE.FILE_V2:
      case FD_TYPE.FILE: return 'f';
      case FD_TYPE.DIRECTORY: return 'd';
      case FD_TYPE.IPV4_SOCK:
      case FD_TYPE.IPV4_SERVSOCK: return '4';
      case FD_TYPE.IPV6_SOCK:
      case FD_TYPE.IPV6_SERVSOCK: return '6';
      case FD_TYPE.FIFO: return 'p';
      case FD_TYPE.UNIX_SOCK: return 'u';
      case FD_TYPE.EVENT: return 'e';
      case FD_TYPE.UNKNOWN: return 'o';
      case FD_TYPE.UNSUPPORTED: return 'X';
      case FD_TYPE.SIGNALFD: return 's';
      case FD_TYPE.EVENTPOLL: return 'l';
      case FD_TYPE.INOTIFY: return 'i';
      case FD_TYPE.TIMERFD: return 't';
      case FD_TYPE.NETLINK: return 'n';
      // types newer than libs 0.29.3 (bpf, userfaultfd, io_uring, memfd, pidfd)
      default: return '?';
    }
  }

  /** The type name of fd.type (sinsp get_typestring of libs 0.29.3): "<NA>" for types it did not know. */
  typestring(): string {
    switch (this.type) {
      case FD_TYPE.FILE_V2:
      case FD_TYPE.FILE: return 'file';
      case FD_TYPE.DIRECTORY: return 'directory';
      case FD_TYPE.IPV4_SOCK:
      case FD_TYPE.IPV4_SERVSOCK: return 'ipv4';
      case FD_TYPE.IPV6_SOCK:
      case FD_TYPE.IPV6_SERVSOCK: return 'ipv6';
      case FD_TYPE.UNIX_SOCK: return 'unix';
      case FD_TYPE.FIFO: return 'pipe';
      case FD_TYPE.EVENT: return 'event';
      case FD_TYPE.SIGNALFD: return 'signalfd';
      case FD_TYPE.EVENTPOLL: return 'eventpoll';
      case FD_TYPE.INOTIFY: return 'inotify';
      case FD_TYPE.TIMERFD: return 'timerfd';
      case FD_TYPE.NETLINK: return 'netlink';
      default: return '<NA>';
    }
  }

  isIp(): boolean {
    return this.type === FD_TYPE.IPV4_SOCK || this.type === FD_TYPE.IPV6_SOCK ||
      this.type === FD_TYPE.IPV4_SERVSOCK || this.type === FD_TYPE.IPV6_SERVSOCK;
  }

  /** Layer-4 protocol as sinsp reports it: unknown ("NA") for sockets with no role yet. */
  getL4proto(): number {
    switch (this.type) {
      case FD_TYPE.IPV4_SOCK:
      case FD_TYPE.IPV6_SOCK:
        if (this.l4proto === L4.RAW) return L4.RAW;
        if ((this.flags & (FDF.ROLE_CLIENT | FDF.ROLE_SERVER)) === 0) return L4.NA;
        return this.l4proto;
      case FD_TYPE.IPV4_SERVSOCK:
      case FD_TYPE.IPV6_SERVSOCK:
        return this.l4proto;
      default:
        return L4.NA;
    }
  }

  isRoleServer(): boolean { return (this.flags & FDF.ROLE_SERVER) !== 0; }
  isRoleClient(): boolean { return (this.flags & FDF.ROLE_CLIENT) !== 0; }
}
