/** Filter compiler: text -> AST -> checked AST -> predicate. */
import { parseFilter } from './cstToAst';
import { checkFilter } from './check';
import { compilePredicate, Predicate } from './compile';
import { possibleEventTypes, EventTypeSet } from './eventTypes';
import { excludedProcessNames } from './excludedNames';
import { BindContext, DEFAULT_BIND_CONTEXT } from '../fields/fieldTypes';

export { FilterError, FilterRuntimeError } from './filterError';
export type { Predicate } from './compile';

/** Compiles a sysdig filter; throws FilterError (with a position) when it is invalid. */
export function compileFilter(text: string, ctx: BindContext = DEFAULT_BIND_CONTEXT): Predicate {
  return compilePredicate(checkFilter(parseFilter(text), ctx));
}

export interface CompiledFilter {
  readonly predicate: Predicate;
  /** the event types the filter can match (one flag per id), undefined when any */
  readonly eventTypes: EventTypeSet | undefined;
  /** process names the filter can never match (for the live probe's pre-filter) */
  readonly excludedProcessNames: readonly string[];
}

/** compileFilter, plus the set of event types the filter can possibly match. */
export function compileFilterWithTypes(text: string, ctx: BindContext = DEFAULT_BIND_CONTEXT): CompiledFilter {
  const checked = checkFilter(parseFilter(text), ctx);
  return {
    predicate: compilePredicate(checked), eventTypes: possibleEventTypes(checked),
    excludedProcessNames: excludedProcessNames(checked),
  };
}
