/** fdcount_by: how many distinct fds each value of a field used (e.g. connections per process). */
import type { ChiselModule } from '../src/chisels/api';
import { luaToString } from '../src/chisels/format';

export const chisel: ChiselModule = {
  info: {
    name: 'fdcount_by',
    category: 'I/O',
    shortDescription: 'FD count grouped by a field',
    description: 'Counts the distinct fds active for each value of the field given as argument, for example the connections of each process or of each remote address.',
    args: [{ name: 'key', description: 'the field to group by', argtype: 'string' }],
  },
  create(host, args) {
    const key = host.requestField(args.get('key') ?? '');
    const fdnum = host.requestField('fd.num');
    const fdname = host.requestField('fd.name');
    // key -> the fds seen (number + name) and their count
    const table = new Map<string, Set<string>>();
    return {
      onEvent(ev) {
        const k = key.get(ev);
        const n = fdnum.get(ev);
        const name = fdname.get(ev);
        if (k === undefined || typeof n !== 'number' || n <= 0 || name === undefined || name === '') return;
        const kt = luaToString(k);
        let fds = table.get(kt);
        if (!fds) table.set(kt, (fds = new Set()));
        fds.add(luaToString(n) + luaToString(name));
      },
      onCaptureEnd() {
        const rows = [...table].map(([k, s]) => [k, s.size] as const).sort((a, b) => b[1] - a[1]);
        // Lua's print separates its arguments with a tab
        for (const [k, c] of rows) host.print(`${k}\t${c}`);
      },
    };
  },
};
