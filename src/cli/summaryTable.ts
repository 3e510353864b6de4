/**
 * sysdig -S: counts of each event type (generic syscalls counted per syscall), printed
 * at the end, most frequent first, at most 100 rows.
 */
import { Event } from '../events/event';
import { PPME, OLD_EVENT_META } from '../events/eventTable';
import { DISPLAY_TABLE } from '../events/displayTable';
import { SYSCALL_NAMES } from '../events/syscallNames';
import { libstdcxxSort } from './stdSort';

/** sysdig 0.29.3 sizes its table from its own event and syscall tables */
const EVENT_MAX = OLD_EVENT_META.length;
const SC_MAX = SYSCALL_NAMES.length;

interface Entry { ncalls: number; id: number; generic: boolean }

export class SummaryTable {
  private readonly entries: Entry[] = [];

  constructor() {
    for (let j = 0; j < EVENT_MAX; j++) this.entries.push({ ncalls: 0, id: j, generic: false });
    for (let j = 0; j < SC_MAX * 2; j++) this.entries.push({ ncalls: 0, id: j, generic: true });
  }

  count(ev: Event): void {
    const t = ev.type;
    if ((t === PPME.GENERIC_E || t === PPME.GENERIC_X) && ev.nparams > 0) {
      const id = ev.u16(0);
      const e = this.entries[EVENT_MAX + id * 2 + (t === PPME.GENERIC_X ? 1 : 0)];
      if (e) e.ncalls++;
    } else if (t < EVENT_MAX) {
      this.entries[t].ncalls++;
    }
  }

  render(nentries = 100): string {
    let s = '----------------------\n' + 'Event'.padEnd(16, ' ') + '#Calls\n' + '----------------------\n';
    // sysdig sorts with std::sort, which orders ties in its own way: reproduce it exactly
    const sorted = libstdcxxSort(this.entries.slice(), (a, b) => a.ncalls > b.ncalls);
    for (let j = 0; j < nentries && j < sorted.length; j++) {
      const e = sorted[j];
      if (e.ncalls === 0) break;
      const name = e.generic ? SYSCALL_NAMES[e.id >> 1] : DISPLAY_TABLE[e.id].name;
      s += ((e.id & 1) === 0 ? '> ' : '< ') + fit16(name) + e.ncalls + '\n';
    }
    return s;
  }
}

/** std::string::resize(16, ' '): pads or cuts */
function fit16(s: string): string {
  return s.length > 16 ? s.slice(0, 16) : s.padEnd(16, ' ');
}
