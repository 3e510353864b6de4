/** topprocs_errors: top processes by syscall errors (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topprocs_errors",
    category: "Errors",
    shortDescription: "Top processes by syscall errors",
    description: "Lists the processes whose system calls failed most often. With -pc the container is shown too.",
    args: [],
  },
  create(host) {
    if (host.printContainerData) {
      host.exec('table_generator', "proc.name,proc.pid,thread.vtid,container.name", "Process,Host_pid,Container_pid,container.name", "evt.count", "#Errors", "evt.failed=true", "100", "none");
    } else {
      host.exec('table_generator', "proc.name,proc.pid", "Process,PID", "evt.count", "#Errors", "evt.failed=true", "100", "none");
    }
    return {};
  },
};
