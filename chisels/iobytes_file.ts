/** iobytes_file: Sum of file I/O bytes, per second. */
import type { ChiselModule } from '../src/chisels/api';
import { ioTotalsChisel } from '../src/chisels/ioTotals';

export const chisel: ChiselModule = {
  info: {
    name: 'iobytes_file',
    category: 'I/O',
    shortDescription: 'Sum of file I/O bytes',
    description: 'Every second, the bytes read from and written to files.',
    args: [],
  },
  create(host) {
    return ioTotalsChisel(host, 'evt.is_io=true and fd.type=file');
  },
};
