/**
 * Buffered output: text is encoded straight into a large buffer (latin1: one byte per
 * char, so captured bytes come out exactly as sysdig prints them) and written in big
 * chunks, instead of sysdig's line-by-line writes.
 */
import * as fs from 'fs';

/** "00".."99" as ASCII bytes, two per entry */
const DIGIT_PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) { DIGIT_PAIRS[2 * i] = 48 + Math.floor(i / 10); DIGIT_PAIRS[2 * i + 1] = 48 + (i % 10); }

export class OutputWriter {
  private buf: Buffer;
  private len = 0;
  private failed = false;

  constructor(private readonly fd: number = 1, size = 1 << 17, public unbuffered = false) {
    this.buf = Buffer.allocUnsafe(size);
  }

  write(s: string): void {
    if (this.len + s.length > this.buf.length) {
      this.flush();
      if (s.length > this.buf.length) this.buf = Buffer.allocUnsafe(s.length * 2);
    }
    this.len += this.buf.write(s, this.len, 'latin1');
    if (this.unbuffered) this.flush();
  }

  /** Makes room for n more bytes. */
  private reserve(n: number): void {
    if (this.len + n > this.buf.length) {
      this.flush();
      if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n * 2);
    }
  }

  /** Writes a string one byte per char; short strings are copied char by char (no flattening, no call). */
  text(s: string): void {
    const n = s.length;
    if (n > 32) { this.write(s); return; }
    this.reserve(n);
    const b = this.buf;
    let p = this.len;
    for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
    this.len = p;
  }

  byte(c: number): void {
    if (this.len >= this.buf.length) this.flush();
    this.buf[this.len++] = c;
  }

  /** A safe integer in decimal, without building a string. */
  int(v: number): void {
    this.reserve(24);
    const b = this.buf;
    if (v < 0) { b[this.len++] = 45; v = -v; }
    if (v < 10) { b[this.len++] = 48 + v; return; }
    if (v >= 2147483648) { this.text(String(v)); return; }
    let digits = 2;
    for (let x = v; x >= 100; x = (x / 10) | 0) digits++;
    let p = this.len + digits;
    this.len = p;
    while (v >= 100) {
      const q = (v / 100) | 0;
      const r = (v - q * 100) << 1;
      b[--p] = DIGIT_PAIRS[r + 1]; b[--p] = DIGIT_PAIRS[r];
      v = q;
    }
    if (v >= 10) { const r = v << 1; b[--p] = DIGIT_PAIRS[r + 1]; b[--p] = DIGIT_PAIRS[r]; }
    else b[--p] = 48 + v;
  }

  /** 0 <= v < 1e9 as exactly 9 digits */
  int9(v: number): void {
    this.reserve(9);
    const b = this.buf;
    let p = this.len + 9;
    this.len = p;
    for (let i = 0; i < 4; i++) {
      const q = (v / 100) | 0;
      const r = (v - q * 100) << 1;
      b[--p] = DIGIT_PAIRS[r + 1]; b[--p] = DIGIT_PAIRS[r];
      v = q;
    }
    b[--p] = 48 + v;
  }

  flush(): void {
    if (this.len === 0 || this.failed) { this.len = 0; return; }
    let off = 0;
    while (off < this.len) {
      try {
        off += fs.writeSync(this.fd, this.buf, off, this.len - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        this.failed = true;
        // a closed pipe (`| head`) ends output quietly, as it does for sysdig
        if (code === 'EPIPE') process.exit(0);
        throw e;
      }
    }
    this.len = 0;
  }
}
