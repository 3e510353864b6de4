/**
 * Process names a checked filter can never match: `proc.name != dd`, `not proc.name in (a, b)`,
 * and conjunctions of them. The live probe skips those processes' events in the kernel (except
 * the ones the state engine needs), so a filter that excludes a busy process costs it nothing.
 * The result must be safe: a name is listed only when every event of that process fails the
 * filter, whatever else the event holds.
 */
import type { CheckedCheck, CheckedNode } from './check';

/** the longest name the kernel keeps for a process (TASK_COMM_LEN - 1) */
const COMM_MAX = 15;

export function excludedProcessNames(n: CheckedNode): string[] {
  return [...namesFailing(n)].filter((s) => s.length > 0 && s.length <= COMM_MAX);
}

/** names for which the node is false on every event */
function namesFailing(n: CheckedNode): Set<string> {
  switch (n.kind) {
    case 'and': {
      const out = new Set<string>();
      for (const c of n.children) for (const s of namesFailing(c)) out.add(s);
      return out;
    }
    case 'or': {
      let out: Set<string> | undefined;
      for (const c of n.children) {
        const s = namesFailing(c);
        out = out === undefined ? s : new Set([...out].filter((x) => s.has(x)));
      }
      return out ?? new Set();
    }
    case 'not':
      return n.child.kind === 'check' ? namesMatching(n.child) : new Set();
    case 'check':
      return isProcName(n) && n.op === '!=' ? new Set(n.node.values) : new Set();
  }
}

/** names for which the check is true on every event of that process */
function namesMatching(c: CheckedCheck): Set<string> {
  if (!isProcName(c)) return new Set();
  return c.op === '=' || c.op === '==' || c.op === 'in' ? new Set(c.node.values) : new Set();
}

function isProcName(c: CheckedCheck): boolean {
  return c.ref.def.name === 'proc.name' && c.node.field === 'proc.name';
}
