/**
 * Wall-clock renderings of event timestamps (sysdig's evt.time, evt.datetime, evt.time.iso8601).
 * Like libsinsp's ts_to_string, local time uses the UTC offset in force when the program
 * starts (gmt2local(0)), not the offset at the event's date; this keeps the rendering pure
 * arithmetic. The text of the current second is cached.
 */
const ZONE_OFFSET_SEC = -new Date().getTimezoneOffset() * 60;

export class LocalTimeFormatter {
  private cachedSec = NaN;
  private cachedHms = '';
  private cachedDate = '';

  private update(sec: number): void {
    const local = sec + ZONE_OFFSET_SEC;
    const s = ((local % 86400) + 86400) % 86400;
    this.cachedHms = p2(Math.floor(s / 3600)) + ':' + p2(Math.floor((s % 3600) / 60)) + ':' + p2(s % 60);
    const d = new Date((local - s) * 1000);
    this.cachedDate = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
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

  /** YYYY-MM-DD HH:MM:SS.nnnnnnnnn (or without the fraction) */
  datetime(sec: number, nsec: number, withNs = true): string {
    if (sec !== this.cachedSec) this.update(sec);
    return this.cachedDate + ' ' + this.cachedHms + (withNs ? '.' + pad9(nsec) : '');
  }
}

/** ISO 8601 in UTC with nanoseconds: 2019-10-31T16:17:57.881800205+0000 */
export function isoTime(sec: number, nsec: number): string {
  const d = new Date(sec * 1000);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T` +
    `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${pad9(nsec)}+0000`;
}

function p2(n: number): string {
  return (n < 10 ? '0' : '') + n;
}

const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000', '0000000', '00000000', '000000000'];

/** n (0 <= n < 1e9) as 9 digits */
export function pad9(n: number): string {
  const s = '' + n;
  return ZEROS[9 - s.length] + s;
}

/**
 * A duration in ns the way sysdig's tables and evt.latency.human show it: `1:02:03`, `2:05`,
 * `1.25s`, `407ms`, `1.50ms`, `407us`, `1.50us`, `12ns`.
 */
export function formatDurationNice(ns: number): string {
  const S = 1e9;
  const t = Math.trunc;
  if (ns >= 3600 * S) return `${p2(t(ns / (3600 * S)))}:${p2(t(ns / (60 * S)) % 60)}:${p2(t(ns / S) % 60)}`;
  if (ns >= 60 * S) return `${t(ns / (60 * S))}:${t(ns / S) % 60}`;
  if (ns >= S) return `${t(ns / S)}.${p2(t((ns % S) / 1e7))}s`;
  if (ns >= S / 100) return `${t(ns / 1e6)}ms`;
  if (ns >= S / 1000) return `${t(ns / 1e6)}.${p2(t((ns % 1e6) / 1e4))}ms`;
  if (ns >= S / 100000) return `${t(ns / 1e3)}us`;
  if (ns >= S / 1000000) return `${t(ns / 1e3)}.${p2(t((ns % 1e3) / 10))}us`;
  return `${t(ns)}ns`;
}
