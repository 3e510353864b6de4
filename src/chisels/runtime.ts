/**
 * Runs chisels on the event stream, as sysdig's sinsp_chisel does: each chisel sees the
 * events that pass the command-line filter, then its own filter; interval callbacks fire on
 * event time; at the end each chisel gets the last event's time and the capture's duration.
 */
import { Event as EventView } from '../events/event';
import type { Event } from '../events/event';
import type { FdInfo } from '../state/fdInfo';
import { PPME } from '../events/eventTable';
import type { Inspector } from '../state/inspector';
import { resolveField, FieldArgError, BindContext, Extractor, FieldValue, IpValue } from '../fields';
import { PT } from '../events/paramTypes';
import { formatIp } from '../fields/valueFormat';
import { compileFilter, FilterError, Predicate } from '../filter';
import { FormatString, FormatError, unescapeFormat } from '../output/formatString';
import type { OutputWriter } from '../output/outputWriter';
import { Chisel, ChiselError, ChiselHost, ChiselModule, ChiselValue, FieldHandle, ThreadTableEntry } from './api';
import { loadChisel } from './loader';
import { BufferFormat } from '../output/bufferFormat';

const BUFFER_FORMATS = {
  normal: BufferFormat.NORMAL, ascii: BufferFormat.EOLS, hex: BufferFormat.HEX, hexascii: BufferFormat.HEXASCII, base64: BufferFormat.BASE64,
} as const;

export interface RuntimeOptions {
  readonly isLive: boolean;
  readonly outputFormat: 'normal' | 'json';
  readonly printContainerData: boolean;
  readonly bindContext: BindContext;
  /** the command line chose a buffer rendering (-A, -x, -X, -b) */
  readonly commandLineBufferFormat?: boolean;
}

/** Converts an extracted value to what a Lua chisel would see. */
function toChiselValue(v: FieldValue | undefined, type: number): ChiselValue {
  if (v === undefined) return undefined;
  switch (typeof v) {
    case 'number': case 'string': case 'boolean': return v;
    case 'bigint': return Number(v);
  }
  if (Buffer.isBuffer(v)) return v.toString('latin1');
  if (type === PT.IPV4ADDR || type === PT.IPV6ADDR || type === PT.IPADDR || type === PT.IPNET) return formatIp(v as IpValue);
  return String(v);
}

interface RunningChisel {
  readonly name: string;
  chisel: Chisel;
  filter: Predicate | undefined;
  formatter: FormatString | undefined;
  intervalNs: number;
  firstEvent: boolean;
  lastIntervalSample: number;
  lastIntervalTs: number;
  hasLastIntervalTs: boolean;
}

export class ChiselRuntime {
  private readonly running: RunningChisel[] = [];
  private stopRequested = false;
  /** an event has passed the command-line filter (chisels can read fields from then on) */
  private delivered = false;

  constructor(private readonly ins: Inspector, private readonly out: OutputWriter, readonly opts: RuntimeOptions) {}

  /** Loads and creates a chisel with its positional arguments (as sysdig splits them). */
  add(name: string, argValues: readonly string[]): void {
    this.addModule(loadChisel(name), argValues);
  }

  addModule(mod: ChiselModule, argValues: readonly string[]): void {
    const specs = mod.info.args;
    const required = specs.filter((a) => !a.optional).length;
    if (argValues.length < required) {
      throw new ChiselError(`wrong number of parameters for chisel ${mod.info.name}, ${required} required, ${argValues.length} given`);
    }
    if (argValues.length > specs.length) {
      throw new ChiselError(`too many parameters for chisel ${mod.info.name}, ${required} required, ${specs.length - required} optional, ${argValues.length} given`);
    }
    const args = new Map<string, string>();
    argValues.forEach((v, i) => args.set(specs[i].name, v));
    const entry: RunningChisel = {
      name: mod.info.name, chisel: {}, filter: undefined, formatter: undefined, intervalNs: 0,
      firstEvent: true, lastIntervalSample: 0, lastIntervalTs: 0, hasLastIntervalTs: false,
    };
    // the chisel may exec helpers while it is created: they run after it, in order
    this.running.push(entry);
    try {
      entry.chisel = mod.create(this.hostFor(entry), args);
    } catch (e) {
      this.running.splice(this.running.indexOf(entry), 1);
      throw e;
    }
  }

  private hostFor(entry: RunningChisel): ChiselHost {
    const ins = this.ins;
    const out = this.out;
    const rt = this;
    const ctx = this.opts.bindContext;
    return {
      inspector: ins,
      isLive: this.opts.isLive,
      outputFormat: this.opts.outputFormat,
      printContainerData: this.opts.printContainerData,
      requestField(name: string): FieldHandle {
        let ref;
        try {
          ref = resolveField(name);
        } catch (e) {
          if (e instanceof FieldArgError) throw new ChiselError(`chisel ${entry.name}: ${e.message}`);
          throw e;
        }
        if (!ref) throw new ChiselError(`chisel requesting nonexistent field ${name}`);
        let extract: Extractor;
        try {
          extract = ref.def.bind(ref.arg, ctx);
        } catch (e) {
          if (e instanceof FieldArgError) throw new ChiselError(`chisel ${entry.name}: ${e.message}`);
          throw e;
        }
        const type = ref.def.type;
        if (type === PT.BYTEBUF && ref.def.bindText) {
          // sinsp hands chisels the rendered buffer (in the current buffer format) for evt.buffer
          const text = ref.def.bindText(ref.arg, ctx);
          return { name, get: (ev: Event) => text(ev, ins) };
        }
        const simple = type !== PT.IPV4ADDR && type !== PT.IPV6ADDR && type !== PT.IPADDR && type !== PT.IPNET;
        return {
          name,
          get: simple
            ? (ev: Event) => { const v = extract(ev, ins); return typeof v === 'bigint' ? Number(v) : Buffer.isBuffer(v) ? v.toString('latin1') : (v as ChiselValue); }
            : (ev: Event) => toChiselValue(extract(ev, ins), type),
        };
      },
      setFilter(filter: string): void {
        try {
          entry.filter = compileFilter(filter, ctx);
        } catch (e) {
          if (e instanceof FilterError) throw new ChiselError(`invalid filter in chisel ${entry.name}: ${e.toLine()}`);
          throw e;
        }
      },
      setIntervalS(seconds: number): void { entry.intervalNs = seconds * 1e9; },
      setEventFormatter(format: string): void {
        try {
          entry.formatter = new FormatString(unescapeFormat(format), ctx);
        } catch (e) {
          if (e instanceof FormatError) throw new ChiselError(`chisel ${entry.name}: ${e.message}`);
          throw e;
        }
      },
      exec(name: string, ...args: string[]): void { rt.add(name, args); },
      print(line: string): void { out.write(line + '\n'); },
      write(text: string): void { out.write(text); },
      endCapture(): void { rt.stopRequested = true; },
      threadTable(filter?: string) { return rt.threadTable(entry.name, filter); },
      setBufferFormat(format): void {
        const pf = ins.paramFormatter;
        // a rendering asked for on the command line (-A, -x, -X, -b) wins, as in sysdig
        if (!pf || rt.opts.commandLineBufferFormat) return;
        pf.opts = { ...pf.opts, bufferFormat: BUFFER_FORMATS[format] };
      },
    };
  }

  /** lua_cbacks::get_thread_table: threads (and their fds) as the state engine holds them now. */
  threadTable(chiselName: string, filterText?: string): ThreadTableEntry[] {
    const ins = this.ins;
    let filter: Predicate | undefined;
    if (filterText !== undefined && filterText !== '') {
      try {
        filter = compileFilter(filterText, this.opts.bindContext);
      } catch (e) {
        if (e instanceof FilterError) throw new ChiselError(`invalid filter argument for get_thread_table in chisel ${chiselName}: ${e.toLine()}`);
        throw e;
      }
    }
    const probe = filter ? this.probeEvent() : undefined;
    const out: ThreadTableEntry[] = [];
    for (const t of ins.threads.values()) {
      const table = ins.fdTableOf(t);
      let fds = [...table];
      if (filter && probe) {
        const keep: [number, FdInfo][] = [];
        const saved = t.lastEventFd;
        for (const [fd, f] of fds) {
          probe.tinfo = t; probe.fdinfo = f; probe.fdNum = fd; probe.tid = t.tid;
          t.lastEventFd = fd;
          if (filter(probe, ins)) keep.push([fd, f]);
          t.lastEventFd = saved;
        }
        if (keep.length === 0) continue;
        fds = keep;
      }
      const u = t.uid === 0xffffffff ? undefined : ins.users.get(t.uid);
      out.push({ thread: t, fds, username: u ? u.name : '<NA>' });
    }
    return out;
  }

  /** A read exit with no parameters, at the last event's time: what sysdig filters table entries with. */
  private probeEvent(): Event {
    const buf = Buffer.alloc(26);
    buf.writeUInt32LE(26, 16);
    buf.writeUInt16LE(PPME.SYSCALL_READ_X, 20);
    const ev = new EventView();
    ev.setStored(buf, 26, 0, 2, PPME.SYSCALL_READ_X);
    ev.ts = this.ins.lastTs;
    ev.num = 0;
    return ev;
  }

  get hasChisels(): boolean { return this.running.length > 0; }

  captureStart(): void {
    for (const r of this.running) r.chisel.onCaptureStart?.();
  }

  /** One event that passed the command-line filter. Returns false when a chisel ended the capture. */
  run(ev: Event): boolean {
    const ins = this.ins;
    this.delivered = true;
    for (const r of this.running) {
      this.timeout(r, ev);
      if (r.filter !== undefined && !r.filter(ev, ins)) continue;
      if (r.chisel.onEvent !== undefined && r.chisel.onEvent(ev) === false) continue;
      if (r.formatter !== undefined) {
        const line = r.formatter.format(ev, ins);
        if (line !== undefined) this.out.write(line + '\n');
      }
    }
    return !this.stopRequested;
  }

  /** An event the command-line filter dropped: only the interval logic sees it, as in sysdig. */
  timeoutOnly(ev: Event): void {
    for (const r of this.running) this.timeout(r, ev);
  }

  /**
   * sinsp_chisel::do_timeout: interval callbacks on event time. Times are kept relative to the
   * capture's base second (exact doubles); interval boundaries are aligned on absolute time.
   */
  private timeout(r: RunningChisel, ev: Event): void {
    const rel = ev.ts;
    if (rel === Number.NEGATIVE_INFINITY) return;
    const sample = r.intervalNs === 0 ? 0 : rel - ((this.baseModulo(r.intervalNs) + rel) % r.intervalNs);
    if (r.firstEvent) {
      r.firstEvent = false;
      r.lastIntervalSample = sample;
      return;
    }
    if (r.intervalNs === 0 || r.chisel.onInterval === undefined) return;
    if (sample === r.lastIntervalSample) return;
    let delta = 0;
    if (r.hasLastIntervalTs) {
      delta = rel - r.lastIntervalTs;
      if (delta === 0) return;
    }
    r.chisel.onInterval(this.ins.epochSeconds(rel), this.ins.subsecondNs(rel), delta, this.delivered ? ev : undefined);
    r.lastIntervalSample = sample;
    r.lastIntervalTs = rel;
    r.hasLastIntervalTs = true;
  }

  private modCache = new Map<number, number>();
  /** (capture base second in ns) mod interval, so relative times align on absolute boundaries */
  private baseModulo(intervalNs: number): number {
    let m = this.modCache.get(intervalNs);
    if (m === undefined) {
      m = Number((BigInt(Math.max(this.ins.tsBaseSec, 0)) * 1000000000n) % BigInt(intervalNs));
      this.modCache.set(intervalNs, m);
    }
    return m;
  }

  /** End of capture: last event time and the capture's duration (sinsp first/last event ts). */
  captureEnd(): void {
    const ins = this.ins;
    const last = ins.lastTs === Number.NEGATIVE_INFINITY ? 0 : ins.lastTs;
    const first = ins.firstEventTs === Number.NEGATIVE_INFINITY ? 0 : ins.firstEventTs;
    const sec = ins.eventCount === 0 ? 0 : ins.epochSeconds(last);
    const ns = ins.eventCount === 0 ? 0 : ins.subsecondNs(last);
    const delta = ins.eventCount === 0 ? 0 : last - first;
    for (const r of this.running) r.chisel.onCaptureEnd?.(sec, ns, delta);
  }
}

