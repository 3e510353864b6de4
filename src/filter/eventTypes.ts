/**
 * The event types a checked filter can possibly match (libsinsp's evttypes): a filter like
 * `evt.type=sendto and proc.name=curl` can only match sendto events, so the state engine may
 * skip the evaluation for every other event that does not change state. The result must be
 * a superset of what can match: anything not understood counts as "every type".
 */
import { DISPLAY_TABLE } from '../events/displayTable';
import { PPME } from '../events/eventTable';
import type { CheckedCheck, CheckedNode } from './check';

/** One flag per event id; undefined means every type is possible. */
export type EventTypeSet = Uint8Array;

const NTYPES = DISPLAY_TABLE.length;

/** ids whose evt.type is decided by their id alone (generic events are named by their syscall) */
function namedIds(names: readonly string[]): EventTypeSet {
  const set = new Uint8Array(NTYPES);
  const wanted = new Set(names);
  for (let id = 0; id < NTYPES; id++) if (wanted.has(DISPLAY_TABLE[id].name)) set[id] = 1;
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
  const out = new Uint8Array(NTYPES);
  for (let i = 0; i < NTYPES; i++) out[i] = s[i] ? 0 : 1;
  return out;
}

function withGenerics(s: EventTypeSet): EventTypeSet {
  // evt.type of generic events is their syscall's name: they can match any name test
  s[PPME.GENERIC_E] = 1;
  s[PPME.GENERIC_X] = 1;
  return s;
}

function possible(n: CheckedNode): EventTypeSet | undefined {
  switch (n.kind) {
    case 'check': {
      const s = exactSet(n);
      return s && withGenerics(s);
    }
    case 'and': {
      let acc: EventTypeSet | undefined;
      for (const c of n.children) {
        const s = possible(c);
        if (!s) continue;
        if (!acc) acc = s.slice();
        else for (let i = 0; i < NTYPES; i++) acc[i] &= s[i];
      }
      return acc;
    }
    case 'or': {
      const acc = new Uint8Array(NTYPES);
      for (const c of n.children) {
        const s = possible(c);
        if (!s) return undefined;
        for (let i = 0; i < NTYPES; i++) acc[i] |= s[i];
      }
      return acc;
    }
    case 'not': {
      // only a plain evt.type test can be negated exactly
      if (n.child.kind !== 'check') return undefined;
      const s = exactSet(n.child);
      return s && withGenerics(complement(s));
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
