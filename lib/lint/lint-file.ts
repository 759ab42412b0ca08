import { formatFieldPath, type Diagnostic } from '../content/diagnostic';
import { parseCase, type LocatedSource } from '../content/parse-case';
import { parseTaxonomy } from '../content/parse-taxonomy';
import type { CauseCategory } from '../content/schema';
import { splitFrontMatter } from '../content/split-front-matter';
import { parseLocatedYaml } from '../content/yaml-document';
import { findDirectives, type Directive } from './disable-directives';
import { lineIndex, type LineIndex } from './line-index';
import { RULES, ruleForLoaderCode } from './registry';
import type { Finding, LessonFacts, Report, Rule, RuleContext, TextEdit, TextFile, Where } from './types';

/** What linting one file yields; plain data, so a worker thread can send it back. */
export interface FileLintResult {
  file: string;
  findings: Finding[];
  directives: Directive[];
  /** The lessons of a valid case, for rules over the whole corpus. */
  lessons: LessonFacts[];
}

export interface CaseFileInput {
  file: string;
  slug: string;
  source: string;
}

/** Lints one case file with the loader's own parse: its problems become findings, then every rule runs. */
export function lintCaseFile(input: CaseFileInput, categories: readonly CauseCategory[] | undefined, currentYear: number): FileLintResult {
  const { file, source } = input;
  const categoryIds = categories && new Set(categories.map((category) => category.id));
  const parsed = parseCase({ ...input, categoryIds });
  const lines = lineIndex(source);
  const findings: Finding[] = [];
  const located = parsed.ok ? parsed.caseStudy : parsed.located;
  const tree = parsed.ok ? parsed.caseStudy.tree : parsed.tree;

  if (!parsed.ok) findings.push(...loaderFindings(parsed.diagnostics, located));
  const textFile: TextFile = {
    source,
    kind: 'case',
    bodyOffset: located?.bodyOffset ?? bodyOffsetOf(source),
    tree,
  };
  const context: RuleContext = { categories, currentYear };
  for (const rule of RULES) {
    const report = reporter(rule, file, lines, located, findings);
    rule.checkText?.(textFile, report);
    if (parsed.ok) rule.checkCase?.(parsed.caseStudy, report, context);
  }

  const yamlComments = located && source.includes('lessons-disable') ? located.comments() : [];
  const lessons: LessonFacts[] = parsed.ok
    ? parsed.caseStudy.frontmatter.lessons.map((lesson, index) => ({
        file,
        slug: input.slug,
        index,
        id: lesson.id,
        text: lesson.text,
        check: lesson.check,
        ...parsed.caseStudy.locate(['lessons', index, 'text']),
      }))
    : [];
  return { file, findings, directives: findDirectives(source, lines, yamlComments, tree), lessons };
}

/** Lints content/causes.yaml: the loader's problems, the text rules and any disable comments. */
export function lintTaxonomyFile(file: string, source: string): { result: FileLintResult; categories: CauseCategory[] | undefined } {
  const taxonomy = parseTaxonomy(file, source);
  const lines = lineIndex(source);
  const findings: Finding[] = taxonomy.ok ? [] : loaderFindings(taxonomy.diagnostics, undefined);
  const textFile: TextFile = { source, kind: 'taxonomy', bodyOffset: undefined, tree: undefined };
  for (const rule of RULES) rule.checkText?.(textFile, reporter(rule, file, lines, undefined, findings));
  const comments = source.includes('lessons-disable') ? parseLocatedYaml(source).comments() : [];
  return {
    result: { file, findings, directives: findDirectives(source, lines, comments, undefined), lessons: [] },
    categories: taxonomy.ok ? taxonomy.categories : undefined,
  };
}

/** Loader problems stop the site from building the file: each becomes a blocking finding of the rule that owns it. */
export function loaderFindings(diagnostics: readonly Diagnostic[], located: LocatedSource | undefined): Finding[] {
  return diagnostics.map((diagnostic) => {
    const rule = ruleForLoaderCode(diagnostic.code);
    const fix = located && rule.fixLoaderDiagnostic?.(diagnostic, located);
    return {
      ruleId: rule.id,
      file: diagnostic.file,
      line: diagnostic.line,
      column: diagnostic.column,
      ...(diagnostic.field === undefined ? {} : { field: diagnostic.field }),
      message: diagnostic.message,
      ...(fix ? { fix } : {}),
      blocking: true,
    };
  });
}

function reporter(rule: Rule, file: string, lines: LineIndex, located: LocatedSource | undefined, findings: Finding[]): Report {
  return (where: Where, message: string, fix?: TextEdit[]) => {
    const position = positionOf(where, lines, located);
    const field = 'field' in where ? formatFieldPath(where.field) : undefined;
    findings.push({
      ruleId: rule.id,
      file,
      ...position,
      ...(field ? { field } : {}),
      message,
      ...(fix && fix.length > 0 ? { fix } : {}),
    });
  };
}

function positionOf(where: Where, lines: LineIndex, located: LocatedSource | undefined): { line: number; column: number } {
  if ('offset' in where) return lines.position(where.offset);
  if ('field' in where) return located ? located.locate(where.field, { at: where.at }) : { line: 1, column: 1 };
  return { line: where.line, column: where.column };
}

function bodyOffsetOf(source: string): number | undefined {
  const split = splitFrontMatter(source);
  return split.hasFrontMatter ? split.bodyOffset : undefined;
}
