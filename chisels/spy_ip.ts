/** spy_ip: the data exchanged with one IP address. */
import type { ChiselModule } from '../src/chisels/api';
import { spyNetChisel } from '../src/chisels/spyNet';

export const chisel: ChiselModule = {
  info: {
    name: 'spy_ip',
    category: 'Net',
    shortDescription: 'Show the data exchanged with an IP address',
    description: 'Prints the data sent to and received from the given IP address, with a header when the direction changes.',
    args: [
      { name: 'host_ip', description: 'the remote IP address', argtype: 'ipv4' },
      { name: 'disable_color', description: "'disable_colors' turns colours off", argtype: 'string', optional: true },
    ],
  },
  create(host, args) {
    return spyNetChisel(host, 'fd.ip=' + (args.get('host_ip') ?? ''), 'Read', args.get('disable_color') !== 'disable_colors');
  },
};
