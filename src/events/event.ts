/**
 * The decoded view of one event, reused from event to event (no allocation on the hot
 * path). Parameters are located lazily: nothing is decoded until something asks.
 */
import { RawEvent } from '../capture/rawEvent';
import { readInt64, readUInt64 } from '../capture/blockCursor';
import { CaptureError } from '../capture/captureError';
import { EventInfo } from './eventTable';
import { DISPLAY_TABLE } from './displayTable';
import type { ThreadInfo } from '../state/threadInfo';
import type { FdInfo } from '../state/fdInfo';

export class Event {
  buf: Buffer = Buffer.alloc(0);
  /** offset of the event header */
  off = 0;
  lensOff = 0;
  /** parameters present in the capture */
  rawParams = 0;
  /** parameters this event shows: min(capture, table), as libsinsp does */
  nparams = 0;
  lenSize = 2;
  type = 0;
  cpu = 0;
  flags = 0;
  tid = 0;
  /** timestamp in ns relative to the capture's time base (see Inspector.tsBaseSec) */
  ts = 0;
  /** sequence number, counting every event read (as sinsp's evt.num) */
  num = 0;
  info: EventInfo = DISPLAY_TABLE[0];
  /** thread that generated the event, when known */
  tinfo: ThreadInfo | undefined = undefined;
  /** fd the event operates on, when the event uses one and it is known */
  fdinfo: FdInfo | undefined = undefined;
  /** fd number of fdinfo, or -1 */
  fdNum = -1;
  /** errno (positive) when the event failed, else 0 */
  errorCode = 0;
  /** whether parsing this event renamed its fd (sinsp fdinfo_name_changed), for fd.name_changed */
  fdNameChanged = false;
  /** whether the state engine has parsed this event yet (filters can run before parsing) */
  parsed = false;

  private offs: Int32Array = new Int32Array(64);
  private lens: Int32Array = new Int32Array(64);
  private located = false;
  /** end of the event's bytes in buf, which the parameters must not pass */
  private end = 0;
  /** where the event's block starts and ends in the (decompressed) capture stream */
  blockOffset = 0;
  blockEnd = 0;

  /** Point this view at a raw event from the reader. */
  setRaw(raw: RawEvent): void {
    this.buf = raw.buf;
    this.off = raw.off;
    this.lensOff = raw.lensOff;
    this.rawParams = raw.nparams;
    this.lenSize = raw.lenSize;
    this.type = raw.type;
    this.cpu = raw.cpu;
    this.flags = raw.flags;
    this.info = DISPLAY_TABLE[raw.type];
    this.nparams = Math.min(raw.nparams, this.info.params.length);
    this.tid = readInt64(raw.buf, raw.off + 8);
    this.located = false;
    this.end = raw.off + raw.len;
    this.blockOffset = raw.blockOffset;
    this.blockEnd = raw.blockEnd;
    this.tinfo = undefined;
    this.fdinfo = undefined;
    this.fdNum = -1;
    this.errorCode = 0;
    this.fdNameChanged = false;
    this.parsed = false;
  }

  /** Point this view at an event stored in its own buffer (e.g. a saved enter event). */
  setStored(buf: Buffer, lensOff: number, nparams: number, lenSize: number, type: number): void {
    this.buf = buf;
    this.off = 0;
    this.lensOff = lensOff;
    this.rawParams = nparams;
    this.lenSize = lenSize;
    this.type = type;
    this.info = DISPLAY_TABLE[type];
    this.nparams = Math.min(nparams, this.info.params.length);
    this.tid = readInt64(buf, 8);
    this.located = false;
    this.end = buf.length;
    this.blockOffset = 0;
    this.blockEnd = 0;
  }

  get isEnter(): boolean { return (this.type & 1) === 0; }
  /** total length of the event bytes (header + lengths + params) */
  get byteLength(): number { return this.buf.readUInt32LE(this.off + 16); }

  /** Finds every parameter from the length array, once per event, and checks they fit it. */
  private locate(): void {
    const n = this.rawParams;
    if (n > this.offs.length) {
      this.offs = new Int32Array(n);
      this.lens = new Int32Array(n);
    }
    const offs = this.offs, lens = this.lens;
    const buf = this.buf;
    const lensOff = this.lensOff;
    let p = lensOff + n * this.lenSize;
    if (this.lenSize === 2) {
      for (let i = 0; i < n; i++) {
        const l = buf[lensOff + 2 * i] | (buf[lensOff + 2 * i + 1] << 8);
        offs[i] = p; lens[i] = l; p += l;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const l = buf.readUInt32LE(lensOff + 4 * i);
        offs[i] = p; lens[i] = l; p += l;
      }
    }
    if (p > this.end) {
      throw new CaptureError(`corrupt event (type ${this.type}): parameters exceed the event length`, this.blockOffset);
    }
    this.located = true;
  }

  paramOffset(i: number): number { if (!this.located) this.locate(); return this.offs[i]; }
  paramLen(i: number): number { if (!this.located) this.locate(); return this.lens[i]; }

  /** Index of the parameter with this name, or -1. */
  paramIndex(name: string): number {
    const ps = this.info.params;
    for (let i = 0; i < this.nparams; i++) if (ps[i].name === name) return i;
    return -1;
  }

  // byte arithmetic rather than Buffer.read*: these run for most events, and locate() has
  // already checked the parameters against the event
  u8(i: number): number { return this.buf[this.paramOffset(i)]; }
  u16(i: number): number { const o = this.paramOffset(i), b = this.buf; return b[o] | (b[o + 1] << 8); }
  u32(i: number): number { return this.i32(i) >>> 0; }
  i32(i: number): number { const o = this.paramOffset(i), b = this.buf; return b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24); }
  /** signed 64-bit as a number (exact below 2^53) */
  i64(i: number): number { return readInt64(this.buf, this.paramOffset(i)); }
  u64(i: number): number { return readUInt64(this.buf, this.paramOffset(i)); }
  u64big(i: number): bigint { return this.buf.readBigUInt64LE(this.paramOffset(i)); }
  i64big(i: number): bigint { return this.buf.readBigInt64LE(this.paramOffset(i)); }
  /** parameter bytes (a view, valid during the callback) */
  bytes(i: number): Buffer { const o = this.paramOffset(i); return this.buf.subarray(o, o + this.lens[i]); }
  /** parameter as a C string: up to the first NUL */
  str(i: number): string {
    const o = this.paramOffset(i);
    const l = this.lens[i];
    let e = o;
    const end = o + l;
    const buf = this.buf;
    while (e < end && buf[e] !== 0) e++;
    return buf.toString('latin1', o, e);
  }
  /** a numeric parameter of any integer width, sign-extended by its declared type */
  int(i: number): number {
    const l = this.paramLen(i);
    const o = this.offs[i];
    const b = this.buf;
    switch (l) {
      case 1: return b[o];
      case 2: return b[o] | (b[o + 1] << 8);
      case 4: return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
      case 8: return readInt64(b, o);
      default: return 0;
    }
  }
}
