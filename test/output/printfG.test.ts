/** formatG against C's printf("%.<p>g") (rows printed by Python's % operator, which is C's). */
import { describe, it, expect } from 'vitest';
import { formatG, formatFixed } from '../../src/output/printfG';

const ROWS: [number, number, string][] = [
  [2e-05, 6, '2e-05'],
  [0.0001, 6, '0.0001'],
  [0.00012345678, 6, '0.000123457'],
  [1e-10, 6, '1e-10'],
  [123456, 6, '123456'],
  [999999.5, 6, '1e+06'],
  [1234567, 6, '1.23457e+06'],
  [0.5, 6, '0.5'],
  [20, 6, '20'],
  [1500000000.0, 6, '1.5e+09'],
  [-3.25e-07, 6, '-3.25e-07'],
  [0, 6, '0'],
  [0.30000000000000004, 14, '0.3'],
  [0.3333333333333333, 14, '0.33333333333333'],
  [123456789012345.6, 14, '1.2345678901235e+14'],
  [9.99999999999999e-05, 14, '0.0001'],
];

describe('printf %g', () => {
  it.each(ROWS)('%s with precision %i -> %s', (v, p, want) => {
    expect(formatG(v, p)).toBe(want);
  });
});

/** formatFixed against C's printf("%.<d>f"): values exactly halfway go to the even neighbour (gcc's printf). */
const FIXED: [number, number, string][] = [
  [0.25, 1, '0.2'], [0.125, 2, '0.12'], [0.375, 1, '0.4'], [0.375, 2, '0.38'], [-0.25, 1, '-0.2'], [0.5, 0, '0'],
  [1.5, 0, '2'], [2.5, 0, '2'], [12.5, 0, '12'], [1234567.5, 0, '1234568'], [0.0625, 1, '0.1'], [0.0625, 2, '0.06'],
  // not exactly halfway in binary: the nearest value decides
  [0.35, 1, '0.3'], [0.45, 1, '0.5'], [2.675, 2, '2.67'], [99.995, 2, '100.00'], [1e-7, 2, '0.00'],
];

describe('printf %f', () => {
  it.each(FIXED)('%s with %i decimals -> %s', (v, d, want) => {
    expect(formatFixed(v, d)).toBe(want);
  });
  it('%g settles ties the same way', () => {
    expect(formatG(0.125, 2)).toBe('0.12');
    expect(formatG(123456.5, 6)).toBe('123456');
  });
});
