/**
 * Live capture: loads the eBPF probe through the ebpf-capture-reader addon, starts the state
 * engine from a /proc scan, then feeds the probe's events to the same parser capture files go
 * through, until told to stop. The probe writes the scap event layout and the addon frames each
 * record as a capture-file event block, in timestamp order: a batch is a piece of a capture file.
 */
import { ScapParser, CaptureHandler } from '../capture/scapParser';
import { ScapWriter } from '../capture/scapWriter';
import { scanMachine } from './procScan';
import { writeCaptureHead } from './captureHead';
import { ProcinfoInjector } from './procinfoEvents';
import type { ProbeFilter } from './probeFilter';

/** A reason live capture cannot start or continue, for one line on stderr. */
export class LiveCaptureError extends Error {
  override readonly name = 'LiveCaptureError';
}

export interface LiveCounters {
  events: number;
  dropsFull: number;
  dropsLarge: number;
  skipped: number;
}

export interface LiveStats extends LiveCounters {
  perCpu: LiveCounters[];
}

interface CaptureSession {
  start(onBatch: (batch: Buffer) => void): void;
  stop(): Promise<void>;
  stats(): LiveStats;
}

interface AddonModule {
  CaptureSession: new (opts: {
    snaplen?: number; syscallMask?: Uint8Array; skipComms?: readonly string[]; dropSwitch?: boolean;
    ringBufferBytes?: number;
  }) => CaptureSession;
}

export interface LiveOptions {
  readonly snaplen: number;
  readonly probeFilter?: ProbeFilter;
  /** -M: stop after this many seconds */
  readonly durationS?: number;
  /**
   * When set, event batches (capture-file blocks, procinfo events included) go here instead of
   * through the parser: `-w` with nothing to filter writes them as they come. The capture head
   * still goes to the handler.
   */
  readonly rawBatches?: (batch: Buffer) => void;
}

function loadAddon(): AddonModule {
  try {
    return require('ebpf-capture-reader') as AddonModule;
  } catch (e) {
    const why = (e as Error).message.split('\n')[0];
    throw new LiveCaptureError(`live capture is unavailable: the ebpf-capture-reader addon could not be loaded (${why})`);
  }
}

/**
 * Captures until `-M` elapses, `stopSignal` resolves, or the handler asks to stop (returns false
 * from onEvent). Errors thrown by the handler stop the capture and are rethrown once the probe is
 * detached. Returns the probe's counters.
 */
export async function captureLive(handler: CaptureHandler, opts: LiveOptions, stopSignal: Promise<void>): Promise<LiveStats> {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new LiveCaptureError('live capture needs root (CAP_BPF and CAP_PERFMON): run as root, or read a capture file with -r');
  }
  const addon = loadAddon();
  let session: CaptureSession;
  try {
    session = new addon.CaptureSession({
      snaplen: opts.snaplen,
      syscallMask: opts.probeFilter?.syscallMask,
      skipComms: opts.probeFilter?.skipComms,
      dropSwitch: opts.probeFilter?.dropSwitch,
    });
  } catch (e) {
    throw new LiveCaptureError(`cannot start live capture: ${(e as Error).message}`);
  }

  const parser = new ScapParser(handler);
  const procinfo = new ProcinfoInjector();
  let failure: unknown;
  let finished = false;
  // The probe starts before the /proc scan so nothing falls between the two; its first batches
  // wait until the scan is in the state engine.
  const pending: Buffer[] = [];
  let headDone = false;
  let stopRequested: () => void = () => {};
  const handlerStopped = new Promise<void>((resolve) => { stopRequested = resolve; });
  const raw = opts.rawBatches;
  const consume = (batch: Buffer) => {
    if (finished || failure !== undefined) return;
    if (!headDone) { pending.push(batch); return; }
    try {
      const blocks = procinfo.inject(batch);
      if (raw !== undefined) raw(blocks);
      else parser.push(blocks);
    } catch (e) {
      failure = e;
    }
    if (failure !== undefined || parser.isStopped) stopRequested();
  };
  session.start(consume);

  try {
    const head: Buffer[] = [];
    writeCaptureHead(new ScapWriter((b) => head.push(b)), scanMachine(new Set([process.pid])));
    parser.push(Buffer.concat(head));
  } catch (e) {
    finished = true;
    await session.stop();
    throw e;
  }
  headDone = true;
  for (const b of pending.splice(0)) consume(b);

  let timer: NodeJS.Timeout | undefined;
  const elapsed = opts.durationS !== undefined
    ? new Promise<void>((resolve) => { timer = setTimeout(resolve, opts.durationS! * 1000); })
    : new Promise<void>(() => {});
  await Promise.race([elapsed, stopSignal, handlerStopped]);
  if (timer) clearTimeout(timer);
  // stop() delivers what is still in the ring before it resolves
  await session.stop();
  finished = true;
  const stats = session.stats();
  if (failure !== undefined) throw failure;
  return stats;
}
