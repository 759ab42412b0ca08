import type { LessonPhase } from '../content/schema';

/** One lesson a check came from, linkable as /cases/<slug>#<lessonId>. */
export interface LessonReference {
  slug: string;
  caseTitle: string;
  lessonId: string;
}

/** One question on the checklist: a lesson's check, or several near-identical checks merged into one. */
export interface ChecklistItem {
  /** Short key, stable while the lesson it was first seen in exists: ticks are stored and shared under it. */
  id: string;
  question: string;
  /** The phase the item is listed under when no phase filter applies. */
  phase: LessonPhase;
  /** Every phase of the merged lessons, `phase` first. */
  phases: LessonPhase[];
  /** The cause category the item is listed under when no cause filter applies: its first lesson's first cause. */
  category: string;
  /** Every cause category the merged lessons address, `category` first. */
  categories: string[];
  tags: string[];
  /** The lessons merged into this item, oldest failure first. */
  seenIn: LessonReference[];
}

export interface ChecklistCategory {
  id: string;
  label: string;
}

/** The whole checklist plus the vocabulary its filters accept; plain data, so it can be passed to the browser. */
export interface Checklist {
  /** Every phase, in the order a change goes through them. */
  phases: LessonPhase[];
  /** Every cause category of the taxonomy, in its order. */
  categories: ChecklistCategory[];
  /** Every tag used by a lesson, sorted. */
  tags: string[];
  items: ChecklistItem[];
}
