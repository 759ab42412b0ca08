/** "1 case", "3 cases", "2 case studies": a count with its noun, for every message and page. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
