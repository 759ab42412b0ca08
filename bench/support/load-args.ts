import { parseArgs } from 'node:util';

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
  /** Exit non-zero when a target is missed (default); `--no-fail` only reports. */
  failOnMiss: boolean;
  /** `--no-build` serves the existing build even when it is older than its sources. */
  build: boolean;
}

export const LOAD_USAGE = 'usage: npm run bench:load -- [--duration SECONDS] [--connections N] [--no-fail] [--no-build]';

function positiveInteger(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new Error(`--${flag} must be a whole number from 1 to ${max}, got "${value}"\n${LOAD_USAGE}`);
  }
  return Number(value);
}

export function parseLoadArgs(argv: readonly string[]): LoadOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        duration: { type: 'string' },
        connections: { type: 'string' },
        'no-fail': { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${LOAD_USAGE}`);
  }
  return {
    durationSeconds: positiveInteger('duration', values.duration, 20, 600),
    connections: positiveInteger('connections', values.connections, 50, 1000),
    failOnMiss: !values['no-fail'],
    build: !values['no-build'],
  };
}
