/**
 * Grammar of sysdig's filter language (a concrete syntax tree; semantics live in
 * cstToAst.ts and check.ts):
 *
 *   filter    := orExpr EOF
 *   orExpr    := andExpr ('or' andExpr)*
 *   andExpr   := notExpr ('and' notExpr)*
 *   notExpr   := 'not' notExpr | atom
 *   atom      := '(' orExpr ')' | check
 *   check     := FieldName ( CmpOp Value?                      -- = != < <= > >= contains ... glob
 *                          | ListOp '(' Value (',' Value)* ')' -- in intersects pmatch
 *                          | 'exists' )
 *
 * One parser instance is reused (chevrotain's recommended shape).
 */
import type { CstNode, IToken } from 'chevrotain';
import { chevrotain } from './chevrotainRuntime';
import * as T from './tokens';

class FilterCstParser extends chevrotain.CstParser {
  constructor() {
    // the grammar is validated by the test suite (VITEST); users skip that start-up cost
    super(T.allTokens, { recoveryEnabled: false, maxLookahead: 2, skipValidations: !process.env.VITEST });
    this.performSelfAnalysis();
  }

  filter = this.RULE('filter', () => {
    this.SUBRULE(this.orExpr);
  });

  orExpr = this.RULE('orExpr', () => {
    this.SUBRULE(this.andExpr);
    this.MANY(() => {
      this.CONSUME(T.Or);
      this.SUBRULE2(this.andExpr);
    });
  });

  andExpr = this.RULE('andExpr', () => {
    this.SUBRULE(this.notExpr);
    this.MANY(() => {
      this.CONSUME(T.And);
      this.SUBRULE2(this.notExpr);
    });
  });

  notExpr = this.RULE('notExpr', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.Not); this.SUBRULE(this.notExpr); } },
      { ALT: () => this.SUBRULE(this.atom) },
    ]);
  });

  atom = this.RULE('atom', () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.LParen); this.SUBRULE(this.orExpr); this.CONSUME(T.RParen); } },
      { ALT: () => this.SUBRULE(this.check) },
    ]);
  });

  check = this.RULE('check', () => {
    this.CONSUME(T.FieldName);
    this.OR([
      { ALT: () => { this.CONSUME(T.CmpOp); this.OPTION(() => this.CONSUME(T.Value)); } },
      {
        ALT: () => {
          this.CONSUME(T.ListOp);
          this.CONSUME2(T.LParen);
          this.CONSUME2(T.Value);
          this.MANY(() => { this.CONSUME(T.Comma); this.CONSUME3(T.Value); });
          this.CONSUME2(T.RParen);
        },
      },
      { ALT: () => this.CONSUME(T.UnaryOp) },
    ]);
  });
}

export const filterParser = new FilterCstParser();

export interface ParseResult { cst: CstNode; tokens: IToken[] }
