import { z } from 'zod';

/** Lower-case words joined by single hyphens: used for slugs, cause ids, lesson ids and tags. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

export const DOMAINS = [
  'aerospace',
  'space',
  'defense',
  'telecommunications',
  'medical',
  'finance',
  'energy',
  'computing',
  'cloud',
  'transport',
] as const;

export const CAUSE_ROLES = ['root', 'contributing', 'trigger'] as const;

export const LESSON_PHASES = ['design', 'implementation', 'testing', 'review', 'deployment', 'operations'] as const;

const text = z.string().trim().min(1, 'must not be empty');

export const causeSchema = z.strictObject({
  id: kebabId,
  category: kebabId,
  role: z.enum(CAUSE_ROLES),
  summary: text,
});

export const lessonSchema = z.strictObject({
  id: kebabId,
  text,
  check: text.refine((value) => value.endsWith('?'), {
    error: 'must be a yes/no question ending in "?"',
    params: { code: 'check-question' },
  }),
  phase: z.enum(LESSON_PHASES),
  causes: z.array(kebabId).min(1, 'must name at least one cause id of this case'),
  tags: z.array(kebabId).default([]),
});

export const timelineEntrySchema = z.strictObject({
  at: text,
  event: text,
});

export const sourceSchema = z.strictObject({
  title: text,
  author: text.optional(),
  publisher: text.optional(),
  year: z.number().int().min(1900).max(2100),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  primary: z.boolean().default(false),
  note: text.optional(),
});

export const impactSchema = z.strictObject({
  fatalities: z.number().int().nonnegative().optional(),
  injuries: z.number().int().nonnegative().optional(),
  summary: text,
});

/** A calendar date written YYYY-MM-DD that exists (no 1996-02-30). */
export const isoDate = z.iso.date('must be a real date written YYYY-MM-DD');

export const caseFrontmatterSchema = z.strictObject({
  title: text,
  date: isoDate,
  summary: text,
  location: text.optional(),
  system: text,
  organizations: z.array(text).min(1, 'must name at least one organization'),
  domain: z.enum(DOMAINS),
  impact: impactSchema,
  causes: z.array(causeSchema).min(1, 'must list at least one cause'),
  lessons: z.array(lessonSchema).min(1, 'must list at least one lesson'),
  timeline: z.array(timelineEntrySchema).min(1, 'must list at least one event'),
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
});

export const causeCategorySchema = z.strictObject({
  id: kebabId,
  label: text,
  definition: text,
  aliases: z.array(text).default([]),
});

export const taxonomySchema = z.array(causeCategorySchema).min(1, 'must define at least one cause category');

export type CaseFrontmatter = z.infer<typeof caseFrontmatterSchema>;
export type Cause = z.infer<typeof causeSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type CauseCategory = z.infer<typeof causeCategorySchema>;
export type Domain = (typeof DOMAINS)[number];
export type LessonPhase = (typeof LESSON_PHASES)[number];
export type CauseRole = (typeof CAUSE_ROLES)[number];
