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

/** The first cgroup path (in list order) that one of the layouts matches, with the id it holds. */
function matchPaths(paths: readonly string[], layouts: readonly CgroupLayout[]): { id: string; cgroup: string } | undefined {
  for (const path of paths) {
    if (path.length < ID_LENGTH) continue; // no room for an id
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
  const paths = cgroups.map(cgroupPath);
  const podman = matchPaths(paths, PODMAN_LAYOUTS);
  if (podman) out.push({ engine: RuntimeEngine.PODMAN, ...podman });
  const docker = matchPaths(paths, DOCKER_LAYOUTS);
  if (docker) out.push({ engine: RuntimeEngine.DOCKER, ...docker });
  const cri = matchPaths(paths, CRI_LAYOUTS);
  if (cri) out.push({ engine: RuntimeEngine.CRI, ...cri });
  return out;
}

/** sinsp_container_type numbers of the runtimes found from cgroups */
export const CONTAINER_TYPE = { DOCKER: 0, LXC: 1, LIBVIRT_LXC: 2, CRI: 6, PODMAN: 11 } as const;

export interface ContainerMatch {
  readonly id: string;
  /** the runtime's engine, for the ones whose metadata comes from a lookup */
  readonly engine: RuntimeEngine | undefined;
  readonly type: number;
}

/**
 * The container a thread's cgroups place it in, as sinsp's engines find it, in their order:
 * podman, docker, CRI, then LXC and libvirt-LXC, whose containers are named after their ids.
 */
export function matchContainer(cgroups: readonly string[]): ContainerMatch | undefined {
  const paths = cgroups.map(cgroupPath);
  const podman = matchPaths(paths, PODMAN_LAYOUTS);
  if (podman) return { id: podman.id, engine: RuntimeEngine.PODMAN, type: CONTAINER_TYPE.PODMAN };
  const docker = matchPaths(paths, DOCKER_LAYOUTS);
  if (docker) return { id: docker.id, engine: RuntimeEngine.DOCKER, type: CONTAINER_TYPE.DOCKER };
  const cri = matchPaths(paths, CRI_LAYOUTS);
  if (cri) return { id: cri.id, engine: RuntimeEngine.CRI, type: CONTAINER_TYPE.CRI };
  const lxc = lxcName(paths);
  if (lxc !== undefined) return { id: lxc, engine: undefined, type: CONTAINER_TYPE.LXC };
  const libvirt = libvirtLxcName(paths);
  if (libvirt !== undefined) return { id: libvirt, engine: undefined, type: CONTAINER_TYPE.LIBVIRT_LXC };
  return undefined;
}

/** Container id from cgroup paths, or '' for the host. */
export function containerIdFromCgroups(cgroups: readonly string[]): string {
  return matchContainer(cgroups)?.id ?? '';
}

/** An LXC container's name: the path element after /lxc/ (or /lxc.payload/). */
function lxcName(paths: readonly string[]): string | undefined {
  for (const path of paths) {
    for (const marker of ['/lxc/', '/lxc.payload/']) {
      const p = path.indexOf(marker);
      if (p < 0) continue;
      const start = p + marker.length;
      const end = path.indexOf('/', start);
      return path.slice(start, end < 0 ? undefined : end);
    }
  }
  return undefined;
}

/** A libvirt-LXC domain's name, from the cgroupfs, systemd or legacy layout. */
function libvirtLxcName(paths: readonly string[]): string | undefined {
  for (const path of paths) {
    const suffix = '.libvirt-lxc';
    let p = path.indexOf(suffix);
    if (p >= 0 && p === path.length - suffix.length) {
      const slash = path.lastIndexOf('/');
      if (slash >= 0) return path.slice(slash + 1, p);
    }
    const escaped = '-lxc\\x2';
    p = path.indexOf(escaped);
    if (p >= 0) {
      const scope = path.indexOf('.scope');
      if (scope >= 0 && scope === path.length - '.scope'.length) return path.slice(p + escaped.length + 1, scope);
    }
    const legacy = '/libvirt/lxc/';
    p = path.indexOf(legacy);
    if (p >= 0) return path.slice(p + legacy.length);
  }
  return undefined;
}
