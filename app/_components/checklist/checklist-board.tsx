'use client';

import { useMemo, useState, useSyncExternalStore } from 'react';
import { describeFilter } from '@/lib/checklist/describe-filter';
import { isUnfiltered, NO_FILTER } from '@/lib/checklist/filter';
import { groupChecklist, itemsOf, phaseLabel } from '@/lib/checklist/group-checklist';
import { checklistToMarkdown } from '@/lib/checklist/to-markdown';
import type { Checklist } from '@/lib/checklist/types';
import { ChecklistActions } from './checklist-actions';
import { ChecklistFilters, type FilterChoice } from './checklist-filters';
import { ChecklistGroups } from './checklist-groups';
import { ChecklistProgress } from './checklist-progress';
import { createChecklistStore } from './checklist-store';
import { StorageNotice } from './storage-notice';
import { plural } from '@/lib/plural';

interface ChecklistBoardProps {
  checklist: Checklist;
  /** SITE_URL, read on the server: the browser bundle does not see it. */
  siteUrl: string;
}

function filterChoices(checklist: Checklist): FilterChoice[] {
  const used = (values: (item: Checklist['items'][number]) => string[]) => new Set(checklist.items.flatMap(values));
  const phases = used((item) => item.phases);
  const categories = used((item) => item.categories);
  return [
    {
      key: 'phase',
      label: 'Phase',
      allLabel: 'All phases',
      options: checklist.phases.filter((p) => phases.has(p)).map((p) => ({ value: p, label: phaseLabel(p) })),
    },
    {
      key: 'cause',
      label: 'Cause',
      allLabel: 'All causes',
      options: checklist.categories.filter((c) => categories.has(c.id)).map((c) => ({ value: c.id, label: c.label })),
    },
    { key: 'tag', label: 'Tag', allLabel: 'All tags', options: checklist.tags.map((tag) => ({ value: tag, label: tag })) },
  ];
}

/**
 * The interactive checklist. The server renders the full list with plain checkboxes and the controls disabled; in
 * the browser the filters, saved ticks and exports come alive once the store has read the address and localStorage.
 */
export function ChecklistBoard({ checklist, siteUrl }: ChecklistBoardProps) {
  const [store] = useState(() => createChecklistStore(checklist));
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const choices = useMemo(() => filterChoices(checklist), [checklist]);
  const groups = useMemo(() => groupChecklist(checklist, state.filter), [checklist, state.filter]);
  const visible = itemsOf(groups);
  const checkedCount = visible.filter((item) => state.checked.has(item.id)).length;
  const markdown = (checked: ReadonlySet<string>) => checklistToMarkdown(checklist, groups, { siteUrl, filter: state.filter, checked });

  return (
    <div data-checklist-ready={state.ready ? 'true' : 'false'}>
      {/*
        The controls are rendered on the server too, disabled until the store is ready, so that hydrating does not
        push the list down (Lighthouse measured a layout shift of 0.28). Without JavaScript they would do nothing,
        so they are hidden then.
      */}
      <fieldset
        disabled={!state.ready}
        className="mt-6 min-w-0 rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900 noscript:hidden print:hidden"
      >
        <legend className="sr-only">Filter and export</legend>
          <ChecklistFilters choices={choices} filter={state.filter} onChange={store.setFilter} />
          {!isUnfiltered(state.filter) && (
            <button
              type="button"
              onClick={() => store.setFilter(NO_FILTER)}
              className="mt-2 text-sm font-medium underline underline-offset-4 hover:text-amber-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:hover:text-amber-400"
            >
              Show all {checklist.items.length} checks
            </button>
          )}
          <ChecklistActions
            markdown={() => markdown(state.checked)}
            template={() => markdown(new Set())}
            sharePath={store.sharePath(state)}
            checkedCount={checkedCount}
            onReset={store.reset}
          />
      </fieldset>
      <ChecklistProgress checked={checkedCount} total={visible.length} />
      {state.ready && <StorageNotice problem={state.storageProblem} />}
      <p className="mt-4 hidden text-sm print:block">
        Selection: {describeFilter(checklist, state.filter)} — {plural(visible.length, 'check')}
      </p>
      <ChecklistGroups groups={groups} checked={state.checked} onToggle={store.toggle} />
    </div>
  );
}
