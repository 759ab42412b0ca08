/** Maps a value from a data interval onto a drawing interval, linearly; either interval may run backwards. */
export type LinearScale = (value: number) => number;

export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): LinearScale {
  if (d0 === d1) throw new Error(`a scale needs a domain of non-zero width, got [${d0}, ${d1}]`);
  const slope = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * slope;
}

/** Whole multiples of `step` from `from` to `to` inclusive, free of floating-point crumbs such as 0.30000000000000004. */
export function ticksBetween(from: number, to: number, step: number): number[] {
  if (step <= 0) throw new Error(`tick step must be positive, got ${step}`);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks: number[] = [];
  for (let i = Math.ceil(from / step - 1e-9); i * step <= to + 1e-9; i++) ticks.push(Number((i * step).toFixed(decimals)));
  return ticks;
}
