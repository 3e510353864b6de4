/**
 * table_generator: sums a value per key (one or more fields) and prints the top entries,
 * at the end of a file or every second live. Most top* chisels are this chisel with fixed
 * arguments, as in sysdig.
 */
import type { ChiselModule, FieldHandle } from '../src/chisels/api';
import { printSortedTable, tableKey, TableSpec, ValueUnits } from '../src/chisels/sortedTable';

export const chisel: ChiselModule = {
  info: {
    name: 'table_generator',
    category: 'Filter',
    shortDescription: 'Filter on a key and value',
    description: 'Given two filter fields, a key and a value, this chisel creates and renders a table to the screen.',
    hidden: true,
    args: [
      { name: 'keys', description: 'comma-separated list of filter fields to use for grouping', argtype: 'string' },
      { name: 'keydescs', description: 'comma separated list of human readable descriptions for the key', argtype: 'string' },
      { name: 'value', description: 'the value to count for every key', argtype: 'string' },
      { name: 'valuedesc', description: 'human readable description for the value', argtype: 'string' },
      { name: 'filter', description: 'the filter to apply', argtype: 'string' },
      { name: 'top_number', description: 'maximum number of elements to display', argtype: 'string' },
      { name: 'value_units', description: "how to render the values in the result. Can be 'bytes', 'time', 'timepct', or 'none'.", argtype: 'string' },
    ],
  },
  create(host, args) {
    const keyFields = (args.get('keys') ?? '').split(',');
    const keyDescs = (args.get('keydescs') ?? '').split(',');
    if (keyFields.length !== keyDescs.length) {
      throw new Error('error: number of entries in keys different from number entries in keydescs');
    }
    const spec: TableSpec = {
      keyFields,
      keyDescs,
      valueField: args.get('value') ?? '',
      valueDesc: args.get('valuedesc') ?? '',
      topNumber: Number(args.get('top_number') ?? '0') || 0,
      units: (args.get('value_units') ?? 'none') as ValueUnits,
      outputFormat: host.outputFormat,
    };
    const keys: FieldHandle[] = keyFields.map((k) => host.requestField(k));
    const value = host.requestField(spec.valueField);
    const filter = args.get('filter') ?? '';
    if (filter !== '') host.setFilter(filter);
    let table = new Map<string, number>();
    if (host.isLive) host.setIntervalS(1);

    return {
      onEvent(ev) {
        const key = tableKey(keys, ev);
        if (key === undefined) return;
        const v = value.get(ev);
        if (typeof v === 'number' && v > 0) table.set(key, (table.get(key) ?? 0) + v);
      },
      onInterval(tsSec, _tsNs, delta) {
        printSortedTable(host, table, tsSec, 0, delta, spec);
        table = new Map();
      },
      onCaptureEnd(tsSec, _tsNs, delta) {
        if (host.isLive && host.outputFormat !== 'json') return;
        printSortedTable(host, table, tsSec, 0, delta, spec);
      },
    };
  },
};
