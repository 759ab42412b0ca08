import { isUnfiltered, type ChecklistFilter } from './filter';
import { phaseLabel } from './group-checklist';
import type { Checklist } from './types';

/** The selection in words, e.g. "phase: Testing; cause: Numeric overflow; tag: uptime", or "all lessons". */
export function describeFilter(checklist: Checklist, filter: ChecklistFilter): string {
  if (isUnfiltered(filter)) return 'all lessons';
  const categoryLabel = (id: string) => checklist.categories.find((category) => category.id === id)?.label ?? id;
  const parts = [
    filter.phase.length > 0 && `phase: ${filter.phase.map(phaseLabel).join(' or ')}`,
    filter.cause.length > 0 && `cause: ${filter.cause.map(categoryLabel).join(' or ')}`,
    filter.tag.length > 0 && `tag: ${filter.tag.join(' or ')}`,
  ];
  return parts.filter((part) => typeof part === 'string').join('; ');
}
