/**
 * The iobytes family (iobytes, iobytes_file, iobytes_net): bytes read and written per second
 * of event time, printed at each interval as `HH:MM:SS in:N out:N tot:N`.
 */
import type { ChiselHost, Chisel } from './api';
import { ChiselError } from './api';
import { luaToString } from './format';

export function ioTotalsChisel(host: ChiselHost, filter: string): Chisel {
  const bytes = host.requestField('evt.rawarg.res');
  const time = host.requestField('evt.time.s');
  const isRead = host.requestField('evt.is_io_read');
  host.setFilter(filter);
  host.setIntervalS(1);
  let tot = 0, totIn = 0, totOut = 0;
  return {
    onEvent(ev) {
      const b = bytes.get(ev);
      if (typeof b !== 'number' || b <= 0) return;
      tot += b;
      if (isRead.get(ev) === true) totIn += b;
      else totOut += b;
    },
    onInterval(_s, _ns, _delta, ev) {
      // sysdig's Lua reads evt.time.s here, which fails before any event was delivered
      if (ev === undefined) throw new ChiselError('invalid call to evt.field()');
      host.print(`${luaToString(time.get(ev))} in:${luaToString(totIn)} out:${luaToString(totOut)} tot:${luaToString(tot)}`);
      tot = 0; totIn = 0; totOut = 0;
    },
  };
}
