export interface RetryAfterFailureOptions {
  /** Wait after the first failure; doubled after each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
  now?: () => number;
}

export interface RetryAfterFailure<T> {
  /** The pending or settled load; starts one unless the last failure is too recent (then null: do not wait on it). */
  get(): Promise<T> | null;
}

/**
 * Runs `load` on first use and keeps its result. After a failure, the next call retries only once the back-off has
 * passed, so a reader who keeps typing while the network is down does not fire a request per keystroke.
 */
export function retryAfterFailure<T>(load: () => Promise<T>, options: RetryAfterFailureOptions): RetryAfterFailure<T> {
  const now = options.now ?? Date.now;
  let pending: Promise<T> | null = null;
  let failures = 0;
  let retryAt = 0;

  return {
    get() {
      if (pending) return pending;
      if (now() < retryAt) return null;
      const attempt = load();
      pending = attempt;
      attempt.then(
        () => {
          failures = 0;
        },
        () => {
          failures += 1;
          retryAt = now() + Math.min(options.firstDelayMs * 2 ** (failures - 1), options.maxDelayMs);
          if (pending === attempt) pending = null;
        },
      );
      return attempt;
    },
  };
}
