/** httplog: one line per HTTP request/response pair seen in I/O buffers. */
import type { ChiselModule } from '../src/chisels/api';
import { luaToString } from '../src/chisels/format';
import { httpTracker } from '../src/chisels/httpParser';

export const chisel: ChiselModule = {
  info: {
    name: 'httplog',
    category: 'Application',
    shortDescription: 'Log of HTTP requests',
    description: 'Prints each HTTP request seen in the data processes exchange, with its method, URL, response code, latency and response size.',
    args: [],
  },
  create(host) {
    const datetime = host.requestField('evt.datetime');
    const track = httpTracker(host, (t, ev) => {
      const container = host.printContainerData ? ` ${luaToString(t.container)} ` : ' ';
      const r = t.response!;
      host.print(`${luaToString(datetime.get(ev))}${container}${t.dir} method=${t.request.method} url=${t.request.url} ` +
        `response_code=${r.code} latency=${Math.trunc((r.ts - t.request.ts) / 1e6)}ms size=${r.length}B`);
    });
    return { onEvent: track };
  },
};
