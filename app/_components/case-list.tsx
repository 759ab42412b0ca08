import type { Corpus } from '@/lib/content/load-corpus';
import type { CaseStudy } from '@/lib/content/parse-case';
import { categoriesOf, findCategory } from '@/lib/content/queries';
import type { CauseCategory } from '@/lib/content/schema';
import { CaseCard } from './case-card';

interface CaseListProps {
  corpus: Corpus;
  cases: CaseStudy[];
  headingLevel?: 'h2' | 'h3';
}

export function CaseList({ corpus, cases, headingLevel }: CaseListProps) {
  return (
    <ul className="grid gap-4">
      {cases.map((caseStudy) => (
        <li key={caseStudy.slug}>
          <CaseCard
            caseStudy={caseStudy}
            headingLevel={headingLevel}
            categories={categoriesOf(caseStudy)
              .map((id) => findCategory(corpus, id))
              .filter((category): category is CauseCategory => category !== undefined)}
          />
        </li>
      ))}
    </ul>
  );
}
