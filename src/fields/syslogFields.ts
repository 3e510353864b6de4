/**
 * The syslog field class: the message of a write to the syslog socket (libsinsp's syslog
 * decoder, see state/syslog.ts). The fields have a value on the write event only, once the
 * state engine has parsed it: a filter that sinsp runs before parsing (write(2), unlike
 * sendto/sendmsg) sees no message.
 */
import { FieldClass, FieldDef, FF, Extractor } from './fieldTypes';
import { registerFieldClass } from './registry';
import { PT, PF } from '../events/paramTypes';
import { SyslogMessage, syslogMessage, severityName, facilityName } from '../state/syslog';
import type { Inspector } from '../state/inspector';

/** One decode per event, shared by the closure's calls. */
function cached(read: (m: SyslogMessage) => string | number): Extractor {
  let lastNum = -1;
  let lastIns: Inspector | undefined;
  let last: SyslogMessage | undefined;
  return (ev, ins) => {
    if (ev.num !== lastNum || ins !== lastIns || !ev.parsed) {
      last = syslogMessage(ev);
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
    field('syslog.facility.str', PT.CHARBUF, PF.NA, 'Facility', 'the facility of the message, by name (kern, user, mail, ..., local7).', facilityName),
    field('syslog.facility', PT.UINT32, PF.DEC, 'Numeric Facility', 'the facility of the message, as a number (0-23).', (m) => m.facility),
    field('syslog.severity.str', PT.CHARBUF, PF.NA, 'Severity', 'the severity of the message, by name: emerg, alert, crit, err, warn, notice, info or debug.', severityName),
    field('syslog.severity', PT.UINT32, PF.DEC, 'Numeric Severity', 'the severity of the message, as a number (0-7).', (m) => m.severity),
    field('syslog.message', PT.CHARBUF, PF.NA, 'Message', 'the text of the message, after its priority.', (m) => m.message),
  ],
};

registerFieldClass(SYSLOG_FIELDS);
