/** Plain records for the metadata blocks of a capture (process, fd, user, interface lists). */

/** libscap's limits on process-list strings: its reader rejects longer ones, its /proc scan cuts them */
export const SCAP_MAX_PATH_SIZE = 1024;
export const SCAP_MAX_ARGS_SIZE = 4096;
export const SCAP_MAX_ENV_SIZE = 4096;
export const SCAP_MAX_CGROUPS_SIZE = 4096;

export interface MachineInfo {
  numCpus: number;
  memorySizeBytes: number;
  maxPid: number;
  hostname: string;
  bootTsEpoch: bigint;
  flags: bigint;
}

/** One entry of a process-list block (any version; fields a version lacks keep defaults). */
export interface ProcEntry {
  tid: number;
  pid: number;
  ptid: number;
  sid: number;
  vpgid: number;
  pgid: number;
  comm: string;
  exe: string;
  exepath: string;
  /** argv[1..] (the first NUL-separated string of the block's args is argv[0]... see reader) */
  args: string[];
  cwd: string;
  fdlimit: number;
  flags: number;
  uid: number;
  gid: number;
  vmsizeKb: number;
  vmrssKb: number;
  vmswapKb: number;
  pfmajor: number;
  pfminor: number;
  env: string[];
  vtid: number;
  vpid: number;
  /** cgroups as "subsys=path" strings */
  cgroups: string[];
  root: string;
  loginuid: number;
  pidnsInitStartTs: bigint;
  tty: number;
  exeWritable: boolean;
  capInheritable: bigint;
  capPermitted: bigint;
  capEffective: bigint;
  exeUpperLayer: boolean;
  exeLowerLayer: boolean;
  exeFromMemfd: boolean;
  exeIno: bigint;
}

/** One entry of an fd-list block. Addresses are kept in wire order (network-order u32s as read LE). */
export interface FdEntry {
  fd: number;
  ino: bigint;
  type: number;
  name: string;
  openFlags: number;
  dev: number;
  /** IPv4 addresses as u32 read little-endian from the wire; IPv6 as 16-byte buffers */
  sip: number;
  dip: number;
  sip6?: Buffer;
  dip6?: Buffer;
  sport: number;
  dport: number;
  l4proto: number;
  unixSource: bigint;
  unixDest: bigint;
}

export interface UserEntry { uid: number; gid: number; name: string; homedir: string; shell: string }
export interface GroupEntry { gid: number; name: string }

export interface InterfaceEntry {
  type: number;
  name: string;
  /** IPv4 address/netmask/bcast as u32 in wire order (LE read); IPv6 as buffers */
  addr: number;
  netmask: number;
  bcast: number;
  addr6?: Buffer;
  linkspeed: bigint;
}
