import { describe, expect, it } from 'vitest';
import { deriveChecklist } from '@/lib/checklist/derive-checklist';
import { NO_FILTER, type ChecklistFilter } from '@/lib/checklist/filter';
import { groupChecklist } from '@/lib/checklist/group-checklist';
import { checklistToMarkdown } from '@/lib/checklist/to-markdown';
import type { Checklist } from '@/lib/checklist/types';
import { loadFixtureCorpus, SITE } from './fixture-corpus';

const checklist = deriveChecklist(await loadFixtureCorpus());
const markdown = (filter: ChecklistFilter, checked?: Set<string>, list: Checklist = checklist) =>
  checklistToMarkdown(list, groupChecklist(list, filter), { siteUrl: SITE, filter, checked });
const implementation: ChecklistFilter = { ...NO_FILTER, phase: ['implementation'] };

describe('checklistToMarkdown', () => {
  it('writes GitHub task lists under phase and category headings, linking every lesson an item cites', () => {
    expect(markdown(implementation)).toBe(
      [
        '<!-- Review checklist from Lessons from Failure (phase: Implementation, 2 checks): https://lessons.example/checklist?phase=implementation -->',
        '',
        '## Implementation',
        '',
        '### Numeric overflow',
        '',
        '- [ ] Can this counter underflow? ([Exchange 83](https://lessons.example/cases/exchange-1983#counter-underflow))',
        '- [ ] Does every narrowing conversion in this change have an explicit range check? ([Rocket 96](https://lessons.example/cases/rocket-1996#range-check-conversions), [Plane 2015](https://lessons.example/cases/plane-2015#range-check-narrowing))',
        '',
      ].join('\n'),
    );
  });

  it('ticks the checked items', () => {
    const ticked = checklist.items.find((item) => item.question === 'Can this counter underflow?');
    const lines = markdown(implementation, new Set([ticked?.id ?? ''])).split('\n');
    expect(lines.filter((line) => line.startsWith('- [x] '))).toEqual([
      '- [x] Can this counter underflow? ([Exchange 83](https://lessons.example/cases/exchange-1983#counter-underflow))',
    ]);
    expect(lines.filter((line) => line.startsWith('- [ ] '))).toHaveLength(1);
  });

  it('has one task line per item and a heading per phase for the whole checklist', () => {
    const text = markdown(NO_FILTER);
    expect(text.match(/^- \[ \] /gm)).toHaveLength(checklist.items.length);
    expect(text.match(/^## .+$/gm)).toEqual(['## Implementation', '## Testing', '## Deployment']);
    expect(text).toContain('(all lessons, 5 checks): https://lessons.example/checklist -->');
  });

  it('says so when nothing matches', () => {
    expect(markdown({ ...NO_FILTER, tag: ['rollout'], phase: ['design'] })).toContain('_No checks match this selection._');
  });

  it('escapes brackets in case titles so links stay links', () => {
    const bracketed: Checklist = {
      ...checklist,
      items: checklist.items.map((item) => ({
        ...item,
        seenIn: item.seenIn.map((ref) => ({ ...ref, caseTitle: `${ref.caseTitle} [draft]` })),
      })),
    };
    expect(markdown(implementation, undefined, bracketed)).toContain('([Exchange 83 \\[draft\\]](https://');
  });
});
