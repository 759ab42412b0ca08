import type { Metadata } from 'next';
import { ReviewTool } from '../_components/review/review-tool';
import { getCorpus } from '@/lib/content/corpus.server';
import { plural } from '@/lib/plural';
import { SITE_URL } from '@/lib/site';
import { triggerSetFromCases } from '@/lib/review/review-diff';

export const metadata: Metadata = {
  title: 'Review a diff',
  description:
    'Paste a unified diff and see which lessons of past software failures its added lines resemble, each with the precedent case. The diff is matched in your browser and never sent anywhere.',
  alternates: { canonical: '/review' },
};

export default async function ReviewPage() {
  const corpus = await getCorpus();
  // Computed once at build time and shipped as a prop: the page is static and the browser does the matching.
  const triggers = triggerSetFromCases(corpus.cases);
  const caseCount = new Set(triggers.lessons.map((entry) => entry.lesson.slug)).size;

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Review a diff</h1>
      <p className="mt-2 max-w-2xl text-stone-700 dark:text-stone-300">
        Paste a change and see which lessons its added lines resemble: {plural(triggers.lessons.length, 'lesson')} from{' '}
        {plural(caseCount, 'case study', 'case studies')} carry code patterns of how their failure began,
        each shown with the line that raised it and the precedent case.
      </p>
      <p className="mt-2 max-w-2xl text-stone-700 dark:text-stone-300">
        <strong className="font-semibold">Your diff stays on your machine:</strong> it is matched by this page, in your
        browser, and never sent anywhere.
      </p>
      <noscript>
        <p className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
          This page matches the diff in your browser, so it needs JavaScript. The same review runs in a terminal, in
          your repository: <code className="whitespace-nowrap">npx lessons review</code> (against <code>main</code>), or{' '}
          <code className="whitespace-nowrap">git diff main | npx lessons review -</code>.
        </p>
      </noscript>
      <ReviewTool triggers={triggers} siteUrl={SITE_URL} />
      <p className="mt-10 text-sm text-stone-600 dark:text-stone-400">
        In a terminal or in CI: <code className="whitespace-nowrap">npx lessons review --base origin/main</code> prints the
        same review as Markdown for a pull request comment; <code className="whitespace-nowrap">--format sarif</code>{' '}
        annotates the lines. For every lesson, triggered or not, see the{' '}
        <a href="/checklist" className="underline underline-offset-2">
          review checklist
        </a>
        .
      </p>
    </div>
  );
}
