/** ps: the processes (threads) the state engine knows, at the first event. */
import type { ChiselModule } from '../src/chisels/api';
import { extendString, formatBytes, luaNumber } from '../src/chisels/format';
import { snapshotChisel } from '../src/chisels/snapshot';

export const chisel: ChiselModule = {
  info: {
    name: 'ps',
    category: 'System State',
    shortDescription: 'List the processes, optionally filtered',
    description: "Lists the machine's threads with their process, user, memory, fd limit and command. A filter keeps the processes with at least one fd that matches it, e.g. 'fd.name contains /etc'.",
    args: [{ name: 'filter', description: 'keep processes with an fd matching this filter', argtype: 'filter', optional: true }],
  },
  create(host, args) {
    const filter = args.get('filter');
    return snapshotChisel(host, () => {
      const rows = host.threadTable(filter).sort((a, b) => a.thread.tid - b.thread.tid);
      host.print(extendString('TID', 8) + extendString('PID', 8) + extendString('USER', 12) + extendString('VIRT', 11) +
        extendString('RES', 11) + extendString('FDLIMIT', 10) + extendString('CMD', 20));
      for (const { thread: t, username } of rows) {
        host.print(extendString(luaNumber(t.tid >>> 0), 8) + extendString(luaNumber(t.pid >>> 0), 8) + extendString(username, 12) +
          extendString(formatBytes(t.vmsizeKb * 1024), 11) + extendString(formatBytes(t.vmrssKb * 1024), 11) +
          extendString(luaNumber(t.fdlimit >>> 0), 10) + t.comm);
      }
    });
  },
};
