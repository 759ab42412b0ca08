import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

/** Collects garbage if node runs with --expose-gc (run.ts re-executes itself with it), so one phase's garbage is not billed to the next. */
export function collectGarbage(): void {
  globalThis.gc?.();
}

/** Runs `fn` and returns how long it took in ms, with its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Nearest-rank percentile of `samples` (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** UTF-8 bytes and gzip bytes at level 9, as a CDN would serve the asset. */
export function sizeOf(text: string): { bytes: number; gzip: number } {
  const buffer = Buffer.from(text, 'utf8');
  return { bytes: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}
