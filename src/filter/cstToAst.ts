/**
 * Text -> tokens -> CST -> AST. Lexing and parsing errors become FilterErrors with the
 * offset where the text stopped making sense; sysdig's rule that `and` and `or` may not
 * be mixed at one level without parentheses is enforced here.
 */
import type { CstElement, CstNode, IToken } from 'chevrotain';
import { UnclosedQuote, filterLexer } from './tokens';
import { filterParser } from './parser';
import { FilterError } from './filterError';
import { CheckNode, FilterNode, Operator } from './ast';

export function parseFilter(text: string): FilterNode {
  const lexed = filterLexer.tokenize(text);
  const unclosed = lexed.tokens.find((t) => t.tokenType === UnclosedQuote);
  if (unclosed) throw new FilterError('unclosed quotes', text.length);
  if (lexed.errors.length > 0) {
    const e = lexed.errors[0];
    throw new FilterError(`unexpected character '${text[e.offset]}'`, e.offset);
  }
  if (lexed.tokens.length === 0) throw new FilterError('empty filter', 0);
  filterParser.input = lexed.tokens;
  const cst = filterParser.filter();
  if (filterParser.errors.length > 0) {
    const e = filterParser.errors[0];
    const tok = e.token;
    const atEnd = tok.tokenType.name === 'EOF' || Number.isNaN(tok.startOffset);
    if (atEnd) throw new FilterError('unexpected end of filter', text.length);
    throw new FilterError(describeUnexpected(tok, e.name), tok.startOffset);
  }
  return toAst(cst.children.orExpr[0] as CstNode, text);
}

function describeUnexpected(tok: IToken, _kind: string): string {
  switch (tok.tokenType.name) {
    case 'RParenExpr': case 'RParenValue': case 'RParenList': return "unexpected ')'";
    case 'LParen': case 'LParenList': return "unexpected '('";
    case 'And': case 'Or': case 'Not': return `unexpected '${tok.image}'`;
    case 'FieldName': return `unexpected '${tok.image}': expected an operator or 'and'/'or'`;
    default: return `unexpected '${tok.image}'`;
  }
}

function nodes(n: CstNode, key: string): CstNode[] { return (n.children[key] as CstNode[] | undefined) ?? []; }
function toks(n: CstNode, key: string): IToken[] { return (n.children[key] as IToken[] | undefined) ?? []; }

function firstOffset(n: CstElement): number {
  if ('image' in n) return n.startOffset;
  let best = Infinity;
  for (const k of Object.keys(n.children)) for (const c of n.children[k]) best = Math.min(best, firstOffset(c));
  return best;
}

function toAst(n: CstNode, text: string): FilterNode {
  switch (n.name) {
    case 'orExpr': {
      const parts = nodes(n, 'andExpr');
      if (parts.length === 1) return toAst(parts[0], text);
      for (const p of parts) {
        if (nodes(p, 'notExpr').length > 1) {
          throw new FilterError("expression mixes 'and' and 'or' in an ambiguous way. Please use brackets.", toks(n, 'Or')[0].startOffset);
        }
      }
      return { kind: 'or', children: parts.map((p) => toAst(p, text)), pos: firstOffset(n) };
    }
    case 'andExpr': {
      const parts = nodes(n, 'notExpr');
      if (parts.length === 1) return toAst(parts[0], text);
      return { kind: 'and', children: parts.map((p) => toAst(p, text)), pos: firstOffset(n) };
    }
    case 'notExpr': {
      const not = toks(n, 'Not');
      if (not.length > 0) return { kind: 'not', child: toAst(nodes(n, 'notExpr')[0], text), pos: not[0].startOffset };
      return toAst(nodes(n, 'atom')[0], text);
    }
    case 'atom': {
      const inner = nodes(n, 'orExpr');
      if (inner.length > 0) return toAst(inner[0], text);
      return checkToAst(nodes(n, 'check')[0]);
    }
    default:
      throw new FilterError(`internal: unexpected node ${n.name}`, firstOffset(n));
  }
}

function checkToAst(n: CstNode): CheckNode {
  const field = toks(n, 'FieldName')[0];
  const opTok = toks(n, 'CmpOp')[0] ?? toks(n, 'ListOp')[0] ?? toks(n, 'UnaryOp')[0];
  const op = (opTok.image === '==' ? '==' : opTok.image) as Operator;
  const valueToks = toks(n, 'Value');
  const values = valueToks.map((t) => unquote(t.image, t.startOffset));
  if (values.length === 0 && op !== 'exists' && toks(n, 'ListOp').length === 0) values.push('');
  return {
    kind: 'check', field: field.image, op, values, pos: field.startOffset,
    valuePos: valueToks.length > 0 ? valueToks[0].startOffset : opTok.startOffset + opTok.image.length,
  };
}

/** Strips quotes and resolves sysdig's escapes: \" \\ and \xNN; other backslashes stay. */
export function unquote(image: string, pos: number): string {
  const q = image[0];
  if (q !== '"' && q !== "'") return image;
  const body = image.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') { out += c; continue; }
    const n = body[i + 1];
    if (n === '\\' || n === '"' || n === "'") { out += n; i++; }
    else if (n === 'x') {
      const hex = body.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new FilterError('invalid \\x escape in quoted value', pos + 1 + i);
      out += String.fromCharCode(parseInt(hex, 16));
      i += 3;
    } else { out += '\\'; }
  }
  return out;
}
