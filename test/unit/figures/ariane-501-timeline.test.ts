import { describe, expect, it } from 'vitest';
import {
  ALIGNMENT_ENDS_AT,
  BREAK_UP_AT,
  FLIGHT_EVENTS,
  SRI_1_FAILS_AT,
  SRI_2_FAILS_AT,
  formatH0,
  secondsAfterLiftOff,
} from '@/lib/figures/ariane-501-timeline';

describe('the flight 501 timeline', () => {
  it('keeps the alignment function running until H0+47 s, past the break-up', () => {
    expect(ALIGNMENT_ENDS_AT).toBe(47);
    expect(BREAK_UP_AT).toBeLessThan(ALIGNMENT_ENDS_AT);
  });

  it('has SRI 2 fail one 72 ms cycle after SRI 1, at H0+36.772 s', () => {
    expect(SRI_2_FAILS_AT - SRI_1_FAILS_AT).toBeCloseTo(0.072, 9);
    expect(formatH0(SRI_2_FAILS_AT)).toBe('H0+36.772 s');
  });

  it('puts the first failure about 30 s after lift-off', () => {
    expect(secondsAfterLiftOff(SRI_1_FAILS_AT)).toBe(29.2);
  });

  it('writes times the way the inquiry does', () => {
    expect(formatH0(-3)).toBe('H0−3 s');
    expect(formatH0(0)).toBe('H0');
    expect(formatH0(7.5)).toBe('H0+7.5 s');
  });

  it('lists its events in time order', () => {
    const times = FLIGHT_EVENTS.map((event) => event.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
