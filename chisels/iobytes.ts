/** iobytes: Sum of I/O bytes on any kind of fd, per second. */
import type { ChiselModule } from '../src/chisels/api';
import { ioTotalsChisel } from '../src/chisels/ioTotals';

export const chisel: ChiselModule = {
  info: {
    name: 'iobytes',
    category: 'I/O',
    shortDescription: 'Sum of I/O bytes on any kind of fd',
    description: 'Every second, the bytes read and written through any kind of fd.',
    args: [],
  },
  create(host) {
    return ioTotalsChisel(host, 'evt.is_io=true');
  },
};
