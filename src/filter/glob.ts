/**
 * Shell-style glob matching as fnmatch(3) without flags: `*` and `?` match any character
 * including '/', `[...]` sets with ranges and `!`/`^` negation, `\` escapes.
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0, t = 0;
  let starP = -1, starT = 0;
  while (t < text.length) {
    if (p < pattern.length) {
      const c = pattern[p];
      if (c === '*') { starP = p++; starT = t; continue; }
      if (c === '?') { p++; t++; continue; }
      if (c === '[') {
        const r = matchSet(pattern, p, text[t]);
        if (r > 0) { p = r; t++; continue; }
        if (r === -2) { if (pattern[p] === text[t]) { p++; t++; continue; } }
      } else if (c === '\\' && p + 1 < pattern.length) {
        if (pattern[p + 1] === text[t]) { p += 2; t++; continue; }
      } else if (c === text[t]) { p++; t++; continue; }
    }
    if (starP >= 0) { p = starP + 1; t = ++starT; continue; }
    return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Returns the index after the set when ch matches it, 0 when not, -2 when the '[' is unterminated. */
function matchSet(pattern: string, start: number, ch: string): number {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') { negate = true; i++; }
  let matched = false;
  let first = true;
  while (i < pattern.length && (pattern[i] !== ']' || first)) {
    first = false;
    let lo = pattern[i];
    if (lo === '\\' && i + 1 < pattern.length) lo = pattern[++i];
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      const hi = pattern[i + 2];
      if (ch >= lo && ch <= hi) matched = true;
      i += 3;
    } else {
      if (ch === lo) matched = true;
      i++;
    }
  }
  if (i >= pattern.length) return -2;
  return matched !== negate ? i + 1 : 0;
}
