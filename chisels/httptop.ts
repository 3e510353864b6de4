/** httptop: the HTTP requests seen most (or slowest, or largest), by method and URL. */
import type { ChiselModule } from '../src/chisels/api';
import { ChiselError } from '../src/chisels/api';
import { luaToString } from '../src/chisels/format';
import { httpTracker, HttpTransaction } from '../src/chisels/httpParser';
import { printSortedTable, TableSpec, ValueUnits } from '../src/chisels/sortedTable';

export const chisel: ChiselModule = {
  info: {
    name: 'httptop',
    category: 'Application',
    shortDescription: 'Top HTTP requests',
    description: 'Lists the HTTP requests seen in the data processes exchange, by method and URL, ranked by number of calls (default), average time or bytes.',
    args: [{ name: 'by', description: 'rank by ncalls (default), time or bytes', argtype: 'string', optional: true }],
  },
  create(host, args) {
    const by = args.get('by') ?? 'ncalls';
    const units: Record<string, ValueUnits> = { ncalls: 'none', time: 'time', bytes: 'bytes' };
    if (!(by in units)) throw new ChiselError('Invalid argument! Valid options: ncalls, bytes, time');
    const pc = host.printContainerData;
    const spec: TableSpec = {
      keyFields: pc ? ['container', 'method', 'url'] : ['method', 'url'],
      keyDescs: pc ? ['container', 'method', 'url'] : ['method', 'url'],
      valueField: by, valueDesc: by, topNumber: 30, units: units[by], outputFormat: host.outputFormat,
    };
    let groups = new Map<string, HttpTransaction[]>();
    const track = httpTracker(host, (t) => {
      const key = (pc ? luaToString(t.container) + '\u0001\u0001' : '') + `${t.request.method}\u0001\u0001${t.request.url}`;
      const g = groups.get(key);
      if (g) g.push(t); else groups.set(key, [t]);
    });
    if (host.isLive) host.setIntervalS(1);
    const aggregate = () => {
      const table = new Map<string, number>();
      for (const [k, ts] of groups) {
        if (by === 'ncalls') table.set(k, ts.length);
        else if (by === 'bytes') table.set(k, ts.reduce((a, t) => a + t.response!.length, 0));
        else table.set(k, ts.reduce((a, t) => a + t.response!.ts - t.request.ts, 0) / ts.length);
      }
      return table;
    };
    return {
      onEvent: track,
      onInterval(tsSec, _ns, delta) {
        printSortedTable(host, aggregate(), tsSec, 0, delta, spec);
        groups = new Map();
      },
      onCaptureEnd(tsSec, _ns, delta) {
        if (host.isLive && host.outputFormat !== 'json') return;
        printSortedTable(host, aggregate(), tsSec, 0, delta, spec);
      },
    };
  },
};
