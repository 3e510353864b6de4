/**
 * For live tests that put processes in containers: cgroups made in a hierarchy we can write,
 * and the CLI started with its own environment (runtime sockets pointed at fakes).
 */
import { spawn, ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BIN } from './live';

/**
 * A cgroup at `relative` (e.g. docker/<id>) in a hierarchy we can write (v1 pids, or v2),
 * created; undefined when there is none.
 */
export function makeCgroup(relative: string): string | undefined {
  for (const base of ['/sys/fs/cgroup/pids', '/sys/fs/cgroup/unified', '/sys/fs/cgroup']) {
    const dir = path.join(base, relative);
    try {
      if (!fs.existsSync(path.join(base, 'cgroup.procs'))) continue;
      fs.mkdirSync(dir, { recursive: true });
      return dir;
    } catch { /* try the next hierarchy */ }
  }
  return undefined;
}

/** Removes a cgroup once its processes are gone (retrying briefly while they exit). */
export async function removeCgroup(dir: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    try { fs.rmdirSync(dir); return; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
}

export interface TsysdigRun {
  proc: ChildProcess;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Starts tsysdig with an environment; resolves with its output once it exits. */
export function startTsysdig(args: string[], env: NodeJS.ProcessEnv): TsysdigRun {
  const proc = spawn(process.execPath, [BIN, ...args], { env });
  let stdout = '', stderr = '';
  proc.stdout!.setEncoding('latin1').on('data', (d: string) => { stdout += d; });
  proc.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    proc.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { proc, done };
}
