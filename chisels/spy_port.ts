/** spy_port: the data exchanged on one port. */
import type { ChiselModule } from '../src/chisels/api';
import { spyNetChisel } from '../src/chisels/spyNet';

export const chisel: ChiselModule = {
  info: {
    name: 'spy_port',
    category: 'Net',
    shortDescription: 'Show the data exchanged on a port',
    description: 'Prints the data sent and received on connections using the given port, with a header when the direction changes.',
    args: [
      { name: 'host_port', description: 'the port number', argtype: 'int' },
      { name: 'disable_color', description: "'disable_colors' turns colours off", argtype: 'string', optional: true },
    ],
  },
  create(host, args) {
    return spyNetChisel(host, 'fd.port=' + (args.get('host_port') ?? ''), 'Write', args.get('disable_color') !== 'disable_colors');
  },
};
