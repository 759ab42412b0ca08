import type { Root } from 'mdast';
import { checkMdxSafety } from './check-mdx-safety';
import { checkReferences } from './check-references';
import { describeIssue } from './describe-issue';
import { formatFieldPath, type Diagnostic, type DiagnosticCode } from './diagnostic';
import { parseMdxBody } from './parse-mdx-body';
import { caseFrontmatterSchema, kebabId, type CaseFrontmatter } from './schema';
import { splitFrontMatter } from './split-front-matter';
import { parseLocatedYaml, type LocatedYaml } from './yaml-document';

/** A case file's text with its front matter mapped, so tools can point at and edit a field without re-parsing. */
export interface LocatedSource {
  /** The whole file as read. */
  source: string;
  /** Offset in `source` where the front-matter YAML starts. */
  frontMatterOffset: number;
  /** Offset in `source` where the MDX body starts. */
  bodyOffset: number;
  /** 1-based file line and column of a front-matter field: its value when a scalar, else its key. */
  locate(path: readonly PropertyKey[], options?: { at?: 'key' | 'value' }): { line: number; column: number };
  /** File offsets [start, end) of a front-matter value as written (quotes included); undefined when absent. */
  rangeOf(path: readonly PropertyKey[]): { start: number; end: number } | undefined;
  /** The front matter's `# comments`, at file offsets. */
  comments(): { offset: number; text: string }[];
}

export interface CaseStudy {
  slug: string;
  /** Path as given to the loader, used in every diagnostic. */
  file: string;
  frontmatter: CaseFrontmatter;
  /** The MDX body, padded with blank lines so its line numbers are the file's. */
  body: string;
  tree: Root;
}

/** A case study as parsed from its file, with the file's text and front-matter positions kept (for the linter). */
export interface ParsedCaseStudy extends CaseStudy, LocatedSource {}

export type ParseCaseResult =
  | { ok: true; caseStudy: ParsedCaseStudy }
  /** `located` is there when the front matter was valid YAML, `tree` when the body parsed, even if either broke a rule. */
  | { ok: false; diagnostics: Diagnostic[]; located?: LocatedSource; tree?: Root };

export interface ParseCaseInput {
  file: string;
  slug: string;
  source: string;
  /** The taxonomy's category ids; undefined when it could not be read, and then categories go unchecked. */
  categoryIds: ReadonlySet<string> | undefined;
}

/** Parses and validates one case file; every problem comes back located at file:line:col, none is thrown. */
export function parseCase({ file, slug, source, categoryIds }: ParseCaseInput): ParseCaseResult {
  const split = splitFrontMatter(source);
  const at = (line: number, column: number, message: string, code: DiagnosticCode): Diagnostic => ({
    file,
    line,
    column,
    message,
    code,
  });

  if (!split.hasFrontMatter) {
    const message = split.frontMatter
      ? 'front matter is not closed: add a line "---" after the YAML'
      : 'a case must start with a front matter block between "---" lines';
    return { ok: false, diagnostics: [at(1, 1, message, 'front-matter')] };
  }

  const diagnostics: Diagnostic[] = [];
  if (!kebabId.safeParse(slug).success) {
    diagnostics.push(at(1, 1, `file name "${slug}" must be a kebab-case slug, e.g. ariane-5-flight-501.mdx`, 'file-name'));
  }

  const yaml = parseLocatedYaml(split.frontMatter);
  const yamlLine = (line: number) => line + split.frontMatterStartLine - 1;
  const [yamlError] = yaml.errors;
  if (yamlError) {
    // Later YAML errors are almost always echoes of the first; one precise message beats a cascade.
    diagnostics.push(at(yamlLine(yamlError.line), yamlError.column, `invalid YAML: ${yamlError.message}`, 'yaml-syntax'));
    return { ok: false, diagnostics };
  }

  const located = locatedSource(source, split, yaml);
  const data: unknown = yaml.doc.toJS();
  const locateField = (path: readonly PropertyKey[], message: string, code: DiagnosticCode, pointAt?: 'key') => {
    const position = located.locate(path, { at: pointAt });
    return { ...at(position.line, position.column, message, code), field: formatFieldPath(path) || '(front matter)', path };
  };

  const parsed = caseFrontmatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const { path, message, pointAt, code } of describeIssue(issue, data)) {
        diagnostics.push(locateField(path, message, code ?? 'schema', pointAt));
      }
    }
  } else {
    for (const problem of checkReferences(parsed.data, categoryIds)) {
      diagnostics.push(locateField(problem.path, problem.message, problem.code));
    }
  }

  const paddedBody = '\n'.repeat(split.bodyStartLine - 1) + split.body;
  const mdx = parseMdxBody(paddedBody);
  if (!mdx.ok) {
    diagnostics.push(at(mdx.line, mdx.column, mdx.message, 'mdx-syntax'));
  } else {
    for (const problem of checkMdxSafety(mdx.tree)) diagnostics.push(at(problem.line, problem.column, problem.message, 'mdx-safety'));
  }

  if (!mdx.ok) return { ok: false, diagnostics, located };
  if (diagnostics.length > 0 || !parsed.success) return { ok: false, diagnostics, located, tree: mdx.tree };
  return {
    ok: true,
    caseStudy: { slug, file, frontmatter: parsed.data, body: paddedBody, tree: mdx.tree, ...located },
  };
}

function locatedSource(
  source: string,
  split: { frontMatterOffset: number; bodyOffset: number; frontMatterStartLine: number },
  yaml: LocatedYaml,
): LocatedSource {
  const lineShift = split.frontMatterStartLine - 1;
  const shift = split.frontMatterOffset;
  return {
    source,
    frontMatterOffset: split.frontMatterOffset,
    bodyOffset: split.bodyOffset,
    locate(path, options) {
      const position = yaml.locate(path, options);
      return { line: position.line + lineShift, column: position.column };
    },
    rangeOf(path) {
      const range = yaml.range(path);
      return range && { start: range.start + shift, end: range.end + shift };
    },
    comments: () => yaml.comments().map((comment) => ({ offset: comment.offset + shift, text: comment.text })),
  };
}
