/**
 * libsinsp's syslog protocol decoder: a successful write-type exit on an fd whose name
 * contains "/dev/log" carries "<PRI>message". The message is decoded for that event only,
 * once parsed (sinsp decodes while parsing and forgets at the next event). It feeds the
 * syslog.* fields and replaces the arguments in evt.info ("syslog sev=... msg=...").
 */
import { PPME } from '../events/eventTable';
import type { Event } from '../events/event';

export const SYSLOG_SEVERITIES: readonly string[] = ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug'];
export const SYSLOG_FACILITIES: readonly string[] = [
  'kern', 'user', 'mail', 'daemon', 'auth', 'syslog', 'lpr', 'news', 'uucp', 'clock', 'authpriv', 'ftp', 'ntp',
  'logaudit', 'logalert', 'cron', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7',
];

const WRITE_EXITS = new Set<number>([
  PPME.SYSCALL_WRITE_X, PPME.SOCKET_SEND_X, PPME.SOCKET_SENDTO_X, PPME.SOCKET_SENDMSG_X, PPME.SYSCALL_WRITEV_X,
  PPME.SYSCALL_PWRITE_X, PPME.SYSCALL_PWRITEV_X,
]);

export interface SyslogMessage {
  /** the PRI number: facility * 8 + severity */
  readonly priority: number;
  readonly severity: number;
  /** u32, as sinsp stores it */
  readonly facility: number;
  readonly message: string;
}

/** Decodes "<PRI>message" as sinsp does: 1..15 digits after the first byte, then one byte. */
export function decodeSyslog(data: Buffer): SyslogMessage | undefined {
  const len = data.length;
  let j = 1;
  while (j < len && data[j] !== 0x3e /* '>' */ && data[j] !== 0 && j - 1 < 15) j++;
  const digits = j - 1;
  if (digits <= 0 || len < digits + 2) return undefined;
  let pri = 0;
  for (let i = 1; i <= digits; i++) {
    const c = data[i];
    if (c < 0x30 || c > 0x39) return undefined;
    pri = (Math.imul(pri, 10) + (c - 0x30)) | 0;
  }
  return { priority: pri, severity: pri & 7, facility: (pri >> 3) >>> 0, message: data.toString('latin1', digits + 2) };
}

/** The syslog message this event writes, if any. */
export function syslogMessage(ev: Event): SyslogMessage | undefined {
  if (!ev.parsed || !WRITE_EXITS.has(ev.type) || ev.nparams < 2) return undefined;
  const f = ev.fdinfo;
  if (f === undefined || !f.name.includes('/dev/log') || ev.i64(0) < 0) return undefined;
  return decodeSyslog(ev.bytes(1));
}

export function severityName(m: SyslogMessage): string { return SYSLOG_SEVERITIES[m.severity]; }
export function facilityName(m: SyslogMessage): string {
  return m.facility < SYSLOG_FACILITIES.length ? SYSLOG_FACILITIES[m.facility] : '<NA>';
}

/** What evt.info shows instead of the arguments for a syslog write (no trailing space). */
export function syslogInfoLine(ev: Event): string | undefined {
  if (ev.fdinfo === undefined || (ev.type & 1) === 0) return undefined;
  const m = syslogMessage(ev);
  return m === undefined ? undefined : `syslog sev=${severityName(m)} msg=${m.message}`;
}
