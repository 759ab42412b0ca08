import type { LessonPhase } from '../content/schema';
import { filterItems, type ChecklistFilter } from './filter';
import type { Checklist, ChecklistCategory, ChecklistItem } from './types';
import { capitalize } from '../capitalize';

export interface CategoryGroup extends ChecklistCategory {
  items: ChecklistItem[];
}

export interface PhaseGroup {
  phase: LessonPhase;
  label: string;
  categories: CategoryGroup[];
}

export function phaseLabel(phase: string): string {
  return capitalize(phase);
}

/** The first of `values` that the selection names, or `fallback` when it names none (or there is no selection). */
function listedUnder<T extends string>(values: readonly T[], selected: readonly string[], fallback: T): T {
  return values.find((value) => selected.includes(value)) ?? fallback;
}

/**
 * The items a filter selects, grouped by phase (in the order a change goes through them), then by cause category
 * (in taxonomy order), empty groups left out. A merged item that spans phases or categories is listed once, under the
 * one the filter asked for, so a reviewer who narrowed to "testing" never sees it under a "design" heading.
 */
export function groupChecklist(checklist: Checklist, filter: ChecklistFilter): PhaseGroup[] {
  const byPhase = new Map<LessonPhase, Map<string, ChecklistItem[]>>();
  for (const item of filterItems(checklist, filter)) {
    const phase = listedUnder(item.phases, filter.phase, item.phase);
    const category = listedUnder(item.categories, filter.cause, item.category);
    const byCategory = byPhase.get(phase) ?? new Map<string, ChecklistItem[]>();
    byCategory.set(category, [...(byCategory.get(category) ?? []), item]);
    byPhase.set(phase, byCategory);
  }
  return checklist.phases.flatMap((phase) => {
    const byCategory = byPhase.get(phase);
    if (!byCategory) return [];
    const categories = checklist.categories.flatMap((category) => {
      const items = byCategory.get(category.id);
      return items ? [{ ...category, items }] : [];
    });
    return [{ phase, label: phaseLabel(phase), categories }];
  });
}

export function itemsOf(groups: readonly PhaseGroup[]): ChecklistItem[] {
  return groups.flatMap((group) => group.categories.flatMap((category) => category.items));
}
