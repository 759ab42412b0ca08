import { describe, expect, it } from 'vitest';
import { parseLoadArgs } from '@/bench/support/load-args';

describe('parseLoadArgs', () => {
  it('defaults to 20 s and 50 connections, failing on a missed target, building when stale', () => {
    expect(parseLoadArgs([])).toEqual({ durationSeconds: 20, connections: 50, failOnMiss: true, build: true });
  });

  it('reads --duration, --connections, --no-fail and --no-build', () => {
    expect(parseLoadArgs(['--duration', '5', '--connections=8', '--no-fail', '--no-build'])).toEqual({
      durationSeconds: 5,
      connections: 8,
      failOnMiss: false,
      build: false,
    });
  });

  it.each([['0'], ['-3'], ['2.5'], ['ten'], ['601']])('rejects --duration %s, naming the flag and the range', (value) => {
    expect(() => parseLoadArgs([`--duration=${value}`])).toThrow(/--duration must be a whole number from 1 to 600/);
  });

  it('rejects an unknown flag and shows the usage', () => {
    expect(() => parseLoadArgs(['--durations', '5'])).toThrow(/durations[\s\S]*usage: npm run bench:load/);
  });
});
