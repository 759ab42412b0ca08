/**
 * SARIF 2.1.0, as `lessons lint` and `lessons review` write it for GitHub code scanning and reviewdog: one log
 * shape and one way to point at a line. Browser-safe: the /review page's engine shares the review formatter.
 */

export interface SarifRun {
  tool: string;
  version: string;
  rules: readonly object[];
  /** What the result paths are relative to, in words. */
  root: string;
  results: readonly object[];
}

/** One run, columns in UTF-16 code units, paths relative to %SRCROOT%. */
export function sarifLog({ tool, version, rules, root, results }: SarifRun): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool, semanticVersion: version, rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: root } } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/** A path relative to the root, each segment percent-encoded, so "#" or "?" in a name stays a name. */
export function sarifArtifact(file: string) {
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** A 1-based line and column of a file. */
export function sarifLocation(file: string, line: number, column: number) {
  return { physicalLocation: { artifactLocation: sarifArtifact(file), region: { startLine: line, startColumn: column } } };
}
