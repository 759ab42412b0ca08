import { stat } from 'node:fs/promises';
import path from 'node:path';
import { LintInputError } from './input-error';

/** A content folder to lint, and which of its files to report on (all, or the ones named on the command line). */
export interface LintTarget {
  contentDir: string;
  /** Absolute paths; undefined means every file in the folder. */
  only: Set<string> | undefined;
}

/**
 * Maps command-line paths to content folders: a folder holding causes.yaml, its cases/ folder, a case file in it,
 * or its causes.yaml. A named file is linted against its whole folder (near-duplicates, the taxonomy) but only its
 * own problems are reported.
 */
export async function resolveTargets(cwd: string, paths: readonly string[]): Promise<LintTarget[]> {
  const targets = new Map<string, LintTarget>();
  const add = (contentDir: string, file?: string) => {
    const target = targets.get(contentDir) ?? { contentDir, only: new Set<string>() };
    if (file === undefined) target.only = undefined;
    else target.only?.add(file);
    targets.set(contentDir, target);
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const kind = await kindOf(absolute);
    if (kind === 'missing') throw new LintInputError(`no such file or folder: ${given}`);
    if (kind === 'dir') {
      if (await isFile(path.join(absolute, 'causes.yaml'))) add(absolute);
      else if (path.basename(absolute) === 'cases' && (await isFile(path.join(absolute, '../causes.yaml')))) add(path.dirname(absolute));
      else throw new LintInputError(`${given} is not a content folder: it has no causes.yaml (give the folder that holds causes.yaml and cases/)`);
    } else if (path.basename(absolute) === 'causes.yaml') {
      add(path.dirname(absolute), absolute);
    } else {
      const casesDir = path.dirname(absolute);
      const contentDir = path.dirname(casesDir);
      if (path.basename(casesDir) !== 'cases' || !(await isFile(path.join(contentDir, 'causes.yaml')))) {
        throw new LintInputError(`${given} is not in a content folder: cases live in <content>/cases/, next to <content>/causes.yaml`);
      }
      add(contentDir, absolute);
    }
  }
  return [...targets.values()];
}

async function kindOf(file: string): Promise<'dir' | 'file' | 'missing'> {
  try {
    return (await stat(file)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

async function isFile(file: string): Promise<boolean> {
  return (await kindOf(file)) === 'file';
}
