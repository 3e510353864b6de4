/**
 * The event types a checked filter can possibly match (libsinsp's evttypes): a filter like
 * `evt.type=sendto and proc.name=curl` can only match sendto events, so the state engine may
 * skip the evaluation for every other event that does not change state. The result must be
 * a superset of what can match: anything not understood counts as "every type".
 */
import { DISPLAY_TABLE } from '../events/displayTable';
import { PPME } from '../events/eventTable';
import { SYSCALL_NAMES, PPM_SC_MAX } from '../events/syscallNames';
import type { CheckedCheck, CheckedNode } from './check';

/**
 * One flag per event id, then one per syscall id for generic events (which evt.type names after
 * their syscall): index GENERIC_BASE + syscall id. undefined means every type is possible.
 */
export type EventTypeSet = Uint8Array;

const NTYPES = DISPLAY_TABLE.length;
export const GENERIC_BASE = NTYPES;
const SIZE = NTYPES + PPM_SC_MAX;

/** the events and generic syscalls whose evt.type is one of the names */
function namedIds(names: readonly string[]): EventTypeSet {
  const set = new Uint8Array(SIZE);
  const wanted = new Set(names);
  for (let id = 0; id < NTYPES; id++) if (wanted.has(DISPLAY_TABLE[id].name)) set[id] = 1;
  for (let sc = 0; sc < PPM_SC_MAX; sc++) if (wanted.has(SYSCALL_NAMES[sc])) set[GENERIC_BASE + sc] = 1;
  // generic events themselves are decided by their syscall
  set[PPME.GENERIC_E] = 0;
  set[PPME.GENERIC_X] = 0;
  return set;
}

/** the exact set of types a check on evt.type matches, or undefined when it is not such a check */
function exactSet(c: CheckedCheck): EventTypeSet | undefined {
  if (c.ref.def.name !== 'evt.type') return undefined;
  const values = c.node.values;
  if (c.op === '=' || c.op === '==' || c.op === 'in') return namedIds(values);
  if (c.op === '!=') return complement(namedIds(values));
  return undefined;
}

function complement(s: EventTypeSet): EventTypeSet {
  const out = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i++) out[i] = s[i] ? 0 : 1;
  out[PPME.GENERIC_E] = 0;
  out[PPME.GENERIC_X] = 0;
  return out;
}

function possible(n: CheckedNode): EventTypeSet | undefined {
  switch (n.kind) {
    case 'check': {
      return exactSet(n);
    }
    case 'and': {
      let acc: EventTypeSet | undefined;
      for (const c of n.children) {
        const s = possible(c);
        if (!s) continue;
        if (!acc) acc = s.slice();
        else for (let i = 0; i < SIZE; i++) acc[i] &= s[i];
      }
      return acc;
    }
    case 'or': {
      const acc = new Uint8Array(SIZE);
      for (const c of n.children) {
        const s = possible(c);
        if (!s) return undefined;
        for (let i = 0; i < SIZE; i++) acc[i] |= s[i];
      }
      return acc;
    }
    case 'not': {
      // only a plain evt.type test can be negated exactly
      if (n.child.kind !== 'check') return undefined;
      const s = exactSet(n.child);
      return s && complement(s);
    }
  }
}

function hasStatefulField(n: CheckedNode): boolean {
  switch (n.kind) {
    case 'check': return n.ref.def.stateful === true;
    case 'not': return hasStatefulField(n.child);
    default: return n.children.some(hasStatefulField);
  }
}

export function possibleEventTypes(n: CheckedNode): EventTypeSet | undefined {
  // a field that keeps state between calls must see every event, as in sysdig
  if (hasStatefulField(n)) return undefined;
  return possible(n);
}
