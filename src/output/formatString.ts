/**
 * `-p` format strings (libsinsp's event formatter): literal text and `%field` tokens,
 * `%Nfield` pads or cuts a value to N characters, and a leading `*` prints the line even
 * when a field has no value (shown as <NA>); without it such events are skipped.
 */
import { resolveFieldPrefix, FieldRef } from '../fields';
import { FieldArgError, BindContext, Extractor, FF, TextExtractor } from '../fields/fieldTypes';
import { formatFieldValue } from '../fields/valueFormat';
import type { Event } from '../events/event';
import type { Inspector } from '../state/inspector';

export class FormatError extends Error {}

interface Token {
  readonly literal: string | undefined;
  readonly ref: FieldRef | undefined;
  readonly extract: Extractor | undefined;
  /** the field's own text rendering, when it has one (FieldDef.bindText) */
  readonly text: TextExtractor | undefined;
  readonly width: number;
}

export class FormatString {
  private readonly tokens: Token[] = [];
  readonly requireAll: boolean;

  constructor(format: string, ctx: BindContext) {
    if (format === '') throw new FormatError('empty formatting token');
    let f = format;
    this.requireAll = true;
    if (f[0] === '*') { this.requireAll = false; f = f.slice(1); }
    let lit = 0;
    let j = 0;
    while (j < f.length) {
      if (f[j] !== '%') { j++; continue; }
      if (lit !== j) this.tokens.push({ literal: f.slice(lit, j), ref: undefined, extract: undefined, text: undefined, width: 0 });
      if (j === f.length - 1) throw new FormatError('invalid formatting syntax: formatting cannot end with a %');
      let k = j + 1;
      let width = 0;
      while (k < f.length && f[k] >= '0' && f[k] <= '9') { width = width * 10 + Number(f[k]); k++; }
      if (k === f.length) throw new FormatError('invalid formatting syntax: formatting cannot end with a number');
      let found: ReturnType<typeof resolveFieldPrefix>;
      try {
        found = resolveFieldPrefix(f.slice(k));
      } catch (e) {
        if (e instanceof FieldArgError) throw new FormatError(e.message);
        throw e;
      }
      if (!found) throw new FormatError(`invalid formatting token ${f.slice(k)}`);
      if (found.ref.def.flags & FF.FILTER_ONLY) throw new FormatError(`field ${found.ref.def.name} can only be used in filters`);
      let extract: Extractor;
      let text: TextExtractor | undefined;
      try {
        extract = found.ref.def.bind(found.ref.arg, ctx);
        if (found.ref.def.bindText) text = found.ref.def.bindText(found.ref.arg, ctx);
      } catch (e) {
        if (e instanceof FieldArgError) throw new FormatError(e.message);
        throw e;
      }
      this.tokens.push({ literal: undefined, ref: found.ref, extract, text, width });
      j = k + found.length;
      lit = j;
    }
    if (lit < f.length) this.tokens.push({ literal: f.slice(lit), ref: undefined, extract: undefined, text: undefined, width: 0 });
  }

  /** The field references of the format, in order (for JSON output keys). */
  fields(): FieldRef[] {
    return this.tokens.filter((t) => t.ref).map((t) => t.ref!);
  }

  /** Renders the event; undefined when a field has no value and the format has no leading `*`. */
  format(ev: Event, ins: Inspector): string | undefined {
    let out = '';
    for (const t of this.tokens) {
      if (t.literal !== undefined) { out += t.literal; continue; }
      let s: string | undefined;
      if (t.text !== undefined) {
        s = t.text(ev, ins);
      } else {
        const v = t.extract!(ev, ins);
        s = v === undefined ? undefined : formatFieldValue(v, t.ref!.def.type, t.ref!.def.format);
      }
      if (s === undefined) {
        if (this.requireAll) { this.runStatefulAfter(t, ev, ins); return undefined; }
        s = '<NA>';
      }
      if (t.width !== 0) s = s.length > t.width ? s.slice(0, t.width) : s.padEnd(t.width, ' ');
      out += s;
    }
    return out;
  }

  /** sysdig extracts every token even once the line is lost: stateful fields must see the event. */
  private runStatefulAfter(failed: Token, ev: Event, ins: Inspector): void {
    const toks = this.tokens;
    for (let i = toks.indexOf(failed) + 1; i < toks.length; i++) {
      const t = toks[i];
      if (t.ref && t.ref.def.stateful) (t.text ?? t.extract!)(ev, ins);
    }
  }

  /** Each field's value (undefined when missing), for JSON output. */
  values(ev: Event, ins: Inspector): Array<{ ref: FieldRef; value: ReturnType<Extractor> }> {
    const out = [];
    for (const t of this.tokens) if (t.ref) out.push({ ref: t.ref, value: t.extract!(ev, ins) });
    return out;
  }
}

/** sysdig's escapes in -p formats: \n \t \e \\ */
export function unescapeFormat(s: string): string {
  return s.replace(/\\([nte\\])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'e' ? '\x1b' : '\\'));
}
