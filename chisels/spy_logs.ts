/** spy_logs: every line processes write to log files. */
import type { ChiselModule } from '../src/chisels/api';
import { ChiselError } from '../src/chisels/api';
import { luaToString } from '../src/chisels/format';
import { colors } from '../src/chisels/terminal';

const FILE_FILTER = '(fd.name contains .log or fd.name contains _log or fd.name contains /var/log) and not (fd.name contains .gz or fd.name contains .tgz)';

export const chisel: ChiselModule = {
  info: {
    name: 'spy_logs',
    category: 'Logs',
    shortDescription: 'Show what processes write to log files',
    description: 'Prints each line processes write to log files (names containing .log, _log or /var/log), with the process and the file; on a terminal, warnings show yellow and errors red.',
    args: [
      { name: 'dump_file_name', description: 'a capture file to write the events around each log line to', argtype: 'string', optional: true },
      { name: 'dump_range_ms', description: 'the time before and after each log line to write, in milliseconds (default 1000)', argtype: 'int', optional: true },
      { name: 'disable_color', description: "'disable_color' turns colours off", argtype: 'string', optional: true },
    ],
  },
  create(host, args) {
    if (args.get('dump_file_name') !== undefined) {
      throw new ChiselError('spy_logs: writing the events around log lines needs capture writing (-w), which is not supported yet');
    }
    const tty = process.stdout.isTTY === true;
    const term = colors(args.get('disable_color') !== 'disable_color');
    const buf = host.requestField('evt.buffer');
    const pname = host.requestField('proc.name');
    const fdname = host.requestField('fd.name');
    const cname = host.requestField('container.name');
    host.setBufferFormat('ascii');
    host.setFilter(`(${FILE_FILTER}) and evt.is_io_write=true and evt.dir=< and evt.failed=false`);
    return {
      onEvent(ev) {
        const b = buf.get(ev);
        if (b === undefined) return;
        const c = luaToString(cname.get(ev));
        for (const msg of String(b).split('\n')) {
          if (msg.length === 0) continue;
          const info = `${luaToString(pname.get(ev))} ${luaToString(fdname.get(ev))} `;
          if (tty) {
            const ls = msg.toLowerCase();
            const color = ls.includes('warn') ? term.yellow : msg.includes('err') ? term.red : term.green;
            if (host.printContainerData) {
              const container = c !== 'host' ? `${term.blue} ${c}` : `${color} ${c}`;
              host.print(`${color} ${container} ${color} ${info}${msg}`);
            } else {
              host.print(`${color} ${info}${msg}`);
            }
          } else {
            host.print(host.printContainerData ? `${c} ${info}${msg}` : `${info}${msg}`);
          }
        }
      },
      onCaptureEnd() {
        if (tty) host.print(term.reset);
      },
    };
  },
};
