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
      ev.tid + ') ' + ((ev.type & 1) === 0 ? '>' : '<') + ' ' + eventTypeName(ev) + ' ' + eventArgs(this.pf, ev);
  }
}

export { pad9 };
