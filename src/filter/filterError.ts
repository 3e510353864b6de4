/** The one error type of the filter compiler: a message and the 0-based position it concerns. */
export class FilterError extends Error {
  constructor(message: string, readonly position: number) {
    super(message);
    this.name = 'FilterError';
  }

  /** `filter error at position N: message`, as sysdig words it */
  toLine(): string {
    return `filter error at position ${this.position}: ${this.message}`;
  }
}
