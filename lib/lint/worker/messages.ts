import { z } from 'zod';
import { causeCategorySchema } from '../../content/schema';
import { RULE_IDS } from '../rule-ids';

/** What the main thread asks a worker: lint these case files against this taxonomy. */
export const lintTaskSchema = z.object({
  id: z.number(),
  entries: z.array(z.object({ path: z.string(), file: z.string(), slug: z.string() })),
  categories: z.array(causeCategorySchema).nullable(),
  currentYear: z.number(),
});
export type LintTask = z.infer<typeof lintTaskSchema>;

const findingSchema = z.object({
  ruleId: z.enum(RULE_IDS),
  file: z.string(),
  line: z.number(),
  column: z.number(),
  field: z.string().optional(),
  message: z.string(),
  fix: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })).optional(),
  blocking: z.boolean().optional(),
});

const fileLintResultSchema = z.object({
  file: z.string(),
  findings: z.array(findingSchema),
  directives: z.array(z.object({ line: z.number(), column: z.number(), targetLine: z.number(), ruleIds: z.array(z.string()) })),
  lessons: z.array(
    z.object({ file: z.string(), slug: z.string(), index: z.number(), id: z.string(), text: z.string(), check: z.string(), line: z.number(), column: z.number() }),
  ),
});

/** What a worker answers: one result per entry, in order, or the error that stopped it. */
export const lintAnswerSchema = z.union([
  z.object({ id: z.number(), results: z.array(fileLintResultSchema) }),
  z.object({ id: z.number(), error: z.string() }),
]);
export type LintAnswer = z.infer<typeof lintAnswerSchema>;
