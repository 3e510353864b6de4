/**
 * The event table as sysdig 0.29.3 saw it, for everything that must print or behave as
 * it does: for the ids its libs knew (0..OLD_EVENT_META.length-1) the old name,
 * category, flags and parameter list (old layouts where they differ, otherwise the new
 * parameters cut to the old count, as libsinsp shows min(table, capture) parameters);
 * newer ids come from the newest table unchanged. Decoding the bytes of a capture
 * always uses the newest table (EVENT_TABLE).
 */
import { EVENT_TABLE, EventInfo, OLD_EVENT_META, OLD_LAYOUTS } from './eventTable';

function build(): readonly EventInfo[] {
  return EVENT_TABLE.map((e) => {
    const old = OLD_EVENT_META[e.id];
    if (old === undefined) return e;
    const params = OLD_LAYOUTS[e.id] ?? e.params.slice(0, old.nparams);
    return { id: e.id, symbol: e.symbol, name: old.name, category: old.category, flags: old.flags, params };
  });
}

export const DISPLAY_TABLE: readonly EventInfo[] = build();
