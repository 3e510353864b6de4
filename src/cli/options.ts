/**
 * Command-line parsing with sysdig's flag names. The parsed options are frozen once;
 * flags that later work will implement are accepted by the parser but rejected with a
 * clear "not supported yet" rather than silently ignored.
 */
import { Command, CommanderError, Option } from 'commander';

export interface Options {
  readonly readFile: string | undefined;
  readonly numEvents: number | undefined;
  readonly debug: boolean;
  readonly filter: string;
  /** -p: the output format, or undefined for sysdig's default line */
  readonly format: string | undefined;
}

/** sysdig's -pc / -pk / -pm formats */
export const CONTAINER_FORMAT = '*%evt.num %evt.outputtime %evt.cpu %container.name (%container.id) %proc.name (%thread.tid:%thread.vtid) %evt.dir %evt.type %evt.info';
export const K8S_FORMAT = '*%evt.num %evt.outputtime %evt.cpu %k8s.pod.name (%container.id) %proc.name (%thread.tid:%thread.vtid) %evt.dir %evt.type %evt.info';
export const MESOS_FORMAT = '*%evt.num %evt.outputtime %evt.cpu %mesos.task.name (%container.id) %proc.name (%thread.tid:%thread.vtid) %evt.dir %evt.type %evt.info';
export const DEFAULT_FORMAT = '*%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.info';

export class UsageError extends Error {}

/** sysdig flags that exist but are not implemented yet: [flags, description, takes a value] */
const NOT_YET: ReadonlyArray<[string, string, boolean]> = [
  ['-A, --print-ascii', 'print only the ASCII part of data buffers', false],
  ['-b, --print-base64', 'print data buffers in base64', false],
  ['-c, --chisel <chisel>', 'run a chisel', true],
  ['-C, --file-size <size>', 'rotate capture files by size', true],
  ['-d, --displayflt', 'apply the filter after parsing', false],
  ['-e, --events <num>', 'rotate capture files by event count', true],
  ['-E, --exclude-users', 'do not create the user/group tables', false],
  ['-F, --fatfile', 'fat file mode', false],
  ['-G, --seconds <num>', 'rotate capture files by time', true],
  ['-i, --chisel-info <chisel>', 'describe a chisel', true],
  ['-j, --json', 'JSON output', false],
  ['-k, --k8s-api <url>', 'Kubernetes API server', true],
  ['-l, --list', 'list the fields', false],
  ['-L, --list-events', 'list the events', false],
  ['-M <num>', 'stop after num seconds', true],
  ['-N', 'do not resolve port numbers', false],
  ['-P, --progress', 'print progress on stderr', false],
  ['-q, --quiet', 'do not print events', false],
  ['-R, --resolve-ports', 'resolve port numbers to names', false],
  ['-s, --snaplen <len>', 'bytes of data buffers to capture and show', true],
  ['-S, --summary', 'print an event summary', false],
  ['-t, --timetype <type>', 'timestamp type: h|a|r|d|D', true],
  ['-v, --verbose', 'verbose output', false],
  ['-w, --write <file>', 'write a capture file', true],
  ['-W, --limit <num>', 'number of rotated capture files', true],
  ['-x, --print-hex', 'print data buffers in hex', false],
  ['-X, --print-hex-ascii', 'print data buffers in hex and ASCII', false],
  ['-z, --compress', 'gzip capture files', false],
  ['--unbuffered', 'do not buffer output', false],
  ['--list-chisels', 'list chisels', false],
];

export function parseOptions(argv: readonly string[]): Options {
  const program = new Command('tsysdig')
    .description('tsysdig: a sysdig-compatible syscall event analyzer')
    .usage('[options] [filter]')
    .option('-r, --read <file>', 'read events from a capture file (plain or gzip)')
    .option('-n, --numevents <num>', 'stop after num events')
    .option('-D, --debug', 'also print internal events (procinfo, container, ...)')
    .option('-p, --print <format>', 'output format: %field tokens and text; c, k or m for the container, Kubernetes or Mesos formats')
    .argument('[filter...]', 'a sysdig filter (the remaining words, joined by spaces)')
    .helpOption('-h, --help', 'print this help')
    .version('tsysdig 0.1.0 (sysdig 0.29.3 compatible)', '--version')
    .exitOverride()
    .configureOutput({ writeErr: () => {} , writeOut: (s) => process.stdout.write(s) })
    .allowExcessArguments(true);
  for (const [flags, desc] of NOT_YET) program.addOption(new Option(flags, desc).hideHelp(false));
  try {
    program.parse(argv as string[], { from: 'user' });
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
    if (o[key] !== undefined) {
      throw new UsageError(`option ${flags.split(',')[0].split(' ')[0]} is not supported yet`);
    }
  }
  let numEvents: number | undefined;
  if (o.numevents !== undefined) {
    if (!/^\d+$/.test(o.numevents)) throw new UsageError(`invalid number of events: ${o.numevents}`);
    numEvents = Number(o.numevents);
  }
  const filter = (program.args as string[]).join(' ');
  let format: string | undefined = o.print;
  if (format === 'c' || format === 'container') format = CONTAINER_FORMAT;
  else if (format === 'k' || format === 'kubernetes') format = K8S_FORMAT;
  else if (format === 'm' || format === 'mesos') format = MESOS_FORMAT;
  return Object.freeze({ readFile: o.read, numEvents, debug: !!o.debug, filter, format });
}
