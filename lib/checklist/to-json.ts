import { absoluteUrl, lessonPath } from './checklist-url';
import type { ChecklistFilter } from './filter';
import { itemsOf, type PhaseGroup } from './group-checklist';

export interface ChecklistJson {
  filter: ChecklistFilter;
  count: number;
  phases: {
    phase: string;
    label: string;
    categories: {
      id: string;
      label: string;
      items: {
        id: string;
        question: string;
        phases: string[];
        categories: string[];
        tags: string[];
        seenIn: { case: string; slug: string; lesson: string; url: string }[];
      }[];
    }[];
  }[];
}

/** The selection as data, grouped like the page; lesson links are absolute. */
export function checklistToJson(groups: readonly PhaseGroup[], options: { siteUrl: string; filter: ChecklistFilter }): ChecklistJson {
  return {
    filter: options.filter,
    count: itemsOf(groups).length,
    phases: groups.map((group) => ({
      phase: group.phase,
      label: group.label,
      categories: group.categories.map((category) => ({
        id: category.id,
        label: category.label,
        items: category.items.map((item) => ({
          id: item.id,
          question: item.question,
          phases: item.phases,
          categories: item.categories,
          tags: item.tags,
          seenIn: item.seenIn.map((reference) => ({
            case: reference.caseTitle,
            slug: reference.slug,
            lesson: reference.lessonId,
            url: absoluteUrl(lessonPath(reference), options.siteUrl),
          })),
        })),
      })),
    })),
  };
}
