import type { StorageProblem } from './tick-storage';

const WHY: Record<StorageProblem, string> = {
  blocked: 'this browser blocks storage for this site (as it does when cookies are blocked)',
  full: 'this browser’s storage for this site is full',
};

/**
 * Says, once and quietly, that ticks live only in this tab. The live region is always rendered so that screen
 * readers announce the text when it appears (a region inserted with its text already in it is often missed).
 */
export function StorageNotice({ problem }: { problem: StorageProblem | null }) {
  return (
    <p role="status" data-testid="checklist-storage-notice" className={problem ? 'mt-2 text-sm text-stone-700 dark:text-stone-300 print:hidden' : 'sr-only'}>
      {problem &&
        `Your ticks will not be kept after this tab closes: ${WHY[problem]}. To keep them, bookmark this page or use Copy share link: the address holds your ticks.`}
    </p>
  );
}
