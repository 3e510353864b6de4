/**
 * Incremental parser of the scap capture format. Bytes are pushed in chunks of any size;
 * complete blocks are decoded as soon as they are available and reported to a handler,
 * so memory stays bounded by the largest block whatever the file size.
 */
import {
  SHB_BLOCK_TYPE, SHB_MAGIC, SHB_MAGIC_SWAPPED, MI_BLOCK_TYPE, MI_BLOCK_TYPE_INT,
  FDL_BLOCK_TYPE, FDL_BLOCK_TYPE_INT, FDL_BLOCK_TYPE_V2, IL_BLOCK_TYPE, IL_BLOCK_TYPE_INT,
  IL_BLOCK_TYPE_V2, UL_BLOCK_TYPE, UL_BLOCK_TYPE_INT, UL_BLOCK_TYPE_V2, EVENT_HEADER_SIZE,
  EVENT_HEADER_SIZE_V1, eventBlockKind, procListVersion,
} from './blockTypes';
import { CaptureError } from './captureError';
import { FdEntry, GroupEntry, InterfaceEntry, MachineInfo, ProcEntry, UserEntry } from './records';
import { RawEvent } from './rawEvent';
import { decodeMachineInfo, decodeProcList, decodeFdList, decodeUserList, decodeInterfaceList } from './metadataBlocks';
import { EVENT_TABLE } from '../events/eventTable';
import { EF } from '../events/paramTypes';
import { PPME } from '../events/eventTable';

const PPME_NOTIFICATION_E = PPME.NOTIFICATION_E;
const PPME_INFRASTRUCTURE_EVENT_E = PPME.INFRASTRUCTURE_EVENT_E;

export interface CaptureHandler {
  onMachineInfo?(mi: MachineInfo): void;
  onProc?(p: ProcEntry): void;
  onFd?(tid: number, fd: FdEntry): void;
  onUser?(u: UserEntry): void;
  onGroup?(g: GroupEntry): void;
  onInterfaces?(list: InterfaceEntry[]): void;
  /** return false to stop reading */
  onEvent(ev: RawEvent): boolean | void;
  /**
   * Live capture: a container known when the capture starts (the container table sinsp builds
   * from its /proc scan: state, not an event), as its container event block and the JSON it
   * carries. Files carry these as the container events that open them.
   */
  onInitialContainer?(block: Buffer, json: string): void;
}

/** Blocks larger than this are treated as corruption rather than allocated. */
const MAX_BLOCK_SIZE = 512 * 1024 * 1024;
const MIN_SECTION_HEADER_SIZE = 8 + 16 + 4;

export class ScapParser {
  private buf: Buffer = Buffer.allocUnsafe(1 << 20);
  private start = 0;
  private end = 0;
  /** stream offset of buf[0] */
  private base = 0;
  private sawHeader = false;
  private stopped = false;
  private readonly ev: RawEvent = {
    buf: this.buf, off: 0, lensOff: 0, len: 0, type: 0, nparams: 0, lenSize: 2, cpu: 0, flags: 0, blockOffset: 0, blockEnd: 0,
  };

  constructor(private readonly handler: CaptureHandler) {}

  get isStopped(): boolean { return this.stopped; }
  /** bytes consumed so far */
  get offset(): number { return this.base + this.start; }

  /** Feed bytes; decodes every complete block. Throws CaptureError on corruption. */
  push(chunk: Buffer): void {
    if (this.stopped) return;
    this.append(chunk);
    this.drain();
  }

  /** Call at end of input: leftover bytes mean a truncated block. */
  finish(): void {
    if (this.stopped) return;
    const left = this.end - this.start;
    if (!this.sawHeader && left === 0 && this.base === 0) {
      throw new CaptureError('empty file: no section header block', 0);
    }
    if (left > 0) {
      let what = 'truncated block header';
      if (left >= 8) {
        const len = this.buf.readUInt32LE(this.start + 4);
        what = `truncated block (type 0x${this.buf.readUInt32LE(this.start).toString(16)}, ${len} bytes announced, ${left} present)`;
      }
      throw new CaptureError(what, this.offset);
    }
  }

  /**
   * Room for `n` more bytes at the end of the parser's buffer, for a reader that fills it in
   * place (no copy per chunk): write them at buffer()[writeOffset()...], then commit(count).
   */
  reserve(n: number): void {
    const pending = this.end - this.start;
    if (this.end + n > this.buf.length) {
      if (pending + n > this.buf.length) {
        let size = this.buf.length;
        while (size < pending + n) size *= 2;
        const nb = Buffer.allocUnsafe(size);
        this.buf.copy(nb, 0, this.start, this.end);
        this.buf = nb;
        this.ev.buf = nb;
      } else {
        this.buf.copy(this.buf, 0, this.start, this.end);
      }
      this.base += this.start;
      this.start = 0;
      this.end = pending;
    }
  }

  buffer(): Buffer { return this.buf; }
  writeOffset(): number { return this.end; }

  /** Decodes what a reader put in the reserved room (`n` bytes). */
  commit(n: number): void {
    if (this.stopped) return;
    this.end += n;
    this.drain();
  }

  private append(chunk: Buffer): void {
    this.reserve(chunk.length);
    chunk.copy(this.buf, this.end);
    this.end += chunk.length;
  }

  private drain(): void {
    const buf = this.buf;
    while (!this.stopped) {
      const avail = this.end - this.start;
      if (avail < 8) return;
      const p = this.start;
      const type = (buf[p] | (buf[p + 1] << 8) | (buf[p + 2] << 16) | (buf[p + 3] << 24)) >>> 0;
      const total = (buf[p + 4] | (buf[p + 5] << 8) | (buf[p + 6] << 16) | (buf[p + 7] << 24)) >>> 0;
      if (!this.sawHeader) {
        if (type !== SHB_BLOCK_TYPE) {
          throw new CaptureError(`not a scap capture: first block type is 0x${type.toString(16)}, expected a section header`, this.offset);
        }
      }
      if (total < 12 || total > MAX_BLOCK_SIZE) {
        throw new CaptureError(`corrupt block length ${total} (block type 0x${type.toString(16)})`, this.offset);
      }
      if (avail < total) {
        if (total > buf.length) this.grow(total);
        return;
      }
      const t = p + total - 4;
      const trailer = (buf[t] | (buf[t + 1] << 8) | (buf[t + 2] << 16) | (buf[t + 3] << 24)) >>> 0;
      if (trailer !== total) {
        throw new CaptureError(`corrupt block: header length ${total} differs from trailer length ${trailer} (block type 0x${type.toString(16)})`, this.offset);
      }
      this.decodeBlock(type, p, total);
      this.start = p + total;
    }
  }

  private grow(size: number): void {
    let n = this.buf.length;
    while (n < size) n *= 2;
    const nb = Buffer.allocUnsafe(n);
    this.buf.copy(nb, 0, this.start, this.end);
    this.base += this.start;
    this.end -= this.start;
    this.start = 0;
    this.buf = nb;
    this.ev.buf = nb;
  }

  private decodeBlock(type: number, p: number, total: number): void {
    const buf = this.buf;
    const bodyStart = p + 8;
    const bodyLen = total - 12;
    const kind = eventBlockKind(type);
    if (kind !== undefined) {
      this.decodeEvent(buf, kind.hasFlags, kind.hasNparams, this.base + p, bodyStart, bodyLen);
      return;
    }
    this.decodeMetadataBlock(type, p, total);
  }

  // Apart from decodeBlock: its closures would make every call allocate their context, event
  // blocks included.
  private decodeMetadataBlock(type: number, p: number, total: number): void {
    const buf = this.buf;
    const bodyStart = p + 8;
    const bodyLen = total - 12;
    const at = this.base + p;
    const h = this.handler;
    switch (type) {
      case SHB_BLOCK_TYPE: {
        if (total < MIN_SECTION_HEADER_SIZE) throw new CaptureError(`section header block too short (${total} bytes)`, at);
        const magic = buf.readUInt32LE(bodyStart);
        if (magic === SHB_MAGIC_SWAPPED) throw new CaptureError('big-endian captures are not supported', at);
        if (magic !== SHB_MAGIC) throw new CaptureError(`invalid section header magic 0x${magic.toString(16)}`, at);
        const major = buf.readUInt16LE(bodyStart + 4);
        if (major > 1) throw new CaptureError(`unsupported capture format version ${major}`, at);
        // Options after the fixed fields (pcapng) are skipped: the block length covers them.
        this.sawHeader = true;
        return;
      }
      case MI_BLOCK_TYPE: case MI_BLOCK_TYPE_INT:
        h.onMachineInfo?.(decodeMachineInfo(buf, bodyStart, bodyLen, at));
        return;
      case FDL_BLOCK_TYPE: case FDL_BLOCK_TYPE_INT: case FDL_BLOCK_TYPE_V2:
        decodeFdList(buf, bodyStart, bodyLen, type === FDL_BLOCK_TYPE_V2, at, (tid, fd) => h.onFd?.(tid, fd));
        return;
      case IL_BLOCK_TYPE: case IL_BLOCK_TYPE_INT: case IL_BLOCK_TYPE_V2:
        h.onInterfaces?.(decodeInterfaceList(buf, bodyStart, bodyLen, type === IL_BLOCK_TYPE_V2, at));
        return;
      case UL_BLOCK_TYPE: case UL_BLOCK_TYPE_INT: case UL_BLOCK_TYPE_V2:
        decodeUserList(buf, bodyStart, bodyLen, type === UL_BLOCK_TYPE_V2, at, (u) => h.onUser?.(u), (g) => h.onGroup?.(g));
        return;
      default: {
        const version = procListVersion(type);
        if (version > 0) {
          decodeProcList(buf, bodyStart, bodyLen, version, at, (pe) => h.onProc?.(pe));
        }
        // Unknown block types are skipped by their length, as libscap does.
      }
    }
  }

  private decodeEvent(buf: Buffer, hasFlags: boolean, hasNparams: boolean, at: number, bodyStart: number, bodyLen: number): void {
    const hdrSize = hasNparams ? EVENT_HEADER_SIZE : EVENT_HEADER_SIZE_V1;
    const pre = hasFlags ? 6 : 2;
    if (bodyLen < pre + hdrSize) throw new CaptureError(`event block too short (${bodyLen + 12} bytes)`, at);
    const ev = this.ev;
    ev.cpu = buf[bodyStart] | (buf[bodyStart + 1] << 8);
    ev.flags = hasFlags ? buf.readUInt32LE(bodyStart + 2) : 0;
    const off = bodyStart + pre;
    const avail = bodyLen - pre;
    const len = (buf[off + 16] | (buf[off + 17] << 8) | (buf[off + 18] << 16) | (buf[off + 19] << 24)) >>> 0;
    const type = buf[off + 20] | (buf[off + 21] << 8);
    const info = EVENT_TABLE[type];
    if (info === undefined) return; // newer event type than we know: skip it, as libscap does
    const lenSize = (info.flags & EF.LARGE_PAYLOAD) !== 0 ? 4 : 2;
    let nparams: number;
    if (hasNparams) {
      nparams = (buf[off + 22] | (buf[off + 23] << 8) | (buf[off + 24] << 16) | (buf[off + 25] << 24)) >>> 0;
    } else {
      // Old blocks do not record nparams: find the count whose lengths add up to the event size.
      // Old notification events recorded a length 3 bytes too long.
      const end = off + len - (type === PPME_NOTIFICATION_E || type === PPME_INFRASTRUCTURE_EVENT_E ? 3 : 0);
      nparams = inferParamCount(buf, off + hdrSize, end, info.params.length, lenSize);
      if (nparams < 0) throw new CaptureError(`corrupt event (type ${type}): parameter lengths do not match the event size`, at);
    }
    if (len > avail || len < hdrSize) {
      throw new CaptureError(`corrupt event (type ${type}): length ${len} does not fit its block (${avail} bytes)`, at);
    }
    const lensOff = off + hdrSize;
    if (lensOff + nparams * lenSize > off + len) {
      throw new CaptureError(`corrupt event (type ${type}): ${nparams} parameters do not fit in ${len} bytes`, at);
    }
    ev.off = off;
    ev.lensOff = lensOff;
    ev.len = len;
    ev.type = type;
    ev.nparams = nparams;
    ev.lenSize = lenSize;
    ev.blockOffset = at;
    ev.blockEnd = at + bodyLen + 12;
    if (this.handler.onEvent(ev) === false) this.stopped = true;
  }
}

/**
 * For V1 event blocks: the largest count <= maxParams whose lengths exactly fill [lensOff, end),
 * or -1. The end of the lengths-plus-data grows with the count, so one forward pass finds the
 * largest count that still fits and checks it fills the event exactly.
 */
function inferParamCount(buf: Buffer, lensOff: number, end: number, maxParams: number, lenSize: number): number {
  let n = 0;
  let p = lensOff; // end of n lengths and n parameters
  while (n < maxParams) {
    const lenPos = lensOff + n * lenSize;
    if (lenPos + lenSize > end) break;
    const l = lenSize === 2 ? buf[lenPos] | (buf[lenPos + 1] << 8) : buf.readUInt32LE(lenPos);
    const next = p + lenSize + l;
    if (next > end) break;
    p = next;
    n++;
  }
  return p === end ? n : -1;
}
