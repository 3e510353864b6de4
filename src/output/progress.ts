/**
 * -P: progress of a file replay on stderr. On a terminal, a bar redrawn in place; otherwise
 * sysdig's plain percentage lines ("\r12.34"), printed when it moves by more than 0.1%.
 */
export class ProgressReporter {
  private last = -1;
  private readonly tty: boolean;
  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.tty = !!stream.isTTY;
  }

  update = (read: number, size: number): void => {
    const pct = size > 0 ? Math.min(100, (read * 100) / size) : 100;
    if (pct - this.last <= 0.1) return;
    this.last = pct;
    this.stream.write('\r' + this.line(pct, read, size));
  };

  done(): void {
    this.stream.write('\r' + this.line(100, -1, -1) + '\n');
  }

  private line(pct: number, read: number, size: number): string {
    if (!this.tty) return pct.toFixed(2);
    const width = 30;
    const full = Math.round((pct / 100) * width);
    const mb = (n: number) => (n / (1 << 20)).toFixed(1);
    const bytes = read >= 0 ? `  ${mb(read)}/${mb(size)} MiB` : '';
    return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${pct.toFixed(2).padStart(6)}%${bytes}   `;
  }
}
