/** Site-wide constants. SITE_URL sets absolute URLs in metadata and the sitemap for a real deployment. */
export const SITE_NAME = 'Lessons from Failure';
export const SITE_DESCRIPTION =
  'Post-mortems of famous software failures, with their causes and the lessons a code reviewer can act on.';
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';
