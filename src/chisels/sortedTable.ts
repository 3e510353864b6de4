/**
 * common.lua print_sorted_table: a key -> value table printed as sysdig's top* chisels print
 * it: a header of 20-column descriptions, a rule, then the top entries by value (keys that
 * hold several fields are joined by \x01\x01 and printed in 20-column cells).
 */
import type { ChiselHost, FieldHandle } from './api';
import type { Event } from '../events/event';
import { extendString, formatBytes, formatTimeInterval, luaNumber, luaToString, percent } from './format';

export type ValueUnits = 'none' | 'bytes' | 'time' | 'timepct';

export interface TableSpec {
  readonly keyFields: readonly string[];
  readonly keyDescs: readonly string[];
  readonly valueField: string;
  readonly valueDesc: string;
  /** 0 = all */
  readonly topNumber: number;
  readonly units: ValueUnits;
  readonly outputFormat: 'normal' | 'json';
}

/** The table key of an event: the key fields' values joined by \x01\x01, or undefined when one has no value. */
export function tableKey(keys: readonly FieldHandle[], ev: Event): string | undefined {
  let key: string | undefined;
  for (const k of keys) {
    const v = k.get(ev);
    if (v === undefined) return undefined;
    key = key === undefined ? luaToString(v) : key + KEY_SEPARATOR + luaToString(v);
  }
  return key;
}

const CELL = 20;
const RULE = '-'.repeat(80);
const KEY_SEPARATOR = '\u0001\u0001';

/** Entries by descending value; ties keep first-seen order (sysdig leaves them unordered). */
export function topByValue(table: ReadonlyMap<string, number>, top: number): [string, number][] {
  const entries = [...table];
  entries.sort((a, b) => b[1] - a[1]);
  return top > 0 ? entries.slice(0, top) : entries;
}

export function renderValue(v: number, units: ValueUnits, timedelta: number): string {
  switch (units) {
    case 'bytes': return formatBytes(v);
    case 'time': return formatTimeInterval(v);
    case 'timepct': return timedelta > 0 ? percent((v / timedelta) * 100) : '0.00%';
    default: return luaNumber(v);
  }
}

export function printSortedTable(host: ChiselHost, table: ReadonlyMap<string, number>, tsSec: number, tsNs: number,
  timedelta: number, spec: TableSpec): void {
  const sorted = topByValue(table, spec.topNumber);
  if (spec.outputFormat === 'json') {
    const data = sorted.map(([k, v]) => [...k.split(KEY_SEPARATOR), v]);
    const info = spec.keyFields.map((name, i) => ({ name, desc: spec.keyDescs[i], is_key: true }));
    info[2] = { name: spec.valueField, desc: spec.valueDesc, is_key: false };
    host.print(JSON.stringify({ data, info, ts: tsSec * 1e9 + tsNs }, null, 2));
    return;
  }
  let header = extendString(spec.valueDesc, CELL);
  for (const d of spec.keyDescs) header += extendString(d, CELL);
  host.print(header);
  host.print(RULE);
  for (const [k, v] of sorted) {
    const parts = k.split(KEY_SEPARATOR);
    let keystr = '';
    parts.forEach((p, i) => { keystr += i < parts.length - 1 ? extendString(p.slice(0, CELL), CELL) : p; });
    // timepct rows print only when units are known; 'none' prints the raw number
    host.print(extendString(renderValue(v, spec.units, timedelta), CELL) + keystr);
  }
}
