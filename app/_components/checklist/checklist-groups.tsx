import type { PhaseGroup } from '@/lib/checklist/group-checklist';
import { lessonPath } from '@/lib/checklist/checklist-url';
import type { ChecklistItem } from '@/lib/checklist/types';
import { InlineCode } from '../inline-code';

interface ChecklistGroupsProps {
  groups: readonly PhaseGroup[];
  checked: ReadonlySet<string>;
  onToggle: (id: string, ticked: boolean) => void;
}

function ItemRow({ item, checked, onToggle }: { item: ChecklistItem; checked: boolean; onToggle: ChecklistGroupsProps['onToggle'] }) {
  const inputId = `check-${item.id}`;
  return (
    <li
      data-item-id={item.id}
      className="flex gap-3 rounded-lg border border-stone-200 p-3 has-checked:border-amber-400 has-checked:bg-amber-50/60 dark:border-stone-800 dark:has-checked:border-amber-700 dark:has-checked:bg-amber-950/30 print:break-inside-avoid print:rounded-none print:border-0 print:bg-transparent! print:p-0"
    >
      <input
        id={inputId}
        type="checkbox"
        checked={checked}
        onChange={(event) => onToggle(item.id, event.target.checked)}
        className="mt-0.5 size-5 shrink-0 scroll-mt-16 accent-amber-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
      />
      <div className="min-w-0">
        <label htmlFor={inputId} className="block font-medium">
          <InlineCode text={item.question} />
        </label>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Seen in:{' '}
          {item.seenIn.map((reference, i) => (
            <span key={`${reference.slug}#${reference.lessonId}`}>
              {i > 0 && ', '}
              <a
                href={lessonPath(reference)}
                className="underline underline-offset-2 hover:text-amber-700 dark:hover:text-amber-400 print:no-underline"
              >
                {reference.caseTitle}
              </a>
            </span>
          ))}
        </p>
      </div>
    </li>
  );
}

/** The selected items under phase and cause-category headings; rendered on the server too, so it reads without JS. */
export function ChecklistGroups({ groups, checked, onToggle }: ChecklistGroupsProps) {
  if (groups.length === 0) {
    return <p className="mt-8 text-stone-700 dark:text-stone-300">No checks match this selection. Try fewer filters.</p>;
  }
  return (
    <div className="mt-4 grid gap-10 print:mt-2 print:gap-6">
      {groups.map((group) => (
        <section key={group.phase} aria-labelledby={`phase-${group.phase}`}>
          <h2
            id={`phase-${group.phase}`}
            className="border-b border-stone-200 pb-2 text-2xl font-bold tracking-tight dark:border-stone-800 print:border-stone-400 print:text-xl"
          >
            {group.label}
          </h2>
          {group.categories.map((category) => (
            <div key={category.id} className="mt-5 print:mt-3">
              <h3 className="text-sm font-semibold tracking-wide text-amber-800 uppercase dark:text-amber-300">
                {category.label}
              </h3>
              <ul className="mt-2 grid gap-2 print:gap-2">
                {category.items.map((item) => (
                  <ItemRow key={item.id} item={item} checked={checked.has(item.id)} onToggle={onToggle} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
