import type { Root } from 'mdast';
import { checkMdxSafety } from './check-mdx-safety';
import { checkReferences } from './check-references';
import { describeIssue } from './describe-issue';
import { formatFieldPath, type Diagnostic } from './diagnostic';
import { parseMdxBody } from './parse-mdx-body';
import { caseFrontmatterSchema, kebabId, type CaseFrontmatter } from './schema';
import { splitFrontMatter } from './split-front-matter';
import { parseLocatedYaml } from './yaml-document';

export interface CaseStudy {
  slug: string;
  /** Path as given to the loader, used in every diagnostic. */
  file: string;
  frontmatter: CaseFrontmatter;
  /** The MDX body, padded with blank lines so its line numbers are the file's. */
  body: string;
  tree: Root;
}

export type ParseCaseResult = { ok: true; caseStudy: CaseStudy } | { ok: false; diagnostics: Diagnostic[] };

export interface ParseCaseInput {
  file: string;
  slug: string;
  source: string;
  categoryIds: ReadonlySet<string>;
}

/** Parses and validates one case file; every problem comes back located at file:line:col, none is thrown. */
export function parseCase({ file, slug, source, categoryIds }: ParseCaseInput): ParseCaseResult {
  const split = splitFrontMatter(source);
  const at = (line: number, column: number, message: string, field?: string): Diagnostic =>
    field === undefined ? { file, line, column, message } : { file, line, column, field, message };

  if (!split.hasFrontMatter) {
    const message = split.frontMatter
      ? 'front matter is not closed: add a line "---" after the YAML'
      : 'a case must start with a front matter block between "---" lines';
    return { ok: false, diagnostics: [at(1, 1, message)] };
  }

  const diagnostics: Diagnostic[] = [];
  if (!kebabId.safeParse(slug).success) {
    diagnostics.push(at(1, 1, `file name "${slug}" must be a kebab-case slug, e.g. ariane-5-flight-501.mdx`));
  }

  const yaml = parseLocatedYaml(split.frontMatter);
  const yamlLine = (line: number) => line + split.frontMatterStartLine - 1;
  const [yamlError] = yaml.errors;
  if (yamlError) {
    // Later YAML errors are almost always echoes of the first; one precise message beats a cascade.
    diagnostics.push(at(yamlLine(yamlError.line), yamlError.column, `invalid YAML: ${yamlError.message}`));
    return { ok: false, diagnostics };
  }

  const data: unknown = yaml.doc.toJS();
  const locateField = (path: readonly PropertyKey[], message: string, pointAt?: 'key') => {
    const position = yaml.locate(path, { at: pointAt });
    return at(yamlLine(position.line), position.column, message, formatFieldPath(path) || '(front matter)');
  };

  const parsed = caseFrontmatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const { path, message, pointAt } of describeIssue(issue, data)) {
        diagnostics.push(locateField(path, message, pointAt));
      }
    }
  } else {
    for (const problem of checkReferences(parsed.data, categoryIds)) {
      diagnostics.push(locateField(problem.path, problem.message));
    }
  }

  const paddedBody = '\n'.repeat(split.bodyStartLine - 1) + split.body;
  const mdx = parseMdxBody(paddedBody);
  if (!mdx.ok) {
    diagnostics.push(at(mdx.line, mdx.column, mdx.message));
  } else {
    for (const problem of checkMdxSafety(mdx.tree)) diagnostics.push(at(problem.line, problem.column, problem.message));
  }

  if (diagnostics.length > 0 || !parsed.success || !mdx.ok) return { ok: false, diagnostics };
  return { ok: true, caseStudy: { slug, file, frontmatter: parsed.data, body: paddedBody, tree: mdx.tree } };
}
