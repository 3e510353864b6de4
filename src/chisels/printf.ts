/** The few printf conversions sysdig's Lua chisels use, with C's padding and truncation. */

/** %-W.Ps (P defaults to no cut) */
export function leftCol(v: string, width: number, cut = Infinity): string {
  const s = v.length > cut ? v.slice(0, cut) : v;
  return s.padEnd(width, ' ');
}

/** %Wd of a Lua number (LuaJIT truncates non-integers) */
export function rightInt(v: number, width: number): string {
  return String(Math.trunc(v)).padStart(width, ' ');
}

/** %.9d */
export function zeroPad9(v: number): string {
  const n = Math.trunc(v);
  return (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(9, '0');
}
