/**
 * The filter's abstract syntax tree: readonly nodes discriminated by `kind`.
 * Positions are 0-based offsets into the filter text, for error messages.
 */
export type Operator =
  | '=' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'contains' | 'icontains' | 'bcontains' | 'startswith'
  | 'bstartswith' | 'endswith' | 'glob' | 'in' | 'intersects' | 'pmatch' | 'exists';

export interface AndNode { readonly kind: 'and'; readonly children: readonly FilterNode[]; readonly pos: number }
export interface OrNode { readonly kind: 'or'; readonly children: readonly FilterNode[]; readonly pos: number }
export interface NotNode { readonly kind: 'not'; readonly child: FilterNode; readonly pos: number }
export interface CheckNode {
  readonly kind: 'check';
  /** the field as written, argument included: `proc.name`, `proc.aname[2]`, `evt.arg.fd` */
  readonly field: string;
  readonly op: Operator;
  readonly values: readonly string[];
  readonly pos: number;
  /** position of the first value, for value errors */
  readonly valuePos: number;
}

export type FilterNode = AndNode | OrNode | NotNode | CheckNode;

/** Child-node table driving generic walks. */
export function childrenOf(n: FilterNode): readonly FilterNode[] {
  switch (n.kind) {
    case 'and': case 'or': return n.children;
    case 'not': return [n.child];
    case 'check': return [];
  }
}
