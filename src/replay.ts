/**
 * Library API: open a capture file and walk its events with thread and fd state
 * resolved. The CLI is built on this.
 */
import { readCaptureFile, captureChunks } from './capture/captureFile';
import { ScapParser } from './capture/scapParser';
import { ParamFormatter } from './output/paramFormat';
import { BufferFormat } from './output/bufferFormat';
import { eventTypeName } from './output/defaultFormat';
import { Inspector } from './state/inspector';
import { Event } from './events/event';

export interface ReplayOptions {
  /** stop after this many events */
  maxEvents?: number;
}

/**
 * Calls onEvent for every event of the capture, in file order, after the state engine has
 * processed it. The Event object is reused: copy what you keep. Return false to stop.
 * Rejects with a CaptureError when the file is unreadable (events before the damage are
 * delivered first).
 */
export async function replayCapture(path: string, onEvent: (ev: Event, ins: Inspector) => boolean | void, opts: ReplayOptions = {}): Promise<Inspector> {
  const ins = new Inspector();
  const max = opts.maxEvents ?? Infinity;
  let n = 0;
  ins.setSink((ev) => {
    if (onEvent(ev, ins) === false) return false;
    if (++n >= max) return false;
    return true;
  });
  await readCaptureFile(path, ins);
  return ins;
}

/** A decoded snapshot of one event, safe to keep after iteration moves on. */
export interface EventRecord {
  num: number;
  /** absolute timestamp, ns since the epoch */
  ts: bigint;
  cpu: number;
  tid: number;
  type: number;
  name: string;
  isEnter: boolean;
  /** thread name (comm) at the time of the event, if known */
  comm: string | undefined;
  /** `name=value` rendering of the parameters, as sysdig's evt.info */
  args: Array<{ name: string; value: string; resolved: string }>;
}

/**
 * Async iterator over a capture's events as plain records, streamed chunk by chunk
 * (memory stays bounded). The callback form (replayCapture) is faster for large files.
 */
export async function* iterateCapture(path: string, opts: ReplayOptions = {}): AsyncGenerator<EventRecord> {
  const ins = new Inspector();
  const pf = new ParamFormatter(ins, { bufferFormat: BufferFormat.NORMAL, maxBufferOutput: 80 });
  const max = opts.maxEvents ?? Infinity;
  let n = 0;
  let batch: EventRecord[] = [];
  ins.setSink((ev) => {
    const args = [];
    for (let i = 0; i < ev.nparams; i++) {
      const value = pf.format(ev, i);
      args.push({ name: ev.info.params[i].name, value, resolved: pf.resolved });
    }
    batch.push({
      num: ev.num, ts: ins.absoluteTs(ev.ts), cpu: ev.cpu, tid: ev.tid, type: ev.type, name: eventTypeName(ev),
      isEnter: ev.isEnter, comm: ev.tinfo?.comm, args,
    });
    return ++n < max;
  });
  const parser = new ScapParser(ins);
  for await (const chunk of captureChunks(path, () => parser.offset)) {
    try {
      parser.push(chunk);
    } finally {
      // events decoded before any damage are still delivered, then the error propagates
      const out = batch;
      batch = [];
      yield* out;
    }
    if (parser.isStopped) return;
  }
  parser.finish();
}
