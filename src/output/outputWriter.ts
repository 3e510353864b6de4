/**
 * Buffered output: lines accumulate in a string and are written in large latin1 chunks
 * (one char per byte, so captured bytes come out exactly as sysdig prints them).
 */
import * as fs from 'fs';

export class OutputWriter {
  private pending = '';
  private failed = false;

  constructor(private readonly fd: number = 1, private readonly threshold = 1 << 16, public unbuffered = false) {}

  write(s: string): void {
    this.pending += s;
    if (this.unbuffered || this.pending.length >= this.threshold) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0 || this.failed) { this.pending = ''; return; }
    const b = Buffer.from(this.pending, 'latin1');
    this.pending = '';
    let off = 0;
    while (off < b.length) {
      try {
        off += fs.writeSync(this.fd, b, off, b.length - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        // a closed pipe (e.g. `| head`) ends output quietly, as it does for sysdig
        this.failed = true;
        if (code === 'EPIPE') process.exit(0);
        throw e;
      }
    }
  }
}
