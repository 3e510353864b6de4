/**
 * The syslog field class: the message of a write to the syslog socket (libsinsp's syslog
 * protocol decoder). A write-type exit event that succeeded on an fd whose name contains
 * "/dev/log" carries "<PRI>message"; the fields decode it for that event only, once the
 * state engine has parsed it (as sinsp decodes while parsing, a filter that runs before
 * parsing sees no message).
 */
import { FieldClass, FieldDef, FF, Extractor } from './fieldTypes';
import { registerFieldClass } from './registry';
import { PT, PF } from '../events/paramTypes';
import { PPME } from '../events/eventTable';
import type { Event } from '../events/event';
import type { Inspector } from '../state/inspector';

const SEVERITIES = ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug'];
const FACILITIES = [
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

/** Decodes "<PRI>message" as sinsp does: the PRI is 1..15 digits after the first byte. */
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

/** The syslog message of this event, when it writes one. */
function messageOf(ev: Event): SyslogMessage | undefined {
  if (!ev.parsed || !WRITE_EXITS.has(ev.type) || ev.nparams < 2) return undefined;
  const f = ev.fdinfo;
  if (f === undefined || !f.name.includes('/dev/log') || ev.i64(0) < 0) return undefined;
  return decodeSyslog(ev.bytes(1));
}

/** One decode per event, shared by the closure's calls. */
function cached(read: (m: SyslogMessage) => string | number): Extractor {
  let lastNum = -1;
  let lastIns: Inspector | undefined;
  let last: SyslogMessage | undefined;
  return (ev, ins) => {
    if (ev.num !== lastNum || ins !== lastIns || !ev.parsed) {
      last = messageOf(ev);
      lastNum = ev.parsed ? ev.num : -1;
      lastIns = ins;
    }
    return last === undefined ? undefined : read(last);
  };
}

function field(name: string, type: number, format: number, display: string, description: string, read: (m: SyslogMessage) => string | number): FieldDef {
  return { name, type, format, flags: FF.NONE, display, description, bind: () => cached(read) };
}

export const SYSLOG_FIELDS: FieldClass = {
  name: 'syslog',
  shortDescription: '',
  description: 'Messages written to the syslog socket (/dev/log).',
  fields: [
    field('syslog.facility.str', PT.CHARBUF, PF.NA, 'Facility', 'the facility of the message, by name (kern, user, mail, ..., local7).',
      (m) => (m.facility < FACILITIES.length ? FACILITIES[m.facility] : '<NA>')),
    field('syslog.facility', PT.UINT32, PF.DEC, 'Numeric Facility', 'the facility of the message, as a number (0-23).', (m) => m.facility),
    field('syslog.severity.str', PT.CHARBUF, PF.NA, 'Severity', 'the severity of the message, by name: emerg, alert, crit, err, warn, notice, info or debug.',
      (m) => SEVERITIES[m.severity]),
    field('syslog.severity', PT.UINT32, PF.DEC, 'Numeric Severity', 'the severity of the message, as a number (0-7).', (m) => m.severity),
    field('syslog.message', PT.CHARBUF, PF.NA, 'Message', 'the text of the message, after its priority.', (m) => m.message),
  ],
};

registerFieldClass(SYSLOG_FIELDS);
