import type { Metadata } from 'next';
import { ChecklistBoard } from '../_components/checklist/checklist-board';
import { getChecklist } from '@/lib/checklist/checklist.server';
import { SITE_URL } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Review checklist',
  description:
    'A code-review checklist with one question per lesson of every case study: filter it by phase, cause and tag, tick it as you review, paste it into a pull request.',
  alternates: { canonical: '/checklist' },
};

export default async function ChecklistPage() {
  const checklist = await getChecklist();
  const lessonCount = checklist.items.reduce((count, item) => count + item.seenIn.length, 0);
  const caseCount = new Set(checklist.items.flatMap((item) => item.seenIn.map((reference) => reference.slug))).size;

  return (
    <div id="checklist">
      <h1 className="text-3xl font-bold tracking-tight print:text-2xl">Review checklist</h1>
      <p className="mt-2 max-w-2xl text-stone-700 dark:text-stone-300 print:hidden">
        {checklist.items.length} questions from the {lessonCount} lessons of {caseCount} case studies, by the phase of
        work they belong to and the cause they guard against. Narrow it to what your change touches, tick each question
        as you review, then paste it into the pull request.
      </p>
      <ChecklistBoard checklist={checklist} siteUrl={SITE_URL} />
      <p className="mt-10 text-sm text-stone-600 dark:text-stone-400 print:hidden">
        Also as{' '}
        <a href="/api/checklist?format=md" className="underline underline-offset-2">
          Markdown
        </a>{' '}
        and{' '}
        <a href="/api/checklist?format=json" className="underline underline-offset-2">
          JSON
        </a>
        , filtered with <code className="whitespace-nowrap">?phase=</code>, <code className="whitespace-nowrap">?cause=</code> and{' '}
        <code className="whitespace-nowrap">?tag=</code>, or in a terminal:{' '}
        <code className="whitespace-nowrap">npx lessons checklist --format md</code>.
      </p>
    </div>
  );
}
