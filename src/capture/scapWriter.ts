/**
 * Writes scap capture files: the section header, machine info, process/fd/user/interface
 * lists in any of their block versions, and event blocks. Tests use it to synthesize
 * captures of every layout; the live `-w` writer builds on it.
 */
import {
  SHB_BLOCK_TYPE, SHB_MAGIC, MI_BLOCK_TYPE, FDL_BLOCK_TYPE, FDL_BLOCK_TYPE_V2, IL_BLOCK_TYPE, IL_BLOCK_TYPE_V2,
  UL_BLOCK_TYPE, UL_BLOCK_TYPE_V2, EV_BLOCK_TYPE, EV_BLOCK_TYPE_V2, EV_BLOCK_TYPE_V2_LARGE, EVF_BLOCK_TYPE,
  EVF_BLOCK_TYPE_V2, EVF_BLOCK_TYPE_V2_LARGE, PL_BLOCK_TYPE_V1, PL_BLOCK_TYPE_V2, PL_BLOCK_TYPE_V3, PL_BLOCK_TYPE_V4,
  PL_BLOCK_TYPE_V5, PL_BLOCK_TYPE_V6, PL_BLOCK_TYPE_V7, PL_BLOCK_TYPE_V8, PL_BLOCK_TYPE_V9, FD_TYPE, IF_TYPE,
} from './blockTypes';
import { FdEntry, GroupEntry, InterfaceEntry, MachineInfo, ProcEntry, UserEntry } from './records';
import { SCAP_MAX_PATH_SIZE, SCAP_MAX_ARGS_SIZE, SCAP_MAX_ENV_SIZE, SCAP_MAX_CGROUPS_SIZE } from './records';

const PL_TYPES = [0, PL_BLOCK_TYPE_V1, PL_BLOCK_TYPE_V2, PL_BLOCK_TYPE_V3, PL_BLOCK_TYPE_V4, PL_BLOCK_TYPE_V5,
  PL_BLOCK_TYPE_V6, PL_BLOCK_TYPE_V7, PL_BLOCK_TYPE_V8, PL_BLOCK_TYPE_V9];

/** Growable little-endian byte builder. */
export class ByteBuilder {
  private buf = Buffer.alloc(256);
  len = 0;
  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const nb = Buffer.alloc(size);
    this.buf.copy(nb, 0, 0, this.len);
    this.buf = nb;
  }
  u8(v: number): this { this.room(1); this.buf[this.len++] = v & 0xff; return this; }
  u16(v: number): this { this.room(2); this.buf.writeUInt16LE(v & 0xffff, this.len); this.len += 2; return this; }
  u32(v: number): this { this.room(4); this.buf.writeUInt32LE(v >>> 0, this.len); this.len += 4; return this; }
  i64(v: number | bigint): this { this.room(8); this.buf.writeBigInt64LE(BigInt(v), this.len); this.len += 8; return this; }
  u64(v: number | bigint): this { this.room(8); this.buf.writeBigUInt64LE(BigInt.asUintN(64, BigInt(v)), this.len); this.len += 8; return this; }
  bytes(b: Buffer | Uint8Array): this { this.room(b.length); Buffer.from(b.buffer, b.byteOffset, b.length).copy(this.buf, this.len); this.len += b.length; return this; }
  /** u16 length + bytes, no terminator (how scap stores most strings in metadata blocks) */
  str16(s: string, max = 65535): this { const b = Buffer.from(s, 'latin1').subarray(0, max); return this.u16(b.length).bytes(b); }
  pad4(): this { while (this.len % 4) this.u8(0); return this; }
  toBuffer(): Buffer { return Buffer.from(this.buf.subarray(0, this.len)); }
}

/** Wraps a block body with its header, padding and trailer. */
export function block(type: number, body: Buffer): Buffer {
  const padded = (body.length + 3) & ~3;
  const total = 12 + padded;
  const b = Buffer.alloc(total);
  b.writeUInt32LE(type >>> 0, 0);
  b.writeUInt32LE(total, 4);
  body.copy(b, 8);
  b.writeUInt32LE(total, total - 4);
  return b;
}

export interface EventSpec {
  ts: bigint;
  tid: number;
  type: number;
  params: Buffer[];
  cpu?: number;
  /** EVF blocks carry a flags word */
  flags?: number;
  /** 1: old layout without nparams; 2: current layout (default) */
  version?: 1 | 2;
  /** u32 parameter lengths (events with EF_LARGE_PAYLOAD) */
  large?: boolean;
}

export class ScapWriter {
  constructor(private readonly out: (b: Buffer) => void) {}

  sectionHeader(options?: Buffer): void {
    const b = new ByteBuilder().u32(SHB_MAGIC).u16(1).u16(2).u64(-1n);
    if (options) b.bytes(options);
    this.out(block(SHB_BLOCK_TYPE, b.toBuffer()));
  }

  machineInfo(mi: MachineInfo): void {
    const host = Buffer.alloc(128);
    host.write(mi.hostname, 'latin1');
    const b = new ByteBuilder().u32(mi.numCpus).u64(mi.memorySizeBytes).u64(mi.maxPid).bytes(host)
      .u64(mi.bootTsEpoch).u64(mi.flags).u64(0).u64(0);
    this.out(block(MI_BLOCK_TYPE, b.toBuffer()));
  }

  /**
   * A process-list block. Version 9 entries end, by default, as sysdig 0.29.3 writes and reads
   * them (loginuid, exe_writable); `layout` 'libs-0.10' writes what later libs put there instead
   * (pidns_init_start_ts and tty before loginuid, then capabilities, exe layers and inode, pgid),
   * which sysdig 0.29.3 would misread.
   */
  procList(entries: ProcEntry[], version = 9, layout: 'sysdig-0.29.3' | 'libs-0.10' = 'sysdig-0.29.3'): void {
    const b = new ByteBuilder();
    for (const p of entries) {
      const argsB = nulJoin(p.args, SCAP_MAX_ARGS_SIZE);
      const ent = new ByteBuilder();
      ent.i64(p.tid).i64(p.pid).i64(p.ptid);
      if (version >= 6) ent.i64(p.sid);
      if (version >= 8) ent.i64(p.vpgid);
      ent.str16(p.comm, SCAP_MAX_PATH_SIZE).str16(p.exe, SCAP_MAX_PATH_SIZE);
      if (version >= 7) ent.str16(p.exepath, SCAP_MAX_PATH_SIZE);
      ent.u16(argsB.length).bytes(argsB);
      ent.str16(p.cwd, SCAP_MAX_PATH_SIZE).u64(p.fdlimit).u32(p.flags).u32(p.uid).u32(p.gid);
      if (version >= 2) {
        ent.u32(p.vmsizeKb).u32(p.vmrssKb).u32(p.vmswapKb).u64(p.pfmajor).u64(p.pfminor);
        if (version >= 3) { const env = nulJoin(p.env, SCAP_MAX_ENV_SIZE); ent.u16(env.length).bytes(env); }
        if (version >= 4) {
          ent.i64(p.vtid).i64(p.vpid);
          const cg = nulJoin(p.cgroups, SCAP_MAX_CGROUPS_SIZE);
          ent.u16(cg.length).bytes(cg);
          if (version >= 5) ent.str16(p.root, SCAP_MAX_PATH_SIZE);
        }
      }
      if (version >= 9) {
        if (layout === 'libs-0.10') {
          ent.u64(p.pidnsInitStartTs).u32(p.tty).u32(p.loginuid).u8(p.exeWritable ? 1 : 0)
            .u64(p.capInheritable).u64(p.capPermitted).u64(p.capEffective).u8(p.exeUpperLayer ? 1 : 0)
            .u64(p.exeIno).u64(0).u64(0).u8(p.exeFromMemfd ? 1 : 0).u8(p.exeLowerLayer ? 1 : 0).i64(p.pgid);
        } else {
          ent.u32(p.loginuid).u8(p.exeWritable ? 1 : 0);
        }
        b.u32(ent.len + 4);
      }
      b.bytes(ent.toBuffer());
    }
    this.out(block(PL_TYPES[version], b.toBuffer()));
  }

  fdList(tid: number, fds: FdEntry[], v2 = true): void {
    const b = new ByteBuilder().i64(tid);
    for (const f of fds) {
      const e = new ByteBuilder().i64(f.fd).u64(f.ino).u8(f.type);
      switch (f.type) {
        case FD_TYPE.IPV4_SOCK: e.u32(f.sip).u32(f.dip).u16(f.sport).u16(f.dport).u8(f.l4proto); break;
        case FD_TYPE.IPV4_SERVSOCK: e.u32(f.dip).u16(f.dport).u8(f.l4proto); break;
        case FD_TYPE.IPV6_SOCK: e.bytes(f.sip6 ?? Buffer.alloc(16)).bytes(f.dip6 ?? Buffer.alloc(16)).u16(f.sport).u16(f.dport).u8(f.l4proto); break;
        case FD_TYPE.IPV6_SERVSOCK: e.bytes(f.dip6 ?? Buffer.alloc(16)).u16(f.dport).u8(f.l4proto); break;
        case FD_TYPE.UNIX_SOCK: e.u64(f.unixSource).u64(f.unixDest).str16(f.name, SCAP_MAX_PATH_SIZE); break;
        case FD_TYPE.FILE_V2: e.u32(f.openFlags).str16(f.name, SCAP_MAX_PATH_SIZE); if (v2) e.u32(f.dev); break;
        case FD_TYPE.UNKNOWN: break;
        default: e.str16(f.name, SCAP_MAX_PATH_SIZE);
      }
      if (v2) b.u32(e.len + 4);
      b.bytes(e.toBuffer());
    }
    this.out(block(v2 ? FDL_BLOCK_TYPE_V2 : FDL_BLOCK_TYPE, b.toBuffer()));
  }

  userList(users: UserEntry[], groups: GroupEntry[], v2 = true): void {
    const b = new ByteBuilder();
    for (const u of users) {
      const e = new ByteBuilder().u8(0).u32(u.uid).u32(u.gid).str16(u.name).str16(u.homedir).str16(u.shell);
      if (v2) b.u32(e.len + 4);
      b.bytes(e.toBuffer());
    }
    for (const g of groups) {
      const e = new ByteBuilder().u8(1).u32(g.gid).str16(g.name);
      if (v2) b.u32(e.len + 4);
      b.bytes(e.toBuffer());
    }
    this.out(block(v2 ? UL_BLOCK_TYPE_V2 : UL_BLOCK_TYPE, b.toBuffer()));
  }

  interfaceList(ifs: InterfaceEntry[], v2 = true): void {
    const b = new ByteBuilder();
    for (const i of ifs) {
      const e = new ByteBuilder().u16(i.type);
      const name = Buffer.from(i.name, 'latin1');
      e.u16(name.length);
      if (i.type === IF_TYPE.IPV4 || i.type === IF_TYPE.IPV4_NOLINKSPEED) {
        e.u32(i.addr).u32(i.netmask).u32(i.bcast);
      } else {
        e.bytes(i.addr6 ?? Buffer.alloc(16)).bytes(Buffer.alloc(16)).bytes(Buffer.alloc(16));
      }
      if (i.type === IF_TYPE.IPV4 || i.type === IF_TYPE.IPV6) e.u64(i.linkspeed);
      e.bytes(name);
      if (v2) b.u32(e.len);
      b.bytes(e.toBuffer());
    }
    this.out(block(v2 ? IL_BLOCK_TYPE_V2 : IL_BLOCK_TYPE, b.toBuffer()));
  }

  event(e: EventSpec): void {
    this.out(encodeEventBlock(e));
  }
}

/** The event header + lengths + params (the ring-buffer layout the live probe also writes). */
export function encodeEvent(e: EventSpec): Buffer {
  const v1 = e.version === 1;
  const lenSize = e.large ? 4 : 2;
  const hdr = v1 ? 22 : 26;
  const paramsLen = e.params.reduce((a, p) => a + p.length, 0);
  const len = hdr + e.params.length * lenSize + paramsLen;
  const b = new ByteBuilder().u64(e.ts).i64(e.tid).u32(len).u16(e.type);
  if (!v1) b.u32(e.params.length);
  for (const p of e.params) lenSize === 2 ? b.u16(p.length) : b.u32(p.length);
  for (const p of e.params) b.bytes(p);
  return b.toBuffer();
}

export function encodeEventBlock(e: EventSpec): Buffer {
  const v1 = e.version === 1;
  const hasFlags = e.flags !== undefined;
  const type = v1 ? (hasFlags ? EVF_BLOCK_TYPE : EV_BLOCK_TYPE)
    : e.large ? (hasFlags ? EVF_BLOCK_TYPE_V2_LARGE : EV_BLOCK_TYPE_V2_LARGE)
      : (hasFlags ? EVF_BLOCK_TYPE_V2 : EV_BLOCK_TYPE_V2);
  const b = new ByteBuilder().u16(e.cpu ?? 0);
  if (hasFlags) b.u32(e.flags!);
  b.bytes(encodeEvent(e));
  return block(type, b.toBuffer());
}

/** NUL-terminated items, cut to libscap's limit as its /proc scan cuts them (readers reject longer) */
function nulJoin(items: string[], max: number): Buffer {
  if (items.length === 0) return Buffer.alloc(0);
  return Buffer.from(items.join('\0') + '\0', 'latin1').subarray(0, max);
}

/** Parameter encoders for building events. */
export const param = {
  u8: (v: number) => Buffer.from([v & 0xff]),
  u16: (v: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(v & 0xffff); return b; },
  u32: (v: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(v >>> 0); return b; },
  i32: (v: number) => { const b = Buffer.alloc(4); b.writeInt32LE(v | 0); return b; },
  i64: (v: number | bigint) => { const b = Buffer.alloc(8); b.writeBigInt64LE(BigInt(v)); return b; },
  u64: (v: number | bigint) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt.asUintN(64, BigInt(v))); return b; },
  str: (s: string) => Buffer.from(s + '\0', 'latin1'),
  bytes: (b: Buffer | string) => (typeof b === 'string' ? Buffer.from(b, 'latin1') : b),
  /** AF_INET sockaddr: family, ip (a.b.c.d), port */
  sockaddr4: (ip: string, port: number) => {
    const b = Buffer.alloc(7); b[0] = 2; Buffer.from(ip.split('.').map(Number)).copy(b, 1); b.writeUInt16LE(port, 5); return b;
  },
  /** AF_INET tuple: family, sip, sport, dip, dport */
  tuple4: (sip: string, sport: number, dip: string, dport: number) => {
    const b = Buffer.alloc(13); b[0] = 2;
    Buffer.from(sip.split('.').map(Number)).copy(b, 1); b.writeUInt16LE(sport, 5);
    Buffer.from(dip.split('.').map(Number)).copy(b, 7); b.writeUInt16LE(dport, 11);
    return b;
  },
};
