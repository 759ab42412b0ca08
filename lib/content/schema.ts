import { z } from 'zod';
import { LANGUAGES } from './languages';

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

/** A JavaScript regular expression, written as its source (no slashes, no flags). */
const regexSource = text.superRefine((value, context) => {
  try {
    new RegExp(value);
  } catch (error) {
    context.addIssue({
      code: 'custom',
      message: `is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
});

/**
 * When `lessons review` should raise a lesson: an added line in a changed file that matches `pattern`, in a file
 * of one of `languages` (any, if omitted) that matches one of `files` (any, if omitted), with each `context`
 * pattern matching, in order, some line above it in the same hunk, and `unless` not matching the line.
 * Each example is a snippet whose last line plays the added line and whose earlier lines play the context above.
 */
export const triggerSchema = z.strictObject({
  id: kebabId,
  summary: text,
  languages: z.array(z.enum(LANGUAGES)).min(1, 'must name at least one language, or be left out').optional(),
  files: z.array(text).min(1, 'must name at least one glob, or be left out').optional(),
  pattern: regexSource,
  context: z.array(regexSource).optional(),
  unless: regexSource.optional(),
  examples: z.strictObject({
    match: z.array(text).min(1, 'must give at least one snippet the trigger matches'),
    miss: z.array(text).min(1, 'must give at least one near-miss snippet the trigger does not match'),
  }),
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
  /** Optional: what in a code change should make `lessons review` raise this lesson. */
  triggers: z.array(triggerSchema).optional(),
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
export type Trigger = z.infer<typeof triggerSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type CauseCategory = z.infer<typeof causeCategorySchema>;
export type Domain = (typeof DOMAINS)[number];
export type LessonPhase = (typeof LESSON_PHASES)[number];
export type CauseRole = (typeof CAUSE_ROLES)[number];
