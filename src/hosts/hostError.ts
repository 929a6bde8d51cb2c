/** A failure the user can act on, in Chinese, raised by any host; the message says whether anything was written. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
  }
}
