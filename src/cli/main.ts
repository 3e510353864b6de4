/**
 * tsysdig command-line entry point: parse options, replay the capture through the state
 * engine, print each event as sysdig does. Bad input ends with one line on stderr and
 * a non-zero exit, after everything read so far has been printed.
 */
import { CommanderError } from 'commander';
import { parseOptions, Options, UsageError } from './options';
import { readCaptureFile } from '../capture/captureFile';
import { CaptureError } from '../capture/captureError';
import { Inspector } from '../state/inspector';
import { ParamFormatter } from '../output/paramFormat';
import { BufferFormat } from '../output/bufferFormat';
import { DefaultLineFormatter } from '../output/defaultFormat';
import { OutputWriter } from '../output/outputWriter';
import { EC } from '../events/paramTypes';
import { Event } from '../events/event';
import { compileFilter, FilterError } from '../filter';
import { BindContext } from '../fields';
import { FormatString, FormatError, unescapeFormat } from '../output/formatString';

function fail(msg: string): number {
  process.stderr.write(`tsysdig: ${msg}\n`);
  return 1;
}

export async function run(argv: readonly string[]): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(argv);
  } catch (e) {
    if (e instanceof CommanderError) return 0; // --help / --version already printed
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  if (opts.readFile === undefined) return fail('live capture is not supported yet: use -r FILE to read a capture file');
  return replayToStdout(opts.readFile, opts);
}

async function replayToStdout(path: string, opts: Options): Promise<number> {
  const ins = new Inspector();
  const ctx: BindContext = { timeType: 'h', resolvePorts: false };
  if (opts.filter.trim() !== '') {
    try {
      ins.filter = compileFilter(opts.filter, ctx);
    } catch (e) {
      if (e instanceof FilterError) return fail(e.toLine());
      throw e;
    }
  }
  const pf = new ParamFormatter(ins, { bufferFormat: BufferFormat.NORMAL, maxBufferOutput: 80 });
  let render: (ev: Event) => string | undefined;
  if (opts.format === undefined) {
    const lines = new DefaultLineFormatter(ins, pf);
    render = (ev) => lines.format(ev);
  } else {
    let fmt: FormatString;
    try {
      fmt = new FormatString(unescapeFormat(opts.format), ctx);
    } catch (e) {
      if (e instanceof FormatError) return fail(e.message);
      throw e;
    }
    render = (ev) => fmt.format(ev, ins);
  }
  const out = new OutputWriter();
  const max = opts.numEvents ?? Infinity;
  const showInternal = opts.debug;
  let count = 0;
  ins.setSink((ev) => {
    count++;
    if (showInternal || (ev.info.category & EC.INTERNAL) === 0) {
      const line = render(ev);
      if (line !== undefined) out.write(line + '\n');
    }
    return count < max;
  });
  if (max === 0) return 0;
  try {
    await readCaptureFile(path, ins);
  } catch (e) {
    out.flush();
    if (e instanceof CaptureError) {
      return fail(e.offset > 0 ? `${path}: ${e.message} at byte offset ${e.offset}` : `${path}: ${e.message}`);
    }
    throw e;
  }
  out.flush();
  return 0;
}

export function main(argv: readonly string[]): void {
  run(argv).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      // never a stack trace for the user; TSYSDIG_DEBUG=1 shows one for developers
      if (process.env.TSYSDIG_DEBUG) console.error(e);
      process.stderr.write(`tsysdig: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
