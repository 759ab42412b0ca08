const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** `1996-06-04` → `4 June 1996`, independent of the server's time zone. */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

export function yearOf(isoDate: string): string {
  return isoDate.slice(0, 4);
}
