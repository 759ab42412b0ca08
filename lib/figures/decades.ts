export interface Decade<T> {
  /** First year of the decade, e.g. 1990. */
  start: number;
  items: T[];
}

/**
 * Groups dated items by decade, oldest first, keeping the empty decades between `from` and `to` (years) so a
 * time axis shows its gaps instead of pulling 1999 and 2012 next to each other. Items of the same year keep their
 * input order.
 */
export function groupByDecade<T>(items: readonly T[], yearOf: (item: T) => number, span?: { from: number; to: number }): Decade<T>[] {
  const years = items.map(yearOf);
  const from = span?.from ?? Math.min(...years);
  const to = span?.to ?? Math.max(...years);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [];
  const decades: Decade<T>[] = [];
  for (let start = Math.floor(from / 10) * 10; start <= to; start += 10) {
    decades.push({
      start,
      items: items.filter((item) => yearOf(item) >= start && yearOf(item) < start + 10).sort((a, b) => yearOf(a) - yearOf(b)),
    });
  }
  return decades;
}
