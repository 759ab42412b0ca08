/**
 * The languages a review trigger can be limited to, and the file names that mean each one. Shared by the schema
 * (which languages a trigger may name) and `lessons review` (which language a changed file is in).
 */
export const LANGUAGE_EXTENSIONS = {
  ada: ['.ada', '.adb', '.ads'],
  c: ['.c', '.h'],
  cpp: ['.cc', '.cpp', '.cxx', '.c++', '.hh', '.hpp', '.hxx', '.h++', '.ino'],
  csharp: ['.cs'],
  go: ['.go'],
  java: ['.java'],
  javascript: ['.js', '.jsx', '.mjs', '.cjs'],
  kotlin: ['.kt', '.kts'],
  python: ['.py', '.pyi'],
  ruby: ['.rb'],
  rust: ['.rs'],
  swift: ['.swift'],
  typescript: ['.ts', '.tsx', '.mts', '.cts'],
  config: ['.json', '.yaml', '.yml', '.toml', '.ini', '.cfg', '.conf', '.properties', '.env'],
} as const satisfies Record<string, readonly string[]>;

export type Language = keyof typeof LANGUAGE_EXTENSIONS;

export const LANGUAGES = Object.keys(LANGUAGE_EXTENSIONS) as [Language, ...Language[]];

/** The language of a file by its extension (case-insensitive), or undefined for a file no trigger language covers. */
export function languageOfFile(file: string): Language | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = name.slice(dot);
  for (const language of LANGUAGES) {
    if ((LANGUAGE_EXTENSIONS[language] as readonly string[]).includes(extension)) return language;
  }
  return undefined;
}
