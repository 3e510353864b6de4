/**
 * sysdig's default line: `*%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid)
 * %evt.dir %evt.type %evt.info`, rendered directly (no field lookup per event).
 */
import { Event } from '../events/event';
import { PPME } from '../events/eventTable';
import { SYSCALL_NAMES } from '../events/syscallNames';
import type { Inspector } from '../state/inspector';
import { ParamFormatter } from './paramFormat';
import { LocalTimeFormatter, pad9 } from './timeFormat';
import { syslogInfoLine } from '../state/syslog';
import type { OutputWriter } from './outputWriter';

/** evt.type: generic events are named after their syscall. */
export function eventTypeName(ev: Event): string {
  if (ev.type === PPME.GENERIC_E || ev.type === PPME.GENERIC_X) {
    if (ev.nparams > 0) {
      const n = SYSCALL_NAMES[ev.u16(0)];
      if (n !== undefined) return n;
    }
  }
  return ev.info.name;
}

/** evt.info: the arguments, except for a write to the syslog socket, which shows its decoded message. */
export function eventInfo(pf: ParamFormatter, ev: Event): string {
  return syslogInfoLine(ev) ?? eventArgs(pf, ev);
}

/** evt.info / evt.args: every parameter as `name=value` or `name=value(resolved)`, each followed by a space. */
export function eventArgs(pf: ParamFormatter, ev: Event): string {
  if (ev.type === PPME.GENERIC_E || ev.type === PPME.GENERIC_X) return '';
  let s = '';
  const params = ev.info.params;
  for (let j = 0; j < ev.nparams; j++) {
    const v = pf.format(ev, j);
    s += params[j].name + '=' + v;
    s += pf.resolved.length === 0 ? ' ' : '(' + pf.resolved + ') ';
  }
  return s;
}

export class DefaultLineFormatter {
  private readonly time = new LocalTimeFormatter();
  constructor(private readonly ins: Inspector, private readonly pf: ParamFormatter) {}

  format(ev: Event): string {
    const t = ev.tinfo;
    const sec = this.ins.epochSeconds(ev.ts);
    const nsec = this.ins.subsecondNs(ev.ts);
    return ev.num + ' ' + this.time.time(sec, nsec) + ' ' + ev.cpu + ' ' + (t ? t.comm : '<NA>') + ' (' +
      ev.tid + ') ' + ((ev.type & 1) === 0 ? '>' : '<') + ' ' + eventTypeName(ev) + ' ' + eventInfo(this.pf, ev);
  }

  /** The same line written straight into the output buffer, without building it as a string. */
  writeTo(out: OutputWriter, ev: Event): void {
    const t = ev.tinfo;
    out.int(ev.num);
    out.byte(32);
    out.text(this.time.hms(this.ins.epochSeconds(ev.ts)));
    out.byte(46);
    out.int9(this.ins.subsecondNs(ev.ts));
    out.byte(32);
    out.int(ev.cpu);
    out.byte(32);
    out.text(t ? t.comm : '<NA>');
    out.text(' (');
    out.int(ev.tid);
    out.text((ev.type & 1) === 0 ? ') > ' : ') < ');
    out.text(eventTypeName(ev));
    out.byte(32);
    if (ev.type === PPME.GENERIC_E || ev.type === PPME.GENERIC_X) { out.byte(10); return; }
    // a write to the syslog socket shows its decoded message instead (evt.info)
    const syslog = ev.fdinfo !== undefined && (ev.type & 1) === 1 ? syslogInfoLine(ev) : undefined;
    if (syslog !== undefined) { out.text(syslog); out.byte(10); return; }
    const params = ev.info.params;
    const pf = this.pf;
    for (let j = 0; j < ev.nparams; j++) {
      const v = pf.format(ev, j);
      out.text(params[j].name);
      out.byte(61);
      out.text(v);
      if (pf.resolved.length !== 0) { out.byte(40); out.text(pf.resolved); out.byte(41); }
      out.byte(32);
    }
    out.byte(10);
  }
}

export { pad9 };
