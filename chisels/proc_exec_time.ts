/** proc_exec_time: how long each process that exits ran, coloured by duration. */
import type { ChiselModule } from '../src/chisels/api';
import { formatTimeInterval, luaToString } from '../src/chisels/format';
import { colors } from '../src/chisels/terminal';

const YELLOW_NS = 3e9;
const RED_NS = 10e9;
/** printf %-N.Ns */
const col = (v: unknown, n: number) => luaToString(v as never).slice(0, n).padEnd(n, ' ');

export const chisel: ChiselModule = {
  info: {
    name: 'proc_exec_time',
    category: 'Performance',
    shortDescription: 'Show how long processes ran',
    description: 'When a process exits, prints how long it ran, its name and arguments: green below 3 s, yellow up to 10 s, red above (blue for containers). With -pc the container is shown too.',
    args: [{ name: 'disable_color', description: "'disable_colors' turns colours off", argtype: 'string', optional: true }],
  },
  create(host, args) {
    const term = colors(args.get('disable_color') !== 'disable_colors');
    const name = host.requestField('proc.name');
    const pargs = host.requestField('proc.args');
    const duration = host.requestField('proc.duration');
    const cname = host.requestField('container.name');
    const cid = host.requestField('container.id');
    host.setFilter('evt.type=procexit');
    if (host.printContainerData) {
      host.print(`${col('proc.duration', 13)} ${col('container.id', 20)} ${col('container.name', 20)} ${col('proc.name', 12)} proc.args`);
      host.print(`${col('-------------', 13)} ${col('--------------------', 20)} ${col('--------------------', 20)} ${col('------------', 12)} --------------------`);
    } else {
      host.print(`${col('proc.duration', 13)} ${col('proc.name', 12)} proc.args`);
      host.print(`${col('-------------', 13)} ${col('------------', 12)} --------------------`);
    }
    return {
      onEvent(ev) {
        const d = duration.get(ev);
        if (typeof d !== 'number') return;
        let color = term.green;
        if (d > RED_NS) color = term.red;
        else if (d > YELLOW_NS) color = term.yellow;
        else if (cname.get(ev) !== 'host') color = term.blue;
        host.print(host.printContainerData
          ? color + `${col(formatTimeInterval(d), 13)} ${col(cid.get(ev), 20)} ${col(cname.get(ev), 20)} ${col(name.get(ev), 12)} ${luaToString(pargs.get(ev))}`
          : color + `${col(formatTimeInterval(d), 13)} ${col(name.get(ev), 12)} ${luaToString(pargs.get(ev))}`);
      },
      onCaptureEnd() {
        host.print(term.reset);
      },
    };
  },
};
