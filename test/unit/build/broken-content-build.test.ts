import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfContent, fakePreviousBuild, positionOf, replaceIn, ROOT, removeTempDirs, snapshot, tempDir } from './temp-site';

/**
 * `npm run build` on content that became invalid: `prebuild` (lessons lint) must stop the build before
 * `next build` empties the dist dir, name the file, line, column and field, and leave the previous build as it was.
 * Runs the real npm script with the content and dist dirs pointed at temporary copies.
 */
async function buildWithBrokenCase(breakIt: (casesDir: string) => Promise<void>) {
  const contentDir = await copyOfContent();
  await breakIt(path.join(contentDir, 'cases'));
  const distDir = path.join(await tempDir('dist'), '.next-previous-build');
  await fakePreviousBuild(distDir);
  const before = await snapshot(distDir);
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, LESSONS_CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NO_COLOR: '1' },
    encoding: 'utf8',
    // Should the lint ever pass, a real `next build` would start: stop it rather than hang the suite.
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, before, after: await snapshot(distDir) };
}

afterAll(removeTempDirs);

describe('npm run build with a case that became invalid', () => {
  it('fails on an unknown cause category, naming file:line:col and the field, and keeps every file of the previous build', async () => {
    let where = '';
    const result = await buildWithBrokenCase(async (cases) => {
      const file = path.join(cases, 'ariane-5-flight-501.mdx');
      await replaceIn(file, 'category: numeric-overflow', 'category: cosmic-rays');
      where = `cases/ariane-5-flight-501.mdx:${await positionOf(file, 'cosmic-rays')}`;
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${where}  error    causes[0].category: unknown cause category "cosmic-rays"`);
    expect(result.output).not.toContain('Creating an optimized production build');
    expect(result.after).toEqual(result.before);
  }, 130_000);

  it('fails on a YAML syntax error in the front matter, naming file:line:col', async () => {
    let where = '';
    const result = await buildWithBrokenCase(async (cases) => {
      const file = path.join(cases, 'knight-capital-2012.mdx');
      await replaceIn(file, "title: Knight Capital's 45 minutes", "title: \"Knight Capital's 45 minutes");
      const [line] = (await positionOf(file, 'title: "Knight')).split(':');
      where = `cases/knight-capital-2012.mdx:${line}:`;
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(new RegExp(`${where.replaceAll('.', '\\.')}\\d+ +error +invalid YAML`));
    expect(result.after).toEqual(result.before);
  }, 130_000);

  it('fails on a component outside the MDX allow-list, naming file:line:col and the rule', async () => {
    let where = '';
    const result = await buildWithBrokenCase(async (cases) => {
      const file = path.join(cases, 'patriot-missile-dhahran-1991.mdx');
      await replaceIn(file, '\n## ', '\n<Unsafe onClick="steal()" />\n\n## ');
      where = `cases/patriot-missile-dhahran-1991.mdx:${await positionOf(file, '<Unsafe')}`;
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(new RegExp(`${where.replaceAll('.', '\\.')} +error +<Unsafe> is not allowed.*mdx-safety`));
    expect(result.after).toEqual(result.before);
  }, 130_000);
});
