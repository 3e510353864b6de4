import { formatFixed } from './printfG';
/**
 * Progress of a file replay on stderr (-P, and always when -w writes what a file holds, as
 * sysdig does). On a terminal, a bar redrawn in place as the file is read. Otherwise sysdig's
 * own lines: every 10,000th event, the share of the file read so far ("\r12.34"), when it moved
 * by more than 0.1 point, each new figure first blanking the previous one; at the end, 100.00
 * unless that was already shown, and a newline.
 */
export class ProgressReporter {
  /** percent of the file read, as of the last chunk */
  private pct = 0;
  private size = 0;
  private compressed = false;
  /** last figure printed (sysdig starts from 0) */
  private shown = 0;
  /** length of the text printed last, which the next print blanks */
  private lastLen = 0;
  private readonly tty: boolean;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.tty = !!stream.isTTY;
  }

  /** The reader moved: `read` of `size` bytes of the file. */
  update = (read: number, size: number, compressed = false): void => {
    this.pct = size > 0 ? Math.min(100, (read * 100) / size) : 100;
    this.size = size;
    this.compressed = compressed;
    if (this.tty && this.pct - this.shown > 0.1) {
      this.shown = this.pct;
      this.stream.write('\r' + this.bar(this.pct, read, size));
    }
  };

  /**
   * Event number `num` was read, its block ending at `blockEnd` of the capture stream. A plain
   * file reports how far its events have been read (sysdig's reader, buffered, runs a few
   * kilobytes ahead); a compressed one, the compressed bytes read.
   */
  event(num: number, blockEnd: number): void {
    if (this.tty || num % 10000 !== 0) return;
    this.print(this.compressed || this.size <= 0 ? this.pct : Math.min(100, (blockEnd * 100) / this.size), false);
  }

  done(): void {
    if (this.tty) {
      this.stream.write('\r' + this.bar(100, -1, -1) + '\n');
      return;
    }
    this.print(100, true);
    this.stream.write('\n');
  }

  private print(pct: number, atEnd: boolean): void {
    let out = atEnd ? this.blank() : '';
    if (pct - this.shown > 0.1) {
      const text = formatFixed(pct, 2);
      out += this.blank() + '\r' + text;
      this.shown = pct;
      this.lastLen = text.length;
    }
    if (out !== '') this.stream.write(out);
  }

  private blank(): string {
    return '\r' + ' '.repeat(this.lastLen);
  }

  private bar(pct: number, read: number, size: number): string {
    const width = 30;
    const full = Math.round((pct / 100) * width);
    const mb = (n: number) => (n / (1 << 20)).toFixed(1);
    const bytes = read >= 0 ? `  ${mb(read)}/${mb(size)} MiB` : '';
    return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${pct.toFixed(2).padStart(6)}%${bytes}   `;
  }
}

