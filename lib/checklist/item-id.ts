/**
 * A short key for an item, from the anchor of the lesson it was first seen in: 32-bit FNV-1a in base 36, so that a
 * share link with many ticks stays short. Collisions are detected where items are derived, never silently merged.
 */
export function itemId(slug: string, lessonId: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${slug}#${lessonId}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
