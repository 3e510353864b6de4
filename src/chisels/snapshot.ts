/**
 * The state-listing chisels (ps, lsof, netstat, lscontainers) stop the capture at the first
 * event, then list the state engine's tables as they are at that point, as sysdig's do.
 */
import type { Chisel, ChiselHost } from './api';

export function snapshotChisel(host: ChiselHost, print: () => void, noMatchMessage = true): Chisel {
  let matched = false;
  return {
    onEvent() {
      host.endCapture();
      matched = true;
      return false;
    },
    onCaptureEnd() {
      if (!matched) {
        if (noMatchMessage) host.print('empty capture or no event matching the filter');
        return;
      }
      print();
    },
  };
}
