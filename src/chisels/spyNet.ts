/**
 * spy_ip / spy_port: the data exchanged with one IP address or on one port, under a header
 * each time the direction changes. As in sysdig, the header of the previous buffer repeats
 * while the direction stays the same, and spy_ip calls writes "Read".
 */
import type { Chisel, ChiselHost } from './api';
import { formatBytes, luaToString } from './format';
import { colors } from './terminal';

export function spyNetChisel(host: ChiselHost, filterTail: string, writeWord: string, colorOn: boolean): Chisel {
  const term = colors(colorOn);
  const data = host.requestField('evt.arg.data');
  const isRead = host.requestField('evt.is_io_read');
  const res = host.requestField('evt.rawarg.res');
  host.setFilter('evt.is_io=true and (fd.type=ipv4 or fd.type=ipv6) and ' + filterTail);
  let direction: 'r' | 'w' | undefined;
  let info = 'nil';
  return {
    onEvent(ev) {
      const r = res.get(ev);
      const d = data.get(ev);
      if (typeof r !== 'number' || r <= 0 || d === undefined) return;
      const read = isRead.get(ev) === true;
      if (read && direction !== 'r') { info = `${term.red}------ Read ${formatBytes(r)}`; direction = 'r'; }
      else if (!read && direction !== 'w') { info = `${term.blue}------ ${writeWord} ${formatBytes(r)}`; direction = 'w'; }
      host.print(info);
      host.print(luaToString(d));
    },
    onCaptureEnd() {
      host.print(term.reset);
    },
  };
}
