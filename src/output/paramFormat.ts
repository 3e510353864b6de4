/**
 * Renders event parameters as sysdig's evt.info / evt.arg fields show them
 * (libsinsp sinsp_evt::get_param_as_str), driven by each parameter's type and print
 * format in the event table.
 */
import { Event } from '../events/event';
import { PT, PF } from '../events/paramTypes';
import type { ParamInfo } from '../events/eventTable';
import { FlagEntry } from '../events/flagTables';
import { ERRNO_NAMES } from '../events/errnoNames';
import { SYSCALL_NAMES } from '../events/syscallNames';
import type { Inspector } from '../state/inspector';
import { FD_TYPE } from '../capture/blockTypes';
import { L4 } from '../state/fdInfo';
import { sanitize, sockaddrToString, tupleString } from '../state/parsers';
import { concatenatePaths } from '../state/paths';
import { renderBuffer, BufferFormat } from './bufferFormat';
import { formatG } from './printfG';

export const SIGNAL_NAMES: readonly string[] = [
  '', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGKILL', 'SIGUSR1',
  'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGSTKFLT', 'SIGCHLD', 'SIGCONT', 'SIGSTOP', 'SIGTSTP',
  'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPWR', 'SIGSYS',
];

const PPM_AT_FDCWD = -100;

/** Options that change how parameters render (sysdig's -A/-x/-X/-b and -s, -v). */
export interface ParamFormatOptions {
  bufferFormat: BufferFormat;
  /** max rendered length of a byte buffer (0 = unlimited); sysdig's default is 80 */
  maxBufferOutput: number;
}

export class ParamFormatter {
  /** the resolved part of the last rendered parameter ('' when none) */
  resolved = '';

  constructor(private readonly ins: Inspector, public opts: ParamFormatOptions) {}

  /** Renders parameter i of ev; the resolved text (the part in parentheses) is left in `resolved`. */
  format(ev: Event, i: number, bufFmt: BufferFormat = this.opts.bufferFormat): string {
    this.resolved = '';
    let pinfo: ParamInfo | { type: number; format: number } = ev.info.params[i];
    let off = ev.paramOffset(i);
    let len = ev.paramLen(i);
    const buf = ev.buf;
    const fmt = ev.info.params[i].format;
    if (pinfo.type === PT.DYN && (pinfo as ParamInfo).dynamic && len !== 0) {
      const idx = buf[off];
      const dyn = (pinfo as ParamInfo).dynamic!;
      if (idx < dyn.length) {
        pinfo = dyn[idx];
        off += 1;
        len -= 1;
      }
    }
    switch (pinfo.type) {
      case PT.INT8: return fmtNum(len >= 1 ? buf.readInt8(off) : 0, fmt, 8);
      case PT.INT16: return fmtNum(len >= 2 ? buf.readInt16LE(off) : 0, fmt, 16);
      case PT.INT32: return fmtNum(len >= 4 ? buf.readInt32LE(off) : 0, fmt, 32);
      case PT.INT64: return fmt64(buf, off, len, fmt);
      case PT.UINT8: return fmtNum(len >= 1 ? buf[off] : 0, fmt, 8);
      case PT.UINT16: return fmtNum(len >= 2 ? buf.readUInt16LE(off) : 0, fmt, 16);
      // sinsp prints 32-bit unsigned values through %d: decimal renderings are signed
      case PT.UINT32: return fmtNum(len >= 4 ? (fmt === PF.HEX || fmt === PF.OCT ? buf.readUInt32LE(off) : buf.readInt32LE(off)) : 0, fmt, 32);
      // sinsp prints u64 through a signed conversion
      case PT.UINT64: return fmt64(buf, off, len, fmt);
      case PT.FD: return this.renderFd(ev, len >= 8 ? readI64(buf, off) : 0);
      case PT.PID: {
        const pid = len >= 8 ? readI64(buf, off) : 0;
        const t = this.ins.getThread(pid);
        if (t) this.resolved = t.comm;
        return Number.isSafeInteger(pid) ? String(pid) : fmt64(buf, off, len, PF.DEC);
      }
      case PT.ERRNO: {
        const v = len >= 8 ? readI64(buf, off) : 0;
        if (v < 0) { const e = ERRNO_NAMES[-v]; if (e) this.resolved = e; }
        return String(v);
      }
      case PT.CHARBUF: return cStr(buf, off, len);
      case PT.FSPATH:
      case PT.FSRELPATH: {
        const raw = cStr(buf, off, len);
        const s = sanitize(raw);
        const t = ev.tinfo;
        if (t && len > 0) {
          // only relative paths (the empty one too) get a resolved form (sinsp clears it for absolute ones)
          if (!raw.startsWith('<NA>') && raw.charCodeAt(0) !== 47) {
            const base = this.baseDir(ev, i, pinfo.type);
            this.resolved = concatenatePaths(base, raw);
          }
        } else {
          this.resolved = s;
        }
        return s;
      }
      case PT.BYTEBUF: return renderBuffer(buf, off, len, bufFmt, this.opts.maxBufferOutput);
      case PT.SOCKADDR: {
        const f = ev.fdinfo;
        return len === 0 ? 'NULL' : sockaddrToString(buf, off, len, f ? f.getL4proto() : L4.UNKNOWN, this.ins.resolvePorts);
      }
      case PT.SOCKTUPLE: {
        const f = ev.fdinfo;
        return tupleString(buf, off, len, this.ins.resolvePorts, f ? f.getL4proto() : L4.UNKNOWN);
      }
      case PT.FDLIST: return this.renderFdList(ev, buf, off, len);
      case PT.SYSCALLID: {
        const id = len >= 2 ? buf.readUInt16LE(off) : 0;
        const name = SYSCALL_NAMES[id];
        if (name === undefined) return '<unknown syscall>';
        this.resolved = name;
        return String(id);
      }
      case PT.SIGTYPE: {
        const v = len >= 1 ? buf[off] : 0;
        const s = SIGNAL_NAMES[v];
        if (s) this.resolved = s;
        return String(v);
      }
      case PT.RELTIME: {
        if (len < 8) return '0';
        const v = buf.readBigUInt64LE(off);
        if (v === 0xffffffffffffffffn) return 'none';
        this.resolved = formatG(Number(v) / 1e9) + 's';
        return v.toString();
      }
      case PT.FLAGS8:
      case PT.FLAGS16:
      case PT.FLAGS32:
      case PT.ENUMFLAGS8:
      case PT.ENUMFLAGS16:
      case PT.ENUMFLAGS32: {
        const t = pinfo.type;
        const v = t === PT.FLAGS8 || t === PT.ENUMFLAGS8 ? buf[off]
          : t === PT.FLAGS16 || t === PT.ENUMFLAGS16 ? buf.readUInt16LE(off) : buf.readUInt32LE(off);
        this.resolved = flagNames(v, (ev.info.params[i] as ParamInfo).flagTable);
        return String(v);
      }
      case PT.MODE: {
        const v = len >= 4 ? buf.readUInt32LE(off) : 0;
        this.resolved = flagNames(v, (ev.info.params[i] as ParamInfo).flagTable);
        return fmtNum(v, fmt, 32);
      }
      case PT.UID:
      case PT.GID: {
        const v = len >= 4 ? buf.readUInt32LE(off) : 0;
        if (v === 0xffffffff) { this.resolved = '<NONE>'; return '-1'; }
        const e = pinfo.type === PT.UID ? this.ins.users.get(v) : this.ins.groups.get(v);
        this.resolved = e ? sanitize(e.name) : '<NA>';
        return String(v | 0);
      }
      case PT.SIGSET: {
        const v = len >= 4 ? buf.readUInt32LE(off) : 0;
        const names: string[] = [];
        for (let s = 0; s < 32; s++) if (v & (1 << s)) { const n = SIGNAL_NAMES[s + 1]; if (n) names.push(n); }
        return names.join(' ');
      }
      case PT.DYN: return 'INVALID DYNAMIC PARAMETER';
      case PT.ABSTIME: return 'INVALID DYNAMIC PARAMETER';
      default: return '(n.a.)';
    }
  }

  /** The directory a relative path parameter is relative to (sinsp get_base_dir). */
  private baseDir(ev: Event, i: number, type: number): string {
    const t = ev.tinfo!;
    const cwd = this.ins.cwdOf(t);
    if (type !== PT.FSRELPATH) return cwd;
    // FSRELPATH params name their dirfd parameter by index in the table's info
    const dirIdx = ev.info.params[i].dirfdParam;
    if (dirIdx === undefined || dirIdx >= ev.nparams) return cwd;
    const dirfd = ev.i64(dirIdx);
    if (dirfd === PPM_AT_FDCWD) return cwd;
    const f = t.fds.get(dirfd);
    if (!f) return '';
    return f.name.endsWith('/') ? f.name : f.name + '/';
  }

  renderFd(ev: Event, fd: number): string {
    const t = ev.tinfo;
    if (!t) return String(fd);
    if (fd >= 0) {
      const f = t.fds.get(fd);
      if (f) {
        let proto = '';
        if (f.type === FD_TYPE.IPV4_SOCK || f.type === FD_TYPE.IPV6_SOCK || f.type === FD_TYPE.IPV4_SERVSOCK || f.type === FD_TYPE.IPV6_SERVSOCK) {
          switch (f.getL4proto()) {
            case L4.TCP: proto = 't'; break;
            case L4.UDP: proto = 'u'; break;
            case L4.ICMP: proto = 'i'; break;
            case L4.RAW: proto = 'r'; break;
          }
        }
        this.resolved = `<${f.typechar()}${proto}>${sanitize(f.name)}`;
      }
    } else if (fd === PPM_AT_FDCWD) {
      this.resolved = 'AT_FDCWD';
    } else {
      const e = ERRNO_NAMES[-fd];
      if (e) this.resolved = e;
    }
    return String(fd);
  }

  private renderFdList(ev: Event, buf: Buffer, off: number, len: number): string {
    const t = ev.tinfo;
    if (!t || len < 2) return '';
    const n = buf.readUInt16LE(off);
    const parts: string[] = [];
    let pos = off + 2;
    for (let j = 0; j < n && pos + 10 <= off + len; j++) {
      const fd = readI64(buf, pos);
      const f = t.fds.get(fd);
      const tch = f ? f.typechar() : '?';
      const flags = buf.readInt16LE(pos + 8) >>> 0;
      parts.push(`${fd}:${tch}${flags.toString(16)}`);
      pos += 10;
    }
    return parts.join(' ');
  }
}

function readI64(buf: Buffer, off: number): number {
  return buf.readInt32LE(off + 4) * 4294967296 + buf.readUInt32LE(off);
}

function cStr(buf: Buffer, off: number, len: number): string {
  let e = off;
  const end = off + len;
  while (e < end && buf[e] !== 0) e++;
  return buf.toString('latin1', off, e);
}

/** printf of a 8/16/32-bit value with the table's print format. */
function fmtNum(v: number, fmt: number, bits: number): string {
  switch (fmt) {
    case PF.OCT: return v === 0 ? '0' : '0' + (v < 0 ? v + 2 ** bits : v).toString(8);
    case PF.HEX: return (v < 0 ? v + 2 ** bits : v).toString(16).toUpperCase();
    case PF.DEC_PADDED_10: { const s = String(Math.abs(v)); return (v < 0 ? '-' : '') + s.padStart(v < 0 ? 8 : 9, '0'); }
    default: return String(v);
  }
}

/** A 64-bit parameter printed as signed (sinsp prints u64 through %PRId64 too). */
function fmt64(buf: Buffer, off: number, len: number, fmt: number): string {
  if (len < 8) return '0';
  const hi = buf.readInt32LE(off + 4);
  // most values fit in a double exactly: skip BigInt for them
  if (fmt === PF.DEC && hi >= -0x200000 && hi < 0x200000) return String(hi * 4294967296 + buf.readUInt32LE(off));
  if (fmt === PF.HEX && hi >= 0 && hi < 0x200000) return (hi * 4294967296 + buf.readUInt32LE(off)).toString(16).toUpperCase();
  return fmtBig(buf.readBigInt64LE(off), fmt);
}

function fmtBig(v: bigint, fmt: number): string {
  switch (fmt) {
    case PF.OCT: return v === 0n ? '0' : '0' + BigInt.asUintN(64, v).toString(8);
    case PF.HEX: return BigInt.asUintN(64, v).toString(16).toUpperCase();
    case PF.DEC_PADDED_10: { const s = (v < 0n ? -v : v).toString(); return (v < 0n ? '-' : '') + s.padStart(v < 0n ? 8 : 9, '0'); }
    default: return v.toString();
  }
}

/** Flag names for a value, as sinsp renders PT_FLAGS (exact match wins, else bits in table order). */
export function flagNames(val: number, table: readonly FlagEntry[] | undefined): string {
  if (!table) return '';
  const initial = val >>> 0;
  let v = initial;
  let out = '';
  let sep = '';
  let k = 0;
  for (; k < table.length; k++) {
    const f = table[k];
    const fv = f.value >>> 0;
    if (fv === initial) break;
    if ((fv === 0 && initial === 0) || (fv !== 0 && ((v & fv) >>> 0) === fv && v !== 0)) {
      out += sep + f.name;
      sep = '|';
      v = (v & ~fv) >>> 0;
    }
  }
  if (k < table.length) out += sep + table[k].name;
  return out;
}
