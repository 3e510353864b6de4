/** topcontainers_error: top containers by syscall errors (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topcontainers_error",
    category: "Errors",
    shortDescription: "Top containers by syscall errors",
    description: "Lists the containers whose system calls failed most often.",
    args: [],
  },
  create(host) {
    host.exec('table_generator', "container.name", "container.name", "evt.count", "#Errors", "evt.failed=true and container.name!=host", "100", "none");
    return {};
  },
};
