import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module, as each route bundle of a Next server gets its own. */
async function freshModule() {
  vi.resetModules();
  return import('@/lib/process-memo');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('processMemo', () => {
  it('in production, builds a value once per process even when each route has its own copy of the module', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const factory = vi.fn(() => ({ built: true }));
    const key = `test-production-${Math.random()}`;
    const first = (await freshModule()).processMemo(key, factory);
    const second = (await freshModule()).processMemo(key, factory);
    expect(second).toBe(first);
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it('in development, a reloaded module builds the value again, so edited content is read', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const factory = vi.fn(() => ({ built: true }));
    const key = `test-development-${Math.random()}`;
    const memo = (await freshModule()).processMemo;
    const first = memo(key, factory);
    expect(memo(key, factory)).toBe(first);
    expect((await freshModule()).processMemo(key, factory)).not.toBe(first);
    expect(factory).toHaveBeenCalledTimes(2);
  });
});
