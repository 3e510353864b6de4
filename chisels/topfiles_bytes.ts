/** topfiles_bytes: top files by bytes read and written (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topfiles_bytes",
    category: "I/O",
    shortDescription: "Top files by bytes read and written",
    description: "Lists the files that were read or written the most, by bytes. With -pc the container is shown too.",
    args: [],
  },
  create(host) {
    if (host.printContainerData) {
      host.exec('table_generator', "container.name,fd.name", "container.name,Filename", "evt.rawarg.res", "Bytes", "fd.type=file and evt.is_io=true", "10", "bytes");
    } else {
      host.exec('table_generator', "fd.name", "Filename", "evt.rawarg.res", "Bytes", "fd.type=file and evt.is_io=true", "10", "bytes");
    }
    return {};
  },
};
