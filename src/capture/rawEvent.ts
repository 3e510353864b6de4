/**
 * A view of one event inside the reader's buffer. The reader reuses a single instance:
 * consumers must copy what they keep beyond the callback. The reader checks the header and
 * that the parameter lengths fit the event; the parameters themselves are located (and their
 * lengths checked against the event) only when something reads them (events/event.ts).
 */
export interface RawEvent {
  /** buffer holding the event; valid only during the callback */
  buf: Buffer;
  /** offset of the event header (ts) inside buf */
  off: number;
  /** offset of the parameter-length array inside buf */
  lensOff: number;
  /** event length as recorded in the header, from off */
  len: number;
  type: number;
  /** number of parameters present in this event (from the header, or computed for V1 blocks) */
  nparams: number;
  /** 4 when parameter lengths are u32 (EF_LARGE_PAYLOAD events), else 2 */
  lenSize: number;
  cpu: number;
  /** flags word of EVF blocks, 0 otherwise */
  flags: number;
  /** byte offset of the enclosing block in the decompressed stream */
  blockOffset: number;
  /** byte offset just past the enclosing block */
  blockEnd: number;
}
