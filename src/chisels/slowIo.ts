/**
 * fileslower / netlower: I/O exits on files or sockets slower than a threshold, one line each
 * (time, process, call, latency in ms, fd name), green on the host and blue in containers.
 */
import type { Chisel, ChiselHost } from './api';
import { luaToString } from './format';
import { colors } from './terminal';
import { leftCol, rightInt } from './printf';

export function slowIoChisel(host: ChiselHost, args: ReadonlyMap<string, string>, filter: string, skipDev: boolean): Chisel {
  const minMs = Number(args.get('min_ms'));
  if (!Number.isFinite(minMs)) throw new Error('Input min_ms must be a number.');
  const term = colors(args.get('disable_color') !== 'disable_color');
  const etype = host.requestField('evt.type');
  const dir = host.requestField('evt.dir');
  const datetime = host.requestField('evt.datetime');
  const fname = host.requestField('fd.name');
  const pname = host.requestField('proc.name');
  const latency = host.requestField('evt.latency');
  const cname = host.requestField('container.name');
  const cid = host.requestField('container.id');
  host.setFilter(filter);
  const pc = host.printContainerData;
  if (pc) {
    host.print(`${leftCol('evt.datetime', 23, 23)} ${leftCol('container.id', 20, 20)} ${leftCol('container.name', 20, 20)} ${leftCol('proc.name', 12, 12)} ${leftCol('evt.type', 8)} ${leftCol('LATENCY(ms)', 12)} fd.name`);
    host.print(`${leftCol('-'.repeat(23), 23, 23)} ${leftCol('-'.repeat(30), 20, 20)} ${leftCol('-'.repeat(30), 20, 20)} ${leftCol('-'.repeat(12), 12, 12)} ${leftCol('-'.repeat(8), 8)} ${leftCol('-'.repeat(12), 12)} ${'-'.repeat(41)}`);
  } else {
    host.print(`${leftCol('evt.datetime', 23, 23)} ${leftCol('proc.name', 12, 12)} ${leftCol('evt.type', 8)} ${leftCol('LATENCY(ms)', 12)} fd.name`);
    host.print(`${leftCol('-'.repeat(23), 23, 23)} ${leftCol('-'.repeat(12), 12, 12)} ${leftCol('-'.repeat(8), 8)} ${leftCol('-'.repeat(12), 12)} ${'-'.repeat(41)}`);
  }
  const s = (v: unknown) => luaToString(v as never);
  return {
    onEvent(ev) {
    const l = latency.get(ev);
    const lat = (typeof l === 'number' ? l : 0) / 1e6;
    const fn = s(fname.get(ev));
    if (dir.get(ev) !== '<' || !(lat > minMs)) return;
    if (skipDev && fn.slice(0, 5) === '/dev/') return;
    const color = cname.get(ev) !== 'host' ? term.blue : term.green;
    host.print(pc
      ? color + `${leftCol(s(datetime.get(ev)), 23, 23)} ${leftCol(s(cid.get(ev)), 20, 20)} ${leftCol(s(cname.get(ev)), 20, 20)} ${leftCol(s(pname.get(ev)), 12, 12)} ${leftCol(s(etype.get(ev)), 8)} ${rightInt(lat, 12)} ${fn}`
      : color + `${leftCol(s(datetime.get(ev)), 23, 23)} ${leftCol(s(pname.get(ev)), 12, 12)} ${leftCol(s(etype.get(ev)), 8)} ${rightInt(lat, 12)} ${fn}`);
    },
  };
}
