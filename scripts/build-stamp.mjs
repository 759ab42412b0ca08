/**
 * Decides whether the production build in .next/ is current: a hash of every input file's path, size and
 * modification time, plus the content folder, stored beside the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUT_DIRS = ['app', 'lib', 'content', 'public'];
const INPUT_FILES = ['package-lock.json', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json'];
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const STAMP_NAME = 'lessons-build-stamp';

function* filesUnder(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

export function currentStamp(root = process.cwd()) {
  const hash = createHash('sha256');
  hash.update(`content=${path.resolve(root, process.env.LESSONS_CONTENT_DIR || 'content')}\n`);
  const files = [
    ...INPUT_DIRS.flatMap((dir) => [...filesUnder(path.join(root, dir))]),
    ...INPUT_FILES.map((file) => path.join(root, file)).filter((file) => existsSync(file)),
  ];
  if (process.env.LESSONS_CONTENT_DIR) files.push(...filesUnder(path.resolve(root, process.env.LESSONS_CONTENT_DIR)));
  for (const file of files.sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(root, file)}\t${size}\t${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

// resolve, not join: NEXT_DIST_DIR may be absolute (a test's temporary build dir).
const distDirOf = (root) => path.resolve(root, DIST_DIR);

export function buildIsCurrent(root = process.cwd()) {
  const stampFile = path.join(distDirOf(root), STAMP_NAME);
  return existsSync(path.join(distDirOf(root), 'BUILD_ID')) && existsSync(stampFile)
    && readFileSync(stampFile, 'utf8') === currentStamp(root);
}

/** Pass the stamp taken before building, so that a source edited during the build marks the build stale. */
export function writeStamp(root = process.cwd(), stamp = currentStamp(root)) {
  writeFileSync(path.join(distDirOf(root), STAMP_NAME), stamp);
}
