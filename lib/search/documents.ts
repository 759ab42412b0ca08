import { CAUSE_ROLE_LABEL } from '../content/cause-roles';
import type { Corpus } from '../content/load-corpus';
import type { CaseStudy } from '../content/parse-case';
import { bodyPassages } from '../content/plain-text';

/** Where a piece of text sits in a case; decides its weight in ranking and its deep link. */
export type FieldKind = 'title' | 'category' | 'tag' | 'cause' | 'lesson' | 'summary' | 'meta' | 'timeline' | 'body';

export interface SearchField {
  kind: FieldKind;
  text: string;
  /** Element id on the case page this text can link to, or null for the top of the page. */
  anchor: string | null;
  /** Short label of what the text is, shown beside a snippet ("Lesson", "Root cause", a section heading). */
  label: string;
  /** Whether the text may be shown as a snippet (code and tags may not). */
  snippet: boolean;
}

export interface SearchDocument {
  slug: string;
  title: string;
  date: string;
  domain: string;
  categories: string[];
  phases: string[];
  summary: string;
  fields: SearchField[];
}

/** Everything searchable about one case, as labelled pieces of text. */
export function searchDocumentOf(caseStudy: CaseStudy, corpus: Corpus): SearchDocument {
  const { frontmatter: fm, slug } = caseStudy;
  const categoryById = new Map(corpus.categories.map((category) => [category.id, category]));
  const categoryIds = [...new Set(fm.causes.map((cause) => cause.category))];
  const field = (kind: FieldKind, text: string, label: string, anchor: string | null = null, snippet = true): SearchField => ({
    kind,
    text,
    anchor,
    label,
    snippet,
  });

  return {
    slug,
    title: fm.title,
    date: fm.date,
    domain: fm.domain,
    categories: categoryIds,
    phases: [...new Set(fm.lessons.map((lesson) => lesson.phase))],
    summary: fm.summary,
    fields: [
      field('title', fm.title, 'Title'),
      field('summary', fm.summary, 'Summary'),
      field('meta', [fm.system, fm.organizations.join(', '), fm.location ?? '', fm.domain].join(' · '), 'System'),
      field('summary', fm.impact.summary, 'Impact'),
      ...categoryIds.flatMap((id) => {
        const category = categoryById.get(id);
        return category ? [field('category', [category.label, ...category.aliases].join(' · '), 'Cause category', null, false)] : [];
      }),
      ...fm.causes.map((cause) => field('cause', cause.summary, CAUSE_ROLE_LABEL[cause.role], `cause-${cause.id}`)),
      ...fm.lessons.flatMap((lesson) => [
        field('lesson', `${lesson.text} ${lesson.check}`, 'Lesson', lesson.id),
        field('tag', lesson.tags.join(' '), 'Tags', lesson.id, false),
      ]),
      ...fm.timeline.map((entry) => field('timeline', `${entry.at}: ${entry.event}`, 'Timeline', 'timeline')),
      ...bodyPassages(caseStudy.tree).map((passage) =>
        field('body', passage.text, passage.heading ?? 'Story', passage.anchor, passage.kind === 'prose'),
      ),
    ],
  };
}

export function searchDocumentsOf(corpus: Corpus): SearchDocument[] {
  return corpus.cases.map((caseStudy) => searchDocumentOf(caseStudy, corpus));
}
