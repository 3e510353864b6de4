/** Filter text -> AST, and the syntax errors with their positions. */
import { describe, it, expect } from 'vitest';
import { parseFilter } from '../../src/filter/cstToAst';
import { FilterError } from '../../src/filter/filterError';
import type { FilterNode } from '../../src/filter/ast';

/** compact rendering: (and a b), (not x), field op [values] */
function show(n: FilterNode): string {
  switch (n.kind) {
    case 'and': case 'or': return `(${n.kind} ${n.children.map(show).join(' ')})`;
    case 'not': return `(not ${show(n.child)})`;
    case 'check': return n.op === 'exists' ? `${n.field} exists` : `${n.field} ${n.op} [${n.values.join('|')}]`;
  }
}

const accepted: [string, string][] = [
  ['proc.name=nginx', 'proc.name = [nginx]'],
  ['proc.name==nginx', 'proc.name == [nginx]'],
  ['proc.name = nginx', 'proc.name = [nginx]'],
  ['evt.num!=3', 'evt.num != [3]'],
  ['evt.num<3', 'evt.num < [3]'],
  ['evt.num<=3', 'evt.num <= [3]'],
  ['evt.num>3', 'evt.num > [3]'],
  ['evt.num>=3', 'evt.num >= [3]'],
  ['fd.name contains /etc', 'fd.name contains [/etc]'],
  ['fd.name icontains ETC', 'fd.name icontains [ETC]'],
  ['evt.buffer bcontains 48545450', 'evt.buffer bcontains [48545450]'],
  ['fd.name startswith /usr', 'fd.name startswith [/usr]'],
  ['evt.buffer bstartswith 4745', 'evt.buffer bstartswith [4745]'],
  ['fd.name endswith .so', 'fd.name endswith [.so]'],
  ["fd.name glob '/lib/*/libc*'", 'fd.name glob [/lib/*/libc*]'],
  ['evt.type in (open, openat)', 'evt.type in [open|openat]'],
  ['evt.type in (open,"a b", \'c\')', 'evt.type in [open|a b|c]'],
  ['proc.aname intersects (bash, sshd)', 'proc.aname intersects [bash|sshd]'],
  ['fd.name pmatch (/etc, /usr/lib)', 'fd.name pmatch [/etc|/usr/lib]'],
  ['fd.name exists', 'fd.name exists'],
  ['proc.aname[2]=bash', 'proc.aname[2] = [bash]'],
  ['evt.arg.fd=3', 'evt.arg.fd = [3]'],
  ['evt.arg[0]=3', 'evt.arg[0] = [3]'],
  ['evt.rawarg.size>100', 'evt.rawarg.size > [100]'],
  ['proc.name="my proc"', 'proc.name = [my proc]'],
  ['proc.name="a\\"b"', 'proc.name = [a"b]'],
  ['a=1 and b=2', '(and a = [1] b = [2])'],
  ['a=1 and b=2 and c=3', '(and a = [1] b = [2] c = [3])'],
  ['a=1 or b=2', '(or a = [1] b = [2])'],
  ['not a=1', '(not a = [1])'],
  ['not not a=1', '(not (not a = [1]))'],
  ['(a=1 or b=2) and c=3', '(and (or a = [1] b = [2]) c = [3])'],
  ['a=1 and (b=2 or c=3)', '(and a = [1] (or b = [2] c = [3]))'],
  ['not (a=1 and b=2)', '(not (and a = [1] b = [2]))'],
  ['((a=1))', 'a = [1]'],
];

describe('filter parser: accepted', () => {
  it.each(accepted)('%s', (text, ast) => {
    expect(show(parseFilter(text))).toBe(ast);
  });
});

const rejected: [string, RegExp][] = [
  ['a=1 and (b=2', /position \d+: .*end of filter/],
  ['a=1 and', /position \d+/],
  ['(a=1', /position \d+/],
  ['a=1)', /position \d+/],
  ['a=1 and b=2 or c=3', /position \d+/],
  ['evt.type in (open,, close)', /position \d+/],
  ['proc.name', /position \d+/],
  ['=3', /position 0/],
  ['proc.name="unterminated', /position 23: unclosed quotes/],
  ["proc.name='it''s'", /position \d+/],
];

describe('filter parser: rejected with a position', () => {
  it.each(rejected)('%s', (text, msg) => {
    let err: unknown;
    try { parseFilter(text); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(FilterError);
    expect((err as FilterError).toLine()).toMatch(msg);
    expect((err as FilterError).toLine()).not.toMatch(/\n/);
  });
});
