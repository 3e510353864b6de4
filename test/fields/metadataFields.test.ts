/**
 * k8s, mesos, span and evtin: no metadata or tracer events in captures, so no values; their
 * argument syntax is sysdig's (messages and consumed lengths checked against sysdig 0.29.3).
 */
import { describe, it, expect } from 'vitest';
import { netCapture } from './scenarios';
import { render, matching } from './synth';
import { FormatString } from '../../src/output/formatString';
import { compileFilter, FilterError } from '../../src/filter';
import { DEFAULT_BIND_CONTEXT, fieldClasses } from '../../src/fields';

const cap = netCapture();

describe('field classes', () => {
  it('k8s, mesos, span and evtin list the fields sysdig lists', () => {
    const listed = (name: string) => fieldClasses().find((c) => c.name === name)!.fields.filter((f) => !(f.flags & 8)).length;
    expect([listed('fd'), listed('syslog'), listed('fdlist'), listed('k8s'), listed('mesos'), listed('span'), listed('evtin')])
      .toEqual([41, 5, 6, 24, 12, 12, 28]);
  });
});

// [format, what the first event prints, or the error]
const FORMATS: [string, string][] = [
  ['%k8s.pod.name|', '<NA>|'],
  ['%k8s.pod.label.foo|', '<NA>|'],
  ['%k8s.pod.label.foo/bar:x|', '<NA>:x|'],
  ['%k8s.pod.label.|', '<NA>|'],
  ['%k8s.pod.labels|', '<NA>|'],
  ['%k8s.deployment.label.app-name.v1|', '<NA>|'],
  ['%k8s.pod.label[foo]|', 'error: filter syntax error: k8s.pod.label[foo]|'],
  ['%k8s.pod.label|', 'error: filter syntax error: k8s.pod.label|'],
  ['%k8s.pod.labelx|', 'error: filter syntax error: k8s.pod.labelx|'],
  ['%mesos.task.label.x|', '<NA>|'],
  ['%marathon.app.label[x]|', 'error: filter syntax error: marathon.app.label[x]|'],
  ['%marathon.group.id|', '<NA>|'],
  ['%span.id|', '<NA>|'],
  ['%span.tag[1]|', '<NA>|'],
  ['%span.tag[-1]|', '<NA>|'],
  ['%span.tag[ 1]|', '<NA>|'],
  ['%span.tag|', 'error: filter syntax error: span.tag|'],
  ['%span.tag.1|', 'error: invalid syntax for span.tag'],
  ['%span.tag[x]|', 'error: x is not a valid number'],
  ['%span.tag[1x]|', 'error: 1x is not a valid number'],
  ['%span.tag[]|', 'error:  is not a valid number'],
  ['%span.tag[1|', 'error: 1| is not a valid number'],
  ['%span.arg.x|', '<NA>'], // a named argument runs to the end of the format
  ['%span.arg[1]|', '<NA>|'],
  ['%span.arg|', 'error: filter syntax error: span.arg|'],
  ['%span.args|', '<NA>|'],
  ['%span.enterarg.x y|', '<NA>'],
  ['%span.enterarg[0]|', '<NA>|'],
  ['%span.duration.human|', '<NA>|'],
  ['%span.count|', '<NA>|'],
  ['%evtin.span.id|', '<NA>|'],
  ['%evtin.span.tag[1]|', '<NA>|'],
  ['%evtin.span.tag.1|', 'error: unknown event argument 1|'],
  ['%evtin.span.arg.fdx|', '<NA>x|'], // the longest event parameter name: "fd"
  ['%evtin.span.arg.x|', 'error: unknown event argument x|'],
  ['%evtin.span.arg[x]|', 'error: x is not a valid number'],
  ['%evtin.span.p.arg.x|', 'error: unknown event argument x|'],
  ['%evtin.span.m.tags|', '<NA>|'],
];

describe('argument syntax in formats', () => {
  for (const [fmt, want] of FORMATS) {
    it(`${fmt} -> ${want}`, () => {
      let got: string;
      try {
        new FormatString(fmt, DEFAULT_BIND_CONTEXT);
        got = render(cap, fmt)[0];
      } catch (e) {
        got = 'error: ' + (e as Error).message;
      }
      expect(got).toBe(want);
    });
  }
});

describe('filters on fields without values', () => {
  const everything = Array.from({ length: 66 }, (_, i) => i + 1);
  const cases: [string, number[] | string][] = [
    ['k8s.pod.name exists', []],
    ['not k8s.ns.label.x exists', everything],
    ['k8s.deployment.label.app=web', []],
    ['mesos.task.label.a/b=1', []],
    ['span.tag[1]=x', []],
    ['span.arg.x.y=1', []],
    ['not span.id exists', everything],
    ['evtin.span.arg.fd=1', []],
    ['not evtin.span.s.tags=x', everything],
    ['k8s.pod.label[foo]=x', 'filter syntax error: k8s.pod.label[foo]'],
    ['span.tag=x', 'filter syntax error: span.tag'],
    ['span.tag[a]=1', 'a is not a valid number'],
    ['evtin.span.arg.x=y', 'unknown event argument x'],
    ['k8s.pod.labelsx=1', 'unrecognized field k8s.pod.labelsx'],
    ['span.tag[1]x=1', 'unrecognized field span.tag[1]x'],
    ['evtin.span.arg.fdx=1', 'unrecognized field evtin.span.arg.fdx'],
  ];
  for (const [flt, want] of cases) {
    it(flt, () => {
      if (typeof want === 'string') {
        expect(() => compileFilter(flt)).toThrow(FilterError);
        expect(() => compileFilter(flt)).toThrow(want);
      } else {
        expect(matching(cap, flt)).toEqual(want);
      }
    });
  }
});
