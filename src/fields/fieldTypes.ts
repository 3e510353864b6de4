/**
 * The shape of a field (sysdig's filtercheck field info) and the value it extracts.
 * Field types reuse the event table's PT_* numbering, as libsinsp does.
 */
import type { Event } from '../events/event';
import type { Inspector } from '../state/inspector';

/** Field flags (sinsp EPF_*). */
export const FF = {
  NONE: 0,
  /** usable in filters only */
  FILTER_ONLY: 1 << 0,
  /** usable in output formats only */
  PRINT_ONLY: 1 << 1,
  /** the field needs an argument: `field.arg` or `field[arg]` */
  REQUIRES_ARGUMENT: 1 << 2,
  /** hidden from listings (chisel tables only) */
  TABLE_ONLY: 1 << 3,
  INFO: 1 << 4,
  CONVERSATION: 1 << 5,
  /** the field accepts an optional argument */
  ARG_ALLOWED: 1 << 6,
  /** the argument is an index `[N]` */
  ARG_INDEX: 1 << 7,
  /** the argument is a key `[name]` or `.name` */
  ARG_KEY: 1 << 8,
} as const;

/**
 * An extracted value. Integers are numbers (exact below 2^53; u64 fields that can exceed
 * that return bigint), strings are latin1 (one char per byte), IP addresses are IpValue.
 * undefined means "no value" (printed as <NA>, never matches a comparison).
 */
export type FieldValue = number | bigint | string | boolean | IpValue | Buffer;

export interface IpValue {
  readonly v6: boolean;
  /** IPv4 as u32 with the first octet in the low byte (wire order read LE) */
  readonly v4: number;
  readonly bytes6?: Buffer;
}

export type Extractor = (ev: Event, ins: Inspector) => FieldValue | undefined;

export interface FieldDef {
  readonly name: string;
  /** PT_* type of the value */
  readonly type: number;
  /** PF_* print format */
  readonly format: number;
  readonly flags: number;
  readonly display: string;
  readonly description: string;
  /**
   * Builds the extractor for one use of the field. `arg` is the text of the argument
   * (`2` of `proc.aname[2]`), undefined when none was given. Throws FieldArgError when the
   * argument is invalid.
   */
  readonly bind: (arg: string | undefined, ctx: BindContext) => Extractor;
  /**
   * Optional JSON-specific extractor (sinsp extract_as_js): its value is written as a JSON
   * number/string/bool as is. When absent, -j uses `bind` and the type's JSON rules.
   */
  readonly bindJson?: (arg: string | undefined, ctx: BindContext) => Extractor;
  /**
   * Optional text extractor for -p formats, for fields whose printed text is not the
   * rendering of the value filters compare (evt.buffer prints formatted, compares raw bytes).
   */
  readonly bindText?: (arg: string | undefined, ctx: BindContext) => TextExtractor;
  /**
   * The extractor keeps state from call to call (evt.deltatime: the time of the previous
   * call). Formatters then call it exactly as often as sysdig does: for every token of a
   * format even after one has no value, and twice per event in JSON.
   */
  readonly stateful?: boolean;
  /**
   * Optional argument syntax of the field's own (libsinsp classes that parse their argument
   * themselves: k8s/mesos labels, span.*, evtin.*). Receives the text right after the field
   * name (the rest of the format string, or of the filter's field token) and returns the
   * argument and how many characters of `rest` it used, or undefined when the text names
   * another field (`span.args` is not `span.arg` with argument `s`); throws FieldArgError
   * for bad syntax. When absent, the registry's generic `[arg]` / `.arg` rules apply.
   */
  readonly parseArg?: (rest: string) => { arg: string | undefined; length: number } | undefined;
  /** Optional filter comparison of the field's own (see FieldCompare). */
  readonly compare?: FieldCompare;
}

/**
 * A filter comparison done by the field itself instead of "extract, then compare the value"
 * (libsinsp fields with their own compare(): fd.ip and fd.port match either end of a
 * connection, fd.*ip.name resolves the name it is compared with). The filter checker leaves
 * operator checks to the field: like sinsp, it may reject an operator only when an event
 * reaches the comparison (by throwing FilterRuntimeError).
 */
export interface FieldCompare {
  /**
   * Builds the predicate. `test` tells whether one value of the field's type satisfies the
   * operator with the filter's values (built by the filter compiler), `eqTests[i]` whether it
   * equals the i-th value; `values` are the values as written.
   */
  readonly bind: (arg: string | undefined, op: string, values: readonly string[], test: (v: FieldValue) => boolean,
    eqTests: readonly ((v: FieldValue) => boolean)[]) => (ev: Event, ins: Inspector) => boolean;
}

export type TextExtractor = (ev: Event, ins: Inspector) => string | undefined;

export interface FieldClass {
  readonly name: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly fields: readonly FieldDef[];
}

/** Settings that change what some fields produce (from the command line). */
export interface BindContext {
  /** sysdig -t: h (default, evt.time), a (absolute epoch.ns), r (relative), d (delta), D (delta from the previous event of the same thread) */
  readonly timeType: 'h' | 'a' | 'r' | 'd' | 'D';
  /** sysdig -R: show port numbers as service names */
  readonly resolvePorts: boolean;
  /**
   * true when binding for a filter. sinsp sanitizes some strings for display only (fd.name
   * and friends lose their unprintable bytes in -p/-j output), filters compare them raw.
   */
  readonly filter?: boolean;
}

export const DEFAULT_BIND_CONTEXT: BindContext = { timeType: 'h', resolvePorts: false };

export class FieldArgError extends Error {}
