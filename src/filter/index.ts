/** Filter compiler: text -> AST -> checked AST -> predicate. */
import { parseFilter } from './cstToAst';
import { checkFilter } from './check';
import { compilePredicate, Predicate } from './compile';
import { BindContext, DEFAULT_BIND_CONTEXT } from '../fields/fieldTypes';

export { FilterError, FilterRuntimeError } from './filterError';
export type { Predicate } from './compile';

/** Compiles a sysdig filter; throws FilterError (with a position) when it is invalid. */
export function compileFilter(text: string, ctx: BindContext = DEFAULT_BIND_CONTEXT): Predicate {
  return compilePredicate(checkFilter(parseFilter(text), ctx));
}
