/** topcontainers_file: top containers by file bytes (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topcontainers_file",
    category: "I/O",
    shortDescription: "Top containers by file bytes",
    description: "Lists the containers that read and wrote the most bytes from and to files.",
    args: [],
  },
  create(host) {
    host.exec('table_generator', "container.name", "container.name", "evt.rawarg.res", "Bytes", "fd.type=file and evt.is_io=true and container.name!=host", "10", "bytes");
    return {};
  },
};
