/** C's printf("%.<precision>g"), as sinsp and Lua print floating-point numbers. */
export function formatG(v: number, precision = 6): string {
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
  const p = Math.max(1, precision);
  // the exponent is that of the value rounded to p significant digits (999999.5 is 1e+06)
  const sci = v.toExponential(p - 1);
  const exp = Number(sci.slice(sci.indexOf('e') + 1));
  if (exp < -4 || exp >= p) {
    let m = sci.slice(0, sci.indexOf('e'));
    if (m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  let s = v.toFixed(p - 1 - exp);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}
