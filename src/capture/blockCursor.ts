import { CaptureError } from './captureError';

/**
 * Bounds-checked little-endian reader over one block body. Every read past the end of
 * the body throws a CaptureError naming the block, never a RangeError.
 */
export class BlockCursor {
  pos: number;
  constructor(readonly buf: Buffer, start: number, readonly end: number, readonly what: string, readonly at: number) {
    this.pos = start;
  }
  get left(): number { return this.end - this.pos; }
  need(n: number): void {
    if (this.pos + n > this.end) throw new CaptureError(`corrupt ${this.what}: field runs past the end of the block`, this.at);
  }
  u8(): number { this.need(1); return this.buf[this.pos++]; }
  u16(): number { this.need(2); const v = this.buf.readUInt16LE(this.pos); this.pos += 2; return v; }
  u32(): number { this.need(4); const v = this.buf.readUInt32LE(this.pos); this.pos += 4; return v; }
  i32(): number { this.need(4); const v = this.buf.readInt32LE(this.pos); this.pos += 4; return v; }
  /** signed 64-bit as a number (exact below 2^53, which covers tids, fds and sizes) */
  i64(): number { this.need(8); const v = readInt64(this.buf, this.pos); this.pos += 8; return v; }
  u64(): number { this.need(8); const v = readUInt64(this.buf, this.pos); this.pos += 8; return v; }
  u64big(): bigint { this.need(8); const v = this.buf.readBigUInt64LE(this.pos); this.pos += 8; return v; }
  bytes(n: number): Buffer { this.need(n); const v = this.buf.subarray(this.pos, this.pos + n); this.pos += n; return v; }
  skip(n: number): void { this.need(n); this.pos += n; }
  /** a u16-length-prefixed string, cut at the first NUL */
  str16(max = 65535): string {
    const n = this.u16();
    if (n > max) throw new CaptureError(`corrupt ${this.what}: string of ${n} bytes exceeds ${max}`, this.at);
    return cString(this.bytes(n));
  }
}

// Byte arithmetic instead of Buffer.read*: these run several times per event, and the
// callers have already checked the offsets against the block.
export function readInt64(buf: Buffer, off: number): number {
  const lo = (buf[off] | (buf[off + 1] << 8) | (buf[off + 2] << 16) | (buf[off + 3] << 24)) >>> 0;
  const hi = buf[off + 4] | (buf[off + 5] << 8) | (buf[off + 6] << 16) | (buf[off + 7] << 24);
  return hi * 4294967296 + lo;
}
export function readUInt64(buf: Buffer, off: number): number {
  const lo = (buf[off] | (buf[off + 1] << 8) | (buf[off + 2] << 16) | (buf[off + 3] << 24)) >>> 0;
  const hi = (buf[off + 4] | (buf[off + 5] << 8) | (buf[off + 6] << 16) | (buf[off + 7] << 24)) >>> 0;
  return hi * 4294967296 + lo;
}

/** bytes up to the first NUL, one char per byte (latin1) so output stays byte-exact */
export function cString(b: Buffer): string {
  const z = b.indexOf(0);
  return (z < 0 ? b : b.subarray(0, z)).toString('latin1');
}

/**
 * An environment block as sinsp reads it: NUL-separated strings, empty ones included, up to
 * where only NULs remain.
 */
export function splitEnv(b: Buffer): string[] {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0) end--;
  // the last string keeps its terminating NUL; everything after it is padding
  return splitNul(b.subarray(0, end < b.length ? end + 1 : end));
}

/** NUL-separated strings (trailing NULs ignored) */
export function splitNul(b: Buffer): string[] {
  const out: string[] = [];
  let s = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0) { out.push(b.toString('latin1', s, i)); s = i + 1; }
  }
  if (s < b.length) out.push(b.toString('latin1', s));
  return out;
}
