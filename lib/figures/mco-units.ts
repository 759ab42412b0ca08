/**
 * The Mars Climate Orbiter units slip in numbers: SM_FORCES wrote pound-force seconds where the Software Interface
 * Specification called for newton-seconds, and the navigation software read them as newton-seconds.
 */

/** Newtons in one pound-force: 0.45359237 kg × 9.80665 m/s² (both exact by definition). */
export const NEWTONS_PER_POUND_FORCE = 0.45359237 * 9.80665;

export function poundForceSecondsToNewtonSeconds(lbfSeconds: number): number {
  return lbfSeconds * NEWTONS_PER_POUND_FORCE;
}

export interface MisreadImpulse {
  /** The number written in the AMD file. */
  written: number;
  /** The impulse the thrusters really gave, in N·s. */
  actualNewtonSeconds: number;
  /** The impulse navigation put into its model, in N·s: the same number, read in the wrong unit. */
  modelledNewtonSeconds: number;
  /** Modelled as a share of actual. */
  modelledShare: number;
}

/** What happens to one impulse value written in lbf·s and read as N·s. */
export function misreadImpulse(writtenLbfSeconds: number): MisreadImpulse {
  const actualNewtonSeconds = poundForceSecondsToNewtonSeconds(writtenLbfSeconds);
  return {
    written: writtenLbfSeconds,
    actualNewtonSeconds,
    modelledNewtonSeconds: writtenLbfSeconds,
    modelledShare: writtenLbfSeconds / actualNewtonSeconds,
  };
}
