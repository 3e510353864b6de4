/** Container metadata as carried by container JSON events in captures. */
export interface ContainerMount { source: string; dest: string; mode: string; rdwr: boolean; propagation: string }

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
  /** true when the metadata lookup succeeded (sinsp is_successful) */
  successful: boolean;
  json: unknown;
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
    successful: c.lookup_state !== 2, // 2 = FAILED; a STARTED lookup in a file counts as done
    json: c,
  };
}
