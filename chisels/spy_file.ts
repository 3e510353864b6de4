/** spy_file: every read and write on files (or on one file), with the data as text. */
import type { ChiselModule } from '../src/chisels/api';
import { formatBytes, luaToString } from '../src/chisels/format';

export const chisel: ChiselModule = {
  info: {
    name: 'spy_file',
    category: 'I/O',
    shortDescription: 'Show reads and writes on files, or on one file',
    description: 'Prints each successful read and write on files with its time, process, direction, size and data (as text). The first argument keeps only reads (R) or writes (W); the second keeps one file. Terminals are left out.',
    args: [
      { name: 'read_or_write', description: "R for reads only, W for writes only, RW (default) for both", argtype: 'string', optional: true },
      { name: 'spy_on_file_name', description: 'the one file to watch', argtype: 'string', optional: true },
    ],
  },
  create(host, args) {
    const data = host.requestField('evt.arg.data');
    const fdname = host.requestField('fd.name');
    const isWrite = host.requestField('evt.is_io_write');
    const pid = host.requestField('proc.pid');
    const pname = host.requestField('proc.name');
    const res = host.requestField('evt.rawarg.res');
    const ts = host.requestField('evt.time');
    // data as text, newlines kept (sysdig.set_output_format("ascii"))
    host.setBufferFormat('ascii');
    const file = args.get('spy_on_file_name');
    let filter = file ? `(fd.name=${file}) and ` : '(not fd.name contains /dev/pt and not fd.name contains /dev/tty) and ';
    const rw = args.get('read_or_write');
    if (rw === 'R' || rw === 'r') filter += 'evt.is_io_read=true and ';
    else if (rw === 'W' || rw === 'w') filter += 'evt.is_io_write=true and ';
    else filter += 'evt.is_io=true and ';
    host.setFilter(filter + 'fd.type=file and evt.dir=< and evt.failed=false');
    return {
      onEvent(ev) {
        const r = res.get(ev);
        host.print(`${luaToString(ts.get(ev))} ${luaToString(pname.get(ev))}(${luaToString(pid.get(ev))}) ${isWrite.get(ev) === true ? 'W' : 'R'} ` +
          `${formatBytes(typeof r === 'number' ? r : 0)} ${luaToString(fdname.get(ev))} ${luaToString(data.get(ev))}`);
      },
    };
  },
};
