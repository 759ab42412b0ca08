import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDirOf, buildKeepingPrevious, KEPT_BY_NEXT } from '../../../scripts/keep-previous-build.mjs';
import { fakePreviousBuild, removeTempDirs, snapshot, tempDir } from './temp-site';

/**
 * Behaves like `next build` on disk: first empties the dist dir except what Next keeps (cache, trace…), then
 * writes part of a new build; `finish` decides whether it completes (BUILD_ID, exit 0) or fails half-way.
 */
function fakeNextBuild(distDir: string, finish: 'succeeds' | 'fails') {
  return async () => {
    await mkdir(distDir, { recursive: true });
    for (const name of await readdir(distDir)) {
      if (!KEPT_BY_NEXT.has(name)) await rm(path.join(distDir, name), { recursive: true });
    }
    await mkdir(path.join(distDir, 'server/app'), { recursive: true });
    await mkdir(path.join(distDir, 'cache/images'), { recursive: true });
    await writeFile(path.join(distDir, 'server/app/index.html'), '<!doctype html><title>half a new build</title>');
    await writeFile(path.join(distDir, 'cache/images/kept.bin'), 'cache entry, rewritten');
    if (finish === 'fails') return 1;
    await writeFile(path.join(distDir, 'BUILD_ID'), 'new-build-id');
    return 0;
  };
}

async function previousBuild() {
  const distDir = path.join(await tempDir('keep'), '.next');
  await fakePreviousBuild(distDir);
  return { distDir, before: await snapshot(distDir) };
}

const quiet = () => {};

/** Next keeps its cache in place, so a failed build may have changed it: compare everything else. */
function withoutCache(files: Map<string, string>) {
  return new Map([...files].filter(([file]) => !file.startsWith('cache/')));
}

afterAll(removeTempDirs);

describe('buildKeepingPrevious', () => {
  it('puts the previous build back, byte for byte, when the build fails after Next has emptied the dist dir', async () => {
    const { distDir, before } = await previousBuild();
    const log: string[] = [];
    const code = await buildKeepingPrevious({ distDir, build: fakeNextBuild(distDir, 'fails'), log: (line) => log.push(line) });
    expect(code).toBe(1);
    expect(withoutCache(await snapshot(distDir))).toEqual(withoutCache(before));
    expect(existsSync(backupDirOf(distDir))).toBe(false);
    expect(log.join('\n')).toMatch(/previous build .* is kept unchanged\. Fix the error above, then build again\./);
  });

  it('replaces the previous build with the new one when the build succeeds, and leaves no backup behind', async () => {
    const { distDir } = await previousBuild();
    const code = await buildKeepingPrevious({ distDir, build: fakeNextBuild(distDir, 'succeeds'), log: quiet });
    expect(code).toBe(0);
    await expect(readFile(path.join(distDir, 'BUILD_ID'), 'utf8')).resolves.toBe('new-build-id');
    expect(existsSync(path.join(distDir, 'server/app/checklist.html'))).toBe(false);
    expect(existsSync(backupDirOf(distDir))).toBe(false);
  });

  it('hands Next the cache of the previous build, as a plain next build would', async () => {
    const { distDir } = await previousBuild();
    let cacheSeen = '';
    await buildKeepingPrevious({
      distDir,
      build: async () => {
        cacheSeen = await readFile(path.join(distDir, 'cache/images/kept.bin'), 'utf8');
        return fakeNextBuild(distDir, 'succeeds')();
      },
      log: quiet,
    });
    expect(cacheSeen).toBe('cache entry');
  });

  it('puts the previous build back when the build itself throws', async () => {
    const { distDir, before } = await previousBuild();
    const build = async () => {
      await fakeNextBuild(distDir, 'fails')();
      throw new Error('could not start next');
    };
    await expect(buildKeepingPrevious({ distDir, build, log: quiet })).rejects.toThrow('could not start next');
    expect(withoutCache(await snapshot(distDir))).toEqual(withoutCache(before));
  });

  it('restores the backup a killed build left behind before building again', async () => {
    const { distDir, before } = await previousBuild();
    // What a build killed half-way leaves: the previous build in the backup, the killed build's remains in place.
    const backup = backupDirOf(distDir);
    await mkdir(backup);
    for (const name of await readdir(distDir)) {
      if (!KEPT_BY_NEXT.has(name)) await rename(path.join(distDir, name), path.join(backup, name));
    }
    await writeFile(path.join(distDir, 'partial.js'), 'what the killed build wrote');
    const log: string[] = [];
    const code = await buildKeepingPrevious({ distDir, build: fakeNextBuild(distDir, 'fails'), log: (line) => log.push(line) });
    expect(code).toBe(1);
    expect(withoutCache(await snapshot(distDir))).toEqual(withoutCache(before));
    expect(log[0]).toMatch(/Restoring the previous build from .*: the last build there was interrupted\./);
  });

  it('builds as usual, and says the build failed, when there is no previous build to keep', async () => {
    const distDir = path.join(await tempDir('keep'), '.next');
    const log: string[] = [];
    const code = await buildKeepingPrevious({ distDir, build: fakeNextBuild(distDir, 'fails'), log: (line) => log.push(line) });
    expect(code).toBe(1);
    expect(existsSync(backupDirOf(distDir))).toBe(false);
    expect(log).toEqual(['> The build failed (exit code 1). Fix the error above, then build again.']);
  });
});
