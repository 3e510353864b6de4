/**
 * The one error type for unreadable capture input. `offset` is the byte offset in the
 * (decompressed) capture stream where the problem was found, so the CLI can print one
 * line naming it.
 */
export class CaptureError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
    this.name = 'CaptureError';
  }
}
