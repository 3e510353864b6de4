/** fileslower: show slow file i/o. */
import type { ChiselModule } from '../src/chisels/api';
import { slowIoChisel } from '../src/chisels/slowIo';

export const chisel: ChiselModule = {
  info: {
    name: 'fileslower',
    category: 'Performance',
    shortDescription: 'Show slow file I/O',
    description: 'Prints the file reads and writes that took longer than the given number of milliseconds, with time, process, call and latency. Files under /dev are left out. With -pc the container is shown too.',
    args: [
      { name: 'min_ms', description: 'the latency threshold, in milliseconds', argtype: 'int' },
      { name: 'disable_color', description: "'disable_color' turns colours off", argtype: 'string', optional: true },
    ],
  },
  create(host, args) {
    return slowIoChisel(host, args, 'evt.is_io=true and fd.type=file', true);
  },
};
