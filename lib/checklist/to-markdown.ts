import { absoluteUrl, checklistPath, lessonPath } from './checklist-url';
import { describeFilter } from './describe-filter';
import type { ChecklistFilter } from './filter';
import { itemsOf, type PhaseGroup } from './group-checklist';
import type { Checklist, ChecklistItem } from './types';
import { plural } from '../plural';

export interface MarkdownOptions {
  /** Absolute links back to the lessons start with this (SITE_URL). */
  siteUrl: string;
  filter: ChecklistFilter;
  /** Ids of ticked items, written `- [x]`; none for a blank template. */
  checked?: ReadonlySet<string>;
}

/** Link text must not close the link early. */
const escapeLinkText = (text: string) => text.replace(/[\\[\]]/g, (char) => `\\${char}`);

function taskLine(item: ChecklistItem, siteUrl: string, checked: boolean): string {
  const links = item.seenIn.map(
    (reference) => `[${escapeLinkText(reference.caseTitle)}](${absoluteUrl(lessonPath(reference), siteUrl)})`,
  );
  return `- [${checked ? 'x' : ' '}] ${item.question} (${links.join(', ')})`;
}

/**
 * The selection as GitHub task lists under "## Phase" and "### Cause category" headings, each question linking to the
 * lessons it comes from; an HTML comment (invisible in a rendered pull request) says where it came from.
 */
export function checklistToMarkdown(checklist: Checklist, groups: readonly PhaseGroup[], options: MarkdownOptions): string {
  const { siteUrl, filter, checked = new Set<string>() } = options;
  const count = itemsOf(groups).length;
  const source = absoluteUrl(checklistPath(filter), siteUrl);
  const lines = [
    `<!-- Review checklist from Lessons from Failure (${describeFilter(checklist, filter)}, ${plural(count, 'check')}): ${source} -->`,
  ];
  if (groups.length === 0) lines.push('', '_No checks match this selection._');
  for (const group of groups) {
    lines.push('', `## ${group.label}`);
    for (const category of group.categories) {
      lines.push('', `### ${category.label}`, '');
      for (const item of category.items) lines.push(taskLine(item, siteUrl, checked.has(item.id)));
    }
  }
  return `${lines.join('\n')}\n`;
}
