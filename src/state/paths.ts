/**
 * Path joining with the normalization libsinsp applies to file names: `./` removed,
 * `../` rewinds one directory, duplicate separators collapse, a trailing separator is
 * dropped, and unprintable bytes become '.'.
 */

const PRINTABLE = /^[\x20-\x7e]+$/;
const NEEDS_NORMALIZING = /\/\/|\.\/|\.\.|\.$|\/$/;

function isInvalidChar(c: number): boolean {
  // libsinsp treats bytes >= 0x80 (negative signed chars) and non-printables as invalid
  return c < 0x20 || c >= 0x7f;
}

/** Join dir (normally ending in '/') and name, as sinsp_utils::concatenate_paths does. */
export function concatenatePaths(dir: string, name: string): string {
  if (dir.length + name.length + 1 > 1024) return '/PATH_TOO_LONG';
  // most names need no normalization: printable, no '//', './', '..', trailing '.' or '/'
  if (name.length !== 0 && PRINTABLE.test(name) && !NEEDS_NORMALIZING.test(name)) {
    return name.charCodeAt(0) === 47 ? name : dir + name;
  }
  const out: number[] = [];
  let base = 0;
  // sinsp passes the parameter length with its NUL: an empty name is relative too
  if (name.charCodeAt(0) !== 47 /* '/' */) {
    for (let i = 0; i < dir.length; i++) out.push(dir.charCodeAt(i));
  }
  copyAndSanitize(out, base, name);
  return String.fromCharCode(...out);
}

function rewindToParent(out: number[], base: number): void {
  if (out.length <= base + 1) return;
  out.pop();
  while (out.length >= base + 1 && out[out.length - 1] !== 47) out.pop();
}

function copyAndSanitize(out: number[], base: number, path: string): void {
  const n = path.length;
  let i = 0;
  const at = (k: number) => (k < n ? path.charCodeAt(k) : 0);
  for (;;) {
    const c = at(i);
    if (c === 0) {
      if (out.length > base + 1 && out[out.length - 1] === 47) out.pop();
      return;
    }
    if (isInvalidChar(c)) {
      out.push(46); i++;
    } else if (c === 46 && at(i + 1) === 46 && at(i + 2) === 47) {
      rewindToParent(out, base); i += 3;
    } else if (c === 46 && at(i + 1) === 46) {
      if (at(i + 2) === 0) { rewindToParent(out, base); i += 2; } else { out.push(46, 46); i += 2; }
    } else if (c === 46 && at(i + 1) === 47) {
      i += 2;
    } else if (c === 46) {
      if (at(i + 1) === 0) i++; else { out.push(46); i++; }
    } else if (c === 47) {
      if (out.length > base && out[out.length - 1] === 47) i++; else { out.push(47); i++; }
    } else {
      out.push(c); i++;
    }
  }
}
