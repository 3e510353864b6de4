/** stdout: Print the standard output of any process. */
import type { ChiselModule } from '../src/chisels/api';
import { stdStreamChisel } from '../src/chisels/stdStream';

export const chisel: ChiselModule = {
  info: {
    name: 'stdout',
    category: 'I/O',
    shortDescription: 'Print the standard output of any process',
    description: 'Prints what processes write to their standard output (fd 1).',
    args: [],
  },
  create(host) {
    return stdStreamChisel(host, 1, false);
  },
};
