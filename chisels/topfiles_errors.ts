/** topfiles_errors: top files by i/o errors (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topfiles_errors",
    category: "Errors",
    shortDescription: "Top files by I/O errors",
    description: "Lists the files with the most failed I/O calls. With -pc the container is shown too.",
    args: [],
  },
  create(host) {
    if (host.printContainerData) {
      host.exec('table_generator', "fd.name,container.name", "Filename,container.name", "evt.count", "#Errors", "fd.type=file and evt.failed=true", "100", "none");
    } else {
      host.exec('table_generator', "fd.name", "Filename", "evt.count", "#Errors", "fd.type=file and evt.failed=true", "100", "none");
    }
    return {};
  },
};
