/**
 * The HTTP transaction tracker behind httplog and httptop (sysdig's http.lua): a request seen
 * in an I/O buffer on an fd opens a transaction, the next response on the same process and
 * fd closes it. Buffers are read as sysdig renders them (non-printables as '.'), so header
 * lines end in "..".
 */
import type { ChiselHost, ChiselValue } from './api';
import type { Event } from '../events/event';

export interface HttpTransaction {
  readonly request: { readonly method: string; readonly url: string; readonly ts: number };
  response?: { readonly code: number; readonly length: number; readonly ts: number };
  /** '<' for a request read (server side), '>' for one written (client side) */
  readonly dir: string;
  readonly container: ChiselValue;
}

const REQUEST = /^([A-Z]+) ([\x21-\x7e]+)/;

const RESPONSE = /HTTP\/[\x21-\x7e]+ (\d+)/;
const CONTENT_LENGTH = /Content-Length: (\d+)\.\./;

export function httpTracker(host: ChiselHost, onTransaction: (t: HttpTransaction, ev: Event) => void): (ev: Event) => void {
  host.setFilter('evt.is_io = true and evt.buflen > 0 and (fd.sockfamily = ip or fd.sockfamily = unix)');
  const buffer = host.requestField('evt.buffer');
  const fdnum = host.requestField('fd.num');
  const pid = host.requestField('proc.pid');
  const rawtime = host.requestField('evt.rawtime');
  const ioDir = host.requestField('evt.io_dir');
  const container = host.requestField('container.name');
  const partial = new Map<string, HttpTransaction>();
  return (ev) => {
    const buf = String(buffer.get(ev) ?? '');
    const key = `${Math.trunc(Number(pid.get(ev)))}\u0001\u0001${Math.trunc(Number(fdnum.get(ev)))}`;
    const ts = Number(rawtime.get(ev));
    const open = partial.get(key);
    if (!open) {
      const m = REQUEST.exec(buf);
      if (!m) return;
      // Lua's %g+ is greedy but the pattern needs the two dots after it: take the shortest match
      const h = hostMatch(buf);
      const d = ioDir.get(ev);
      partial.set(key, {
        request: { method: m[1], url: h !== undefined ? h + m[2] : m[2], ts },
        dir: d === 'read' ? '<' : d === 'write' ? '>' : '<NA>',
        container: container.get(ev),
      });
    } else {
      const r = RESPONSE.exec(buf);
      if (!r) return;
      const cl = CONTENT_LENGTH.exec(buf);
      open.response = { code: Number(r[1]), length: cl ? Number(cl[1]) : 0, ts };
      onTransaction(open, ev);
      partial.delete(key);
    }
  };
}

/** Lua's "Host: (%g+)%.%." backtracks from the longest run of printables to the last ".." in it. */
function hostMatch(buf: string): string | undefined {
  const at = buf.indexOf('Host: ');
  if (at < 0) return undefined;
  let end = at + 6;
  while (end < buf.length && buf.charCodeAt(end) >= 0x21 && buf.charCodeAt(end) <= 0x7e) end++;
  const run = buf.slice(at + 6, end);
  // the capture is the longest prefix of the run followed by ".."
  for (let i = run.length - 2; i >= 1; i--) if (run[i] === '.' && run[i + 1] === '.') return run.slice(0, i);
  return undefined;
}


