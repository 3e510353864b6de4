/**
 * Buffered output: text is encoded straight into a large buffer (latin1: one byte per
 * char, so captured bytes come out exactly as sysdig prints them) and written in big
 * chunks, instead of sysdig's line-by-line writes.
 */
import * as fs from 'fs';

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
    let digits = 1;
    for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
    let p = this.len + digits;
    this.len = p;
    while (v >= 10) { const q = Math.floor(v / 10); b[--p] = 48 + (v - q * 10); v = q; }
    b[--p] = 48 + v;
  }

  /** 0 <= v < 1e9 as exactly 9 digits */
  int9(v: number): void {
    this.reserve(9);
    const b = this.buf;
    let p = this.len + 9;
    this.len = p;
    for (let i = 0; i < 9; i++) { const q = Math.floor(v / 10); b[--p] = 48 + (v - q * 10); v = q; }
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
