/** lsof: the open fds of every thread, at the first event. */
import type { ChiselModule } from '../src/chisels/api';
import { extendString, luaNumber } from '../src/chisels/format';
import { snapshotChisel } from '../src/chisels/snapshot';
import { cleanFdName } from '../src/chisels/fdText';

export const chisel: ChiselModule = {
  info: {
    name: 'lsof',
    category: 'System State',
    shortDescription: 'List the open fds, optionally filtered',
    description: "Lists every open fd of every thread: command, pid, tid, user, fd number, type and name. A filter keeps the fds that match it, e.g. 'proc.name=nginx and fd.type=ipv4'.",
    args: [{ name: 'filter', description: 'keep the fds matching this filter', argtype: 'filter', optional: true }],
  },
  create(host, args) {
    const filter = args.get('filter');
    return snapshotChisel(host, () => {
      const rows = host.threadTable(filter).sort((a, b) => a.thread.tid - b.thread.tid);
      host.print(extendString('COMMAND', 20) + extendString('PID', 8) + extendString('TID', 8) + extendString('USER', 8) +
        extendString('FD', 8) + extendString('TYPE', 12) + 'NAME');
      for (const { thread: t, fds, username } of rows) {
        for (const [fd, f] of fds) {
          host.print(extendString(t.comm, 20) + extendString(luaNumber(t.pid >>> 0), 8) + extendString(luaNumber(t.tid >>> 0), 8) +
            extendString(username, 8) + extendString(luaNumber(fd), 8) + extendString(f.typestring(), 12) + cleanFdName(f));
        }
      }
    });
  },
};
