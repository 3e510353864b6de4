/**
 * The replay command: read a capture through the state engine with the user's filter,
 * print each event (default line, -p format or -j JSON), then the end-of-run extras
 * (-S summary, -v statistics). Returns the exit code.
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

export async function runReplay(path: string, opts: Options): Promise<number> {
  const ins = new Inspector();
  ins.resolvePorts = opts.resolvePorts;
  const ctx: BindContext = { timeType: opts.timeType, resolvePorts: opts.resolvePorts };
  // buffers are cut to 80 characters unless -v (sysdig's max_evt_output_len)
  const pf = new ParamFormatter(ins, { bufferFormat: opts.bufferFormat, maxBufferOutput: opts.verbose || opts.chisels.length > 0 ? 0 : 80 });
  ins.paramFormatter = pf;
  if (opts.filter.trim() !== '') {
    // the filter compiler (chevrotain) and the field classes load only when needed: the
    // default replay starts faster without them
    const { compileFilterWithTypes, FilterError } = await import('../filter');
    try {
      const compiled = compileFilterWithTypes(asBytes(opts.filter), ctx);
      ins.filter = compiled.predicate;
      ins.filterEventTypes = compiled.eventTypes;
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
      isLive: false, outputFormat: opts.json ? 'json' : 'normal', printContainerData: opts.printContainer, bindContext: ctx,
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
  let capture: import('../capture/captureWriter').CaptureFileWriter | undefined;
  if (opts.writeFile !== undefined) {
    // -w: the events that pass the filter go to a capture file, after the input's metadata
    const { CaptureFileWriter, MetadataRecorder, writeMetadata, eventBlock } = await import('../capture/captureWriter');
    try {
      capture = new CaptureFileWriter(opts.writeFile, opts.compress);
    } catch (e) {
      return fail(`cannot write ${opts.writeFile}: ${(e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
    }
    const file = capture;
    const recorder = new MetadataRecorder(ins);
    handler = recorder;
    let headWritten = false;
    const writeHead = () => {
      if (headWritten) return;
      headWritten = true;
      writeMetadata(file.writer, recorder.metadata, (b) => file.write(b), recorder.leadingContainerEvents);
    };
    ins.setSink((ev) => {
      count++;
      writeHead();
      file.write(eventBlock(ev, ev.rawParams));
      return count < max;
    });
    // an interrupted write still leaves a complete, readable file
    const onSignal = () => { writeHead(); file.close(); process.exit(130); };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    (capture as unknown as { writeHead: () => void }).writeHead = writeHead;
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
      if (defaultLines !== undefined) {
        defaultLines.writeTo(out, ev);
        if (opts.unbuffered) out.flush();
      } else {
        const line = render!(ev);
        if (line !== undefined) out.write(line + '\n');
      }
    }
    return count < max;
  });
  let code = 0;
  const progress = opts.progress ? new ProgressReporter() : undefined;
  try {
    await readCaptureFile(path, handler, progress?.update);
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
    if (!(e instanceof CaptureError)) throw e;
    out.flush();
    code = fail(e.offset > 0 ? `${path}: ${e.message} at byte offset ${e.offset}` : `${path}: ${e.message}`);
  }
  // tables of what was read are printed even when the capture ends early
  if (chisels !== undefined && (code === 0 || ins.eventCount > 0)) chisels.captureEnd();
  if (capture !== undefined) {
    // a capture without events still gets its head
    (capture as unknown as { writeHead: () => void }).writeHead();
    capture.close();
  }
  if (summary) out.write(summary.render());
  out.flush();
  if (progress && code === 0) progress.done();
  return code;
}
