/** topfiles_time: top files by i/o time (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topfiles_time",
    category: "I/O",
    shortDescription: "Top files by I/O time",
    description: "Lists the files whose reads and writes took the longest in total. With -pc the container is shown too.",
    args: [],
  },
  create(host) {
    if (host.printContainerData) {
      host.exec('table_generator', "fd.name,container.name", "Filename,container.name", "evt.latency", "Time", "fd.type=file and evt.is_io=true", "10", "time");
    } else {
      host.exec('table_generator', "fd.name", "Filename", "evt.latency", "Time", "fd.type=file and evt.is_io=true", "10", "time");
    }
    return {};
  },
};
