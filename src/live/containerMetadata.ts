/**
 * Container metadata for live capture, the way libsinsp's container manager gathers it: the
 * first time a thread shows a container id, each engine whose cgroup layout matches asks its
 * runtime about the container (podman, then docker, over their Docker-compatible APIs; then
 * the CRI runtime, half a second later), and every answer, successful or not, becomes a
 * container event in the stream. Lookups run in the background: events of the container show
 * before its metadata arrives, as in sysdig. The containers of the /proc scan are looked up
 * before the capture starts, every engine in turn, and the last answer for each is what the
 * capture starts with.
 *
 * Sockets (overridable through the environment, for tests and unusual setups):
 *   TSYSDIG_DOCKER_SOCKET  default /var/run/docker.sock
 *   TSYSDIG_PODMAN_SOCKET  default /run/podman/podman.sock (root's containers; a rootless
 *                          container's owner uid picks /run/user/UID/podman/podman.sock)
 *   TSYSDIG_CRI_SOCKET     default /run/containerd/containerd.sock; several paths separated
 *                          by ':' are tried in order (e.g. /run/crio/crio.sock for cri-o)
 */
import * as fs from 'node:fs';
import { CONTAINER_TYPE, LOOKUP, ContainerRecord, newContainerRecord } from './containerRecord';
import { DockerEngine, unixHttpGet } from './dockerEngine';
import { CriEngine } from './criEngine';
import { RuntimeEngine, matchContainerId, matchEngines } from '../state/containerIds';

export interface ContainerRuntimeConfig {
  dockerSocket: string;
  /** root's podman socket */
  podmanSocket: string;
  criSockets: string[];
  /** per Docker API request */
  httpTimeoutMs: number;
  /** per CRI call (sinsp's default) */
  criTimeoutMs: number;
  /** sinsp waits this long before asking the CRI runtime about a new container */
  criDelayMs: number;
  /** how long the capture start waits for the scan's containers; later answers come as events */
  initialWaitMs: number;
  procRoot: string;
}

export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';
export const DEFAULT_PODMAN_SOCKET = '/run/podman/podman.sock';
export const DEFAULT_CRI_SOCKET = '/run/containerd/containerd.sock';

export function runtimeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ContainerRuntimeConfig {
  const nonEmpty = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
  return {
    dockerSocket: nonEmpty(env.TSYSDIG_DOCKER_SOCKET) ?? DEFAULT_DOCKER_SOCKET,
    podmanSocket: nonEmpty(env.TSYSDIG_PODMAN_SOCKET) ?? DEFAULT_PODMAN_SOCKET,
    criSockets: (nonEmpty(env.TSYSDIG_CRI_SOCKET) ?? DEFAULT_CRI_SOCKET).split(':').filter((s) => s !== ''),
    httpTimeoutMs: 10_000,
    criTimeoutMs: 1000,
    criDelayMs: 500,
    initialWaitMs: 10_000,
    procRoot: '/proc',
  };
}

/** What the manager needs of a thread. */
export interface ContainerThread {
  readonly tid: number;
  readonly containerId: string;
  readonly cgroups: readonly string[];
}

type Lookup = () => Promise<ContainerRecord>;
interface PlannedLookup { readonly run: Lookup; readonly delayed: boolean }

export class ContainerMetadataManager {
  /** container ids already met (looked up, or being looked up) */
  private readonly met = new Set<string>();
  /** the latest answer per container */
  private readonly records = new Map<string, ContainerRecord>();
  /** containers whose metadata is complete: later answers for them are dropped, as sinsp ignores them */
  private readonly complete = new Set<string>();
  private readonly abort = new AbortController();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly docker: DockerEngine;
  private readonly podman: DockerEngine;
  private cri: CriEngine | undefined;
  private started: Promise<void> | undefined;
  private closed = false;
  /** answers during the capture start are kept for the capture's head instead of delivered */
  private initialPhase = false;
  private readonly initialRecords = new Map<string, ContainerRecord>();

  /** Receives each answer that goes into the event stream. */
  onRecord: (rec: ContainerRecord) => void = () => {};

  constructor(private readonly cfg: ContainerRuntimeConfig) {
    const get = (socket: string, path: string) => unixHttpGet(socket, path, cfg.httpTimeoutMs, this.abort.signal);
    const known = (id: string) => this.records.get(id);
    this.docker = new DockerEngine(get, known);
    this.podman = new DockerEngine(get, known);
  }

  /** Connects to the CRI runtime (sinsp asks for its version when its engines start). */
  start(): Promise<void> {
    this.started ??= CriEngine.connect(this.cfg.criSockets, { timeoutMs: this.cfg.criTimeoutMs }).then((cri) => {
      if (this.closed) cri?.close();
      else this.cri = cri;
    }, () => {});
    return this.started;
  }

  /**
   * The scan's containers, looked up before the capture starts: the record each ends with,
   * in the order the threads list them. Lookups still running after initialWaitMs go on in
   * the background, and their answers are delivered as events.
   */
  async initialLookups(threads: readonly ContainerThread[]): Promise<ContainerRecord[]> {
    await this.start();
    this.initialPhase = true;
    const work: Promise<void>[] = [];
    for (const t of threads) {
      if (t.containerId === '' || this.met.has(t.containerId)) continue;
      this.met.add(t.containerId);
      const plan = this.plan(t);
      // at the start sinsp asks the engines one after another, and waits for each
      work.push((async () => {
        for (const step of plan) {
          if (this.closed) return;
          this.accept(await step.run());
        }
      })());
    }
    let timer: NodeJS.Timeout | undefined;
    const cutoff = new Promise<void>((resolve) => { timer = setTimeout(resolve, this.cfg.initialWaitMs); });
    await Promise.race([Promise.all(work), cutoff]);
    if (timer !== undefined) clearTimeout(timer);
    this.initialPhase = false;
    const out = [...this.initialRecords.values()];
    this.initialRecords.clear();
    return out;
  }

  /** A thread with a container id: a container not met yet is looked up in the background. */
  request(t: ContainerThread): void {
    const id = t.containerId;
    if (id === '' || this.met.has(id) || this.closed) return;
    this.met.add(id);
    for (const step of this.plan(t)) {
      if (step.delayed) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          if (!this.closed) void step.run().then((rec) => this.accept(rec), () => {});
        }, this.cfg.criDelayMs);
        this.timers.add(timer);
      } else {
        void step.run().then((rec) => this.accept(rec), () => {});
      }
    }
  }

  /** The latest answer known for a container. */
  record(id: string): ContainerRecord | undefined {
    return this.records.get(id);
  }

  /** Stops: lookups under way are abandoned, their answers dropped. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.cri?.close();
  }

  private accept(rec: ContainerRecord): void {
    if (this.closed) return;
    if (this.initialPhase) {
      // sinsp's table before the capture starts: each answer replaces the one before
      this.initialRecords.set(rec.id, rec);
      this.records.set(rec.id, rec);
      if (rec.lookupState === LOOKUP.SUCCESSFUL) this.complete.add(rec.id);
      else this.complete.delete(rec.id);
      return;
    }
    if (this.complete.has(rec.id)) return;
    if (rec.lookupState === LOOKUP.SUCCESSFUL) this.complete.add(rec.id);
    this.records.set(rec.id, rec);
    this.onRecord(rec);
  }

  /** The lookups sinsp's engines start for a container met for the first time, in their order. */
  private plan(t: ContainerThread): PlannedLookup[] {
    const out: PlannedLookup[] = [];
    const matches = matchEngines(t.cgroups);
    const podman = matches.find((m) => m.engine === RuntimeEngine.PODMAN);
    const rootless = podman === undefined ? this.systemdPodman(t) : undefined;
    if (podman !== undefined || rootless !== undefined) {
      const id = podman?.id ?? rootless!.id;
      const uid = podman !== undefined ? libpodOwner(podman.cgroup) : rootless!.uid;
      const socket = uid === 0 ? this.cfg.podmanSocket : `/run/user/${uid}/podman/podman.sock`;
      out.push({ delayed: false, run: () => this.podman.lookup({ id, socket, type: CONTAINER_TYPE.PODMAN, uid }) });
    }
    const docker = matches.find((m) => m.engine === RuntimeEngine.DOCKER);
    if (docker !== undefined) {
      out.push({ delayed: false, run: () => this.docker.lookup({ id: docker.id, socket: this.cfg.dockerSocket, type: CONTAINER_TYPE.DOCKER, uid: 0 }) });
    }
    const criMatch = matches.find((m) => m.engine === RuntimeEngine.CRI);
    const cri = this.cri;
    if (criMatch !== undefined && cri !== undefined) {
      const cgroups = [...t.cgroups];
      out.push({ delayed: true, run: () => (this.closed ? Promise.resolve(newContainerRecord(criMatch.id, cri.runtimeType, LOOKUP.FAILED)) : cri.lookup(criMatch.id, cgroups)) });
    }
    return out;
  }

  /**
   * A rootless podman container under systemd (cgroup v1): the name=systemd cgroup runs
   * through podman-PID.scope and ends in the id; the owner is the uid that root maps to in the
   * thread's user namespace.
   */
  private systemdPodman(t: ContainerThread): { id: string; uid: number } | undefined {
    let systemd: string | undefined;
    for (const e of t.cgroups) {
      const eq = e.lastIndexOf('=');
      if (eq >= 0 && e.slice(0, eq) === 'name=systemd') { systemd = e.slice(eq + 1); break; }
    }
    if (systemd === undefined) {
      const text = readText(`${this.cfg.procRoot}/${t.tid}/cgroup`);
      const line = text?.split('\n').find((l) => l.includes(':name=systemd:'));
      if (line === undefined) return undefined;
      systemd = line.slice(line.indexOf(':name=systemd:') + ':name=systemd:'.length);
    }
    const at = systemd.indexOf('podman-');
    if (at < 0 || !/^podman-[+-]?\d+\.scope\/./.test(systemd.slice(at))) return undefined;
    const id = matchContainerId(systemd, '.scope/', '');
    if (id === undefined) return undefined;
    const uid = userNamespaceRootUid(readText(`${this.cfg.procRoot}/${t.tid}/uid_map`) ?? '');
    // root runs no rootless containers
    if (uid === undefined || uid === 0) return undefined;
    return { id, uid };
  }
}

function readText(path: string): string | undefined {
  try { return fs.readFileSync(path, 'latin1'); } catch { return undefined; }
}

/** podman's libpod-<id>.scope under a user's slice belongs to that user; anywhere else to root */
export function libpodOwner(cgroup: string): number {
  const m = /^\/user\.slice\/user-([+-]?\d+)/.exec(cgroup);
  return m ? Number.parseInt(m[1], 10) : 0;
}

/** The host uid that uid 0 maps to, from a uid_map. */
export function userNamespaceRootUid(uidMap: string): number | undefined {
  for (const line of uidMap.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length >= 2 && Number(f[0]) === 0 && /^\d+$/.test(f[0])) {
      const n = Number(f[1]);
      return Number.isFinite(n) ? n : undefined;
    }
  }
  return undefined;
}
