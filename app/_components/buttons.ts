/** The site's button look (checklist, review), and its amber variant for a page's one main action. */
export const BUTTON =
  'rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-amber-500 hover:bg-amber-50 dark:border-stone-700 dark:bg-stone-900 dark:hover:border-amber-500 dark:hover:bg-stone-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:cursor-not-allowed disabled:opacity-50';

export const PRIMARY_BUTTON =
  'rounded-md border border-amber-700 bg-amber-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-amber-800 dark:border-amber-500 dark:bg-amber-500 dark:text-stone-950 dark:hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:cursor-not-allowed disabled:opacity-50';
