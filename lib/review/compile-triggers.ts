import picomatch from 'picomatch';
import { languageOfFile } from '../content/languages';
import type { ReviewLesson, TriggerSet, TriggerSpec } from './trigger-set';

/** A trigger's regexes, ready to run on lines. */
export interface LineMatcher {
  pattern: RegExp;
  context: RegExp[];
  unless: RegExp | undefined;
}

export interface CompiledTrigger extends LineMatcher {
  spec: TriggerSpec;
  /** Whether the trigger applies to a changed file, by language and glob. */
  appliesTo(file: string): boolean;
}

export interface CompiledLesson {
  lesson: ReviewLesson;
  triggers: CompiledTrigger[];
}

export interface CompiledTriggerSet {
  lessons: CompiledLesson[];
  /** The lessons (with only their triggers that apply there) that can fire in a file. */
  lessonsFor(file: string): CompiledLesson[];
}

/** `windows: false` so a browser never guesses a platform; `dot` so `.github/**` matches. */
const GLOB_OPTIONS = { windows: false, dot: true } as const;

/**
 * A glob's test on a repository path. A glob without "/" (`*.sql`) tests the file name in any folder, as in
 * .gitignore; one with "/" tests the whole path. (picomatch's own `basename` option applies to every glob, "/" or
 * not, so it is not used.)
 */
export function globMatcher(glob: string): (file: string) => boolean {
  const isMatch = picomatch(glob, GLOB_OPTIONS);
  if (glob.includes('/')) return (file) => isMatch(file);
  return (file) => isMatch(file.slice(file.lastIndexOf('/') + 1));
}

/** The trigger's regexes; throws the JS SyntaxError for a bad source (the loader rejects those first). */
export function compileLineMatcher(spec: Pick<TriggerSpec, 'pattern' | 'context' | 'unless'>): LineMatcher {
  return {
    pattern: new RegExp(spec.pattern),
    context: (spec.context ?? []).map((source) => new RegExp(source)),
    unless: spec.unless === undefined ? undefined : new RegExp(spec.unless),
  };
}

function compileTrigger(spec: TriggerSpec): CompiledTrigger {
  const globs = spec.files?.map(globMatcher);
  const languages = spec.languages ? new Set<string>(spec.languages) : undefined;
  return {
    ...compileLineMatcher(spec),
    spec,
    appliesTo(file) {
      if (languages) {
        const language = languageOfFile(file);
        if (language === undefined || !languages.has(language)) return false;
      }
      return globs === undefined || globs.some((isMatch) => isMatch(file));
    },
  };
}

const compiled = new WeakMap<TriggerSet, CompiledTriggerSet>();

/** Compiles a trigger set once; later calls with the same object reuse the result. */
export function compileTriggerSet(set: TriggerSet): CompiledTriggerSet {
  const cached = compiled.get(set);
  if (cached) return cached;
  const lessons = set.lessons.map(({ lesson, triggers }) => ({ lesson, triggers: triggers.map(compileTrigger) }));
  const result: CompiledTriggerSet = {
    lessons,
    lessonsFor(file) {
      const applicable: CompiledLesson[] = [];
      for (const { lesson, triggers } of lessons) {
        const fitting = triggers.filter((trigger) => trigger.appliesTo(file));
        if (fitting.length > 0) applicable.push({ lesson, triggers: fitting });
      }
      return applicable;
    },
  };
  compiled.set(set, result);
  return result;
}
