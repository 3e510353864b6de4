/**
 * Where `-w` writes the probe's batches without parsing them, the state engine never sees the
 * clones and execs that put threads in new containers. This reads just the cgroups of those
 * exit events from the batches (capture-file event blocks) so their containers still get looked
 * up, as sysdig's state engine, which runs while it writes, looks them up.
 */
import { EVENT_TABLE, PPME } from '../events/eventTable';
import { EF } from '../events/paramTypes';
import { EV_BLOCK_TYPE_V2, EVF_BLOCK_TYPE_V2 } from '../capture/blockTypes';
import { containerIdFromCgroups } from '../state/containerIds';
import { normalizeCgroups } from '../state/threadInfo';
import type { ContainerThread } from './containerMetadata';

/** event type -> index of its cgroups parameter (0 when it has none) */
const CGROUPS_PARAM = new Int16Array(1024);
for (const name of ['SYSCALL_CLONE_20_X', 'SYSCALL_FORK_20_X', 'SYSCALL_VFORK_20_X', 'SYSCALL_CLONE3_X', 'SYSCALL_EXECVE_19_X', 'SYSCALL_EXECVEAT_X'] as const) {
  const type = (PPME as Record<string, number>)[name];
  if (type === undefined) continue;
  const info = EVENT_TABLE[type];
  if ((info.flags & EF.LARGE_PAYLOAD) !== 0) continue;
  const i = info.params.findIndex((p) => p.name === 'cgroups');
  if (i > 0) CGROUPS_PARAM[type] = i;
}

/** Calls `found` for each clone or exec exit of the batch whose cgroups put its thread in a container. */
export function sniffContainers(batch: Buffer, found: (t: ContainerThread) => void): void {
  let p = 0;
  while (p + 8 <= batch.length) {
    const blockType = batch.readUInt32LE(p);
    const blockLen = batch.readUInt32LE(p + 4);
    if (blockLen < 12 || p + blockLen > batch.length) return;
    const ev = blockType === EV_BLOCK_TYPE_V2 ? p + 10 : blockType === EVF_BLOCK_TYPE_V2 ? p + 14 : -1;
    if (ev >= 0 && ev + 26 <= p + blockLen) {
      const type = batch.readUInt16LE(ev + 20);
      const idx = type < CGROUPS_PARAM.length ? CGROUPS_PARAM[type] : 0;
      if (idx > 0) {
        const nparams = batch.readUInt32LE(ev + 22);
        const evEnd = Math.min(ev + batch.readUInt32LE(ev + 16), p + blockLen);
        if (idx < nparams && ev + 26 + nparams * 2 <= evEnd) {
          let off = ev + 26 + nparams * 2;
          for (let i = 0; i < idx; i++) off += batch.readUInt16LE(ev + 26 + i * 2);
          const len = batch.readUInt16LE(ev + 26 + idx * 2);
          if (off + len <= evEnd) {
            const parts = batch.toString('latin1', off, off + len).split('\0').filter((s) => s !== '');
            const cgroups = normalizeCgroups(parts);
            const containerId = containerIdFromCgroups(cgroups);
            if (containerId !== '') {
              const tid = Number(batch.readBigInt64LE(ev + 8));
              found({ tid, containerId, cgroups });
            }
          }
        }
      }
    }
    p += blockLen;
  }
}
