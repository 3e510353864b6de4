/**
 * Tokens of sysdig's filter language. The lexer has three modes because values are
 * bare words that may look like operators (`evt.dir=<`, `fd.name=/tmp(x)`):
 *  - expr: fields, operators, keywords, parentheses
 *  - value: one value after a comparison operator (bare word or quoted string)
 *  - list: the parenthesized, comma-separated values of in/intersects/pmatch
 * Keywords come before FieldName and use longer_alt so `inode` or `notes` stay fields.
 */
import type { TokenType } from 'chevrotain';
import { chevrotain } from './chevrotainRuntime';

const { createToken, Lexer } = chevrotain;

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });

/** A field name with its optional argument: proc.aname[2], evt.arg.fd, evt.arg[0]. */
export const FieldName = createToken({ name: 'FieldName', pattern: /[^\s()!=<>'",]+/ });

const kw = (name: string, word: string, extra: Partial<Parameters<typeof createToken>[0]> = {}): TokenType =>
  createToken({ name, pattern: new RegExp(word), longer_alt: FieldName, ...extra });

export const And = kw('And', 'and');
export const Or = kw('Or', 'or');
export const Not = kw('Not', 'not');

/** Every comparison operator is in this category; the ones taking one value push the value mode. */
export const CmpOp = createToken({ name: 'CmpOp', pattern: Lexer.NA });
export const ListOp = createToken({ name: 'ListOp', pattern: Lexer.NA });
export const UnaryOp = createToken({ name: 'UnaryOp', pattern: Lexer.NA });

const op = (name: string, pattern: RegExp, word: boolean): TokenType => createToken({
  name, pattern, categories: CmpOp, push_mode: 'value', ...(word ? { longer_alt: FieldName } : {}),
});
export const Ne = op('Ne', /!=/, false);
export const Le = op('Le', /<=/, false);
export const Ge = op('Ge', />=/, false);
export const EqEq = op('EqEq', /==/, false);
export const Eq = op('Eq', /=/, false);
export const Lt = op('Lt', /</, false);
export const Gt = op('Gt', />/, false);
export const IContains = op('IContains', /icontains/, true);
export const BContains = op('BContains', /bcontains/, true);
export const Contains = op('Contains', /contains/, true);
export const BStartsWith = op('BStartsWith', /bstartswith/, true);
export const StartsWith = op('StartsWith', /startswith/, true);
export const EndsWith = op('EndsWith', /endswith/, true);
export const Glob = op('Glob', /glob/, true);

const listOp = (name: string, word: string): TokenType => createToken({
  name, pattern: new RegExp(word), categories: ListOp, push_mode: 'list', longer_alt: FieldName,
});
export const Intersects = listOp('Intersects', 'intersects');
export const In = listOp('In', 'in');
export const PMatch = listOp('PMatch', 'pmatch');
export const Exists = createToken({ name: 'Exists', pattern: /exists/, categories: UnaryOp, longer_alt: FieldName });

export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: Lexer.NA });
const RParenExpr = createToken({ name: 'RParenExpr', pattern: /\)/, categories: RParen });

/** Values: quoted (with \" \\ \xNN escapes) or bare. */
export const Value = createToken({ name: 'Value', pattern: Lexer.NA });
export const QuotedValue = createToken({ name: 'QuotedValue', pattern: Lexer.NA, categories: Value });
export const BareValue = createToken({ name: 'BareValue', pattern: Lexer.NA, categories: Value });
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/;
const QuotedScalar = createToken({ name: 'QuotedScalar', pattern: QUOTED, categories: [Value, QuotedValue], pop_mode: true });
const BareScalar = createToken({ name: 'BareScalar', pattern: /[^\s()]+/, categories: [Value, BareValue], pop_mode: true });
/** `(proc.name=)`: a ')' where a value was expected leaves the value empty, as in sysdig. */
const RParenValue = createToken({ name: 'RParenValue', pattern: /\)/, categories: RParen, pop_mode: true });
/** A quote that is never closed: reported as sysdig's "unclosed quotes". */
export const UnclosedQuote = createToken({ name: 'UnclosedQuote', pattern: /["'].*/ });
const QuotedItem = createToken({ name: 'QuotedItem', pattern: QUOTED, categories: [Value, QuotedValue] });
const BareItem = createToken({ name: 'BareItem', pattern: /[^\s(),]+/, categories: [Value, BareValue] });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
const LParenList = createToken({ name: 'LParenList', pattern: /\(/, categories: LParen });
const RParenList = createToken({ name: 'RParenList', pattern: /\)/, categories: RParen, pop_mode: true });

export const allTokens: TokenType[] = [
  WhiteSpace, CmpOp, ListOp, UnaryOp, RParen, Value, QuotedValue, BareValue,
  Ne, Le, Ge, EqEq, Eq, Lt, Gt, IContains, BContains, Contains, BStartsWith, StartsWith, EndsWith, Glob,
  Intersects, In, PMatch, Exists, And, Or, Not, LParen, RParenExpr, FieldName,
  QuotedScalar, BareScalar, RParenValue, UnclosedQuote, QuotedItem, BareItem, Comma, LParenList, RParenList,
];

export const filterLexer = new Lexer({
  modes: {
    expr: [WhiteSpace, Ne, Le, Ge, EqEq, Eq, Lt, Gt, IContains, BContains, Contains, BStartsWith, StartsWith,
      EndsWith, Glob, Intersects, In, PMatch, Exists, And, Or, Not, LParen, RParenExpr, FieldName],
    value: [createToken({ name: 'ValueSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED }), QuotedScalar, UnclosedQuote, RParenValue, BareScalar],
    list: [WhiteSpace, LParenList, RParenList, Comma, QuotedItem, UnclosedQuote, BareItem],
  },
  defaultMode: 'expr',
}, { positionTracking: 'onlyOffset', safeMode: true, skipValidations: !process.env.VITEST });
