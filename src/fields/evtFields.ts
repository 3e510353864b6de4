/**
 * The evt field classes: fields of every event (number, timestamps) and fields of syscall
 * events (type, direction, arguments, return value, latency, I/O properties).
 * Semantics follow sysdig 0.29.3 (libsinsp sinsp_filter_check_gen_event / _event).
 */
import { PT, PF, EC, EF } from '../events/paramTypes';
import { PPME } from '../events/eventTable';
import { DISPLAY_TABLE } from '../events/displayTable';
import { SYSCALL_CATEGORIES, PPM_SC_MAX } from '../events/syscallNames';
import { FD_TYPE } from '../capture/blockTypes';
import type { Event } from '../events/event';
import type { Inspector } from '../state/inspector';
import { ParamFormatter } from '../output/paramFormat';
import { BufferFormat } from '../output/bufferFormat';
import { eventTypeName, eventArgs, eventInfo } from '../output/defaultFormat';
import { LocalTimeFormatter, isoTime, pad9, formatDurationNice } from '../output/timeFormat';
import { concatenatePaths } from '../state/paths';
import { registerFieldClass } from './registry';
import {
  BindContext, Extractor, FF, FieldArgError, FieldCompare, FieldDef, FieldValue, TextExtractor,
} from './fieldTypes';

type Ex = Extractor;
const NA = undefined;

/** A field definition with the defaults most fields share. */
function field(
  name: string, type: number, format: number, display: string, description: string,
  bind: (arg: string | undefined, ctx: BindContext) => Ex,
  extra: Partial<Pick<FieldDef, 'flags' | 'bindJson' | 'bindText' | 'compare' | 'stateful'>> = {},
): FieldDef {
  return { name, type, format, flags: extra.flags ?? FF.NONE, display, description, bind, ...extra };
}

/** a bind for fields without arguments */
const fixed = (ex: Ex) => () => ex;

/** The parameter formatter of the run (sysdig's buffer format options), or a default one. */
function paramFormatter(ins: Inspector): ParamFormatter {
  if (!ins.paramFormatter) ins.paramFormatter = new ParamFormatter(ins, { bufferFormat: BufferFormat.NORMAL, maxBufferOutput: 80 });
  return ins.paramFormatter;
}

// ---- timestamps ----------------------------------------------------------------------

const localTime = new LocalTimeFormatter();
const absTs = (ev: Event, ins: Inspector): bigint => ins.absoluteTs(ev.ts);
/** ts relative to the capture's first event, in ns (sinsp m_firstevent_ts) */
const relTs = (ev: Event, ins: Inspector): number =>
  (ev.ts === Number.NEGATIVE_INFINITY ? 0 : ev.ts) - (ins.firstEventTs === Number.NEGATIVE_INFINITY ? 0 : ins.firstEventTs);
/** non-negative ns as sec.nnnnnnnnn */
const secDotNs = (ns: number) => Math.floor(ns / 1e9) + '.' + pad9(ns % 1e9);

const rawTsJson = () => absTs as Ex;

/**
 * Per-use delta from the previous event this field was extracted for (sinsp keeps it in the
 * field instance: with a filter, that is every event the filter looks at).
 */
function deltaTracker(): (ev: Event) => number {
  let prev = 0;
  let seen = false;
  return (ev) => {
    const ts = ev.ts === Number.NEGATIVE_INFINITY ? 0 : ev.ts;
    if (!seen || prev === 0) { seen = true; prev = ts; return 0; }
    const d = ts - prev;
    prev = ts;
    return d;
  };
}

function outputTime(ctx: BindContext): Ex {
  switch (ctx.timeType) {
    case 'a':
      return (ev, ins) => ins.epochSeconds(ev.ts) + '.' + ins.subsecondNs(ev.ts);
    case 'r':
      return (ev, ins) => secDotNs(relTs(ev, ins));
    case 'd':
      return (ev) => (ev.tinfo ? secDotNs(ev.tinfo.latency) : '0.000000000');
    case 'D': {
      const delta = deltaTracker();
      return (ev) => secDotNs(delta(ev));
    }
    default:
      return (ev, ins) => localTime.time(ins.epochSeconds(ev.ts), ins.subsecondNs(ev.ts));
  }
}

// ---- parameters ----------------------------------------------------------------------

/** Index of the first parameter of ev named `name` (sinsp get_param_value_raw), or -1. */
function paramIndex(ev: Event, name: string): number {
  return ev.paramIndex(name);
}

/** The signed 64-bit return value ("res", or "fd" for exits of fd-creating events), or undefined. */
function returnValueIndex(ev: Event): number {
  const i = paramIndex(ev, 'res');
  if (i >= 0) return i;
  if ((ev.info.flags & EF.CREATES_FD) && (ev.type & 1) === 1) return paramIndex(ev, 'fd');
  return -1;
}

function returnValue(ev: Event): number | undefined {
  const i = returnValueIndex(ev);
  if (i < 0) return undefined;
  return ev.paramLen(i) >= 8 ? ev.i64(i) : ev.int(i);
}

/** sinsp extract_error_count: 1 when the result is negative, else no value. */
function errorCount(ev: Event): number | undefined {
  const i = paramIndex(ev, 'res');
  if (i >= 0) return ev.i64(i) < 0 ? 1 : undefined;
  if ((ev.info.flags & EF.CREATES_FD) && (ev.type & 1) === 1) {
    const f = paramIndex(ev, 'fd');
    if (f >= 0 && ev.i64(f) < 0) return 1;
  }
  return undefined;
}

/** Every parameter of every event, longest name first, for `evt.arg.NAME` lookups. */
let paramNames: { name: string; type: number }[] | undefined;
function longestParam(text: string): { name: string; type: number } | undefined {
  if (!paramNames) {
    const seen = new Map<string, number>();
    // the first event declaring a name gives its type, as sinsp's table scan does
    for (const e of DISPLAY_TABLE) for (const p of e.params) if (!seen.has(p.name)) seen.set(p.name, p.type);
    paramNames = [...seen].map(([name, type]) => ({ name, type })).sort((a, b) => b.name.length - a.name.length);
  }
  return paramNames.find((p) => text.startsWith(p.name));
}

/** evt.arg.NAME or evt.arg[N]: which parameter a use of evt.arg/evt.rawarg refers to. */
interface ArgSel { readonly index: number; readonly name: string; readonly type: number }

function parseArgSelector(field: string, arg: string | undefined, allowIndex: boolean, bracketed: boolean): ArgSel {
  if (arg === undefined || arg === '') throw new FieldArgError(`filter syntax error: ${field}`);
  if (/^-?\d+$/.test(arg) && (bracketed || allowIndex)) {
    if (!allowIndex) throw new FieldArgError(`${field} fields must be expressed explicitly`);
    return { index: parseInt(arg, 10), name: '', type: PT.NONE };
  }
  const p = longestParam(arg);
  if (!p) throw new FieldArgError(`unknown event argument ${arg}`);
  return { index: -1, name: p.name, type: p.type };
}

function selectedIndex(ev: Event, sel: ArgSel): number {
  if (sel.index >= 0) return sel.index < ev.nparams ? sel.index : -1;
  return paramIndex(ev, sel.name);
}

/** evt.arg text: the resolved rendering when there is one, else the plain one. */
function argText(sel: ArgSel): Ex {
  return (ev, ins) => {
    const i = selectedIndex(ev, sel);
    if (i < 0) return NA;
    const pf = paramFormatter(ins);
    const v = pf.format(ev, i);
    return pf.resolved.length !== 0 ? pf.resolved : v;
  };
}

/** evt.rawarg value: the parameter's raw value read as the type its name first has in the event table. */
function rawArgValue(ev: Event, i: number, type: number): FieldValue | undefined {
  const len = ev.paramLen(i);
  switch (type) {
    case PT.INT8: return len >= 1 ? ev.buf.readInt8(ev.paramOffset(i)) : NA;
    case PT.INT16: return len >= 2 ? ev.buf.readInt16LE(ev.paramOffset(i)) : NA;
    case PT.INT32: return len >= 4 ? ev.i32(i) : NA;
    case PT.INT64: case PT.FD: case PT.PID: case PT.ERRNO: return len >= 8 ? ev.i64(i) : NA;
    case PT.UINT8: case PT.FLAGS8: case PT.SIGTYPE: case PT.L4PROTO: return len >= 1 ? ev.u8(i) : NA;
    case PT.UINT16: case PT.FLAGS16: case PT.PORT: case PT.SYSCALLID: return len >= 2 ? ev.u16(i) : NA;
    case PT.UINT32: case PT.FLAGS32: case PT.MODE: case PT.UID: case PT.GID: case PT.BOOL: case PT.SIGSET:
      return len >= 4 ? ev.u32(i) : NA;
    case PT.UINT64: case PT.RELTIME: case PT.ABSTIME:
      return len >= 8 ? (ev.u64(i) > Number.MAX_SAFE_INTEGER ? ev.u64big(i) : ev.u64(i)) : NA;
    case PT.CHARBUF: case PT.FSPATH: case PT.FSRELPATH: return ev.str(i);
    case PT.BYTEBUF: return ev.bytes(i);
    default: return ev.bytes(i);
  }
}

/** What sysdig prints for an evt.rawarg value (rawval_to_string with no print format). */
function rawArgText(v: FieldValue, type: number): string | undefined {
  switch (type) {
    // sysdig has no text for these without a print format
    case PT.INT8: case PT.INT16: case PT.INT32: case PT.UINT8: case PT.UINT16: case PT.UINT32:
    case PT.L4PROTO: case PT.PORT: case PT.UINT64: case PT.RELTIME: case PT.ABSTIME:
    case PT.SOCKADDR: case PT.SOCKFAMILY:
      return NA;
    case PT.BYTEBUF: {
      const b = v as Buffer;
      const z = b.indexOf(0);
      return b.toString('latin1', 0, z < 0 ? b.length : z);
    }
    default:
      // sysdig aborts on the other types ("wrong event type"); we print the number or bytes
      return Buffer.isBuffer(v) ? v.toString('hex') : String(v);
  }
}

/** evt.rawarg as sysdig prints it, in -p formats and in JSON alike */
function bindRawArgText(arg: string | undefined): TextExtractor {
  const sel = parseArgSelector('evt.rawarg', arg, false, false);
  return (ev) => {
    const i = selectedIndex(ev, sel);
    if (i < 0) return NA;
    const v = rawArgValue(ev, i, sel.type);
    return v === NA ? NA : rawArgText(v, sel.type);
  };
}

// ---- categories ----------------------------------------------------------------------

function categoryOf(ev: Event): number {
  if (ev.type === PPME.GENERIC_E || ev.type === PPME.GENERIC_X) {
    const id = ev.nparams > 0 ? ev.u16(0) : 0;
    return id < PPM_SC_MAX ? SYSCALL_CATEGORIES[id] : EC.UNKNOWN;
  }
  return ev.info.category;
}

const CATEGORY_NAMES: Record<number, string> = {
  [EC.UNKNOWN]: 'unknown', [EC.OTHER]: 'other', [EC.FILE]: 'file', [EC.NET]: 'net', [EC.IPC]: 'IPC',
  [EC.MEMORY]: 'memory', [EC.PROCESS]: 'process', [EC.SLEEP]: 'sleep', [EC.SYSTEM]: 'system',
  [EC.SIGNAL]: 'signal', [EC.USER]: 'user', [EC.TIME]: 'time', [EC.PROCESSING]: 'processing',
  [EC.WAIT]: 'wait', [EC.SCHEDULER]: 'scheduler',
};

/** I/O events are named after the kind of fd they use (sinsp get_category subcategory). */
function ioSubcategory(ev: Event): string {
  if (ev.type === PPME.GENERIC_E || ev.type === PPME.GENERIC_X) return 'unknown';
  const f = ev.fdinfo;
  if (!f) return 'unknown';
  switch (f.type) {
    case FD_TYPE.FILE: case FD_TYPE.FILE_V2: case FD_TYPE.DIRECTORY: return 'file';
    case FD_TYPE.IPV4_SOCK: case FD_TYPE.IPV6_SOCK: case FD_TYPE.IPV4_SERVSOCK: case FD_TYPE.IPV6_SERVSOCK: return 'net';
    case FD_TYPE.FIFO: case FD_TYPE.UNIX_SOCK: case FD_TYPE.EVENT: case FD_TYPE.SIGNALFD: case FD_TYPE.INOTIFY: return 'ipc';
    default: return 'unknown';
  }
}

function categoryName(ev: Event): string {
  const c = categoryOf(ev);
  if (c === EC.IO_READ || c === EC.IO_WRITE || c === EC.IO_OTHER) return ioSubcategory(ev);
  return CATEGORY_NAMES[c] ?? 'unknown';
}

const isFileFd = (t: number) => t === FD_TYPE.FILE || t === FD_TYPE.FILE_V2 || t === FD_TYPE.DIRECTORY;
const isNetFd = (t: number) => t === FD_TYPE.IPV4_SOCK || t === FD_TYPE.IPV6_SOCK || t === FD_TYPE.IPV4_SERVSOCK ||
  t === FD_TYPE.IPV6_SERVSOCK || t === FD_TYPE.UNIX_SOCK;
const isOpenExit = (t: number) => t === PPME.SYSCALL_OPEN_X || t === PPME.SYSCALL_CREAT_X || t === PPME.SYSCALL_OPENAT_X ||
  t === PPME.SYSCALL_OPENAT_2_X || t === PPME.SYSCALL_OPENAT2_X;
const isAcceptConnectExit = (t: number) => t === PPME.SOCKET_ACCEPT_X || t === PPME.SOCKET_ACCEPT_5_X ||
  t === PPME.SOCKET_ACCEPT4_X || t === PPME.SOCKET_ACCEPT4_5_X || t === PPME.SOCKET_CONNECT_X;

// ---- buffer lengths ------------------------------------------------------------------

/** The byte count of a successful I/O exit, under a condition on the event's category and fd. */
function bufLen(cond: (ev: Event, cat: number) => boolean): Ex {
  return (ev) => {
    if (!ev.fdinfo || (ev.type & 1) === 0) return NA;
    const cat = categoryOf(ev);
    if (!cond(ev, cat) || ev.nparams === 0) return NA;
    const r = ev.i64(0);
    return r >= 0 ? r : NA;
  };
}
const ioAny = (_ev: Event, cat: number) => (cat & EC.IO_BASE) !== 0;
const ioIn = (_ev: Event, cat: number) => cat === EC.IO_READ;
const ioOut = (_ev: Event, cat: number) => cat === EC.IO_WRITE;
const fileFd = (ev: Event) => ev.fdinfo!.type === FD_TYPE.FILE || ev.fdinfo!.type === FD_TYPE.FILE_V2;
const netFd = (ev: Event) => ev.fdinfo!.type >= FD_TYPE.IPV4_SOCK && ev.fdinfo!.type <= FD_TYPE.IPV6_SERVSOCK;

// ---- open flags ----------------------------------------------------------------------

const PPM_O_RDONLY = 1, PPM_O_WRONLY = 2, PPM_O_CREAT = 4, PPM_O_TMPFILE = 1 << 13;
const EXEC_BITS = (1 << 6) | (1 << 3) | (1 << 0); // PPM_S_IXUSR | IXGRP | IXOTH

function openCheck(which: 'read' | 'write' | 'exec'): Ex {
  return (ev) => {
    const t = ev.type;
    if (t === PPME.SYSCALL_OPEN_X || t === PPME.SYSCALL_OPENAT_E || t === PPME.SYSCALL_OPENAT_2_X || t === PPME.SYSCALL_OPENAT2_X) {
      const fi = t === PPME.SYSCALL_OPENAT_2_X || t === PPME.SYSCALL_OPENAT2_X ? 3 : 2;
      if (ev.nparams <= fi) return false;
      const flags = ev.u32(fi);
      if (which === 'read') return (flags & PPM_O_RDONLY) !== 0;
      if (which === 'write') return (flags & PPM_O_WRONLY) !== 0;
      if ((flags & (PPM_O_TMPFILE | PPM_O_CREAT)) === 0 || ev.nparams <= fi + 1) return false;
      return (ev.u32(fi + 1) & EXEC_BITS) !== 0;
    }
    if (which === 'exec' && t === PPME.SYSCALL_CREAT_X && ev.nparams > 2) return (ev.u32(2) & EXEC_BITS) !== 0;
    return false;
  };
}

// ---- absolute paths ------------------------------------------------------------------

const PPM_AT_FDCWD = -100;

/** which (dirfd, path) parameters make the absolute path of an *at() event */
function abspathParams(type: number, which: number): [string, string] | undefined {
  switch (type) {
    case PPME.SYSCALL_RENAMEAT_X: case PPME.SYSCALL_RENAMEAT2_X:
      return which === 2 ? ['newdirfd', 'newpath'] : ['olddirfd', 'oldpath'];
    case PPME.SYSCALL_SYMLINKAT_X: return ['linkdirfd', 'linkpath'];
    case PPME.SYSCALL_OPENAT_E: case PPME.SYSCALL_OPENAT_2_X: case PPME.SYSCALL_OPENAT2_X: return ['dirfd', 'name'];
    case PPME.SYSCALL_LINKAT_E: case PPME.SYSCALL_LINKAT_2_X:
      return which === 2 ? ['newdir', 'newpath'] : ['olddir', 'oldpath'];
    case PPME.SYSCALL_UNLINKAT_E: case PPME.SYSCALL_UNLINKAT_2_X: return ['dirfd', 'name'];
    case PPME.SYSCALL_MKDIRAT_X: return ['dirfd', 'path'];
    case PPME.SYSCALL_FCHMODAT_X: return ['dirfd', 'filename'];
    default: return undefined;
  }
}

function absPath(which: number): Ex {
  return (ev, ins) => {
    const t = ev.tinfo;
    if (!t) return NA;
    const names = abspathParams(ev.type, which);
    if (!names) return NA;
    const di = paramIndex(ev, names[0]);
    const pi = paramIndex(ev, names[1]);
    if (di < 0 || pi < 0) return NA;
    const dirfd = ev.i64(di);
    const path = ev.str(pi);
    let dir: string;
    if (path.charCodeAt(0) === 47) dir = '.';
    else if (dirfd === PPM_AT_FDCWD) dir = ins.cwdOf(t);
    else {
      // sinsp points the event's fd at the directory while doing this
      ev.fdinfo = t.fds.get(dirfd);
      dir = ev.fdinfo ? ev.fdinfo.name + '/' : '<UNKNOWN>/';
    }
    return concatenatePaths(dir, path);
  };
}

// ---- evt.type.is / evt.around --------------------------------------------------------

function bindTypeIs(arg: string | undefined): Ex {
  if (arg === undefined || arg === '') throw new FieldArgError('filter syntax error: evt.type.is');
  let id0: number, id1: number;
  if (/^\d+$/.test(arg)) { id0 = Number(arg); id1 = -1; }
  else {
    const j = DISPLAY_TABLE.findIndex((e) => e.name === arg);
    if (j < 0) throw new FieldArgError(`unknown event type ${arg}`);
    id0 = j; id1 = j + 1;
  }
  return (ev) => (ev.type === id0 || ev.type === id1 ? 1 : 0);
}

/** evt.around[T]=D: T within D milliseconds of the event's time (sinsp compares it itself). */
function bindAroundArg(arg: string | undefined): Ex {
  if (arg === undefined || !/^\d+$/.test(arg)) throw new FieldArgError('wrong syntax for evt.around');
  return () => NA;
}

const aroundCompare: FieldCompare = {
  bind: (arg, op, values) => {
    if (op !== '=' && op !== '==') throw new FieldArgError("evt.around supports only '=' comparison operator");
    const center = BigInt(arg ?? '0');
    const m = /^\s*(\d+)/.exec(values[0] ?? '');
    const delta = BigInt(m ? m[1] : '0') * 1000000n;
    return (ev, ins) => {
      const ts = ins.absoluteTs(ev.ts);
      return center >= ts - delta && center <= ts + delta;
    };
  },
};

// ---- infrastructure events (table-only) ------------------------------------------------

function infraDocker(key: 'Event' | 'ID' | 'name' | 'Image'): Ex {
  return (ev) => {
    if (ev.type !== PPME.INFRASTRUCTURE_EVENT_E || ev.nparams < 3) return NA;
    for (const raw of ev.str(2).split(';')) {
      const e = raw.trim();
      if (!e.startsWith(key)) continue;
      const parts = e.split(':');
      if (key === 'Image') {
        let v = parts[1] ?? '';
        if (v.includes('@')) v = v.slice(0, v.indexOf('@'));
        else if (v.includes('sha256')) v = e.slice(e.indexOf(':') + 1);
        return v.trim();
      }
      const v = (parts[1] ?? '').trim();
      return key === 'ID' && v.length > 12 ? v.slice(0, 12) : v;
    }
    return NA;
  };
}

// ---- latency --------------------------------------------------------------------------

/** the thread's enter-to-exit latency, unless the event is internal (no value then) */
function latencyOf(ev: Event): number | undefined {
  if (!ev.tinfo) return 0;
  if (ev.info.category & EC.INTERNAL) return NA;
  return ev.tinfo.latency;
}

// ---- the classes ----------------------------------------------------------------------

const numJson = (ex: Ex) => () => ex;

const genFields: FieldDef[] = [
  field('evt.num', PT.UINT64, PF.ID, 'Event Number', 'the number of the event in the capture, counting from 1.', fixed((ev) => ev.num)),
  field('evt.time', PT.CHARBUF, PF.NA, 'Time', 'the event timestamp as local time of day with nanoseconds.',
    fixed((ev, ins) => localTime.time(ins.epochSeconds(ev.ts), ins.subsecondNs(ev.ts))), { bindJson: rawTsJson }),
  field('evt.time.s', PT.CHARBUF, PF.NA, 'Time (s)', 'the event timestamp as local time of day, whole seconds.',
    fixed((ev, ins) => localTime.hms(ins.epochSeconds(ev.ts))), { bindJson: rawTsJson }),
  field('evt.time.iso8601', PT.CHARBUF, PF.NA, 'ISO 8601 Time', 'the event timestamp in ISO 8601 form (UTC, with nanoseconds and zone offset).',
    fixed((ev, ins) => isoTime(ins.epochSeconds(ev.ts), ins.subsecondNs(ev.ts))), { bindJson: rawTsJson }),
  field('evt.datetime', PT.CHARBUF, PF.NA, 'Datetime', 'the event timestamp as local date and time with nanoseconds.',
    fixed((ev, ins) => localTime.datetime(ins.epochSeconds(ev.ts), ins.subsecondNs(ev.ts))), { bindJson: rawTsJson }),
  field('evt.datetime.s', PT.CHARBUF, PF.NA, 'Datetime (s)', 'the event timestamp as local date and time, whole seconds.',
    fixed((ev, ins) => localTime.datetime(ins.epochSeconds(ev.ts), 0, false)), { bindJson: rawTsJson }),
  field('evt.rawtime', PT.ABSTIME, PF.DEC, 'Absolute Time', 'the event timestamp in nanoseconds since the epoch.', fixed(absTs)),
  field('evt.rawtime.s', PT.ABSTIME, PF.DEC, 'Absolute Time (s)', 'the whole seconds of the event timestamp since the epoch.',
    fixed((ev, ins) => ins.epochSeconds(ev.ts))),
  field('evt.rawtime.ns', PT.ABSTIME, PF.DEC_PADDED_10, 'Absolute Time (ns)', 'the nanoseconds within the second of the event timestamp.',
    fixed((ev, ins) => ins.subsecondNs(ev.ts)), { bindJson: numJson((ev, ins) => ins.subsecondNs(ev.ts)) }),
  field('evt.reltime', PT.RELTIME, PF.DEC_PADDED_10, 'Relative Time', 'nanoseconds since the first event of the capture.',
    fixed(relTs), { bindJson: numJson(relTs) }),
  field('evt.reltime.s', PT.RELTIME, PF.DEC, 'Relative Time (s)', 'whole seconds since the first event of the capture.',
    fixed((ev, ins) => Math.floor(relTs(ev, ins) / 1e9))),
  field('evt.reltime.ns', PT.RELTIME, PF.DEC_PADDED_10, 'Relative Time (ns)', 'the nanoseconds part of the time since the first event of the capture.',
    fixed((ev, ins) => relTs(ev, ins) % 1e9), { bindJson: numJson((ev, ins) => relTs(ev, ins) % 1e9) }),
  field('evt.pluginname', PT.CHARBUF, PF.NA, 'Plugin Name', 'for events produced by a plugin, the name of that plugin (plugins are not supported: no value).',
    fixed(() => NA)),
  field('evt.plugininfo', PT.CHARBUF, PF.NA, 'Plugin Info', 'for events produced by a plugin, the plugin\'s summary of the event (plugins are not supported: no value).',
    fixed(() => NA)),
];

const flagIs = (bit: number): Ex => (ev) => (ev.info.flags & bit) !== 0;

const evtFields: FieldDef[] = [
  field('evt.latency', PT.RELTIME, PF.DEC, 'Latency', 'time between an exit event and its enter event, in nanoseconds.', fixed(latencyOf)),
  field('evt.latency.s', PT.RELTIME, PF.DEC, 'Latency (s)', 'whole seconds of the enter-to-exit latency.',
    fixed((ev) => { const l = latencyOf(ev); return l === NA ? NA : Math.floor(l / 1e9); })),
  field('evt.latency.ns', PT.RELTIME, PF.DEC_PADDED_10, 'Latency (ns)', 'the nanoseconds part of the enter-to-exit latency.',
    fixed((ev) => { const l = latencyOf(ev); return l === NA ? NA : l % 1e9; }),
    { bindJson: numJson((ev) => { const l = latencyOf(ev); return l === NA ? NA : l % 1e9; }) }),
  field('evt.latency.quantized', PT.UINT64, PF.DEC, 'Quantized Latency', 'the enter-to-exit latency on a log10 scale, for histograms.',
    fixed((ev) => {
      // sinsp scales log10(latency) by its curses screen width, which is unset (-1) outside
      // that UI: the result is 1 for any non-zero latency
      const l = latencyOf(ev);
      return l ? 1 : NA;
    }), { flags: FF.TABLE_ONLY }),
  field('evt.latency.human', PT.CHARBUF, PF.NA, 'Human-Readable Latency', 'the enter-to-exit latency in a readable unit (e.g. 10.3ms).',
    () => {
      // without a thread sinsp returns the text it built last time (initially empty)
      let last = '';
      return (ev) => {
        if (!ev.tinfo) return last;
        if (ev.info.category & EC.INTERNAL) return NA;
        return (last = formatDurationNice(ev.tinfo.latency));
      };
    }, { stateful: true }),
  field('evt.deltatime', PT.RELTIME, PF.DEC, 'Delta', 'nanoseconds since the previous event.', () => deltaTracker(), { stateful: true }),
  field('evt.deltatime.s', PT.RELTIME, PF.DEC, 'Delta (s)', 'whole seconds since the previous event.',
    () => { const d = deltaTracker(); return (ev) => Math.floor(d(ev) / 1e9); }, { stateful: true }),
  field('evt.deltatime.ns', PT.RELTIME, PF.DEC_PADDED_10, 'Delta (ns)', 'the nanoseconds part of the time since the previous event.',
    () => { const d = deltaTracker(); return (ev) => d(ev) % 1e9; },
    { bindJson: () => { const d = deltaTracker(); return (ev) => d(ev) % 1e9; }, stateful: true }),
  field('evt.outputtime', PT.CHARBUF, PF.NA, 'Output Time', 'the event time as the -t option asks for it (evt.time by default).',
    (_arg, ctx) => outputTime(ctx), { flags: FF.PRINT_ONLY, bindJson: () => absTs as Ex, stateful: true }),
  field('evt.dir', PT.CHARBUF, PF.DIR, 'Direction', "'>' for enter events, '<' for exit events.", fixed((ev) => ((ev.type & 1) === 0 ? '>' : '<'))),
  field('evt.type', PT.CHARBUF, PF.NA, 'Type', "the event's name (e.g. 'open'); generic events are named after their syscall.",
    fixed((ev) => eventTypeName(ev))),
  field('evt.type.is', PT.UINT32, PF.NA, 'Type Is', '1 for events of the type given as argument (evt.type.is.open), 0 for others.',
    // sysdig compares it in filters but prints no value for it in formats
    (arg, ctx) => { const is = bindTypeIs(arg); return ctx.filter ? is : () => NA; }, { flags: FF.REQUIRES_ARGUMENT | FF.ARG_KEY }),
  field('syscall.type', PT.CHARBUF, PF.NA, 'Syscall Type', 'for events that are system calls, the syscall name; no value for scheduler and internal events.',
    fixed((ev) => {
      if (ev.type === PPME.SCHEDSWITCH_6_E || (ev.info.flags & EF.SKIPPARSERESET)) return NA;
      return eventTypeName(ev);
    })),
  field('evt.category', PT.CHARBUF, PF.NA, 'Category', "the kind of event: 'file', 'net', 'memory', 'process', 'ipc', 'wait' and so on; I/O events take the kind of their fd.",
    fixed(categoryName)),
  field('evt.cpu', PT.INT16, PF.ID, 'CPU Number', 'the CPU the event happened on.', fixed((ev) => ev.cpu)),
  field('evt.args', PT.CHARBUF, PF.NA, 'Arguments', 'every argument of the event in one string, as name=value pairs.',
    fixed((ev, ins) => eventArgs(paramFormatter(ins), ev))),
  field('evt.arg', PT.CHARBUF, PF.NA, 'Argument', "one argument of the event, by name (evt.arg.fd) or position (evt.arg[0]), shown resolved where possible (fd names, errno names).",
    (arg, _ctx) => argText(parseArgSelector('evt.arg', arg, true, false)), { flags: FF.REQUIRES_ARGUMENT | FF.ARG_KEY }),
  field('evt.rawarg', PT.DYN, PF.NA, 'Raw Argument', 'one argument of the event by name (evt.rawarg.fd), unformatted: compares as its own type.',
    (arg) => {
      const sel = parseArgSelector('evt.rawarg', arg, false, false);
      return (ev) => { const i = selectedIndex(ev, sel); return i < 0 ? NA : rawArgValue(ev, i, sel.type); };
    },
    {
      flags: FF.REQUIRES_ARGUMENT | FF.ARG_KEY,
      bindText: bindRawArgText,
      bindJson: bindRawArgText,
    }),
  field('evt.info', PT.CHARBUF, PF.NA, 'Information', 'the arguments of the event as evt.args shows them; for writes to /dev/log, the decoded syslog message.',
    fixed((ev, ins) => eventInfo(paramFormatter(ins), ev))),
  field('evt.buffer', PT.BYTEBUF, PF.NA, 'Buffer', 'the data buffer of I/O events (read, recvfrom, ...); filters search it with contains.',
    fixed((ev) => { const i = paramIndex(ev, 'data'); return i < 0 ? NA : ev.bytes(i); }),
    {
      bindText: () => (ev, ins) => { const i = paramIndex(ev, 'data'); return i < 0 ? NA : paramFormatter(ins).format(ev, i); },
      bindJson: () => (ev, ins) => { const i = paramIndex(ev, 'data'); return i < 0 ? NA : paramFormatter(ins).format(ev, i); },
    }),
  field('evt.buflen', PT.UINT64, PF.DEC, 'Buffer Length', 'the number of bytes an I/O event transferred.', fixed(bufLen(ioAny))),
  field('evt.res', PT.CHARBUF, PF.DEC, 'Return Value', "the result as text: 'SUCCESS', or the error code name (e.g. 'ENOENT') when the event failed.",
    fixed((ev, ins) => {
      const i = returnValueIndex(ev);
      if (i < 0) return NA;
      if (ev.i64(i) >= 0) return 'SUCCESS';
      const pf = paramFormatter(ins);
      const v = pf.format(ev, i);
      return pf.resolved.length !== 0 ? pf.resolved : v;
    })),
  field('evt.rawres', PT.INT64, PF.DEC, 'Raw Return Value', 'the result as a number (e.g. -2), for range comparisons.', fixed(returnValue)),
  field('evt.failed', PT.BOOL, PF.NA, 'Failed', 'true for events that returned an error.',
    fixed((ev) => { const r = errorCount(ev); return r === 1; })),
  field('evt.is_io', PT.BOOL, PF.NA, 'Is I/O', 'true for events that read from or write to an fd.', fixed(flagIs(EF.READS_FROM_FD | EF.WRITES_TO_FD))),
  field('evt.is_io_read', PT.BOOL, PF.NA, 'Is Read', 'true for events that read from an fd.', fixed(flagIs(EF.READS_FROM_FD))),
  field('evt.is_io_write', PT.BOOL, PF.NA, 'Is Write', 'true for events that write to an fd.', fixed(flagIs(EF.WRITES_TO_FD))),
  field('evt.io_dir', PT.CHARBUF, PF.NA, 'I/O Direction', "'read' for events that read from an fd, 'write' for events that write to one.",
    fixed((ev) => ((ev.info.flags & EF.WRITES_TO_FD) ? 'write' : (ev.info.flags & EF.READS_FROM_FD) ? 'read' : NA))),
  field('evt.is_wait', PT.BOOL, PF.NA, 'Is Wait', 'true for events that make the thread wait (sleep, select, poll, ...).', fixed(flagIs(EF.WAITS))),
  field('evt.wait_latency', PT.RELTIME, PF.DEC, 'Wait Latency', 'for exits of waiting events, the time spent waiting, in nanoseconds.',
    fixed((ev) => ((ev.info.flags & EF.WAITS) && (ev.type & 1) === 1 ? (ev.tinfo ? ev.tinfo.latency : 0) : NA))),
  field('evt.is_syslog', PT.BOOL, PF.NA, 'Is Syslog', 'true for writes to /dev/log.',
    fixed((ev) => (ev.info.flags & EF.WRITES_TO_FD) !== 0 && ev.fdinfo !== undefined && ev.fdinfo.name.includes('/dev/log'))),
  field('evt.count', PT.UINT32, PF.DEC, 'Count', 'always 1: sums of it count events (chisels).', fixed(() => 1), { bindJson: numJson(() => 1) }),
  field('evt.count.error', PT.UINT32, PF.DEC, 'Error Count', '1 for events that returned an error, for counting failures.', fixed(errorCount)),
  field('evt.count.error.file', PT.UINT32, PF.DEC, 'File Error Count', '1 for failed file events, for counting them.',
    fixed((ev) => (ev.fdinfo ? (isFileFd(ev.fdinfo.type) ? errorCount(ev) : NA) : isOpenExit(ev.type) ? errorCount(ev) : NA))),
  field('evt.count.error.net', PT.UINT32, PF.DEC, 'Network Error Count', '1 for failed network events, for counting them.',
    fixed((ev) => (ev.fdinfo ? (isNetFd(ev.fdinfo.type) ? errorCount(ev) : NA) : isAcceptConnectExit(ev.type) ? errorCount(ev) : NA))),
  field('evt.count.error.memory', PT.UINT32, PF.DEC, 'Memory Error Count', '1 for failed memory events, for counting them.',
    fixed((ev) => (categoryOf(ev) === EC.MEMORY ? errorCount(ev) : NA))),
  field('evt.count.error.other', PT.UINT32, PF.DEC, 'Other Error Count', '1 for failed events that are not file, network or memory events.',
    fixed((ev) => {
      if (ev.fdinfo) return isFileFd(ev.fdinfo.type) || isNetFd(ev.fdinfo.type) ? NA : errorCount(ev);
      return isOpenExit(ev.type) || isAcceptConnectExit(ev.type) || categoryOf(ev) === EC.MEMORY ? NA : errorCount(ev);
    })),
  field('evt.count.exit', PT.UINT32, PF.DEC, 'Exit Count', '1 for exit events, for counting calls once.', fixed((ev) => ((ev.type & 1) === 1 ? 1 : NA))),
  field('evt.count.procinfo', PT.UINT32, PF.DEC, 'Procinfo Count', '1 for procinfo events of main threads.',
    fixed((ev) => (ev.type === PPME.PROCINFO_E && ev.tinfo && ev.tinfo.tid === ev.tinfo.pid ? 1 : NA)), { flags: FF.TABLE_ONLY }),
  field('evt.count.threadinfo', PT.UINT32, PF.DEC, 'Thread Info Count', '1 for procinfo events.',
    fixed((ev) => (ev.type === PPME.PROCINFO_E ? 1 : NA)), { flags: FF.TABLE_ONLY }),
  field('evt.around', PT.UINT64, PF.DEC, 'Around Interval',
    'filter only: evt.around[T]=D keeps the events within D milliseconds before or after the timestamp T (a value of evt.rawtime).',
    (arg) => bindAroundArg(arg), { flags: FF.FILTER_ONLY | FF.REQUIRES_ARGUMENT | FF.ARG_INDEX, compare: aroundCompare }),
  field('evt.abspath', PT.CHARBUF, PF.NA, 'Absolute Path',
    "the absolute path an *at() call (openat, renameat, unlinkat, ...) works on, from its dirfd and path; evt.abspath.src and evt.abspath.dst for calls with two paths.",
    (arg) => {
      if (arg === undefined) return absPath(0);
      if (arg === 'src') return absPath(1);
      if (arg === 'dst') return absPath(2);
      throw new FieldArgError(`unknown field evt.abspath.${arg}`);
    }, { flags: FF.ARG_ALLOWED | FF.ARG_KEY }),
  field('evt.buflen.in', PT.UINT64, PF.DEC, 'Input Buffer Length', 'bytes read by input I/O events.', fixed(bufLen(ioIn)), { flags: FF.TABLE_ONLY }),
  field('evt.buflen.out', PT.UINT64, PF.DEC, 'Output Buffer Length', 'bytes written by output I/O events.', fixed(bufLen(ioOut)), { flags: FF.TABLE_ONLY }),
  field('evt.buflen.file', PT.UINT64, PF.DEC, 'File Buffer Length', 'bytes transferred by file I/O events.',
    fixed(bufLen((ev, c) => ioAny(ev, c) && fileFd(ev))), { flags: FF.TABLE_ONLY }),
  field('evt.buflen.file.in', PT.UINT64, PF.DEC, 'File Input Buffer Length', 'bytes read by file I/O events.',
    fixed(bufLen((ev, c) => ioIn(ev, c) && fileFd(ev))), { flags: FF.TABLE_ONLY }),
  field('evt.buflen.file.out', PT.UINT64, PF.DEC, 'File Output Buffer Length', 'bytes written by file I/O events.',
    fixed(bufLen((ev, c) => ioOut(ev, c) && fileFd(ev))), { flags: FF.TABLE_ONLY }),
  field('evt.buflen.net', PT.UINT64, PF.DEC, 'Network Buffer Length', 'bytes transferred by network I/O events.',
    fixed(bufLen((ev, c) => ioAny(ev, c) && netFd(ev))), { flags: FF.TABLE_ONLY }),
  field('evt.buflen.net.in', PT.UINT64, PF.DEC, 'Network Input Buffer Length', 'bytes received by network I/O events.',
    fixed(bufLen((ev, c) => ioIn(ev, c) && netFd(ev))), { flags: FF.TABLE_ONLY }),
  field('evt.buflen.net.out', PT.UINT64, PF.DEC, 'Network Output Buffer Length', 'bytes sent by network I/O events.',
    fixed(bufLen((ev, c) => ioOut(ev, c) && netFd(ev))), { flags: FF.TABLE_ONLY }),
  field('evt.is_open_read', PT.BOOL, PF.NA, 'Is Opened For Reading', 'true for open/openat/openat2 events that open the path for reading', fixed(openCheck('read'))),
  field('evt.is_open_write', PT.BOOL, PF.NA, 'Is Opened For Writing', 'true for open/openat/openat2 events that open the path for writing', fixed(openCheck('write'))),
  field('evt.infra.docker.name', PT.CHARBUF, PF.NA, 'Docker Name', 'for docker infrastructure events, the event name.', fixed(infraDocker('Event')), { flags: FF.TABLE_ONLY }),
  field('evt.infra.docker.container.id', PT.CHARBUF, PF.NA, 'Docker ID', 'for docker infrastructure events, the container id.', fixed(infraDocker('ID')), { flags: FF.TABLE_ONLY }),
  field('evt.infra.docker.container.name', PT.CHARBUF, PF.NA, 'Container Name', 'for docker infrastructure events, the container name.', fixed(infraDocker('name')), { flags: FF.TABLE_ONLY }),
  field('evt.infra.docker.container.image', PT.CHARBUF, PF.NA, 'Container Image', 'for docker infrastructure events, the container image.', fixed(infraDocker('Image')), { flags: FF.TABLE_ONLY }),
  field('evt.is_open_exec', PT.BOOL, PF.NA, 'Is Created With Execute Permissions', 'true for open/openat/openat2/creat events that create a file with execute permission', fixed(openCheck('exec'))),
];

registerFieldClass({
  name: 'evt',
  shortDescription: 'All event types',
  description: 'Fields every event has, whatever its source.',
  fields: genFields,
});

registerFieldClass({
  name: 'evt',
  shortDescription: 'Syscall events only',
  description: 'Fields of system call events. The arguments of each call are also reachable one by one with evt.arg, e.g. evt.arg.filename.',
  fields: evtFields,
});

export type { TextExtractor };
