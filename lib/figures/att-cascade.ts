/**
 * The AT&T network collapse of 15 January 1990 as figure data. The cascade's structure (who toppled whom, in what
 * order) is schematic: the sources give the 4–6 s self-recovery and the times of day, not the timing of each
 * switch. The day itself is drawn to scale from the times the sources give (EST).
 */

export const FIRST_FAULT_EST = '14:25';
export const NETWORK_NORMAL_EST = '23:30';
export const SWITCH_COUNT = 114;

export interface SwitchOutage {
  /** 0 is the New York switch; each later one is a neighbour of the one before. */
  hop: number;
  /** Schematic time the switch took itself out of service. */
  downAt: number;
  /** Schematic time it came back and started sending call-setup messages again. */
  upAt: number;
  /** What took it down: the first from a hardware fault, the rest from a neighbour's messages. */
  cause: 'hardware-fault' | 'neighbour-messages';
}

export interface CascadeShape {
  /** Schematic length of one switch's self-recovery. */
  recovery: number;
  /** Schematic delay between a switch returning and the neighbour it topples going down. */
  propagation: number;
}

/** One outage per hop; a switch never goes down before the one that toppled it has come back. */
export function cascadeOutages(hops: number, { recovery, propagation }: CascadeShape): SwitchOutage[] {
  return Array.from({ length: hops }, (_, hop) => {
    const downAt = hop * (recovery + propagation);
    return { hop, downAt, upAt: downAt + recovery, cause: hop === 0 ? 'hardware-fault' : 'neighbour-messages' };
  });
}

/** "14:25" → 14.4166…, hours since midnight. */
export function hoursOfDay(clock: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock);
  if (!match) throw new Error(`expected a time written HH:MM, got "${clock}"`);
  return Number(match[1]) + Number(match[2]) / 60;
}

/** From the first fault to a normal network: about nine hours, as the sources say. */
export function outageHours(): number {
  return hoursOfDay(NETWORK_NORMAL_EST) - hoursOfDay(FIRST_FAULT_EST);
}
