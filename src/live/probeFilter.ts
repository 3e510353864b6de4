/**
 * What the probe records, decided from the user's filter before capture starts: syscalls whose
 * events the filter can never match are not recorded at all, unless the state engine needs them
 * (events flagged as modifying state), and processes the filter excludes by name are skipped in
 * the kernel for every event the state engine can do without.
 */
import { EVENT_TABLE, PPME } from '../events/eventTable';
import { EF } from '../events/paramTypes';
import { GENERIC_BASE, EventTypeSet } from '../filter/eventTypes';
import { SYSCALL_ROUTES, SYSCALL_SLOTS } from './syscallRoutes';

/** native/bpf/probe_abi.h PROBE_SYSCALL_* */
export const PROBE_SYSCALL = { SKIP: 0, RECORD: 1, RECORD_UNLESS_COMM: 2 } as const;

export interface ProbeFilter {
  /** per native syscall number: PROBE_SYSCALL.* */
  readonly syscallMask: Uint8Array;
  /** process names whose non-state events are skipped */
  readonly skipComms: readonly string[];
  /** scheduler switches cannot match and are not recorded */
  readonly dropSwitch: boolean;
}

const modifiesState = (type: number): boolean =>
  type !== 0 && (EVENT_TABLE[type].flags & EF.MODIFIES_STATE) !== 0;

/**
 * `types` is the filter's possible event types (undefined: any); `excludedNames` the process
 * names it can never match.
 */
export function probeFilterFor(types: EventTypeSet | undefined, excludedNames: readonly string[]): ProbeFilter {
  const mask = new Uint8Array(SYSCALL_SLOTS);
  const possible = (sc: number) => types === undefined || types[GENERIC_BASE + sc] === 1;
  // syscalls the driver does not know are recorded as generic events with code 0
  mask.fill(possible(0) ? PROBE_SYSCALL.RECORD_UNLESS_COMM : PROBE_SYSCALL.SKIP);
  for (const [nr, enter, exit, sc] of SYSCALL_ROUTES) {
    if (modifiesState(enter) || modifiesState(exit)) mask[nr] = PROBE_SYSCALL.RECORD;
    else if (possible(sc) || (types !== undefined && (types[enter] === 1 || types[exit] === 1)) || types === undefined) {
      mask[nr] = PROBE_SYSCALL.RECORD_UNLESS_COMM;
    } else mask[nr] = PROBE_SYSCALL.SKIP;
  }
  return {
    syscallMask: mask,
    skipComms: excludedNames,
    dropSwitch: types !== undefined && types[PPME.SCHEDSWITCH_6_E] !== 1,
  };
}
