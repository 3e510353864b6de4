/**
 * What the live-capture tests share: whether live capture can run here (root, BTF, the addon,
 * a probe the kernel accepts, and what a test's workload needs), and the gate that skips a test
 * with the reason — or, with TSYSDIG_REQUIRE_LIVE=1 (set by CI), fails instead.
 */
import { it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'tsysdig.js');
export const liveEnv = { ...process.env, TZ: 'UTC' };
/** a few seconds of a busy machine print tens of megabytes */
export const MAX_OUTPUT = 512 * 1024 * 1024;
export const sysdigInstalled = spawnSync('sysdig', ['--version']).error === undefined;

/** Why live capture cannot run here, or undefined when it can; `workload` adds a test's own needs. */
export function liveUnavailable(workload?: () => string | undefined): string | undefined {
  if (process.platform !== 'linux') return 'live capture needs Linux';
  if (process.getuid?.() !== 0) return 'live capture needs root (CAP_BPF and CAP_PERFMON)';
  if (!fs.existsSync('/sys/kernel/btf/vmlinux')) return 'the kernel has no BTF (/sys/kernel/btf/vmlinux)';
  try {
    require('ebpf-capture-reader');
  } catch (e) {
    return `the ebpf-capture-reader addon is not built (${(e as Error).message.split('\n')[0]})`;
  }
  const needs = workload?.();
  if (needs !== undefined) return needs;
  const probe = spawnSync(process.execPath, [BIN, '-M', '0', '-q'], { env: liveEnv, encoding: 'utf8' });
  if (probe.status !== 0) return `the probe does not load here: ${probe.stderr.trim()}`;
  return undefined;
}

/**
 * `it` when live capture can run, else `it.skip` after saying why (or a failure under CI), with
 * the reason for setup code that must not run either.
 */
export function liveTests(what: string, workload?: () => string | undefined): { liveIt: typeof it | typeof it.skip; reason: string | undefined } {
  const reason = liveUnavailable(workload);
  if (reason === undefined) return { liveIt: it, reason };
  if (process.env.TSYSDIG_REQUIRE_LIVE === '1') throw new Error(`${what} required but unavailable: ${reason}`);
  console.warn(`${what} skipped: ${reason}`);
  return { liveIt: it.skip, reason };
}
