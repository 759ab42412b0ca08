import { describeIssue } from './describe-issue';
import { formatFieldPath, type Diagnostic, type DiagnosticCode } from './diagnostic';
import { taxonomySchema, type CauseCategory } from './schema';
import { parseLocatedYaml } from './yaml-document';

export type ParseTaxonomyResult = { ok: true; categories: CauseCategory[] } | { ok: false; diagnostics: Diagnostic[] };

/** Parses content/causes.yaml: the list of cause categories every case's causes refer to. */
export function parseTaxonomy(file: string, source: string): ParseTaxonomyResult {
  const yaml = parseLocatedYaml(source);
  const [yamlError] = yaml.errors;
  if (yamlError) {
    const { line, column, message } = yamlError;
    return { ok: false, diagnostics: [{ file, line, column, message: `invalid YAML: ${message}`, code: 'yaml-syntax' }] };
  }
  const locate = (path: readonly PropertyKey[], message: string, code: DiagnosticCode, pointAt?: 'key'): Diagnostic => ({
    file,
    ...yaml.locate(path, { at: pointAt }),
    field: formatFieldPath(path) || '(root)',
    message,
    code,
    path,
  });

  const data: unknown = yaml.doc.toJS();
  const parsed = taxonomySchema.safeParse(data);
  if (!parsed.success) {
    const diagnostics = parsed.error.issues
      .flatMap((issue) => describeIssue(issue, data))
      .map(({ path, message, pointAt }) => locate(path, message, 'schema', pointAt));
    return { ok: false, diagnostics };
  }
  const seen = new Set<string>();
  const duplicates: Diagnostic[] = [];
  parsed.data.forEach((category, i) => {
    if (seen.has(category.id)) duplicates.push(locate([i, 'id'], `duplicate cause category id "${category.id}"`, 'duplicate-id'));
    seen.add(category.id);
  });
  return duplicates.length > 0 ? { ok: false, diagnostics: duplicates } : { ok: true, categories: parsed.data };
}
