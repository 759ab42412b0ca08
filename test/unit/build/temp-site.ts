import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

const made: string[] = [];

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `lessons-faults-${prefix}-`));
  made.push(dir);
  return dir;
}

/** For afterAll: removes every folder tempDir made in this test file. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A copy of the real content folder, to break one file in. */
export async function copyOfContent(): Promise<string> {
  const dir = path.join(await tempDir('content'), 'content');
  await cp(path.join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

/**
 * A small stand-in for a previous production build: what `next start` needs to see a build (BUILD_ID), a few
 * prerendered pages, a chunk, the build stamp, and Next's cache (which `next build` keeps).
 */
export async function fakePreviousBuild(distDir: string, stamp = 'stamp-of-an-older-source-tree'): Promise<void> {
  const files: Record<string, string> = {
    BUILD_ID: 'previous-build-id',
    'lessons-build-stamp': stamp,
    'server/app/index.html': '<!doctype html><title>Lessons from Failure</title>',
    'server/app/cases/ariane-5-flight-501.html': '<!doctype html><h1>Ariane 5 Flight 501</h1>',
    'server/app/checklist.html': '<!doctype html><h1>Checklist</h1>',
    'static/chunks/main.js': 'console.log("previous build")',
    'cache/images/kept.bin': 'cache entry',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(distDir, file)), { recursive: true });
    await writeFile(path.join(distDir, file), text);
  }
}

/** Every file under `dir` with its bytes, by path relative to `dir`. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), (await readFile(full)).toString('base64'));
  }
  return files;
}

/** Replaces the first occurrence of `from` in a file; fails loudly if the text is not there (the fixture moved). */
export async function replaceIn(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
  await writeFile(file, text.replace(from, to));
}

/** 1-based line and column where `needle` first occurs in a file. */
export async function positionOf(file: string, needle: string): Promise<string> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const line = lines.findIndex((text) => text.includes(needle));
  if (line === -1) throw new Error(`${needle} not found in ${file}`);
  return `${line + 1}:${(lines[line] ?? '').indexOf(needle) + 1}`;
}
