import { describe, expect, it } from 'vitest';
import {
  ERROR_PER_TICK_SECONDS,
  GAO_DRIFT_TABLE,
  STORED_TENTH,
  chopToBinaryPlaces,
  clockDriftSeconds,
  driftCurve,
  scudTravelMetres,
  ticksAfter,
} from '@/lib/figures/patriot-clock-drift';

describe('the Patriot clock drift, computed from the chopped 0.1', () => {
  it('chops 0.1 after 23 binary places to Skeel’s 0.1 × (1 − 2⁻²⁰)', () => {
    expect(STORED_TENTH * 2 ** 23).toBe(838860);
    expect(STORED_TENTH).toBeCloseTo(0.1 * (1 - 2 ** -20), 15);
  });

  it('truncates instead of rounding', () => {
    expect(chopToBinaryPlaces(0.75, 1)).toBe(0.5);
    expect(chopToBinaryPlaces(0.1, 4)).toBe(1 / 16);
  });

  it('loses about 9.54 × 10⁻⁸ s on every tenth-of-a-second tick', () => {
    expect(ERROR_PER_TICK_SECONDS).toBeCloseTo(9.5367431640625e-8, 15);
    expect(ERROR_PER_TICK_SECONDS.toPrecision(3)).toBe('9.54e-8');
  });

  it('counts 3.6 million ticks in 100 hours', () => {
    expect(ticksAfter(100)).toBe(3_600_000);
  });

  it.each([
    [8, 0.0275],
    [100, 0.3433],
  ])('drifts by about %d h → %f s', (hours, seconds) => {
    expect(clockDriftSeconds(hours)).toBeCloseTo(seconds, 4);
  });

  it('reproduces every value in GAO’s table to its four decimals', () => {
    for (const { hours, driftSeconds } of GAO_DRIFT_TABLE) {
      expect(clockDriftSeconds(hours).toFixed(4), `${hours} h`).toBe(driftSeconds.toFixed(4));
    }
  });

  it('puts a Scud about 575 m away after 100 hours, not the widely quoted 687 m', () => {
    expect(Math.round(scudTravelMetres(100))).toBe(575);
  });

  it('grows in step with uptime, starting from zero', () => {
    const curve = driftCurve(100, 10);
    expect(curve.map((point) => point.hours)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(curve[0]?.driftSeconds).toBe(0);
    expect(curve[10]?.driftSeconds).toBeCloseTo(10 * (curve[1]?.driftSeconds ?? Number.NaN), 12);
  });
});
