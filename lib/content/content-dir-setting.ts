/**
 * The content folder a tool should read, as written: $LESSONS_CONTENT_DIR when set and not empty (the site's
 * loader reads it the same way), else `fallback`. One rule, so the build's lint and the site never disagree.
 */
export function contentDirSetting(fallback = 'content'): string {
  return process.env.LESSONS_CONTENT_DIR || fallback;
}
