/** netlower: show slow network i/o. */
import type { ChiselModule } from '../src/chisels/api';
import { slowIoChisel } from '../src/chisels/slowIo';

export const chisel: ChiselModule = {
  info: {
    name: 'netlower',
    category: 'Performance',
    shortDescription: 'Show slow network I/O',
    description: 'Prints the network reads and writes that took longer than the given number of milliseconds, with time, process, call, latency and connection. With -pc the container is shown too.',
    args: [
      { name: 'min_ms', description: 'the latency threshold, in milliseconds', argtype: 'int' },
      { name: 'disable_color', description: "'disable_color' turns colours off", argtype: 'string', optional: true },
    ],
  },
  create(host, args) {
    return slowIoChisel(host, args, 'evt.is_io=true and (fd.type=ipv4 or fd.type=ipv6)', false);
  },
};
