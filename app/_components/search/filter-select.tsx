interface FilterSelectProps {
  name: string;
  label: string;
  /** The first option, meaning "no filter". */
  anyLabel: string;
  selected: string;
  options: { value: string; label: string }[];
}

/** A labelled <select> for a GET form: works without JavaScript. */
export function FilterSelect({ name, label, anyLabel, selected, options }: FilterSelectProps) {
  return (
    <label className="text-sm font-medium">
      {label}
      <select
        name={name}
        defaultValue={selected}
        className="mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
