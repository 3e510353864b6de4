/** topprocs_file: top processes by file bytes (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topprocs_file",
    category: "I/O",
    shortDescription: "Top processes by file bytes",
    description: "Lists the processes that read and wrote the most bytes from and to files. With -pc the container is shown too.",
    args: [],
  },
  create(host) {
    if (host.printContainerData) {
      host.exec('table_generator', "proc.name,proc.pid,thread.vtid,container.name", "Process,Host_pid,Container_pid,container.name", "evt.rawarg.res", "Bytes", "fd.type=file and evt.is_io=true", "10", "bytes");
    } else {
      host.exec('table_generator', "proc.name,proc.pid", "Process,PID", "evt.rawarg.res", "Bytes", "fd.type=file and evt.is_io=true", "10", "bytes");
    }
    return {};
  },
};
