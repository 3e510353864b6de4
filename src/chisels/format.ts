/**
 * Text helpers with the exact output of sysdig's Lua chisel library (common.lua) and of Lua's
 * own number formatting, so chisel tables print as sysdig's do. LuaJIT formats numbers itself,
 * rounding a value exactly halfway up (8.125 is 8.13 with %.2f), as toFixed does and C's printf
 * does not.
 */
import { formatG } from '../output/printfG';

/** Lua's tostring() of a number: integers as such, others as %.14g. */
export function luaNumber(v: number): string {
  // %.14g: integers of 15 digits and more take the exponent form
  if (Number.isInteger(v) && Math.abs(v) < 1e14) return String(v);
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : v < 0 ? '-inf' : 'nan';
  return formatG(v, 14, true);
}

/** A value as Lua's tostring() shows it. */
export function luaToString(v: number | string | boolean | undefined): string {
  if (v === undefined) return 'nil';
  if (typeof v === 'number') return luaNumber(v);
  return String(v);
}

/** common.lua extend_string: pad with spaces to newlen, or cut to newlen-1 plus a space. */
export function extendString(s: string, newlen: number): string {
  if (s.length < newlen) return s + ' '.repeat(newlen - s.length);
  return newlen > 0 ? s.slice(0, newlen - 1) + ' ' : '';
}

/** common.lua format_bytes: 1230 -> 1.20KB */
export function formatBytes(val: number): string {
  const K = 1024;
  if (val > K ** 5) return (val / K ** 5).toFixed(2) + 'P';
  if (val > K ** 4) return (val / K ** 4).toFixed(2) + 'T';
  if (val > K ** 3) return (val / K ** 3).toFixed(2) + 'G';
  if (val > K ** 2) return (val / K ** 2).toFixed(2) + 'M';
  if (val > K) return (val / K).toFixed(2) + 'KB';
  return Math.trunc(val) + 'B';
}

const S = 1e9, MS = 1e6, US = 1e3;
const p2 = (n: number) => String(Math.trunc(n)).padStart(2, '0');

/** common.lua format_time_interval: ns -> 1.10s, 407ms, 1.50ms, 407us, 12ns */
export function formatTimeInterval(val: number): string {
  if (val >= S) return `${Math.floor(val / S)}.${p2((val % S) / 10000000)}s`;
  if (val >= S / 100) return `${Math.floor(val / (S / 1000))}ms`;
  if (val >= S / 1000) return `${Math.floor(val / (S / 1000))}.${p2((val % MS) / 10000)}ms`;
  if (val >= S / 100000) return `${Math.floor(val / (S / 1000000))}us`;
  if (val >= S / 1000000) return `${Math.floor(val / (S / 1000000))}.${p2((val % US) / 10)}us`;
  return `${Math.trunc(val)}ns`;
}

/** common.lua split: every piece between delimiters, empty ones included. */
export function luaSplit(s: string, delimiter: string): string[] {
  return s.split(delimiter);
}

/** Lua's %.2f with a % sign (common.lua timepct rendering) */
export function percent(v: number): string {
  return v.toFixed(2) + '%';
}
