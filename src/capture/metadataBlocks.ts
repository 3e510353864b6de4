/**
 * Decoders for the metadata blocks: machine info, process lists (V1-V9), fd lists,
 * interface lists and user lists. Layouts follow libscap's savefile reader; newer
 * versions append fields guarded by a per-entry length, which lets us skip what we
 * do not know.
 */
import { BlockCursor, splitNul, splitEnv, cString } from './blockCursor';
import { CaptureError } from './captureError';
import { FD_TYPE, IF_TYPE } from './blockTypes';
import { FdEntry, GroupEntry, InterfaceEntry, MachineInfo, ProcEntry, UserEntry } from './records';
import { SCAP_MAX_PATH_SIZE, SCAP_MAX_ARGS_SIZE, SCAP_MAX_ENV_SIZE, SCAP_MAX_CGROUPS_SIZE } from './records';

const MAX_CREDENTIALS_STR_LEN = 256;

export function decodeMachineInfo(buf: Buffer, start: number, len: number, at: number): MachineInfo {
  const c = new BlockCursor(buf, start, start + len, 'machine info block', at);
  const numCpus = c.u32();
  const memorySizeBytes = c.u64();
  const maxPid = c.u64();
  const hostname = cString(c.bytes(128));
  const bootTsEpoch = c.left >= 8 ? c.u64big() : 0n;
  const flags = c.left >= 8 ? c.u64big() : 0n;
  return { numCpus, memorySizeBytes, maxPid, hostname, bootTsEpoch, flags };
}

export function emptyProcEntry(): ProcEntry {
  return {
    tid: 0, pid: 0, ptid: 0, sid: -1, vpgid: -1, pgid: -1, comm: '', exe: '', exepath: '', args: [], cwd: '',
    fdlimit: 0, flags: 0, uid: 0, gid: 0, vmsizeKb: 0, vmrssKb: 0, vmswapKb: 0, pfmajor: 0, pfminor: 0,
    env: [], vtid: -1, vpid: -1, cgroups: [], root: '', loginuid: 0xffffffff, pidnsInitStartTs: 0n, tty: 0,
    exeWritable: false, capInheritable: 0n, capPermitted: 0n, capEffective: 0n, exeUpperLayer: false,
    exeLowerLayer: false, exeFromMemfd: false, exeIno: 0n,
  };
}

export function decodeProcList(buf: Buffer, start: number, len: number, version: number, at: number, emit: (p: ProcEntry) => void): void {
  const end = start + len;
  const c = new BlockCursor(buf, start, end, `process list block (v${version})`, at);
  while (end - c.pos >= 4) {
    const entryStart = c.pos;
    const p = emptyProcEntry();
    let subLen = 0;
    if (version >= 9) subLen = c.u32();
    p.tid = c.i64();
    p.pid = c.i64();
    p.ptid = c.i64();
    if (version >= 6) p.sid = c.i64();
    if (version >= 8) p.vpgid = c.i64();
    p.comm = c.str16(SCAP_MAX_PATH_SIZE);
    p.exe = c.str16(SCAP_MAX_PATH_SIZE);
    if (version >= 7) p.exepath = c.str16(SCAP_MAX_PATH_SIZE);
    {
      const n = c.u16();
      if (n > SCAP_MAX_ARGS_SIZE) throw new CaptureError(`corrupt process list block: args of ${n} bytes`, at);
      p.args = splitNul(c.bytes(n));
    }
    p.cwd = c.str16(SCAP_MAX_PATH_SIZE);
    p.fdlimit = c.u64();
    p.flags = c.u32();
    p.uid = c.u32();
    p.gid = c.u32();
    if (version >= 2) {
      p.vmsizeKb = c.u32();
      p.vmrssKb = c.u32();
      p.vmswapKb = c.u32();
      p.pfmajor = c.u64();
      p.pfminor = c.u64();
      if (version >= 3) {
        const n = c.u16();
        if (n > SCAP_MAX_ENV_SIZE) throw new CaptureError(`corrupt process list block: env of ${n} bytes`, at);
        p.env = splitEnv(c.bytes(n));
      }
      if (version >= 4) {
        p.vtid = c.i64();
        p.vpid = c.i64();
        const n = c.u16();
        if (n > SCAP_MAX_CGROUPS_SIZE) throw new CaptureError(`corrupt process list block: cgroups of ${n} bytes`, at);
        p.cgroups = splitNul(c.bytes(n));
        if (version >= 5) p.root = c.str16(SCAP_MAX_PATH_SIZE);
      }
    }
    if (subLen) {
      const read = () => c.pos - entryStart;
      const has = (n: number) => read() + n <= subLen;
      // libs 0.10 inserted pidns_init_start_ts and tty before loginuid; older writers
      // leave at most 29 bytes (loginuid, exe_writable, 3 capability sets) here.
      const pre010 = subLen - read() <= 29;
      if (!pre010) {
        if (has(8)) p.pidnsInitStartTs = c.u64big();
        if (has(4)) p.tty = c.u32();
      }
      if (has(4)) p.loginuid = c.u32();
      if (has(1)) p.exeWritable = c.u8() !== 0;
      if (has(8)) p.capInheritable = c.u64big();
      if (has(8)) p.capPermitted = c.u64big();
      if (has(8)) p.capEffective = c.u64big();
      if (has(1)) p.exeUpperLayer = c.u8() !== 0;
      if (has(8)) p.exeIno = c.u64big();
      if (has(8)) c.skip(8); // exe_ino_ctime
      if (has(8)) c.skip(8); // exe_ino_mtime
      if (has(1)) p.exeFromMemfd = c.u8() !== 0;
      if (has(1)) p.exeLowerLayer = c.u8() !== 0;
      if (has(8)) p.pgid = c.i64();
      if (read() > subLen) throw new CaptureError(`corrupt process list block: entry longer than its length ${subLen}`, at);
      c.skip(subLen - read());
    }
    emit(p);
  }
}

export function decodeFdList(buf: Buffer, start: number, len: number, v2: boolean, at: number, emit: (tid: number, fd: FdEntry) => void): void {
  const end = start + len;
  const c = new BlockCursor(buf, start, end, 'fd list block', at);
  const tid = c.i64();
  while (end - c.pos >= 4) {
    const entryStart = c.pos;
    let subLen = 0;
    if (v2) subLen = c.u32();
    const fd: FdEntry = {
      fd: c.i64(), ino: c.u64big(), type: c.u8(), name: '', openFlags: 0, dev: 0, sip: 0, dip: 0,
      sport: 0, dport: 0, l4proto: 0, unixSource: 0n, unixDest: 0n,
    };
    switch (fd.type) {
      case FD_TYPE.IPV4_SOCK:
        fd.sip = c.u32(); fd.dip = c.u32(); fd.sport = c.u16(); fd.dport = c.u16(); fd.l4proto = c.u8();
        break;
      case FD_TYPE.IPV4_SERVSOCK:
        fd.dip = c.u32(); fd.dport = c.u16(); fd.l4proto = c.u8();
        break;
      case FD_TYPE.IPV6_SOCK:
        fd.sip6 = Buffer.from(c.bytes(16)); fd.dip6 = Buffer.from(c.bytes(16)); fd.sport = c.u16(); fd.dport = c.u16(); fd.l4proto = c.u8();
        break;
      case FD_TYPE.IPV6_SERVSOCK:
        fd.dip6 = Buffer.from(c.bytes(16)); fd.dport = c.u16(); fd.l4proto = c.u8();
        break;
      case FD_TYPE.UNIX_SOCK:
        fd.unixSource = c.u64big(); fd.unixDest = c.u64big(); fd.name = c.str16(SCAP_MAX_PATH_SIZE);
        break;
      case FD_TYPE.FILE_V2:
        fd.openFlags = c.u32(); fd.name = c.str16(SCAP_MAX_PATH_SIZE);
        if (subLen && subLen >= c.pos - entryStart + 4) fd.dev = c.u32();
        break;
      case FD_TYPE.FIFO: case FD_TYPE.FILE: case FD_TYPE.DIRECTORY: case FD_TYPE.UNSUPPORTED:
      case FD_TYPE.EVENT: case FD_TYPE.SIGNALFD: case FD_TYPE.EVENTPOLL: case FD_TYPE.INOTIFY:
      case FD_TYPE.TIMERFD: case FD_TYPE.NETLINK: case FD_TYPE.BPF: case FD_TYPE.USERFAULTFD:
      case FD_TYPE.IOURING: case FD_TYPE.MEMFD: case FD_TYPE.PIDFD:
        fd.name = c.str16(SCAP_MAX_PATH_SIZE);
        break;
      case FD_TYPE.UNKNOWN:
        break;
      default:
        // a type from a newer library: keep the entry, as libscap does
        fd.name = `unknown-type:[${fd.type}]`;
        fd.type = FD_TYPE.UNSUPPORTED;
        break;
    }
    if (subLen) {
      const read = c.pos - entryStart;
      if (read > subLen) throw new CaptureError(`corrupt fd list block: entry longer than its length ${subLen}`, at);
      c.skip(subLen - read);
    }
    emit(tid, fd);
  }
}

export function decodeUserList(buf: Buffer, start: number, len: number, v2: boolean, at: number,
  onUser: (u: UserEntry) => void, onGroup: (g: GroupEntry) => void): void {
  const end = start + len;
  const c = new BlockCursor(buf, start, end, 'user list block', at);
  while (end - c.pos >= 4) {
    const entryStart = c.pos;
    let subLen = 0;
    if (v2) subLen = c.u32();
    const type = c.u8();
    if (type === 0) {
      const uid = c.u32();
      const gid = c.u32();
      const name = c.str16(MAX_CREDENTIALS_STR_LEN - 1);
      const homedir = c.str16(MAX_CREDENTIALS_STR_LEN - 1);
      const shell = c.str16(MAX_CREDENTIALS_STR_LEN - 1);
      onUser({ uid, gid, name, homedir, shell });
    } else {
      const gid = c.u32();
      const name = c.str16(MAX_CREDENTIALS_STR_LEN - 1);
      onGroup({ gid, name });
    }
    if (subLen) {
      const read = c.pos - entryStart;
      if (read > subLen) throw new CaptureError(`corrupt user list block: entry longer than its length ${subLen}`, at);
      c.skip(subLen - read);
    }
  }
}

export function decodeInterfaceList(buf: Buffer, start: number, len: number, v2: boolean, at: number): InterfaceEntry[] {
  const end = start + len;
  const c = new BlockCursor(buf, start, end, 'interface list block', at);
  const out: InterfaceEntry[] = [];
  while (end - c.pos >= 4) {
    let entryEnd = -1;
    if (v2) { const n = c.u32(); entryEnd = c.pos + n; }
    const type = c.u16();
    const namelen = c.u16();
    if (namelen >= SCAP_MAX_PATH_SIZE) throw new CaptureError(`corrupt interface list block: name of ${namelen} bytes`, at);
    const e: InterfaceEntry = { type, name: '', addr: 0, netmask: 0, bcast: 0, linkspeed: 0n };
    if (type === IF_TYPE.IPV4 || type === IF_TYPE.IPV4_NOLINKSPEED) {
      e.addr = c.u32(); e.netmask = c.u32(); e.bcast = c.u32();
      if (type === IF_TYPE.IPV4) e.linkspeed = c.u64big();
    } else if (type === IF_TYPE.IPV6 || type === IF_TYPE.IPV6_NOLINKSPEED) {
      e.addr6 = Buffer.from(c.bytes(16)); c.skip(32);
      if (type === IF_TYPE.IPV6) e.linkspeed = c.u64big();
    } else {
      throw new CaptureError(`corrupt interface list block: unknown interface type ${type}`, at);
    }
    e.name = cString(c.bytes(namelen));
    if (entryEnd >= 0) {
      if (c.pos > entryEnd) throw new CaptureError('corrupt interface list block: entry longer than its length', at);
      c.pos = entryEnd;
    }
    out.push(e);
  }
  return out;
}
