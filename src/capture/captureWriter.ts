/**
 * Writing capture files (-w): a buffered file writer (gzip with -z: each flushed chunk is one
 * gzip member, which readers see as one stream), the metadata a capture starts with, and the
 * events themselves re-encoded in the current event block layout.
 */
import * as fs from 'fs';
import * as zlib from 'zlib';
import { ScapWriter, block } from './scapWriter';
import { EV_BLOCK_TYPE_V2, EVF_BLOCK_TYPE_V2, EV_BLOCK_TYPE_V2_LARGE, EVF_BLOCK_TYPE_V2_LARGE } from './blockTypes';
import type { CaptureHandler } from './scapParser';
import type { FdEntry, GroupEntry, InterfaceEntry, MachineInfo, ProcEntry, UserEntry } from './records';
import type { RawEvent } from './rawEvent';
import { PPME } from '../events/eventTable';

const CHUNK = 1 << 20;

export class CaptureFileWriter {
  private readonly fd: number;
  private buf = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  /** bytes written so far, before compression (what -C rotation measures) */
  bytesWritten = 0;
  readonly writer: ScapWriter;

  /** Throws the system error when the file cannot be created. */
  constructor(path: string, private readonly compress: boolean) {
    this.fd = fs.openSync(path, 'w');
    this.writer = new ScapWriter((b) => this.write(b));
  }

  write(b: Buffer): void {
    if (this.used + b.length > this.buf.length) {
      this.flush();
      if (b.length >= this.buf.length) {
        // a whole batch of blocks (live capture): written as it is, not copied
        this.writeOut(b);
        this.bytesWritten += b.length;
        return;
      }
    }
    b.copy(this.buf, this.used);
    this.used += b.length;
    this.bytesWritten += b.length;
  }

  flush(): void {
    if (this.used === 0) return;
    this.writeOut(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  private writeOut(data: Buffer): void {
    const out = this.compress ? zlib.gzipSync(data) : data;
    let o = 0;
    while (o < out.length) o += fs.writeSync(this.fd, out, o);
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** The metadata of a capture being read, kept to be written at the head of a new one. */
export interface CaptureMetadata {
  machine: MachineInfo | undefined;
  procs: ProcEntry[];
  fds: Map<number, FdEntry[]>;
  users: UserEntry[];
  groups: GroupEntry[];
  interfaces: InterfaceEntry[];
}

/**
 * A capture handler that records the metadata blocks it sees and passes everything on; once
 * the first event arrives the metadata is complete (captures put it first).
 */
export class MetadataRecorder implements CaptureHandler {
  readonly metadata: CaptureMetadata = { machine: undefined, procs: [], fds: new Map(), users: [], groups: [], interfaces: [] };
  constructor(private readonly next: CaptureHandler) {}
  onMachineInfo(m: MachineInfo): void { this.metadata.machine = m; this.next.onMachineInfo?.(m); }
  onProc(p: ProcEntry): void { this.metadata.procs.push(p); this.next.onProc?.(p); }
  onFd(tid: number, f: FdEntry): void {
    let l = this.metadata.fds.get(tid);
    if (!l) this.metadata.fds.set(tid, (l = []));
    l.push(f);
    this.next.onFd?.(tid, f);
  }
  onUser(u: UserEntry): void { this.metadata.users.push(u); this.next.onUser?.(u); }
  onGroup(g: GroupEntry): void { this.metadata.groups.push(g); this.next.onGroup?.(g); }
  onInterfaces(l: InterfaceEntry[]): void { this.metadata.interfaces = l; this.next.onInterfaces?.(l); }
  /** container events read before the first other event: sinsp consumes them while starting, they carry container metadata */
  readonly leadingContainerEvents: Buffer[] = [];
  private sawOther = false;
  /** a live capture's containers at its start: written as the container events that open the file */
  onInitialContainer(block: Buffer, json: string): void {
    this.leadingContainerEvents.push(block);
    this.next.onInitialContainer?.(block, json);
  }
  onEvent(ev: RawEvent): boolean | void {
    if (!this.sawOther) {
      if (CONTAINER_EVENTS.has(ev.type)) this.leadingContainerEvents.push(eventBlock(ev, ev.nparams));
      else this.sawOther = true;
    }
    return this.next.onEvent(ev);
  }
}

const CONTAINER_EVENTS = new Set<number>([PPME.CONTAINER_E, PPME.CONTAINER_JSON_E, PPME.CONTAINER_JSON_2_E]);

/** Writes the section header and the recorded metadata, in the newest block versions. */
export function writeMetadata(w: ScapWriter, m: CaptureMetadata, out: (b: Buffer) => void, containerEvents: readonly Buffer[] = []): void {
  w.sectionHeader();
  if (m.machine) w.machineInfo(m.machine);
  if (m.procs.length) w.procList(m.procs, 9);
  for (const [tid, fds] of m.fds) w.fdList(tid, fds, true);
  if (m.users.length || m.groups.length) w.userList(m.users, m.groups, true);
  if (m.interfaces.length) w.interfaceList(m.interfaces, true);
  for (const b of containerEvents) out(b);
}

/** What eventBlock needs of an event (an Event view or a raw event of the reader). */
export interface EventBytes {
  readonly buf: Buffer;
  readonly off: number;
  readonly lensOff: number;
  readonly cpu: number;
  readonly flags: number;
  readonly lenSize: number;
}

/** The event as an event block of the current layout (with nparams), whatever layout it was read in. */
export function eventBlock(ev: EventBytes, nparams: number): Buffer {
  const buf = ev.buf;
  const end = ev.off + buf.readUInt32LE(ev.off + 16);
  const body = buf.subarray(ev.lensOff, end); // lengths + parameters
  const evLen = 26 + body.length;
  const hasFlags = ev.flags !== 0;
  const large = ev.lenSize === 4;
  const pre = hasFlags ? 6 : 2;
  const out = Buffer.allocUnsafe(pre + evLen);
  out.writeUInt16LE(ev.cpu, 0);
  if (hasFlags) out.writeUInt32LE(ev.flags >>> 0, 2);
  buf.copy(out, pre, ev.off, ev.off + 22);
  out.writeUInt32LE(evLen, pre + 16);
  out.writeUInt32LE(nparams, pre + 22);
  body.copy(out, pre + 26);
  const type = large ? (hasFlags ? EVF_BLOCK_TYPE_V2_LARGE : EV_BLOCK_TYPE_V2_LARGE) : (hasFlags ? EVF_BLOCK_TYPE_V2 : EV_BLOCK_TYPE_V2);
  return block(type, out);
}
