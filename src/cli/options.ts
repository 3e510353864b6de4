/**
 * Command-line parsing with sysdig's flag names, done once into a frozen Options. Flags
 * that later work will implement are accepted by the parser but rejected with a clear
 * "not supported yet" rather than silently ignored.
 */
import { Command, CommanderError, Option } from 'commander';
import { BufferFormat } from '../output/bufferFormat';
import { MAX_SUPPRESSED_COMMS } from '../capture/scapSideFilter';

export type TimeType = 'h' | 'a' | 'r' | 'd' | 'D';

export interface Options {
  readonly readFile: string | undefined;
  readonly numEvents: number | undefined;
  readonly debug: boolean;
  readonly filter: string;
  /** -p: the output format, or undefined for sysdig's default line */
  readonly format: string | undefined;
  readonly json: boolean;
  /** -A / -x / -X / -b */
  readonly bufferFormat: BufferFormat;
  readonly snaplen: number | undefined;
  readonly verbose: boolean;
  readonly timeType: TimeType;
  readonly quiet: boolean;
  readonly summary: boolean;
  readonly resolvePorts: boolean;
  readonly unbuffered: boolean;
  readonly progress: boolean;
  /** -l (1) or -lv / -ll (2) */
  readonly listFields: number;
  readonly listEvents: boolean;
  /** -pp: print the default format and exit */
  readonly printDefaultFormat: boolean;
  /** -c NAME [ARGS]: chisels to run, with their arguments as sysdig splits them */
  readonly chisels: readonly ChiselRequest[];
  /** -cl / --list-chisels */
  readonly listChisels: boolean;
  /** -i NAME */
  readonly chiselInfo: string | undefined;
  /** -pc / -pcontainer given */
  readonly printContainer: boolean;
  /** -w FILE */
  readonly writeFile: string | undefined;
  /** -C/-G/-W/-e: capture file rotation for -w */
  readonly rotation: { fileSizeMb?: number; durationS?: number; fileLimit?: number; eventsPerFile?: number };
  /** -M: stop a live capture after this many seconds */
  readonly durationS: number | undefined;
  /** -z */
  readonly compress: boolean;
  /** -d: the filter selects what is printed, after every event has updated the state */
  readonly displayFilter: boolean;
  /** -E: no user and group tables */
  readonly excludeUsers: boolean;
  /** -U: process names whose events are dropped before anything sees them */
  readonly suppressedComms: readonly string[];
  /** --list-markdown: -l as markdown */
  readonly listMarkdown: boolean;
  /** --libs-version */
  readonly printLibsVersion: boolean;
  /** --cri: the CRI runtime's socket for container metadata (live capture) */
  readonly criSocket: string | undefined;
  /** --cri-timeout: how long to wait for the CRI runtime's answers, in ms */
  readonly criTimeoutMs: number | undefined;
}

export interface ChiselRequest {
  readonly name: string;
  readonly args: readonly string[];
}

/** What option parsing needs to know about a chisel to take its arguments from the command line. */
export interface ChiselArgRules {
  readonly nargs: number;
  readonly nrequired: number;
  /** the chisel's only argument is a filter */
  readonly singleFilterArg: boolean;
}

export interface ChiselLookup {
  rules(name: string): ChiselArgRules;
  /** whether the words (the rest of the command line) form a valid filter */
  isValidFilter(text: string): boolean;
}

/** sysdig's default line and its -pc / -pk / -pm variants */
export const DEFAULT_FORMAT = '*%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.info';
export const CONTAINER_FORMAT = '*%evt.num %evt.outputtime %evt.cpu %container.name (%container.id) %proc.name (%thread.tid:%thread.vtid) %evt.dir %evt.type %evt.info';
export const K8S_FORMAT = '*%evt.num %evt.outputtime %evt.cpu %k8s.pod.name (%container.id) %proc.name (%thread.tid:%thread.vtid) %evt.dir %evt.type %evt.info';
export const MESOS_FORMAT = '*%evt.num %evt.outputtime %evt.cpu %mesos.task.name (%container.id) %proc.name (%thread.tid:%thread.vtid) %evt.dir %evt.type %evt.info';

export class UsageError extends Error {}

/** sysdig 0.29.3 flags that exist but are not implemented yet */
const NOT_YET: ReadonlyArray<[string, string]> = [
  ['-B, --bpf [probe]', "sysdig's eBPF probe (tsysdig captures live through its own)"],
  ['-F, --fatfile', 'fat file mode'],
  ['--filter-proclist', 'apply the filter to the process table'],
  ['-H, --plugin <plugin>', 'load a plugin'],
  ['-I, --input <plugin>', 'read events from a plugin'],
  ['-k, --k8s-api <url>', 'Kubernetes API server'],
  ['-K, --k8s-api-cert <cert>', 'Kubernetes API certificates'],
  ['--node-name <name>', 'Kubernetes node name'],
  ['-m, --mesos-api <url>', 'Mesos API server'],
  ['--large-environment', 'capture environments beyond 4 KiB'],
  ['--page-faults', 'capture page faults'],
  ['--plugin-config-file <file>', 'plugin configuration'],
  ['-T, --force-tracers-capture', 'capture tracer writes'],
];

/** sysdig's --libs-version text: the libs sysdig 0.29.3 was built with */
export const LIBS_VERSION = 'falcosecurity/libs version 0.1.1dev+git20220316.e5c53d64348';

/**
 * sysdig's chisel argument rule: a chisel with arguments takes the next word as its argument
 * string when it has a required argument; with only optional ones, it takes it unless it
 * starts with '-' or the rest of the command line is a valid filter (a lone filter argument
 * is always taken).
 */
function takeChisels(argv: readonly string[], lookup: ChiselLookup | undefined): { rest: string[]; chisels: ChiselRequest[]; list: boolean } {
  const rest: string[] = [];
  const chisels: ChiselRequest[] = [];
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let name: string | undefined;
    if (a === '-c' || a === '--chisel') {
      name = argv[++i];
      if (name === undefined) throw new UsageError(`option ${a} requires an argument`);
    } else if (a.startsWith('--chisel=')) {
      name = a.slice('--chisel='.length);
    } else if (/^-c[^-]/.test(a)) {
      name = a.slice(2);
    } else {
      rest.push(a);
      continue;
    }
    if (name === 'l') { list = true; continue; }
    if (!lookup) throw new UsageError('chisels are not available');
    const rules = lookup.rules(name);
    let args: string[] = [];
    const next = argv[i + 1];
    if (rules.nargs > 0) {
      if (next !== undefined) {
        let take = false;
        if (rules.nrequired > 0) take = true;
        else if (!next.startsWith('-')) take = rules.singleFilterArg || !lookup.isValidFilter(argv.slice(i + 1).join(' '));
        if (take) { args = splitChiselArgs(next, name); i++; }
      } else if (rules.nrequired > 0) {
        throw new UsageError(`missing arguments for chisel ${name}`);
      }
    }
    chisels.push({ name, args });
  }
  return { rest, chisels, list };
}

/** sinsp_chisel::set_args: words separated by spaces; '...' or `...` groups words into one. */
export function splitChiselArgs(text: string, name: string): string[] {
  const s = text.trim();
  if (s === '') return [];
  const out: string[] = [];
  let begin = 0;
  let inQuotes = false;
  let correction = 0;
  let j = 0;
  for (; j < s.length; j++) {
    const c = s[j];
    if (c === ' ' && !inQuotes) {
      out.push(s.slice(begin, j - correction));
      begin = j + 1;
      correction = 0;
    } else if (c === "'" || c === '`') {
      if (inQuotes) { correction = 1; inQuotes = false; } else { begin++; inQuotes = true; }
    }
  }
  if (inQuotes) throw new UsageError(`corrupted parameters for chisel ${name}`);
  out.push(s.slice(begin, j - correction));
  return out;
}

export function parseOptions(argvIn: readonly string[], chiselLookup?: ChiselLookup): Options {
  const taken = takeChisels(argvIn, chiselLookup);
  const argv = taken.rest;
  const program = new Command('tsysdig')
    .description('tsysdig: a sysdig-compatible syscall event analyzer')
    .usage('[options] [filter]')
    .option('-r, --read <file>', 'read events from a capture file (plain or gzip)')
    .option('-n, --numevents <num>', 'stop after num events')
    .option('-D, --debug', 'also print internal events (procinfo, container, ...)')
    .option('-p, --print <format>', 'output format: %field tokens and text; c, k or m for the container, Kubernetes or Mesos formats; p prints the default')
    .option('-j, --json', 'one JSON object per event')
    .option('-A, --print-ascii', 'print data buffers as ASCII (newlines kept)')
    .option('-x, --print-hex', 'print data buffers in hex')
    .option('-X, --print-hex-ascii', 'print data buffers in hex and ASCII')
    .option('-b, --print-base64', 'print data buffers in base64')
    .option('-M <num_seconds>', 'stop collecting after num_seconds')
    .option('-C, --file-size <file_size>', 'with -w: start a new capture file every file_size megabytes (10^6 bytes)')
    .option('-G, --seconds <num_seconds>', 'with -w: start a new capture file every num_seconds (the name may hold strftime conversions)')
    .option('-W, --limit <num>', 'with -C or -G: keep at most num files, reusing the oldest names')
    .option('-e, --events <num_events>', 'with -w: start a new capture file every num_events events')
    .option('-s, --snaplen <len>', 'bytes of each data buffer to capture (live capture)')
    .option('-v, --verbose', 'print whole data buffers, and statistics at the end')
    .option('-t, --timetype <type>', 'timestamps: h (human), a (absolute), r (relative to the start), d (delta), D (delta per thread)')
    .option('-q, --quiet', 'do not print events')
    .option('-S, --summary', 'print a summary of event counts at the end')
    .option('-R, --resolve-ports', 'show port numbers as service names')
    .option('--unbuffered', 'write each event as soon as it is printed')
    .option('-P, --progress', 'print progress on stderr while reading files')
    .option('-l, --list', 'list the fields (with -v: with their types)')
    .option('-L, --list-events', 'list the events')
    .option('-i, --chisel-info <chisel>', 'describe a chisel')
    .option('-w, --write <file>', 'write the events (that pass the filter) to a capture file instead of printing them')
    .option('-z, --compress', 'gzip the capture file written with -w')
    .option('--list-chisels', 'list the chisels by category')
    .option('--list-markdown', 'like -l, in markdown')
    .option('--libs-version', 'print the version of falcosecurity/libs tsysdig follows')
    .option('-d, --displayflt', 'apply the filter to what is printed only: every event still updates the state (fd names, processes)')
    .option('-E, --exclude-users', 'no user and group tables (user.name and group.name are <NA>; -w writes none)')
    .option('-U, --suppress-comm <comm>', 'drop every event of processes with this name and of their children (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--cri <path>', 'live capture: the CRI runtime socket to ask for container metadata (containerd, cri-o)')
    .option('--cri-timeout <timeout_ms>', 'live capture: wait at most timeout_ms for answers from the CRI runtime')
    .argument('[filter...]', 'a sysdig filter (the remaining words, joined by spaces)')
    .helpOption('-h, --help', 'print this help')
    .version('tsysdig 0.1.0 (sysdig 0.29.3 compatible)', '--version')
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: (s) => process.stdout.write(s) })
    .allowExcessArguments(true);
  for (const [flags, desc] of NOT_YET) program.addOption(new Option(flags, desc));
  // -ll is sysdig's spelling of -l -v
  const args = argv.map((a) => (a === '-ll' ? '-lv' : a));
  if (args.includes('-Il')) throw new UsageError('option -Il is not supported yet');
  try {
    program.parse(args as string[], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') throw e;
      throw new UsageError(e.message.replace(/^error: /, ''));
    }
    throw e;
  }
  const o = program.opts();
  for (const [flags] of NOT_YET) {
    const long = /--([\w-]+)/.exec(flags);
    const short = /^-(\w)\b/.exec(flags);
    const key = long ? long[1].replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()) : short![1];
    if (o[key] !== undefined) throw new UsageError(`option ${flags.split(',')[0].split(' ')[0]} is not supported yet`);
  }
  let numEvents: number | undefined;
  if (o.numevents !== undefined) {
    if (!/^\d+$/.test(o.numevents) || Number(o.numevents) === 0) throw new UsageError(`invalid event count ${o.numevents}`);
    numEvents = Number(o.numevents);
  }
  const buffers: BufferFormat[] = [];
  if (o.printAscii) buffers.push(BufferFormat.EOLS);
  if (o.printHex) buffers.push(BufferFormat.HEX);
  if (o.printHexAscii) buffers.push(BufferFormat.HEXASCII);
  if (o.printBase64) buffers.push(BufferFormat.BASE64);
  if (buffers.length > 1) throw new UsageError('you cannot specify more than one output format');
  let bufferFormat = buffers[0] ?? BufferFormat.NORMAL;
  if (o.json) bufferFormat = jsonBufferFormat(bufferFormat);
  let timeType: TimeType = 'h';
  if (o.timetype !== undefined) {
    if (!['h', 'a', 'r', 'd', 'D'].includes(o.timetype)) throw new UsageError('invalid modifier for flag -t');
    timeType = o.timetype;
  }
  let snaplen: number | undefined;
  if (o.snaplen !== undefined) {
    if (!/^\d+$/.test(o.snaplen)) throw new UsageError(`invalid snaplen ${o.snaplen}`);
    snaplen = Number(o.snaplen);
  }
  let durationS: number | undefined;
  if (o.M !== undefined) {
    if (!/^\d+$/.test(o.M)) throw new UsageError(`invalid duration ${o.M}`);
    durationS = Number(o.M);
  }
  const count = (flag: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) === 0) throw new UsageError(`invalid value for ${flag}: ${v}`);
    return Number(v);
  };
  const rotation = {
    fileSizeMb: count('-C', o.fileSize), durationS: count('-G', o.seconds), fileLimit: count('-W', o.limit),
    eventsPerFile: count('-e', o.events),
  };
  if (o.write === undefined && Object.values(rotation).some((v) => v !== undefined)) {
    throw new UsageError('-C, -G, -W and -e rotate the capture file of -w: use them with -w FILE');
  }
  let criTimeoutMs: number | undefined;
  if (o.criTimeout !== undefined) {
    if (!/^\d+$/.test(o.criTimeout)) throw new UsageError(`invalid value for --cri-timeout: ${o.criTimeout}`);
    criTimeoutMs = Number(o.criTimeout);
  }
  let format: string | undefined = o.print;
  const printContainer = format === 'c' || format === 'container';
  if (format === 'c' || format === 'container') format = CONTAINER_FORMAT;
  else if (format === 'k' || format === 'kubernetes') format = K8S_FORMAT;
  else if (format === 'm' || format === 'mesos') format = MESOS_FORMAT;
  const listFields = o.list || o.listMarkdown ? (o.verbose ? 2 : 1) : 0;
  const suppressedComms: string[] = o.suppressComm ?? [];
  if (new Set(suppressedComms).size > MAX_SUPPRESSED_COMMS) {
    throw new UsageError(`could not add ${suppressedComms[suppressedComms.length - 1]} to the set of suppressed comms: at most ${MAX_SUPPRESSED_COMMS} names`);
  }
  return Object.freeze({
    readFile: o.read, numEvents, debug: !!o.debug, filter: (program.args as string[]).join(' '),
    format: format === 'p' ? undefined : format, json: !!o.json, bufferFormat, snaplen, verbose: !!o.verbose,
    timeType, quiet: !!o.quiet, summary: !!o.summary, resolvePorts: !!o.resolvePorts, unbuffered: !!o.unbuffered,
    progress: !!o.progress, listFields, listEvents: !!o.listEvents, printDefaultFormat: format === 'p',
    chisels: taken.chisels, listChisels: taken.list || !!o.listChisels, chiselInfo: o.chiselInfo, printContainer,
    writeFile: o.write, compress: !!o.compress, durationS, rotation,
    displayFilter: !!o.displayflt, excludeUsers: !!o.excludeUsers, suppressedComms, listMarkdown: !!o.listMarkdown,
    printLibsVersion: !!o.libsVersion, criSocket: o.cri === '' ? undefined : o.cri, criTimeoutMs,
  });
}

function jsonBufferFormat(f: BufferFormat): BufferFormat {
  switch (f) {
    case BufferFormat.EOLS: return BufferFormat.JSONEOLS;
    case BufferFormat.HEX: return BufferFormat.JSONHEX;
    case BufferFormat.HEXASCII: return BufferFormat.JSONHEXASCII;
    case BufferFormat.BASE64: return BufferFormat.JSONBASE64;
    default: return BufferFormat.JSON;
  }
}
