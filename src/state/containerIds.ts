/**
 * Container ids from cgroup paths, as libsinsp's container engines find them: each engine
 * knows the cgroup names its runtime gives containers (a prefix and a suffix around the
 * 64-hex-digit id) and reports the first 12 characters of the id. The engines are tried in
 * sinsp's order: podman, docker, then the CRI runtimes (containerd, cri-o).
 */

export const enum RuntimeEngine {
  PODMAN = 'podman',
  DOCKER = 'docker',
  CRI = 'cri',
}

interface CgroupLayout { readonly prefix: string; readonly suffix: string }

const PODMAN_LAYOUTS: readonly CgroupLayout[] = [{ prefix: '/libpod-', suffix: '.scope' }];
const DOCKER_LAYOUTS: readonly CgroupLayout[] = [
  { prefix: '/', suffix: '' },               // cgroupfs driver: .../<id>
  { prefix: '/docker-', suffix: '.scope' },  // systemd driver
];
const CRI_LAYOUTS: readonly CgroupLayout[] = [
  { prefix: '/', suffix: '' },                       // containerd, cgroupfs driver
  { prefix: '/crio-', suffix: '' },                  // cri-o, cgroupfs driver
  { prefix: '/cri-containerd-', suffix: '.scope' },  // containerd, systemd driver
  { prefix: '/crio-', suffix: '.scope' },            // cri-o, systemd driver
  { prefix: ':cri-containerd:', suffix: '' },        // containerd without SystemdCgroup
];

const ID_LENGTH = 64;
const REPORTED_ID_LENGTH = 12;

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * The id when the cgroup ends with prefix + 64 characters + suffix (the last occurrences of
 * each). As in sinsp, the hex check looks for the first non-hex character from the id's start
 * to the end of the path and rejects the id only when that character's position in the whole
 * path is below 64: ids whose bad characters sit further right are accepted.
 */
export function matchContainerId(cgroup: string, prefix: string, suffix: string): string | undefined {
  const p = cgroup.lastIndexOf(prefix);
  if (p < 0) return undefined;
  const start = p + prefix.length;
  const end = cgroup.lastIndexOf(suffix);
  if (end < 0 || end - start !== ID_LENGTH) return undefined;
  for (let i = start; i < cgroup.length; i++) {
    if (!isHexDigit(cgroup.charCodeAt(i))) {
      if (i < ID_LENGTH) return undefined;
      break;
    }
  }
  return cgroup.slice(start, start + REPORTED_ID_LENGTH);
}

/** The path of a "subsystem=path" cgroup entry (split at the last '=', as sinsp keeps them). */
export function cgroupPath(entry: string): string {
  const eq = entry.lastIndexOf('=');
  return eq >= 0 ? entry.slice(eq + 1) : entry;
}

/** The first cgroup (in list order) that one of the layouts matches, with the id it holds. */
function matchLayouts(cgroups: readonly string[], layouts: readonly CgroupLayout[]): { id: string; cgroup: string } | undefined {
  for (const entry of cgroups) {
    const path = cgroupPath(entry);
    for (const l of layouts) {
      const id = matchContainerId(path, l.prefix, l.suffix);
      if (id !== undefined) return { id, cgroup: path };
    }
  }
  return undefined;
}

export interface EngineMatch {
  readonly engine: RuntimeEngine;
  readonly id: string;
  /** the cgroup path that matched */
  readonly cgroup: string;
}

/** Every engine whose cgroup layouts match, in the order sinsp tries them. */
export function matchEngines(cgroups: readonly string[]): EngineMatch[] {
  const out: EngineMatch[] = [];
  const podman = matchLayouts(cgroups, PODMAN_LAYOUTS);
  if (podman) out.push({ engine: RuntimeEngine.PODMAN, ...podman });
  const docker = matchLayouts(cgroups, DOCKER_LAYOUTS);
  if (docker) out.push({ engine: RuntimeEngine.DOCKER, ...docker });
  const cri = matchLayouts(cgroups, CRI_LAYOUTS);
  if (cri) out.push({ engine: RuntimeEngine.CRI, ...cri });
  return out;
}

/** Container id from cgroup paths (podman, docker, containerd/CRI, cri-o), or '' for the host. */
export function containerIdFromCgroups(cgroups: readonly string[]): string {
  const m = matchLayouts(cgroups, PODMAN_LAYOUTS) ?? matchLayouts(cgroups, DOCKER_LAYOUTS) ?? matchLayouts(cgroups, CRI_LAYOUTS);
  return m === undefined ? '' : m.id;
}
