import type { ChecklistFilter, FilterKey } from '@/lib/checklist/filter';

export interface FilterChoice {
  key: FilterKey;
  label: string;
  allLabel: string;
  options: { value: string; label: string }[];
}

interface ChecklistFiltersProps {
  choices: readonly FilterChoice[];
  filter: ChecklistFilter;
  onChange: (filter: ChecklistFilter) => void;
}

/** Stands for a selection of several values, which only a hand-edited link can make. */
const SEVERAL = '\u0000several';

const CONTROL =
  'mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600';

export function ChecklistFilters({ choices, filter, onChange }: ChecklistFiltersProps) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-3">
      <legend className="sr-only">Narrow the checklist</legend>
      {choices.map(({ key, label, allLabel, options }) => {
        const selected = filter[key];
        const value = selected.length > 1 ? SEVERAL : (selected[0] ?? '');
        return (
          <label key={key} className="text-sm font-medium">
            {label}
            <select
              name={key}
              value={value}
              onChange={(event) => onChange({ ...filter, [key]: event.target.value ? [event.target.value] : [] })}
              className={CONTROL}
            >
              <option value="">{allLabel}</option>
              {selected.length > 1 && (
                <option value={SEVERAL} disabled>
                  {selected.length} selected
                </option>
              )}
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </fieldset>
  );
}
