/** topcontainers_cpu: the containers that used the most CPU. */
import type { ChiselModule } from '../src/chisels/api';
import { cpuTableChisel } from '../src/chisels/cpuTable';

export const chisel: ChiselModule = {
  info: {
    name: 'topcontainers_cpu',
    category: 'CPU Usage',
    shortDescription: 'Top containers by CPU',
    description: 'Lists the containers (and the host) that used the most CPU, as a share of the time covered, from the procinfo events of the capture.',
    args: [],
  },
  create(host) {
    return cpuTableChisel(host, ['container.name'], ['container.name']);
  },
};
