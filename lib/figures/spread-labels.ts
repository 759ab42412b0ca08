export interface LabelRequest {
  /** Where the label would like to sit (its top edge), e.g. the y of the point it describes. */
  at: number;
  /** How much room the label takes along the axis. */
  size: number;
}

/**
 * Moves labels along one axis just enough that none overlaps the next (keeping `gap` between them) and all fit
 * inside [min, max], preserving their order. Labels for events a few milliseconds apart can then be read,
 * each with a leader line back to its true position.
 */
export function spreadLabels(requests: readonly LabelRequest[], { gap, min, max }: { gap: number; min: number; max: number }): number[] {
  const placed = requests.map((request) => Math.max(min, request.at));
  // Push each label down past the one above it...
  for (let i = 1; i < placed.length; i++) {
    const above = requests[i - 1];
    const previous = placed[i - 1];
    const current = placed[i];
    if (above === undefined || previous === undefined || current === undefined) continue;
    placed[i] = Math.max(current, previous + above.size + gap);
  }
  // ...then, if the last ones ran off the end, pull them back up, pushing earlier ones up in turn.
  for (let i = placed.length - 1; i >= 0; i--) {
    const request = requests[i];
    const current = placed[i];
    if (request === undefined || current === undefined) continue;
    const below = placed[i + 1];
    const limit = below === undefined ? max - request.size : below - request.size - gap;
    placed[i] = Math.min(current, limit);
  }
  if ((placed[0] ?? min) < min) throw new Error('the labels do not fit in the space given');
  return placed;
}
