/**
 * The one field registry: every field class, and the lookup of a field reference as
 * written in a filter or format (`proc.name`, `proc.aname[2]`, `evt.arg.fd`). Filters,
 * output formats, chisels and `-l` all read fields from here.
 */
import { FieldArgError, FieldClass, FieldDef, FF } from './fieldTypes';

const classes: FieldClass[] = [];
let byName: Map<string, FieldDef> | undefined;

/** Adds a field class (done once per class module, at load). */
export function registerFieldClass(c: FieldClass): void {
  classes.push(c);
  byName = undefined;
}

export function fieldClasses(): readonly FieldClass[] {
  return classes;
}

function index(): Map<string, FieldDef> {
  if (!byName) {
    byName = new Map();
    // first registration wins, as libsinsp's check list does for duplicated names
    for (const c of classes) for (const f of c.fields) if (!byName.has(f.name)) byName.set(f.name, f);
  }
  return byName;
}

export interface FieldRef {
  readonly def: FieldDef;
  readonly arg: string | undefined;
  /** the reference as written */
  readonly text: string;
}

/**
 * Resolves a field reference: the longest registered name that `text` starts with,
 * followed by nothing, `[arg]`, or `.arg` (for fields taking arguments).
 * Returns undefined for an unknown field; throws FieldArgError for a bad argument.
 */
export function resolveField(text: string): FieldRef | undefined {
  const idx = index();
  let best: FieldDef | undefined;
  let bestArg: string | undefined;
  for (let end = text.length; end > 0; end--) {
    const c = text[end];
    const def = idx.get(text.slice(0, end));
    if (def && def.parseArg) {
      // the field reads its own argument: the whole token must be used
      const p = def.parseArg(text.slice(end));
      if (p !== undefined) {
        if (end + p.length !== text.length) return undefined;
        return { def, arg: p.arg, text };
      }
      continue;
    }
    if (end < text.length && c !== '.' && c !== '[') continue;
    if (!def) continue;
    const rest = text.slice(end);
    if (rest === '') { best = def; bestArg = undefined; break; }
    const takesArg = (def.flags & (FF.REQUIRES_ARGUMENT | FF.ARG_ALLOWED)) !== 0;
    if (!takesArg) continue;
    if (rest[0] === '[') {
      if (!rest.endsWith(']')) throw new FieldArgError(`missing ']' in ${text}`);
      best = def; bestArg = rest.slice(1, -1);
    } else {
      if ((def.flags & FF.ARG_INDEX) !== 0 && (def.flags & FF.ARG_KEY) === 0) continue;
      best = def; bestArg = rest.slice(1);
    }
    break;
  }
  if (!best) return undefined;
  if (bestArg === undefined && (best.flags & FF.REQUIRES_ARGUMENT) !== 0) {
    throw new FieldArgError(`field ${best.name} requires an argument`);
  }
  return { def: best, arg: bestArg, text };
}

const NAME_CHAR = /[A-Za-z0-9_.]/;
const ARG_CHAR = /[A-Za-z0-9_.\-/:]/;

/**
 * Resolves the field that starts `text` (used by format strings, where a field is followed by
 * arbitrary text: `%evt.num)` or `%proc.aname[2]:`). Returns the reference and how many
 * characters it used, or undefined when no field starts there.
 */
export function resolveFieldPrefix(text: string): { ref: FieldRef; length: number } | undefined {
  const idx = index();
  let nameEnd = 0;
  while (nameEnd < text.length && NAME_CHAR.test(text[nameEnd])) nameEnd++;
  // the longest registered name that the text starts with, as libsinsp matches format tokens
  for (let end = nameEnd; end > 0; end--) {
    const def = idx.get(text.slice(0, end));
    if (!def) continue;
    if (def.parseArg) {
      const p = def.parseArg(text.slice(end));
      if (p === undefined) continue;
      return { ref: { def, arg: p.arg, text: text.slice(0, end + p.length) }, length: end + p.length };
    }
    const takesArg = (def.flags & (FF.REQUIRES_ARGUMENT | FF.ARG_ALLOWED)) !== 0;
    const next = text[end];
    if (next === '[' && takesArg) {
      const close = text.indexOf(']', end);
      if (close < 0) throw new FieldArgError(`missing ']' after ${text.slice(0, end)}`);
      return { ref: { def, arg: text.slice(end + 1, close), text: text.slice(0, close + 1) }, length: close + 1 };
    }
    const keyArg = takesArg && ((def.flags & FF.ARG_INDEX) === 0 || (def.flags & FF.ARG_KEY) !== 0);
    if (next === '.' && keyArg && end + 1 < text.length && ARG_CHAR.test(text[end + 1])) {
      let argEnd = end + 1;
      while (argEnd < text.length && ARG_CHAR.test(text[argEnd])) argEnd++;
      // a trailing '.' is punctuation, not part of the argument
      while (argEnd > end + 1 && text[argEnd - 1] === '.') argEnd--;
      return { ref: { def, arg: text.slice(end + 1, argEnd), text: text.slice(0, argEnd) }, length: argEnd };
    }
    if ((def.flags & FF.REQUIRES_ARGUMENT) !== 0) throw new FieldArgError(`field ${def.name} requires an argument`);
    return { ref: { def, arg: undefined, text: text.slice(0, end) }, length: end };
  }
  return undefined;
}
