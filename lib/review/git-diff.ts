import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A problem finding what to diff against; the CLI reports it as a usage error (exit 2). */
export class DiffSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiffSourceError';
  }
}

/** The branches tried, in order, when no --base is given. */
export const DEFAULT_BASES = ['main', 'origin/main', 'master'] as const;

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

async function isCommit(cwd: string, ref: string): Promise<boolean> {
  try {
    await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * `git diff` of the working tree (staged and unstaged changes to tracked files) against the merge base of HEAD
 * and `base` (default: main, then origin/main, then master): what a pull request from this branch would show.
 *
 * Options, each chosen so the result does not depend on the user's git config: --no-color and --no-ext-diff so
 * the text is a plain diff; --no-textconv so filters cannot rewrite it; --find-renames so a moved file shows only
 * its edited lines (with --no-renames a rename would list every line as added, and every lesson the file ever
 * matched would fire again: noise for a reviewer); --unified=3 as GitHub shows, so context triggers see the same
 * lines here as on a pasted PR diff; explicit a/ b/ prefixes against diff.noprefix and diff.mnemonicPrefix.
 */
export async function gitDiffAgainstBase(cwd: string, base: string | undefined): Promise<string> {
  try {
    await git(cwd, ['rev-parse', '--is-inside-work-tree']);
  } catch {
    throw new DiffSourceError(`${cwd} is not inside a git repository: pass --diff <file> or pipe a diff to "lessons review -"`);
  }
  if (base !== undefined && base.startsWith('-')) throw new DiffSourceError(`--base "${base}" is not a git ref`);
  let ref = base;
  if (ref === undefined) {
    for (const candidate of DEFAULT_BASES) {
      if (await isCommit(cwd, candidate)) {
        ref = candidate;
        break;
      }
    }
    if (ref === undefined) {
      throw new DiffSourceError(`found no ${DEFAULT_BASES.join(', ')} branch to compare with: pass --base <git-ref> or --diff <file>`);
    }
  } else if (!(await isCommit(cwd, ref))) {
    throw new DiffSourceError(`--base "${ref}" does not name a commit in this repository`);
  }
  let mergeBase: string;
  try {
    mergeBase = (await git(cwd, ['merge-base', 'HEAD', ref])).trim();
  } catch {
    throw new DiffSourceError(`HEAD and "${ref}" have no common commit (or HEAD has no commit yet): pass --base or --diff`);
  }
  return git(cwd, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--unified=3',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    mergeBase,
    '--',
  ]);
}
