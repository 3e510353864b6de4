/** iobytes_net: Sum of network I/O bytes, per second. */
import type { ChiselModule } from '../src/chisels/api';
import { ioTotalsChisel } from '../src/chisels/ioTotals';

export const chisel: ChiselModule = {
  info: {
    name: 'iobytes_net',
    category: 'Net',
    shortDescription: 'Sum of network I/O bytes',
    description: 'Every second, the bytes sent and received over the network.',
    args: [],
  },
  create(host) {
    return ioTotalsChisel(host, 'evt.is_io=true and (fd.type=ipv4 or fd.type=ipv6)');
  },
};
