/**
 * The evtin field class (libsinsp sinsp_filter_check_evtin): match the events that happen
 * inside a tracing span (between its enter and exit tracers), on the span's thread, its
 * process (.p.), its parent's other children (.s.) or the whole machine (.m.).
 *
 * With no tracer events (the state engine does not decode tracer writes yet), no event is
 * inside a span: the fields have no value and match nothing. Arguments are checked as
 * sysdig checks them; a named argument must start with an event parameter name.
 */
import { FieldClass, FieldDef, FF, FieldArgError } from './fieldTypes';
import { registerFieldClass } from './registry';
import { PT, PF } from '../events/paramTypes';
import { DISPLAY_TABLE } from '../events/displayTable';
import { bracketArg } from './spanFields';

let paramNames: string[] | undefined;

/** The longest event parameter name that `text` starts with (sinsp find_longest_matching_evt_param). */
function longestParamName(text: string): string | undefined {
  if (!paramNames) {
    const set = new Set<string>();
    for (const e of DISPLAY_TABLE) for (const p of e.params) set.add(p.name);
    paramNames = [...set];
  }
  let best: string | undefined;
  for (const n of paramNames) if (text.startsWith(n) && (best === undefined || n.length > best.length)) best = n;
  return best;
}

function inSpanArg(name: string, plural: string): FieldDef['parseArg'] {
  const suffix = plural.slice(name.length);
  return (rest) => {
    if (rest.startsWith(suffix)) return undefined;
    if (rest[0] === '[') return bracketArg(rest);
    if (rest[0] === '.') {
      const p = longestParamName(rest.slice(1));
      if (p === undefined) throw new FieldArgError(`unknown event argument ${rest.slice(1)}`);
      return { arg: p, length: 1 + p.length };
    }
    throw new FieldArgError(`filter syntax error: ${name}${rest}`);
  };
}

const SCOPES: readonly [string, string][] = [
  ['', 'by the thread that emitted the span'],
  ['.p', "by any thread of the span's process"],
  ['.s', "by the span's process or the other processes of its parent (the script that runs it)"],
  ['.m', 'anywhere on the machine'],
];

function scopeFields([infix, who]: readonly [string, string]): FieldDef[] {
  const base = `evtin.span${infix}`;
  const title = infix === '' ? 'In Span' : infix === '.p' ? 'In Parent' : infix === '.s' ? 'In Script' : 'In Machine';
  const def = (suffix: string, type: number, format: number, flags: number, display: string, what: string, parseArg?: FieldDef['parseArg']): FieldDef => ({
    name: base + suffix, type, format, flags, display: `${title} ${display}`,
    description: `matches the events generated ${who} while inside a span with the given ${what}.`,
    bind: () => () => undefined, parseArg,
  });
  return [
    def('.id', PT.INT64, PF.ID, FF.NONE, 'ID', 'id'),
    def('.ntags', PT.UINT32, PF.DEC, FF.NONE, 'Tag Count', 'number of tags'),
    def('.nargs', PT.UINT32, PF.DEC, FF.NONE, 'Argument Count', 'number of arguments'),
    def('.tags', PT.CHARBUF, PF.NA, FF.NONE, 'Tags', 'tags (dot-separated)'),
    def('.tag', PT.CHARBUF, PF.NA, FF.REQUIRES_ARGUMENT, 'Tag', "tag, picked as in span.tag (e.g. '[0]')", inSpanArg(`${base}.tag`, `${base}.tags`)),
    def('.args', PT.CHARBUF, PF.NA, FF.NONE, 'Arguments', 'arguments (comma-separated)'),
    def('.arg', PT.CHARBUF, PF.NA, FF.REQUIRES_ARGUMENT, 'Argument', 'argument, picked as in span.arg', inSpanArg(`${base}.arg`, `${base}.args`)),
  ];
}

export const EVTIN_FIELDS: FieldClass = {
  name: 'evtin',
  shortDescription: '',
  description: 'Events that happen inside distributed tracing spans, when programs emit tracer events.',
  fields: SCOPES.flatMap(scopeFields),
};

registerFieldClass(EVTIN_FIELDS);
