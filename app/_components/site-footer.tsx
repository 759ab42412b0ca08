export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6">
        <p>
          Every figure in a case study comes from the sources listed with it. Code marked “reconstruction” is
          illustrative, written for this site, not the original program.
        </p>
      </div>
    </footer>
  );
}
