/**
 * The replay command: read a capture (a file, or the live machine when no file is given)
 * through the state engine with the user's filter, print each event (default line, -p format
 * or -j JSON), then the end-of-run extras (-S summary, -v statistics). Returns the exit code.
 */
import { readCaptureFile } from '../capture/captureFile';
import { CaptureError } from '../capture/captureError';
import { FilterRuntimeError } from '../filter/filterError';
import { Inspector } from '../state/inspector';
import { ParamFormatter } from '../output/paramFormat';
import { BufferFormat } from '../output/bufferFormat';
import { DefaultLineFormatter } from '../output/defaultFormat';
import { OutputWriter } from '../output/outputWriter';
import type { FormatString as FormatStringT } from '../output/formatString';
import { EC } from '../events/paramTypes';
import { Event } from '../events/event';
import type { BindContext } from '../fields';
import { Options, DEFAULT_FORMAT } from './options';
import { SummaryTable } from './summaryTable';
import { ProgressReporter } from '../output/progress';
import { stateSnapshot } from '../state/snapshot';
import { formatFixed } from '../output/printfG';

/**
 * Command-line text as the byte string everything else uses (one char per byte, latin1):
 * a filter on "café" must see the UTF-8 bytes that capture strings hold.
 */
function asBytes(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(s) ? Buffer.from(s, 'utf8').toString('latin1') : s;
}

export function fail(msg: string): number {
  process.stderr.write(`tsysdig: ${msg}\n`);
  return 1;
}

export async function runReplay(path: string | undefined, opts: Options): Promise<number> {
  const live = path === undefined;
  const ins = new Inspector();
  ins.resolvePorts = opts.resolvePorts;
  const ctx: BindContext = { timeType: opts.timeType, resolvePorts: opts.resolvePorts };
  // buffers are cut to 80 characters unless -v (sysdig's max_evt_output_len)
  const pf = new ParamFormatter(ins, { bufferFormat: opts.bufferFormat, maxBufferOutput: opts.verbose || opts.chisels.length > 0 ? 0 : 80 });
  ins.paramFormatter = pf;
  let excludedNames: readonly string[] = [];
  let displayFilter: import('../filter/compile').Predicate | undefined;
  if (opts.filter.trim() !== '') {
    // the filter compiler (chevrotain) and the field classes load only when needed: the
    // default replay starts faster without them
    const { compileFilterWithTypes, FilterError } = await import('../filter');
    try {
      const compiled = compileFilterWithTypes(asBytes(opts.filter), ctx);
      if (opts.displayFilter) {
        // -d: every event goes through the state engine (and to chisels and -w); the filter
        // only picks the lines printed
        displayFilter = compiled.predicate;
      } else {
        ins.filter = compiled.predicate;
        ins.filterEventTypes = compiled.eventTypes;
        excludedNames = compiled.excludedProcessNames;
      }
    } catch (e) {
      if (e instanceof FilterError) return fail(e.toLine());
      throw e;
    }
  }
  const out = new OutputWriter(1, 1 << 17, opts.unbuffered);
  let render: ((ev: Event) => string | undefined) | undefined;
  let defaultLines: DefaultLineFormatter | undefined;
  if (opts.format === undefined && !opts.json && opts.timeType === 'h' && opts.bufferFormat === BufferFormat.NORMAL) {
    // the default line, written straight into the output buffer without field lookups
    defaultLines = new DefaultLineFormatter(ins, pf);
  } else {
    const { FormatString, FormatError, unescapeFormat } = await import('../output/formatString');
    const { JsonFormatter } = await import('../output/jsonFormat');
    try {
      const fmt: FormatStringT = new FormatString(unescapeFormat(asBytes(opts.format ?? DEFAULT_FORMAT)), ctx);
      if (opts.json) {
        const json = new JsonFormatter(fmt.fields(), ctx, fmt.requireAll);
        render = (ev) => json.format(ev, ins);
      } else {
        render = (ev) => fmt.format(ev, ins);
      }
    } catch (e) {
      if (e instanceof FormatError) return fail(e.message);
      throw e;
    }
  }
  let chisels: import('../chisels/runtime').ChiselRuntime | undefined;
  if (opts.chisels.length > 0) {
    const { ChiselRuntime } = await import('../chisels/runtime');
    const { ChiselError } = await import('../chisels/api');
    chisels = new ChiselRuntime(ins, out, {
      isLive: live, outputFormat: opts.json ? 'json' : 'normal', printContainerData: opts.printContainer, bindContext: ctx,
      commandLineBufferFormat: opts.bufferFormat !== BufferFormat.NORMAL && opts.bufferFormat !== BufferFormat.JSON,
    });
    try {
      for (const c of opts.chisels) chisels.add(c.name, c.args);
    } catch (e) {
      if (e instanceof ChiselError || (e instanceof Error && !(e instanceof TypeError) && !(e instanceof RangeError))) {
        out.flush();
        return fail((e as Error).message);
      }
      throw e;
    }
    chisels.captureStart();
  }
  const summary = opts.summary ? new SummaryTable() : undefined;
  const max = opts.numEvents ?? Infinity;
  const showInternal = opts.debug;
  const quiet = opts.quiet;
  let count = 0;
  let handler: import('../capture/scapParser').CaptureHandler = ins;
  let capture: { close(): void } | undefined;
  /** live -w with nothing to select: the probe's batches go to the file without being parsed */
  let rawBatches: ((batch: Buffer) => void) | undefined;
  if (opts.writeFile !== undefined) {
    // -w: the events that pass the filter go to a capture file, after the input's metadata
    const { CaptureFileWriter, MetadataRecorder, writeMetadata, eventBlock } = await import('../capture/captureWriter');
    const { RotatingCaptureWriter, isRotating } = await import('../capture/rotatingWriter');
    const { containerEventBlock } = await import('../live/containerRecord');
    const recorder = new MetadataRecorder(ins);
    handler = recorder;
    // a new file of a rotation starts with the containers known by then, as sinsp dumps its table
    const containerEvents = () => {
      const ts = ins.eventCount > 0 ? ins.absoluteTs(ins.lastTs) : BigInt(Date.now()) * 1_000_000n;
      return [...ins.containers.values()].map((c) => containerEventBlock(c.text, ts, true));
    };
    const writeHead = (file: import('../capture/captureWriter').CaptureFileWriter, first: boolean) => {
      if (first) writeMetadata(file.writer, recorder.metadata, (b) => file.write(b), recorder.leadingContainerEvents);
      else writeMetadata(file.writer, stateSnapshot(ins), (b) => file.write(b), containerEvents());
    };
    const failOpen = (e: unknown) => fail(`cannot write ${opts.writeFile}: ${(e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
    let writeEvent: (ev: Event) => void;
    if (isRotating(opts.rotation)) {
      // files open as events arrive: an unwritable name surfaces on the first event
      const rot = new RotatingCaptureWriter({ ...opts.rotation, baseName: opts.writeFile, compress: opts.compress, live }, writeHead);
      writeEvent = (ev) => rot.writeEvent(eventBlock(ev, ev.rawParams), ev.buf.readBigUInt64LE(ev.off));
      capture = rot;
    } else {
      let file: import('../capture/captureWriter').CaptureFileWriter;
      try {
        file = new CaptureFileWriter(opts.writeFile, opts.compress);
      } catch (e) {
        return failOpen(e);
      }
      let headWritten = false;
      const head = () => { if (!headWritten) { headWritten = true; writeHead(file, true); } };
      writeEvent = (ev) => { head(); file.write(eventBlock(ev, ev.rawParams)); };
      if (live && (opts.filter.trim() === '' || opts.displayFilter) && opts.numEvents === undefined && opts.suppressedComms.length === 0) {
        // every event goes to the file as recorded: batches are already capture-file blocks
        rawBatches = (batch) => { head(); file.write(batch); };
      }
      // a capture without events still gets its head
      capture = { close: () => { head(); file.close(); } };
    }
    ins.setSink((ev) => {
      count++;
      writeEvent(ev);
      return count < max;
    });
    if (!live) {
      // an interrupted write still leaves a complete, readable file (live capture stops cleanly
      // on these signals instead, and closes the file the normal way)
      const onSignal = () => { capture!.close(); process.exit(130); };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    }
  } else if (chisels !== undefined) {
    // with chisels, sysdig prints nothing but what the chisels print
    const rt = chisels;
    ins.setSink((ev) => {
      count++;
      return rt.run(ev) && count < max;
    });
    ins.filteredOutSink = (ev) => rt.timeoutOnly(ev);
  } else ins.setSink((ev) => {
    count++;
    if (summary) summary.count(ev);
    if (!quiet && (showInternal || (ev.info.category & EC.INTERNAL) === 0)) {
      if (defaultLines !== undefined && displayFilter === undefined) {
        defaultLines.writeTo(out, ev);
        if (opts.unbuffered) out.flush();
      } else if (defaultLines !== undefined) {
        if (displayFilter!(ev, ins)) defaultLines.writeTo(out, ev);
        if (opts.unbuffered) out.flush();
      } else {
        // sysdig renders the line, then asks the display filter
        const line = render!(ev);
        if (line !== undefined && (displayFilter === undefined || displayFilter(ev, ins))) out.write(line + '\n');
      }
    }
    return count < max;
  });
  let sideFilter: import('../capture/scapSideFilter').ScapSideFilter | undefined;
  if (opts.excludeUsers || opts.suppressedComms.length > 0) {
    // what libscap keeps from the state engine: users (-E), suppressed processes (-U)
    const { ScapSideFilter } = await import('../capture/scapSideFilter');
    sideFilter = new ScapSideFilter(handler, { excludeUsers: opts.excludeUsers, suppressedComms: opts.suppressedComms.map(asBytes), live });
    handler = sideFilter;
  }
  let code = 0;
  const cpuAtStart = process.cpuUsage();
  // sysdig reports progress when asked, and whenever it writes a file from a file
  const progress = (opts.progress || opts.writeFile !== undefined) && !live ? new ProgressReporter() : undefined;
  if (progress) ins.onEventNumber = (ev) => progress.event(ev.num, ev.blockEnd);
  let liveStats: import('../live/liveCapture').LiveStats | undefined;
  try {
    if (path !== undefined) await readCaptureFile(path, handler, progress?.update);
    else liveStats = await runLive(handler, ins, opts, excludedNames, rawBatches);
  } catch (e) {
    if (chisels !== undefined && e instanceof Error && e.name === 'ChiselError') {
      // a chisel failed while running: sysdig reports it, still ends the chisels, exits 1
      out.flush();
      code = fail(e.message);
      try { chisels.captureEnd(); } catch { /* errors at this point are ignored, as in sysdig */ }
      out.flush();
      return code;
    }
    if (e instanceof FilterRuntimeError) {
      // sysdig stops at the event whose evaluation failed
      out.flush();
      return fail(e.message);
    }
    if (e instanceof Error && (e.name === 'LiveCaptureError' || e.name === 'CaptureWriteError')) {
      capture?.close(); // what was written stays readable
      out.flush();
      return fail(e.message);
    }
    if (!(e instanceof CaptureError)) throw e;
    out.flush();
    const source = path ?? 'live capture';
    code = fail(e.offset > 0 ? `${source}: ${e.message} at byte offset ${e.offset}` : `${source}: ${e.message}`);
  }
  // tables of what was read are printed even when the capture ends early
  if (chisels !== undefined && (code === 0 || ins.eventCount > 0)) chisels.captureEnd();
  capture?.close();
  if (summary) out.write(summary.render());
  out.flush();
  if (progress && code === 0) progress.done();
  const suppressed = sideFilter?.suppressedEvents ?? 0;
  // -w straight from the probe hands no event to the sink: count what the probe recorded
  const captured = rawBatches !== undefined && liveStats !== undefined ? liveStats.events : count;
  reportStats(opts.verbose, liveStats, suppressed, captured, process.cpuUsage(cpuAtStart));
  return code;
}

/** Live capture until -M elapses, SIGINT/SIGTERM, or the sink stops it (-n). */
async function runLive(handler: import('../capture/scapParser').CaptureHandler, ins: Inspector, opts: Options,
  excludedNames: readonly string[], rawBatches: ((batch: Buffer) => void) | undefined): Promise<import('../live/liveCapture').LiveStats> {
  const { captureLive } = await import('../live/liveCapture');
  const { probeFilterFor } = await import('../live/probeFilter');
  const { scanThread } = await import('../live/procScan');
  const { ContainerMetadataManager, runtimeConfigFromEnv } = await import('../live/containerMetadata');
  ins.osThreadLookup = scanThread;
  // container metadata comes from the runtimes' sockets, looked up as sinsp's engines do
  const runtimes = runtimeConfigFromEnv(process.env);
  // sysdig's --cri replaces the CRI socket list; its --cri-timeout counts from the lookup delay
  if (opts.criSocket !== undefined) runtimes.criSockets = [opts.criSocket];
  if (opts.criTimeoutMs !== undefined) runtimes.criTimeoutMs = opts.criTimeoutMs + runtimes.criDelayMs;
  const containers = new ContainerMetadataManager(runtimes);
  ins.onContainerThread = (t) => containers.request(t);
  let onSignal: () => void = () => {};
  const stopSignal = new Promise<void>((resolve) => { onSignal = resolve; });
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await captureLive(handler, {
      snaplen: opts.snaplen ?? 80,
      probeFilter: probeFilterFor(ins.filterEventTypes, excludedNames),
      durationS: opts.durationS,
      rawBatches,
      containers,
    }, stopSignal);
  } finally {
    containers.close();
    ins.onContainerThread = undefined;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * End-of-run statistics on stderr. With -v, sysdig's: the driver's counters (zero for a file),
 * the events suppressed by -U, and the events the loop took with its CPU time (sysdig measures
 * clock(), not the wall). Without -v, a live capture still says when the probe dropped events.
 */
function reportStats(verbose: boolean, live: import('../live/liveCapture').LiveStats | undefined, suppressed: number,
  captured: number, cpu: NodeJS.CpuUsage): void {
  const drops = live ? live.dropsFull + live.dropsLarge : 0;
  if (verbose) {
    const seconds = (cpu.user + cpu.system) / 1e6;
    process.stderr.write(`Driver Events:${live?.events ?? 0}\nDriver Drops:${drops}\nSuppressed by Comm:${suppressed}\n`);
    process.stderr.write(`Elapsed time: ${formatFixed(seconds, 3)}, Captured Events: ${captured}, ${formatFixed(captured / seconds, 2)} eps\n`);
  } else if (live && drops > 0) {
    process.stderr.write(`tsysdig: ${drops} events dropped of ${live.events + drops} (${live.dropsFull} with the buffer full, ${live.dropsLarge} too large)\n`);
  }
}
