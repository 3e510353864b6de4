/**
 * stdin / stdout / stderr: the data a process reads from or writes to one standard fd, as is.
 * With -pc (stderr only, as in sysdig) each line carries the container id and name.
 */
import type { Chisel, ChiselHost } from './api';
import { colors } from './terminal';

export function stdStreamChisel(host: ChiselHost, fdnum: number, withContainer: boolean, color = true): Chisel {
  const data = host.requestField('evt.rawarg.data');
  const cname = withContainer ? host.requestField('container.name') : undefined;
  const cid = withContainer ? host.requestField('container.id') : undefined;
  const term = colors(color);
  host.setFilter(`fd.num=${fdnum} and evt.is_io=true`);
  const cell = (v: unknown) => String(v ?? '(null)').slice(0, 20).padEnd(20, ' ');
  return {
    onEvent(ev) {
      const buf = data.get(ev);
      if (buf === undefined) return;
      if (withContainer && host.printContainerData) {
        const name = cname!.get(ev);
        const color = name !== 'host' ? term.blue : term.green;
        host.print(`${color}${cell(cid!.get(ev))} ${cell(name)} ${String(buf)}`);
      } else {
        host.print(String(buf));
      }
    },
  };
}
