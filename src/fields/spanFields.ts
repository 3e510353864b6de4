/**
 * The span field class (libsinsp sinsp_filter_check_tracer): distributed-tracing spans that
 * programs mark by writing tracer strings to /dev/null, which sinsp turns into "tracer"
 * enter/exit events. The fields read the span of such an event.
 *
 * The state engine does not decode tracer writes yet, so no event is a tracer event and
 * these fields have no value; their arguments are checked as sysdig checks them.
 */
import { FieldClass, FieldDef, FF, FieldArgError } from './fieldTypes';
import { registerFieldClass } from './registry';
import { PT, PF } from '../events/paramTypes';

/** sinsp_numparser::parsed32: one integer, optionally surrounded by blanks, nothing else. */
export function parseIndex(text: string): number {
  const m = /^\s*([-+]?\d+)\s*$/.exec(text);
  if (!m) throw new FieldArgError(`${text} is not a valid number`);
  return Number(m[1]) | 0;
}

/**
 * The `[N]` form of a tracer argument: the index up to the first ']' of what follows (or to
 * the end when there is none). Returns the argument text and the length used.
 */
export function bracketArg(rest: string): { arg: string; length: number } {
  const close = rest.indexOf(']');
  const inner = close < 0 ? rest.slice(1) : rest.slice(1, close);
  parseIndex(inner);
  return { arg: `[${inner}]`, length: close < 0 ? rest.length : close + 1 };
}

/**
 * parseArg of span.tag / span.arg / span.enterarg and the TABLE_ONLY *.fortag fields:
 * `[N]`, or (except for tags) `.name`, where the name runs to the end of the text.
 */
function tracerArg(name: string, plural: string | undefined, byName: boolean): FieldDef['parseArg'] {
  const suffix = plural === undefined ? undefined : plural.slice(name.length);
  return (rest) => {
    if (suffix !== undefined && rest.startsWith(suffix)) return undefined;
    if (rest[0] === '[') return bracketArg(rest);
    if (rest[0] === '.') {
      if (!byName) throw new FieldArgError(`invalid syntax for ${name}`);
      return { arg: rest.slice(1), length: rest.length };
    }
    throw new FieldArgError(`filter syntax error: ${name}${rest}`);
  };
}

function def(name: string, type: number, format: number, flags: number, display: string, description: string, parseArg?: FieldDef['parseArg']): FieldDef {
  return { name, type, format, flags, display, description, bind: () => () => undefined, parseArg };
}

const T = FF.TABLE_ONLY;
const R = FF.REQUIRES_ARGUMENT;

export const SPAN_FIELDS: FieldClass = {
  name: 'span',
  shortDescription: '',
  description: 'Distributed tracing spans, when programs emit tracer events.',
  fields: [
    def('span.id', PT.INT64, PF.ID, FF.NONE, 'Span ID', 'the id of the span, shared by its enter and exit tracer events (and usable to link the spans of a trace).'),
    def('span.time', PT.CHARBUF, PF.NA, FF.NONE, 'Time', "the time of the span's enter tracer, human readable with nanoseconds."),
    def('span.ntags', PT.UINT32, PF.DEC, FF.NONE, 'Tag Count', 'how many tags the span has.'),
    def('span.nargs', PT.UINT32, PF.DEC, FF.NONE, 'Argument Count', 'how many arguments the span has.'),
    def('span.tags', PT.CHARBUF, PF.NA, FF.NONE, 'Tags', "the span's tags, joined by dots."),
    def('span.tag', PT.CHARBUF, PF.NA, R, 'Tag', "one tag of the span by 0-based position, e.g. 'span.tag[1]'; negative positions count from the end ('span.tag[-1]' is the last tag).",
      tracerArg('span.tag', 'span.tags', false)),
    def('span.args', PT.CHARBUF, PF.NA, FF.NONE, 'Arguments', "the span's arguments, comma-separated."),
    def('span.arg', PT.CHARBUF, PF.NA, R, 'Argument', "one argument of the span, by name ('span.arg.user') or by 0-based position ('span.arg[0]', negative counts from the end).",
      tracerArg('span.arg', 'span.args', true)),
    def('span.enterargs', PT.CHARBUF, PF.NA, FF.NONE, 'Enter Arguments', "the arguments of the span's enter tracer, comma-separated (for an exit tracer, those of its enter tracer)."),
    def('span.enterarg', PT.CHARBUF, PF.NA, R, 'Enter Argument', "one argument of the span's enter tracer, by name or by position, as for span.arg.",
      tracerArg('span.enterarg', 'span.enterargs', true)),
    def('span.duration', PT.RELTIME, PF.DEC, FF.NONE, 'Duration', "time from the span's enter tracer to its exit tracer."),
    def('span.duration.quantized', PT.UINT64, PF.DEC, T, 'Quantized Duration', 'the base-10 logarithm of the span duration, scaled for charts.'),
    def('span.duration.human', PT.CHARBUF, PF.NA, FF.NONE, 'Human-Readable Duration', 'the span duration, human readable (e.g. 10.3ms).'),
    def('span.duration.fortag', PT.RELTIME, PF.DEC, T | R, 'Duration For Tag', 'the span duration when the span has as many tags as the argument, else 0.',
      tracerArg('span.duration.fortag', undefined, true)),
    def('span.count', PT.UINT64, PF.DEC, T, 'Span Count', '1 on span exit events.'),
    def('span.count.fortag', PT.UINT64, PF.DEC, T | R, 'Count For Tag', '1 when the span has as many tags as the argument, else 0.',
      tracerArg('span.count.fortag', undefined, true)),
    def('span.childcount.fortag', PT.UINT64, PF.DEC, T | R, 'Child Count For Tag', '1 when the span has more tags than the argument, else 0.',
      tracerArg('span.childcount.fortag', undefined, true)),
    def('span.idtag', PT.CHARBUF, PF.NA, T | R, 'List View ID', 'an id for span list views.', tracerArg('span.idtag', undefined, false)),
    def('span.rawtime', PT.CHARBUF, PF.NA, T, 'List View Time', 'the raw enter time, for span list views.'),
    def('span.rawparenttime', PT.CHARBUF, PF.NA, T, 'List View Parent Time', "the raw enter time of the parent span, for span list views."),
  ],
};

registerFieldClass(SPAN_FIELDS);
