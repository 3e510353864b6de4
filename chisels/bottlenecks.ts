/** bottlenecks: the ten system calls that took longest to return, with their enter events. */
import type { ChiselModule, ChiselValue } from '../src/chisels/api';
import { luaToString } from '../src/chisels/format';
import { zeroPad9 } from '../src/chisels/printf';

const HOW_MANY = 10;

export const chisel: ChiselModule = {
  info: {
    name: 'bottlenecks',
    category: 'Performance',
    shortDescription: 'The slowest system calls',
    description: `Lists the ${HOW_MANY} system calls that took longest to return during the capture, each after the line of its enter event.`,
    args: [],
  },
  create(host) {
    const num = host.requestField('evt.num');
    const etype = host.requestField('evt.type');
    const eargs = host.requestField('evt.args');
    const latency = host.requestField('evt.latency');
    const pname = host.requestField('proc.name');
    const tid = host.requestField('thread.tid');
    const s = (v: ChiselValue) => luaToString(v);
    const int = (v: ChiselValue) => String(Math.trunc(Number(v)));
    /** [latency, enter line, exit line], slowest first */
    const slow: [number, string | undefined, string][] = [];
    const lastLines = new Map<ChiselValue, string>();
    return {
      onEvent(ev) {
        const lat = latency.get(ev);
        const t = tid.get(ev);
        const type = etype.get(ev);
        if (type === 'switch') return;
        if (lat === 0) {
          lastLines.set(t, `${int(num.get(ev))}) 0.${zeroPad9(0)} ${s(pname.get(ev) ?? '')} (${int(t)}) > ${s(type)} ${s(eargs.get(ev))}`);
        } else if (typeof lat === 'number') {
          for (let j = 0; j < HOW_MANY; j++) {
            if (slow[j] === undefined || lat > slow[j][0]) {
              const line = `${int(num.get(ev))}) ${Math.trunc(lat / 1e9)}.${zeroPad9(lat % 1e9)} ${s(pname.get(ev) ?? '')} (${int(t)}) < ${s(type)} ${s(eargs.get(ev))}`;
              slow.splice(j, 0, [lat, lastLines.get(t), line]);
              break;
            }
          }
          if (slow.length > HOW_MANY) slow.pop();
        }
      },
      onCaptureEnd() {
        for (const [, enter, exit] of slow) {
          host.print(enter ?? 'nil');
          host.print(exit);
        }
      },
    };
  },
};
