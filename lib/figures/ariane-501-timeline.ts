/**
 * Flight 501 from the SRIs' switch to flight mode to break-up, in seconds from H0 (main-engine ignition), as the
 * Inquiry Board's report and ESA/CNES press releases 20-1996 and 33-1996 give it (see the case's timeline).
 */

/** H0: Vulcain ignition, 09:33:59 Kourou time. */
export const IGNITION_LOCAL_TIME = '09:33:59';
/** The SRIs enter flight mode three seconds before H0. */
export const FLIGHT_MODE_AT = -3;
/** The alignment function keeps running for 50 s after the switch to flight mode. */
export const ALIGNMENT_RUNS_FOR = 50;
export const LIFT_OFF_AT = 7.5;
/** Guidance and trajectory were nominal up to here. */
export const NOMINAL_UNTIL = 36;
export const SRI_1_FAILS_AT = 36.7;
/** SRI 2 failed one data cycle later. */
export const DATA_CYCLE_SECONDS = 0.072;
/** The nozzles swing to full deflection between about H0+37 s and H0+39 s. */
export const FULL_DEFLECTION_FROM = 37;
export const BREAK_UP_AT = 39;

export const ALIGNMENT_ENDS_AT = FLIGHT_MODE_AT + ALIGNMENT_RUNS_FOR;
export const SRI_2_FAILS_AT = SRI_1_FAILS_AT + DATA_CYCLE_SECONDS;

export interface FlightEvent {
  id: string;
  /** Seconds from H0. */
  at: number;
  /** For an event that lasts, when it ends (seconds from H0). */
  until?: number;
  /** How the moment is written on the figure. */
  label: string;
  /** What happened, in short lines that fit beside the axis. */
  lines: string[];
  /** Marks the failure chain, drawn in the warning colour. */
  failure?: boolean;
}

/** Writes a time relative to H0 the way the inquiry does: H0−3 s, H0, H0+36.7 s. */
export function formatH0(seconds: number): string {
  if (seconds === 0) return 'H0';
  const magnitude = Number(Math.abs(seconds).toFixed(3)).toString();
  return `H0${seconds < 0 ? '−' : '+'}${magnitude} s`;
}

export const FLIGHT_EVENTS: readonly FlightEvent[] = [
  {
    id: 'flight-mode',
    at: FLIGHT_MODE_AT,
    label: formatH0(FLIGHT_MODE_AT),
    lines: ['Both SRIs switch to flight mode;', `alignment keeps running for ${ALIGNMENT_RUNS_FOR} s`],
  },
  { id: 'ignition', at: 0, label: `H0 (${IGNITION_LOCAL_TIME})`, lines: ['Main engine ignition'] },
  { id: 'lift-off', at: LIFT_OFF_AT, label: formatH0(LIFT_OFF_AT), lines: ['Boosters ignite: lift-off'] },
  {
    id: 'sri-1',
    at: SRI_1_FAILS_AT,
    label: formatH0(SRI_1_FAILS_AT),
    lines: ['SRI 1 (standby): BH conversion', 'overflows, processor stops'],
    failure: true,
  },
  {
    id: 'sri-2',
    at: SRI_2_FAILS_AT,
    label: `${formatH0(SRI_2_FAILS_AT)} (72 ms later)`,
    lines: ['SRI 2 (active) fails the same way;', 'diagnostic data read as flight data'],
    failure: true,
  },
  {
    id: 'deflection',
    at: FULL_DEFLECTION_FROM,
    until: BREAK_UP_AT,
    label: `${formatH0(FULL_DEFLECTION_FROM)} to ${formatH0(BREAK_UP_AT)}`,
    lines: ['Nozzles to full deflection;', 'angle of attack over 20°'],
    failure: true,
  },
  {
    id: 'break-up',
    at: BREAK_UP_AT,
    label: `About ${formatH0(BREAK_UP_AT)}`,
    lines: ['Break-up; self-destruct triggered', 'automatically, about 4 km up'],
    failure: true,
  },
  {
    id: 'alignment-end',
    at: ALIGNMENT_ENDS_AT,
    label: formatH0(ALIGNMENT_ENDS_AT),
    lines: ['Alignment would have stopped', `(${formatH0(FLIGHT_MODE_AT)} + ${ALIGNMENT_RUNS_FOR} s)`],
  },
];

/** Seconds after lift-off: the first SRI failure comes 29.2 s in, the "about 30 s after lift-off" of the accounts. */
export function secondsAfterLiftOff(atFromH0: number): number {
  return Number((atFromH0 - LIFT_OFF_AT).toFixed(3));
}
