import { useId } from 'react';

/**
 * Where text lands when the browser refuses the clipboard (no permission, an http page): a read-only box, its
 * text selected, for the reader to copy with Ctrl+C.
 */
export function CopyFallback({ label, text }: { label: string; text: string }) {
  const id = useId();
  return (
    <div className="mt-2">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        value={text}
        rows={8}
        ref={(element) => element?.select()}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white p-2 font-mono text-xs dark:border-stone-700 dark:bg-stone-900"
      />
    </div>
  );
}
