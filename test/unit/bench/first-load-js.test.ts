import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { frameworkScripts, scriptSources, weighScripts } from '@/bench/support/first-load-js';

describe('scriptSources', () => {
  it('lists each /_next script once, in order, leaving out noModule polyfills and inline scripts', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
      '<script>self.__next_f.push([1,"x"])</script>',
      '<script src="/_next/static/chunks/b.js" async=""></script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="https://cdn.example/c.js"></script>',
    ].join('');
    expect(scriptSources(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
  });
});

describe('weighScripts and frameworkScripts', () => {
  it('sums raw and gzip sizes of the files in the dist dir, and reads the baseline from build-manifest.json', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'bench-dist-'));
    await mkdir(path.join(dist, 'static/chunks'), { recursive: true });
    const a = 'console.log("a");'.repeat(50);
    const b = 'let b = 1;';
    await writeFile(path.join(dist, 'static/chunks/a.js'), a);
    await writeFile(path.join(dist, 'static/chunks/b.js'), b);
    await writeFile(path.join(dist, 'build-manifest.json'), JSON.stringify({ rootMainFiles: ['static/chunks/a.js'] }));

    const weight = await weighScripts(dist, ['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
    expect(weight.raw).toBe(a.length + b.length);
    expect(weight.gzip).toBe(gzipSync(a, { level: 9 }).length + gzipSync(b, { level: 9 }).length);
    expect(await frameworkScripts(dist)).toEqual(['/_next/static/chunks/a.js']);
  });

  it('names the manifest when it has no rootMainFiles list', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'bench-dist-'));
    await writeFile(path.join(dist, 'build-manifest.json'), JSON.stringify({ pages: {} }));
    await expect(frameworkScripts(dist)).rejects.toThrow(/build-manifest\.json: rootMainFiles/);
  });
});
