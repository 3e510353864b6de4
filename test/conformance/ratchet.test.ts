// Runs the conformance ratchet from vitest: every case id in passing.txt must still
// print exactly what sysdig 0.29.3 printed. Skips (with the reason) only where the
// shared reference corpus is absent.
import { describe, it, expect } from 'vitest';
// @ts-expect-error plain ESM helper without type declarations
import { listedCases, runCases, runnerAvailable } from './ratchet.mjs';

const available: boolean = runnerAvailable();

describe('conformance ratchet (../shared/conformance)', () => {
  it.skipIf(!available)('every listed case still passes', () => {
    const ids: string[] = listedCases();
    expect(ids.length).toBeGreaterThan(0);
    const { passed, failed, output } = runCases(ids, 5);
    if (failed.size > 0) console.log(output);
    expect([...failed]).toEqual([]);
    expect(passed.size).toBe(ids.length);
  }, 600_000);
  if (!available) it.skip('skipped: ../shared/conformance/run not found next to the checkout', () => {});
});
