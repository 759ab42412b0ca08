/**
 * The Patriot clock drift, computed the way the weapons control computer went wrong: a count of tenths of a
 * second multiplied by 0.1 held as a binary fraction chopped after 23 bits (GAO IMTEC-92-26; Skeel, SIAM News
 * 1992: 0.1 × (1 − 2⁻²⁰)). Nothing here is typed in from GAO's table except the table itself, kept to compare.
 */

/** One clock tick: the system counted time in tenths of a second. */
export const TICK_SECONDS = 0.1;
export const TICKS_PER_HOUR = 3600 * 10;

/** Bits after the binary point in the chopped constant, as in the pattern quoted for the 24-bit register. */
export const FRACTION_BITS = 23;

/** GAO: a Scud travels at about Mach 5, 3,750 mph, which is about 1,676 m/s. */
export const SCUD_SPEED_METRES_PER_SECOND = 1676;

/** GAO's table marks about 20 hours of continuous running as where the target falls outside the range gate. */
export const GAO_OUT_OF_GATE_HOURS = 20;

/** GAO IMTEC-92-26, Appendix II: drift after continuous running, as published (four decimals). */
export const GAO_DRIFT_TABLE: readonly { hours: number; driftSeconds: number }[] = [
  { hours: 1, driftSeconds: 0.0034 },
  { hours: 8, driftSeconds: 0.0275 },
  { hours: 20, driftSeconds: 0.0687 },
  { hours: 48, driftSeconds: 0.1648 },
  { hours: 72, driftSeconds: 0.2472 },
  { hours: 100, driftSeconds: 0.3433 },
];

/** Truncates (never rounds) a non-negative value to `bits` binary places, as a fixed-point register does. */
export function chopToBinaryPlaces(value: number, bits: number): number {
  const scale = 2 ** bits;
  return Math.floor(value * scale) / scale;
}

/** The 0.1 the computer actually multiplied by: 0.0999999046325684 s. */
export const STORED_TENTH = chopToBinaryPlaces(TICK_SECONDS, FRACTION_BITS);

/** What each tick loses to the chopping: about 9.54 × 10⁻⁸ s. */
export const ERROR_PER_TICK_SECONDS = TICK_SECONDS - STORED_TENTH;

export function ticksAfter(hours: number): number {
  return Math.round(hours * TICKS_PER_HOUR);
}

/** How far the converted time lags true time after `hours` of continuous running. */
export function clockDriftSeconds(hours: number): number {
  return ticksAfter(hours) * ERROR_PER_TICK_SECONDS;
}

/** How far a Scud moves during that drift: our arithmetic (drift × GAO's speed), not a figure GAO gives. */
export function scudTravelMetres(hours: number): number {
  return clockDriftSeconds(hours) * SCUD_SPEED_METRES_PER_SECOND;
}

export interface DriftPoint {
  hours: number;
  ticks: number;
  driftSeconds: number;
  scudTravelMetres: number;
}

export function driftAt(hours: number): DriftPoint {
  return { hours, ticks: ticksAfter(hours), driftSeconds: clockDriftSeconds(hours), scudTravelMetres: scudTravelMetres(hours) };
}

/** The computed drift every `stepHours` from 0 to `maxHours`, for plotting. */
export function driftCurve(maxHours: number, stepHours: number): DriftPoint[] {
  const points: DriftPoint[] = [];
  for (let i = 0; i * stepHours <= maxHours; i++) points.push(driftAt(i * stepHours));
  return points;
}
