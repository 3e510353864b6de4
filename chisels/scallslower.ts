/** scallslower: system calls slower than a threshold. */
import type { ChiselModule } from '../src/chisels/api';
import { luaNumber, luaToString } from '../src/chisels/format';
import { colors } from '../src/chisels/terminal';
import { leftCol } from '../src/chisels/printf';

export const chisel: ChiselModule = {
  info: {
    name: 'scallslower',
    category: 'Performance',
    shortDescription: 'Show slow system calls',
    description: 'Prints the system calls that took longer than the given number of milliseconds to return, with time, process and latency. With -pc the container is shown too.',
    args: [
      { name: 'min_ms', description: 'the latency threshold, in milliseconds', argtype: 'int' },
      { name: 'disable_color', description: "'disable_color' turns colours off", argtype: 'string', optional: true },
    ],
  },
  create(host, args) {
    const minMs = Number(args.get('min_ms'));
    if (!Number.isFinite(minMs)) throw new Error('Input min_ms must be a number.');
    const term = colors(args.get('disable_color') !== 'disable_color');
    const etype = host.requestField('evt.type');
    const datetime = host.requestField('evt.datetime');
    const pname = host.requestField('proc.name');
    const latency = host.requestField('evt.latency');
    const cname = host.requestField('container.name');
    const cid = host.requestField('container.id');
    const pc = host.printContainerData;
    if (pc) {
      host.print(`${leftCol('evt.datetime', 23, 23)} ${leftCol('container.id', 20, 20)}  ${leftCol('container.name', 20, 20)} ${leftCol('proc.name', 23, 23)} ${leftCol('LATENCY(ms)', 20)} evt.type`);
      host.print(`${leftCol('-'.repeat(23), 23, 23)} ${leftCol('-'.repeat(20), 20, 20)} ${leftCol('-'.repeat(20), 20, 20)} ${leftCol('-'.repeat(23), 23, 23)} ${leftCol('-'.repeat(20), 20)} ${'-'.repeat(20)}`);
    } else {
      host.print(`${leftCol('evt.datetime', 23, 23)} ${leftCol('proc.name', 23, 23)} ${leftCol('LATENCY(ms)', 20)} evt.type`);
      host.print(`${leftCol('-'.repeat(23), 23, 23)} ${leftCol('-'.repeat(23), 23, 23)} ${leftCol('-'.repeat(20), 20)} ${'-'.repeat(20)}`);
    }
    const s = (v: unknown) => luaToString(v as never);
    return {
      onEvent(ev) {
        const l = latency.get(ev);
        if (typeof l !== 'number') return;
        const lat = l / 1e6;
        if (!(lat > minMs)) return;
        const color = cname.get(ev) !== 'host' ? term.blue : term.green;
        host.print(pc
          ? color + `${leftCol(s(datetime.get(ev)), 23, 23)} ${leftCol(s(cid.get(ev)), 20, 20)} ${leftCol(s(cname.get(ev)), 20, 20)} ${leftCol(s(pname.get(ev)), 23, 23)} ${leftCol(luaNumber(lat), 20)} ${s(etype.get(ev))}`
          : color + `${leftCol(s(datetime.get(ev)), 23, 23)} ${leftCol(s(pname.get(ev)), 23, 23)} ${leftCol(luaNumber(lat), 20)} ${s(etype.get(ev))}`);
      },
    };
  },
};
