import type { Metadata } from 'next';
import { CaseList } from '../_components/case-list';
import { getCorpus } from '@/lib/content/corpus.server';

export const metadata: Metadata = {
  title: 'All case studies',
  description: 'Every software failure in the knowledge base, newest first, with its domain and cause categories.',
};

export default async function CasesPage() {
  const corpus = await getCorpus();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">All case studies</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {corpus.cases.length} failures, newest first.
      </p>
      <div className="mt-6">
        <CaseList corpus={corpus} cases={corpus.cases} />
      </div>
    </>
  );
}
