import { LANGUAGE_EXTENSIONS, type Language } from '../../content/languages';
import type { Rule } from '../types';

/** Why a `files` glob can never match a path in a diff, or undefined when it can. */
export function globProblem(glob: string, languages: readonly Language[] | undefined): string | undefined {
  if (glob.startsWith('/')) return 'is absolute, but diff paths are relative to the repository root; drop the leading "/"';
  if (glob.startsWith('./')) return 'starts with "./", which no diff path does; drop it';
  if (glob.includes('\\')) return 'contains "\\"; separate folders with "/" (diff paths always use it)';
  if (glob.endsWith('/')) return 'ends with "/" and so names a folder, not files; add "**" to match the files below it';
  for (const [open, close] of [['[', ']'], ['{', '}'], ['(', ')']] as const) {
    if (glob.split(open).length !== glob.split(close).length) return `has an unbalanced "${open}…${close}"`;
  }
  if (!languages) return undefined;
  const extensions = finalExtensions(glob);
  if (!extensions) return undefined;
  const allowed = new Set<string>(languages.flatMap((language) => [...LANGUAGE_EXTENSIONS[language]]));
  if (extensions.some((extension) => allowed.has(extension))) return undefined;
  return `matches only ${extensions.join(', ')} files, none of which is in the trigger's languages (${languages.join(', ')})`;
}

/**
 * The file extensions a glob's last segment ends in, when every alternative ends in a literal one ("*.py",
 * "src/**\/*.{c,h}"); undefined when some alternative can end in anything ("src/**", "*.c*").
 */
function finalExtensions(glob: string): string[] | undefined {
  const last = glob.slice(glob.lastIndexOf('/') + 1);
  const brace = /^(.*)\{([^{}]*)\}([^{}]*)$/.exec(last);
  const alternatives = brace ? brace[2]!.split(',').map((middle) => `${brace[1]}${middle}${brace[3]}`) : [last];
  const extensions: string[] = [];
  for (const alternative of alternatives) {
    const extension = /\.[A-Za-z0-9_+-]+$/.exec(alternative)?.[0];
    if (!extension || /[*?[\]{}()!]/.test(extension)) return undefined;
    extensions.push(extension.toLowerCase());
  }
  return extensions;
}

export const triggerGlob: Rule = {
  id: 'trigger-glob',
  severity: 'error',
  message: "Each of a trigger's `files` globs is well formed and can match a file in one of the trigger's languages.",
  docs: 'A glob that can never match a path in a diff silently turns the trigger off. Globs match the path from the repository root with "/" between folders; one without "/" (`*.py`) matches that name in any folder.',
  checkCase(caseStudy, report) {
    caseStudy.frontmatter.lessons.forEach((lesson, i) => {
      lesson.triggers?.forEach((trigger, j) => {
        trigger.files?.forEach((glob, k) => {
          const problem = globProblem(glob, trigger.languages);
          if (problem) report({ field: ['lessons', i, 'triggers', j, 'files', k] }, `glob "${glob}" ${problem}`);
        });
      });
    });
  },
};
