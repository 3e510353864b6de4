/**
 * The metadata blocks a capture file starts with (section header, machine, process list,
 * fd lists, users and groups, interfaces), written from a machine scan: what `-w` writes
 * before the events, in the newest block versions.
 */
import { ScapWriter } from '../capture/scapWriter';
import type { MachineState } from './procScan';

export function writeCaptureHead(w: ScapWriter, state: MachineState): void {
  w.sectionHeader();
  w.machineInfo(state.machine);
  w.procList(state.procs, 9);
  for (const [tid, fds] of state.fds) w.fdList(tid, fds, true);
  w.userList(state.users, state.groups, true);
  w.interfaceList(state.interfaces, true);
}
