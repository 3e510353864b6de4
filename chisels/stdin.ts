/** stdin: Print the standard input of any process. */
import type { ChiselModule } from '../src/chisels/api';
import { stdStreamChisel } from '../src/chisels/stdStream';

export const chisel: ChiselModule = {
  info: {
    name: 'stdin',
    category: 'I/O',
    shortDescription: 'Print the standard input of any process',
    description: 'Prints what processes read from their standard input (fd 0).',
    args: [],
  },
  create(host) {
    return stdStreamChisel(host, 0, false);
  },
};
