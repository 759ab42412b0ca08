import { describe, expect, it } from 'vitest';
import { cascadeOutages, hoursOfDay, outageHours } from '@/lib/figures/att-cascade';

describe('the AT&T cascade', () => {
  const outages = cascadeOutages(4, { recovery: 3, propagation: 1 });

  it('starts with the hardware fault and continues through neighbours’ messages', () => {
    expect(outages.map((outage) => outage.cause)).toEqual([
      'hardware-fault',
      'neighbour-messages',
      'neighbour-messages',
      'neighbour-messages',
    ]);
  });

  it('takes each switch down only after the one before it has come back', () => {
    for (let hop = 1; hop < outages.length; hop++) {
      expect(outages[hop]?.downAt).toBeGreaterThan(outages[hop - 1]?.upAt ?? Infinity);
    }
  });

  it('gives every switch the same self-recovery', () => {
    expect(new Set(outages.map((outage) => outage.upAt - outage.downAt))).toEqual(new Set([3]));
  });

  it('lasts about nine hours from the 14:25 fault to the 23:30 recovery', () => {
    expect(hoursOfDay('14:25')).toBeCloseTo(14 + 25 / 60, 9);
    expect(outageHours()).toBeCloseTo(9.083, 3);
    expect(Math.round(outageHours())).toBe(9);
  });

  it('rejects a time that is not HH:MM', () => {
    expect(() => hoursOfDay('2:30 pm')).toThrow(/HH:MM/);
  });
});
