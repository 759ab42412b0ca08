import { describe, expect, it } from 'vitest';
import { NEWTONS_PER_POUND_FORCE, misreadImpulse, poundForceSecondsToNewtonSeconds } from '@/lib/figures/mco-units';

describe('the Mars Climate Orbiter units slip', () => {
  it('has 4.45 N·s in one lbf·s', () => {
    expect(NEWTONS_PER_POUND_FORCE).toBeCloseTo(4.4482216152605, 12);
    expect(poundForceSecondsToNewtonSeconds(1).toFixed(2)).toBe('4.45');
  });

  it('models a value written in lbf·s and read as N·s at about 22 % of the real push', () => {
    const impulse = misreadImpulse(2);
    expect(impulse.modelledNewtonSeconds).toBe(2);
    expect(impulse.actualNewtonSeconds).toBeCloseTo(8.896, 3);
    expect(Math.round(impulse.modelledShare * 100)).toBe(22);
  });
});
