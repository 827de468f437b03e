/**
 * Failed attempts at the coordinator's token, counted per address in a fixed
 * window: the desk's sign-in form and `Authorization: Bearer` share one
 * count (they guess the same secret). Once an address has used up its
 * failures, every attempt from it is refused with 429 until the window ends,
 * also one with the right token (as the sign-in form always did); other
 * addresses are not affected.
 */
export interface FailureLimitOptions {
  /** Failures per address per window (0 = no limit). */
  max: number;
  windowMs: number;
  now: () => Date;
}

/** Addresses kept at most (a flood of addresses cannot grow the map without bound). */
const MAX_ADDRESSES = 10_000;

export class FailureLimit {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly options: FailureLimitOptions) {}

  private entry(address: string) {
    const now = this.options.now().getTime();
    const found = this.failures.get(address);
    if (found && found.resetAt > now) return found;
    if (found) this.failures.delete(address);
    return undefined;
  }

  /** Seconds until the address may try again, or undefined when it may now. */
  retryAfter(address: string): number | undefined {
    if (this.options.max <= 0) return undefined;
    const found = this.entry(address);
    if (!found || found.count < this.options.max) return undefined;
    return Math.max(1, Math.ceil((found.resetAt - this.options.now().getTime()) / 1000));
  }

  /** One more failure from the address. */
  fail(address: string): void {
    if (this.options.max <= 0) return;
    const found = this.entry(address);
    if (found) {
      found.count++;
      return;
    }
    if (this.failures.size >= MAX_ADDRESSES) {
      const now = this.options.now().getTime();
      for (const [key, value] of this.failures) if (value.resetAt <= now) this.failures.delete(key);
      if (this.failures.size >= MAX_ADDRESSES) this.failures.delete(this.failures.keys().next().value!);
    }
    this.failures.set(address, { count: 1, resetAt: this.options.now().getTime() + this.options.windowMs });
  }
}
