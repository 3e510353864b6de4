/**
 * printf number conversions as sinsp (C's printf) and sysdig's chisels (LuaJIT's own formatter)
 * print floating-point numbers. They differ on values exactly halfway: C rounds them to the even
 * neighbour (0.25 prints 0.2 with %.1f), LuaJIT and JavaScript's toFixed round them up.
 */

/** JavaScript gives exact decimal digits this far beyond the ones kept, enough to see a tie. */
const EXTRA = 30;

/** C's %.<digits>f. */
export function formatFixed(v: number, digits: number): string {
  const s = v.toFixed(digits);
  if (!Number.isFinite(v) || Math.abs(v) >= 1e21 || digits + EXTRA > 100) return s;
  const wide = Math.abs(v).toFixed(digits + EXTRA);
  const tail = wide.slice(wide.length - EXTRA);
  if (!/^50*$/.test(tail)) return s;
  // exactly halfway: toFixed went up; C goes to the even neighbour
  let kept = wide.slice(0, wide.length - EXTRA);
  if (kept.endsWith('.')) kept = kept.slice(0, -1);
  if (Number(kept[kept.length - 1]) % 2 === 1) return s;
  return (v < 0 ? '-' : '') + kept;
}

/** %.<digits>e mantissa digits and exponent, ties to even (C) or up (LuaJIT). */
function exponential(v: number, digits: number, halfUp: boolean): { mantissa: string; exp: number } {
  let sci = v.toExponential(digits);
  if (halfUp) {
    const e = sci.indexOf('e');
    return { mantissa: sci.slice(0, e), exp: Number(sci.slice(e + 1)) };
  }
  const wide = Math.abs(v).toExponential(Math.min(100, digits + EXTRA));
  const mant = wide.slice(0, wide.indexOf('e'));
  const tail = mant.slice(mant.length - EXTRA);
  if (digits + EXTRA <= 100 && /^50*$/.test(tail)) {
    let kept = mant.slice(0, mant.length - EXTRA);
    if (kept.endsWith('.')) kept = kept.slice(0, -1);
    if (Number(kept[kept.length - 1]) % 2 === 0) sci = (v < 0 ? '-' : '') + kept + wide.slice(wide.indexOf('e'));
  }
  const e = sci.indexOf('e');
  return { mantissa: sci.slice(0, e), exp: Number(sci.slice(e + 1)) };
}

/** printf("%.<precision>g"): C's, or with halfUp LuaJIT's. */
export function formatG(v: number, precision = 6, halfUp = false): string {
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
  const p = Math.max(1, precision);
  // the exponent is that of the value rounded to p significant digits (999999.5 is 1e+06)
  const { mantissa, exp } = exponential(v, p - 1, halfUp);
  if (exp < -4 || exp >= p) {
    let m = mantissa;
    if (m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  let s = halfUp ? v.toFixed(p - 1 - exp) : formatFixed(v, p - 1 - exp);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}
