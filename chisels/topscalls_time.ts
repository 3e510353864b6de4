/** topscalls_time: top syscalls by time (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topscalls_time",
    category: "Performance",
    shortDescription: "Top syscalls by time",
    description: "Lists the system calls that took the most time in total. With -pc the container is shown too.",
    args: [],
  },
  create(host) {
    if (host.printContainerData) {
      host.exec('table_generator', "evt.type,container.name", "Syscall,container.name", "evt.latency", "Time", "", "30", "time");
    } else {
      host.exec('table_generator', "evt.type", "Syscall", "evt.latency", "Time", "", "30", "time");
    }
    return {};
  },
};
