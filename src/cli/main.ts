/**
 * tsysdig command-line entry point: parse the options once, then run one action (a
 * listing or a replay). Bad input ends with one line on stderr and a non-zero exit,
 * after everything read so far has been printed.
 */
import { CommanderError } from 'commander';
import { parseOptions, Options, UsageError, DEFAULT_FORMAT, ChiselLookup, LIBS_VERSION } from './options';
import { runReplay, fail } from './runReplay';
import { listFields, listFieldsMarkdown, listEvents } from './listings';
import { ChiselError } from '../chisels/api';

/** Chisel argument rules for option parsing (chisels load only when -c is used). */
const chiselLookup: ChiselLookup = {
  rules(name) {
    const { loadChisel } = require('../chisels/loader') as typeof import('../chisels/loader');
    const info = loadChisel(name).info;
    return {
      nargs: info.args.length,
      nrequired: info.args.filter((a) => !a.optional).length,
      singleFilterArg: info.args.length === 1 && info.args[0].argtype === 'filter',
    };
  },
  isValidFilter(text) {
    const { compileFilter } = require('../filter') as typeof import('../filter');
    try { compileFilter(text); return true; } catch { return false; }
  },
};

export async function run(argv: readonly string[]): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(argv, chiselLookup);
  } catch (e) {
    if (e instanceof CommanderError) return 0; // --help / --version already printed
    if (e instanceof UsageError || e instanceof ChiselError) return fail(e.message);
    throw e;
  }
  if (opts.listChisels || opts.chiselInfo !== undefined) {
    const { loadChisel, listChiselModules } = await import('../chisels/loader');
    const { listChisels, chiselInfoText } = await import('../chisels/listing');
    try {
      if (opts.chiselInfo !== undefined) process.stdout.write(chiselInfoText(loadChisel(opts.chiselInfo).info));
      else process.stdout.write(listChisels(listChiselModules().map((m) => m.info), true));
    } catch (e) {
      if (e instanceof ChiselError) return fail(e.message);
      throw e;
    }
    return 0;
  }
  if (opts.printDefaultFormat) { process.stdout.write(DEFAULT_FORMAT + '\n'); return 0; }
  if (opts.printLibsVersion) { process.stdout.write(LIBS_VERSION + '\n'); return 0; }
  if (opts.listMarkdown) { process.stdout.write(listFieldsMarkdown()); return 0; }
  if (opts.listFields > 0) { process.stdout.write(listFields(opts.listFields > 1)); return 0; }
  if (opts.listEvents) { process.stdout.write(listEvents()); return 0; }
  return runReplay(opts.readFile, opts);
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
