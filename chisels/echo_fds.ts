/** echo_fds: the data processes read and write, each buffer under a coloured header line. */
import type { ChiselModule } from '../src/chisels/api';
import { formatBytes } from '../src/chisels/format';
import { colors } from '../src/chisels/terminal';

export const chisel: ChiselModule = {
  info: {
    name: 'echo_fds',
    category: 'I/O',
    shortDescription: 'Show the data processes read and write',
    description: 'Prints every buffer processes read or write, each under a line saying who moved how many bytes through which fd (red for reads, blue for writes). With -pc the container is named too.',
    args: [{ name: 'disable_color', description: "'disable_color' turns colours off", argtype: 'string', optional: true }],
  },
  create(host, args) {
    const term = colors(args.get('disable_color') !== 'disable_color');
    const isRead = host.requestField('evt.is_io_read');
    const res = host.requestField('evt.rawarg.res');
    const fdname = host.requestField('fd.name');
    const pname = host.requestField('proc.name');
    const cname = host.requestField('container.name');
    const cid = host.requestField('container.id');
    host.setFilter('evt.is_io=true and evt.dir=< and evt.rawres>0');
    host.setEventFormatter('%evt.arg.data');
    return {
      onEvent(ev) {
        const r = res.get(ev);
        if (typeof r !== 'number' || r <= 0) return;
        const name = fdname.get(ev) ?? '<NA>';
        let container = '';
        if (host.printContainerData) {
          const c = cname.get(ev);
          container = `${c === 'host' ? term.green : term.cyan} [${c}] [${cid.get(ev)}]`;
        }
        const color = isRead.get(ev) === true ? term.red : term.blue;
        const who = `${color} ${name} (${pname.get(ev)})`;
        host.print(isRead.get(ev) === true
          ? `${color}------ Read ${formatBytes(r)} from ${container} ${who}`
          : `${color}------ Write ${formatBytes(r)} to ${container} ${who}`);
      },
      onCaptureEnd() {
        host.print(term.reset);
      },
    };
  },
};
