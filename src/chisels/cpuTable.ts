/**
 * topprocs_cpu / topcontainers_cpu: CPU use per key from procinfo events (thread.cpu), as a
 * share of the capture's duration; per second live, once at the end of a file.
 */
import type { Chisel, ChiselHost, FieldHandle } from './api';
import { printSortedTable, tableKey, TableSpec } from './sortedTable';

export function cpuTableChisel(host: ChiselHost, keyFields: string[], keyDescs: string[]): Chisel {
  const spec: TableSpec = {
    keyFields, keyDescs, valueField: 'thread.exectime', valueDesc: 'CPU%', topNumber: 10, units: 'timepct', outputFormat: host.outputFormat,
  };
  const keys: FieldHandle[] = keyFields.map((k) => host.requestField(k));
  const cpu = host.requestField('thread.cpu');
  host.setFilter('evt.type=procinfo');
  if (host.isLive) host.setIntervalS(1);
  let table = new Map<string, number>();
  return {
    onEvent(ev) {
      const key = tableKey(keys, ev);
      if (key === undefined) return;
      const c = cpu.get(ev);
      const add = (typeof c === 'number' ? c : 0) * 10000000;
      table.set(key, (table.get(key) ?? 0) + add);
    },
    onInterval(tsSec, _ns, delta) {
      printSortedTable(host, table, tsSec, 0, delta, spec);
      table = new Map();
    },
    onCaptureEnd(tsSec, _ns, delta) {
      if (host.isLive && host.outputFormat !== 'json') return;
      printSortedTable(host, table, tsSec, 0, delta, spec);
    },
  };
}
