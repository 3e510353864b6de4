/** stderr: Print the standard error of any process. */
import type { ChiselModule } from '../src/chisels/api';
import { stdStreamChisel } from '../src/chisels/stdStream';

export const chisel: ChiselModule = {
  info: {
    name: 'stderr',
    category: 'I/O',
    shortDescription: 'Print the standard error of any process',
    description: 'Prints what processes write to their standard error (fd 2); with -pc, each line shows the container.',
    args: [{ name: 'disable_color', description: "'disable_color' turns colours off", argtype: 'string', optional: true }],
  },
  create(host, args) {
    return stdStreamChisel(host, 2, true, args.get('disable_color') !== 'disable_color');
  },
};
