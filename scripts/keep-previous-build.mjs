/**
 * `next build` empties its dist dir before it compiles anything, so a build that fails (a page that throws, MDX
 * that parses but does not compile) would leave no site behind. This moves the previous build aside first and
 * puts it back, untouched, when the new build fails.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** What `next build` itself keeps in the dist dir (its clean step skips these): they stay in place for speed. */
export const KEPT_BY_NEXT = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace']);

/** The sibling folder that holds the previous build while a new one runs (".next" → ".next-previous"). */
export function backupDirOf(distDir) {
  return `${path.resolve(distDir)}-previous`;
}

function moveBuildOutput(from, to) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (!KEPT_BY_NEXT.has(name)) renameSync(path.join(from, name), path.join(to, name));
  }
}

function removeBuildOutput(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!KEPT_BY_NEXT.has(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

function restore(distDir, backupDir) {
  removeBuildOutput(distDir);
  moveBuildOutput(backupDir, distDir);
  rmSync(backupDir, { recursive: true, force: true });
}

/**
 * Runs `build` (which resolves to an exit code) so that the dist dir ends up holding either the new build, when
 * it exits 0, or exactly the previous one. A backup left by a build that was killed is restored first: it is the
 * last complete build, and what the killed build left is not.
 * @param {{ distDir: string, build: () => Promise<number>, log?: (line: string) => void }} options
 * @returns {Promise<number>} the build's exit code
 */
export async function buildKeepingPrevious({ distDir, build, log = console.error }) {
  const dist = path.resolve(distDir);
  const backup = backupDirOf(dist);
  if (existsSync(backup)) {
    log(`> Restoring the previous build from ${backup}: the last build there was interrupted.`);
    restore(dist, backup);
  }
  const hasPrevious = existsSync(path.join(dist, 'BUILD_ID'));
  if (hasPrevious) moveBuildOutput(dist, backup);

  let code;
  try {
    code = await build();
  } catch (error) {
    if (hasPrevious) restore(dist, backup);
    throw error;
  }
  if (code === 0) {
    rmSync(backup, { recursive: true, force: true });
  } else if (hasPrevious) {
    restore(dist, backup);
    log(`> The build failed (exit code ${code}): the previous build in ${distDir} is kept unchanged. Fix the error above, then build again.`);
  } else {
    log(`> The build failed (exit code ${code}). Fix the error above, then build again.`);
  }
  return code;
}
