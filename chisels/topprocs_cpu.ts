/** topprocs_cpu: the processes that used the most CPU. */
import type { ChiselModule } from '../src/chisels/api';
import { cpuTableChisel } from '../src/chisels/cpuTable';

export const chisel: ChiselModule = {
  info: {
    name: 'topprocs_cpu',
    category: 'CPU Usage',
    shortDescription: 'Top processes by CPU',
    description: 'Lists the processes that used the most CPU, as a share of the time covered, from the procinfo events of the capture. With -pc the container is shown too.',
    args: [],
  },
  create(host) {
    return host.printContainerData
      ? cpuTableChisel(host, ['proc.name', 'proc.pid', 'proc.vpid', 'container.name'], ['Process', 'Host_pid', 'Container_pid', 'container.name'])
      : cpuTableChisel(host, ['proc.name', 'proc.pid'], ['Process', 'PID']);
  },
};
