/** topscalls: top syscalls by number of calls (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topscalls",
    category: "Performance",
    shortDescription: "Top syscalls by number of calls",
    description: "Lists the system calls made most often. With -pc the container is shown too.",
    args: [],
  },
  create(host) {
    if (host.printContainerData) {
      host.exec('table_generator', "evt.type,container.name", "Syscall,container.name", "evt.count", "# Calls", "evt.type!=switch", "30", "none");
    } else {
      host.exec('table_generator', "evt.type", "Syscall", "evt.count", "# Calls", "evt.type!=switch", "30", "none");
    }
    return {};
  },
};
