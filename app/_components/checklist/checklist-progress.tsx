export function ChecklistProgress({ checked, total }: { checked: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((checked / total) * 100);
  return (
    <div className="sticky top-0 z-10 mt-4 noscript:hidden border-b border-stone-200 bg-white/95 py-2 backdrop-blur dark:border-stone-800 dark:bg-stone-950/95 print:hidden">
      <p role="status" className="text-sm font-medium" data-testid="checklist-progress">
        {checked} of {total} checked
      </p>
      <div aria-hidden="true" className="mt-1 h-1.5 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800">
        {/* No style attribute in the server's HTML (the CSP allows none): at 0 % the bar is simply w-0. */}
        <div className="h-full w-0 rounded-full bg-amber-500 transition-[width]" style={percent > 0 ? { width: `${percent}%` } : undefined} />
      </div>
    </div>
  );
}
