import { spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfContent, fakePreviousBuild, positionOf, replaceIn, ROOT, removeTempDirs, snapshot, tempDir } from './temp-site';
import { freePort } from '../../../bench/support/processes';

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

afterAll(removeTempDirs);

describe('npm start when the build is stale and the rebuild fails', () => {
  it('does not serve the stale build: it exits non-zero, naming the broken file, and keeps the old build on disk', async () => {
    const contentDir = await copyOfContent();
    const file = path.join(contentDir, 'cases/mars-climate-orbiter-1999.mdx');
    await replaceIn(file, 'role: root', 'role: scapegoat');
    const where = `cases/mars-climate-orbiter-1999.mdx:${await positionOf(file, 'scapegoat')}`;
    // A build made from other sources: its stamp does not match, so start.mjs must rebuild first.
    const distDir = path.join(await tempDir('start'), '.next-stale');
    await fakePreviousBuild(distDir);
    const before = await snapshot(distDir);
    const port = await freePort();

    const run = spawnSync(process.execPath, ['scripts/start.mjs', '-H', '127.0.0.1'], {
      cwd: ROOT,
      env: { ...process.env, LESSONS_CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, PORT: String(port), NO_COLOR: '1' },
      encoding: 'utf8',
      // If it served anyway, it would never exit: stop it and fail below.
      timeout: 120_000,
    });
    const output = `${run.stdout}${run.stderr}`;

    expect(run.signal).toBeNull();
    expect(run.status).not.toBe(0);
    expect(output).toContain('The production build is missing or out of date: building first');
    expect(output).toMatch(new RegExp(`${where.replaceAll('.', '\\.')} +error +causes\\[\\d+\\]\\.role`));
    expect(output).toContain('The site was not started: the build failed');
    expect(output).not.toContain('Ready in');
    await expect(isListening(port)).resolves.toBe(false);
    expect(await snapshot(distDir)).toEqual(before);
  }, 130_000);
});
