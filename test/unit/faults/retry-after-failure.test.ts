import { describe, expect, it } from 'vitest';
import { retryAfterFailure } from '@/app/_components/search/retry-after-failure';

/** A load whose outcomes are scripted, counting its calls, on a clock the test moves. */
function scripted(outcomes: ('ok' | 'fail')[]) {
  let calls = 0;
  let time = 0;
  const load = () => {
    const outcome = outcomes[calls++] ?? 'ok';
    return outcome === 'ok' ? Promise.resolve(`index ${calls}`) : Promise.reject(new Error(`failure ${calls}`));
  };
  const loader = retryAfterFailure(load, { firstDelayMs: 1_000, maxDelayMs: 4_000, now: () => time });
  return { loader, calls: () => calls, advance: (ms: number) => (time += ms) };
}

const settle = (promise: Promise<unknown> | null) => promise?.catch(() => undefined);

describe('retryAfterFailure', () => {
  it('loads once and shares the result', async () => {
    const { loader, calls } = scripted(['ok']);
    await expect(loader.get()).resolves.toBe('index 1');
    await expect(loader.get()).resolves.toBe('index 1');
    expect(calls()).toBe(1);
  });

  it('does not retry during the back-off after a failure, then retries once it has passed', async () => {
    const { loader, calls, advance } = scripted(['fail', 'ok']);
    await settle(loader.get());
    advance(999);
    expect(loader.get()).toBeNull();
    expect(calls()).toBe(1);
    advance(1);
    await expect(loader.get()).resolves.toBe('index 2');
    expect(calls()).toBe(2);
  });

  it('doubles the back-off after each further failure, up to the maximum', async () => {
    const { loader, calls, advance } = scripted(['fail', 'fail', 'fail', 'fail', 'ok']);
    const waits: number[] = [];
    for (let failures = 1; failures <= 4; failures++) {
      await settle(loader.get());
      let waited = 0;
      while (loader.get() === null) {
        advance(500);
        waited += 500;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 4_000]);
    expect(calls()).toBe(5);
  });

  it('makes one request for many callers while a load is pending', async () => {
    const { loader, calls } = scripted(['ok']);
    await Promise.all([loader.get(), loader.get(), loader.get()]);
    expect(calls()).toBe(1);
  });
});
