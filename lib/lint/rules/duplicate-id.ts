import GithubSlugger from 'github-slugger';
import { bodyOutline } from '../body-outline';
import type { Rule } from '../types';

/** The ids app/cases/[slug]/page.tsx gives its own sections, and the prefix of each cause's anchor. */
const PAGE_SECTION_IDS = ['story', 'timeline', 'causes', 'lessons', 'sources'];
const CAUSE_ANCHOR_PREFIX = 'cause-';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  message: "Cause ids and lesson ids are unique within a case, category ids within the taxonomy, and no lesson id is another anchor on the case's page.",
  docs: 'A lesson is linked as `/cases/<slug>#<id>`: an id that repeats, or equals a heading\'s anchor or a page section, makes that link go to the wrong place. Rename one.',
  loaderCodes: ['duplicate-id'],
  checkCase(caseStudy, report) {
    const anchors = new Map<string, string>(PAGE_SECTION_IDS.map((id) => [id, `the page's "${id}" section`]));
    for (const cause of caseStudy.frontmatter.causes) anchors.set(`${CAUSE_ANCHOR_PREFIX}${cause.id}`, `cause "${cause.id}"`);
    // The same slugs rehype-slug gives the body's headings on the page.
    const slugger = new GithubSlugger();
    for (const { text, line } of bodyOutline(caseStudy.tree).headings) {
      const slug = slugger.slug(text);
      if (!anchors.has(slug)) anchors.set(slug, `the heading "${text}" (line ${line})`);
    }
    caseStudy.frontmatter.lessons.forEach((lesson, i) => {
      // A review match names its trigger by id, and the first trigger in declaration order wins a line: two with
      // one id would make a finding ambiguous.
      const triggerIds = new Set<string>();
      lesson.triggers?.forEach((trigger, j) => {
        if (triggerIds.has(trigger.id)) {
          report({ field: ['lessons', i, 'triggers', j, 'id'] }, `duplicate trigger id "${trigger.id}" in lesson "${lesson.id}"`);
        }
        triggerIds.add(trigger.id);
      });
      const owner = anchors.get(lesson.id);
      if (owner) {
        report(
          { field: ['lessons', i, 'id'] },
          `lesson id "${lesson.id}" is also the anchor of ${owner}, so /cases/${caseStudy.slug}#${lesson.id} is ambiguous; rename the lesson`,
        );
      }
    });
  },
};
