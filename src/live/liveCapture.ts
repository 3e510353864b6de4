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
import type { ContainerMetadataManager, ContainerThread } from './containerMetadata';
import { sniffContainers } from './containerSniffer';
import { ContainerRecord, LOOKUP, containerEventBlock, containerToJson } from './containerRecord';
import { containerIdFromCgroups } from '../state/containerIds';
import { normalizeCgroups } from '../state/threadInfo';
import { EV_BLOCK_TYPE_V2, EV_BLOCK_TYPE_V2_LARGE, EVF_BLOCK_TYPE_V2, EVF_BLOCK_TYPE_V2_LARGE } from '../capture/blockTypes';

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
  /**
   * Looks containers up in their runtimes: the scan's containers before the capture starts
   * (they open the capture), others as threads show them, their answers inserted into the
   * stream as container events. Without it, containers are known by their ids only.
   */
  readonly containers?: ContainerMetadataManager;
}

const nowNs = () => BigInt(Date.now()) * 1_000_000n;

/** The timestamp of the last event block of a batch. */
function lastEventTs(b: Buffer): bigint | undefined {
  if (b.length < 4) return undefined;
  const start = b.length - b.readUInt32LE(b.length - 4);
  if (start < 0 || start + 8 > b.length) return undefined;
  const type = b.readUInt32LE(start);
  const at = type === EV_BLOCK_TYPE_V2 || type === EV_BLOCK_TYPE_V2_LARGE ? start + 10
    : type === EVF_BLOCK_TYPE_V2 || type === EVF_BLOCK_TYPE_V2_LARGE ? start + 14 : -1;
  return at >= 0 && at + 8 <= b.length ? b.readBigUInt64LE(at) : undefined;
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
  const containers = opts.containers;
  const requestContainer = (t: ContainerThread) => containers?.request(t);
  /** the time of the last event delivered: container events from lookups take it, as in sinsp */
  let lastTs = 0n;
  const consume = (batch: Buffer) => {
    if (finished || failure !== undefined) return;
    if (!headDone) { pending.push(batch); return; }
    try {
      const blocks = procinfo.inject(batch);
      lastTs = lastEventTs(blocks) ?? lastTs;
      if (raw !== undefined) {
        // nothing parses these: the clones and execs that enter containers are read here
        if (containers !== undefined) sniffContainers(blocks, requestContainer);
        raw(blocks);
      } else {
        parser.push(blocks);
      }
    } catch (e) {
      failure = e;
    }
    if (failure !== undefined || parser.isStopped) stopRequested();
  };
  // a container lookup's answer goes between the events, as sinsp's pending container events do
  const waitingContainers: ContainerRecord[] = [];
  const deliverContainer = (rec: ContainerRecord) => {
    if (finished || failure !== undefined) return;
    if (!headDone) { waitingContainers.push(rec); return; }
    const block = containerEventBlock(containerToJson(rec), lastTs !== 0n ? lastTs : nowNs());
    try {
      // sinsp filters the event of a failed lookup out, and so never writes it
      if (raw !== undefined) { if (rec.lookupState === LOOKUP.SUCCESSFUL) raw(block); } else parser.push(block);
    } catch (e) {
      failure = e;
    }
    if (failure !== undefined || parser.isStopped) stopRequested();
  };
  if (containers !== undefined) containers.onRecord = deliverContainer;
  session.start(consume);

  try {
    const head: Buffer[] = [];
    const scan = scanMachine(new Set([process.pid]));
    let initial: ContainerRecord[] = [];
    if (containers !== undefined) {
      initial = await containers.initialLookups(scan.procs.map((p) => {
        const cgroups = normalizeCgroups(p.cgroups);
        return { tid: p.tid, cgroups, containerId: containerIdFromCgroups(cgroups) };
      }));
    }
    writeCaptureHead(new ScapWriter((b) => head.push(b)), scan);
    parser.push(Buffer.concat(head));
    const startTs = nowNs();
    for (const rec of initial) {
      const json = containerToJson(rec);
      handler.onInitialContainer?.(containerEventBlock(json, startTs, true), json);
    }
  } catch (e) {
    finished = true;
    await session.stop();
    throw e;
  }
  headDone = true;
  for (const b of pending.splice(0)) consume(b);
  for (const rec of waitingContainers.splice(0)) deliverContainer(rec);

  let timer: NodeJS.Timeout | undefined;
  const elapsed = opts.durationS !== undefined
    ? new Promise<void>((resolve) => { timer = setTimeout(resolve, opts.durationS! * 1000); })
    : new Promise<void>(() => {});
  await Promise.race([elapsed, stopSignal, handlerStopped]);
  if (timer) clearTimeout(timer);
  // stop() delivers what is still in the ring before it resolves
  await session.stop();
  finished = true;
  if (containers !== undefined) containers.onRecord = () => {};
  const stats = session.stats();
  if (failure !== undefined) throw failure;
  return stats;
}
