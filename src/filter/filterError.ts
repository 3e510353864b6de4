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

/**
 * An error sysdig only detects while evaluating the filter on an event (e.g. ordering IPv6
 * addresses): replay stops there, after printing the events that passed before it.
 */
export class FilterRuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterRuntimeError';
  }
}
