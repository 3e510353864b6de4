/**
 * Wall-clock renderings of event timestamps in local time (sysdig's evt.time and
 * evt.datetime). The broken-down time of the current second is cached, so formatting
 * costs one Date computation per distinct second, not per event.
 */
export class LocalTimeFormatter {
  private cachedSec = NaN;
  private cachedHms = '';
  private cachedDate = '';

  private update(sec: number): void {
    const d = new Date(sec * 1000);
    const p2 = (n: number) => (n < 10 ? '0' : '') + n;
    this.cachedHms = `${p2(d.getHours())}:${p2(d.getMinutes())}:${p2(d.getSeconds())}`;
    this.cachedDate = `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}`;
    this.cachedSec = sec;
  }

  /** HH:MM:SS */
  hms(sec: number): string {
    if (sec !== this.cachedSec) this.update(sec);
    return this.cachedHms;
  }

  /** HH:MM:SS.nnnnnnnnn */
  time(sec: number, nsec: number): string {
    if (sec !== this.cachedSec) this.update(sec);
    return this.cachedHms + '.' + pad9(nsec);
  }

  /** YYYY-MM-DD HH:MM:SS.nnnnnnnnn */
  datetime(sec: number, nsec: number): string {
    if (sec !== this.cachedSec) this.update(sec);
    return this.cachedDate + ' ' + this.cachedHms + '.' + pad9(nsec);
  }
}

const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000', '0000000', '00000000', '000000000'];

/** n (0 <= n < 1e9) as 9 digits */
export function pad9(n: number): string {
  const s = '' + n;
  return ZEROS[9 - s.length] + s;
}
