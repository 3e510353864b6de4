/** Container metadata as carried by container JSON events in captures. */
export interface ContainerMount { source: string; dest: string; mode: string; rdwr: boolean; propagation: string }

/** A health check, liveness or readiness probe: the command the runtime runs in the container. */
export interface ContainerHealthProbe { kind: string; exe: string; args: string[] }

export interface ContainerInfo {
  id: string;
  /** runtime type number, as libsinsp's sinsp_container_type (0 = docker) */
  type: number;
  name: string;
  image: string;
  imageId: string;
  imageRepo: string;
  imageTag: string;
  imageDigest: string;
  privileged: boolean | undefined;
  ip: string;
  labels: Record<string, string>;
  mounts: ContainerMount[];
  /** in the order sinsp reads them: Healthcheck, LivenessProbe, ReadinessProbe */
  healthProbes: ContainerHealthProbe[];
  /** true when the metadata lookup succeeded (sinsp is_successful) */
  successful: boolean;
  json: unknown;
  /** the JSON as the event carried it (what a rotated capture file starts with again) */
  text: string;
}

/**
 * What sinsp records of a container no runtime was asked about: its id and runtime type, and
 * for LXC-style runtimes the id as its name (sinsp_container_info's defaults otherwise).
 */
export function containerFromCgroups(id: string, type: number, name = ''): ContainerInfo {
  return {
    id, type, name, image: '', imageId: '', imageRepo: '', imageTag: '', imageDigest: '', privileged: false, ip: '',
    labels: {}, mounts: [], healthProbes: [], successful: true, json: undefined, text: '',
  };
}

/** Parses the JSON payload of a container event; undefined when it is not valid JSON. */
export function parseContainerJson(text: string): ContainerInfo | undefined {
  let root: any;
  try { root = JSON.parse(text); } catch { return undefined; }
  const c = root && root.container;
  if (!c || typeof c !== 'object') return undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const labels: Record<string, string> = {};
  if (c.labels && typeof c.labels === 'object') for (const [k, v] of Object.entries(c.labels)) labels[k] = String(v);
  const mounts: ContainerMount[] = Array.isArray(c.Mounts) ? c.Mounts.map((m: any) => ({
    source: str(m.Source), dest: str(m.Destination), mode: str(m.Mode), rdwr: !!m.RW, propagation: str(m.Propagation),
  })) : [];
  const healthProbes: ContainerHealthProbe[] = [];
  for (const kind of ['None', 'Healthcheck', 'LivenessProbe', 'ReadinessProbe']) {
    const p = c[kind];
    if (!p || typeof p !== 'object' || Array.isArray(p) || !convertibleToString(p.exe)) continue;
    const args = Array.isArray(p.args) ? p.args.filter(convertibleToString).map(String) : [];
    healthProbes.push({ kind, exe: String(p.exe), args });
  }
  return {
    id: str(c.id),
    type: typeof c.type === 'number' ? c.type : 0,
    name: str(c.name),
    image: str(c.image),
    imageId: str(c.imageid),
    imageRepo: str(c.imagerepo),
    imageTag: str(c.imagetag),
    imageDigest: str(c.imagedigest),
    privileged: typeof c.privileged === 'boolean' ? c.privileged : undefined,
    ip: str(c.ip),
    labels,
    mounts,
    healthProbes,
    successful: lookupSucceeded(c.lookup_state),
    json: c,
    text,
  };
}

function convertibleToString(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/**
 * sinsp's reading of lookup_state: absent, or a value it does not know, means the lookup
 * succeeded; 2 (FAILED) failed, and so did 0 (STARTED), as no lookup recorded in an event can
 * still be under way.
 */
function lookupSucceeded(v: unknown): boolean {
  let n: number;
  if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff) n = v;
  else return true;
  return n !== 0 && n !== 2;
}
