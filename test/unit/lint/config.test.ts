import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '@/lib/lint/config';
import { baseCase, brief, lintOne } from './fixtures';

describe('lessons.config.json', () => {
  it('sets rule severities over the defaults', () => {
    const settings = parseConfig('lessons.config.json', '{ "rules": { "https-source": "error", "tag-order": "off" } }');
    const source = baseCase()
      .replace('url: "https://example.org/commentary"', 'url: "http://example.org/commentary"')
      .replace('tags: [counters, numeric]', 'tags: [numeric, counters]');
    expect(lintOne(source).map((d) => `${brief(d)} ${d.severity}`)).toEqual([
      'case.mdx:26:12 tag-order warning',
      'case.mdx:38:51 https-source warning',
    ]);
    expect(lintOne(source, { settings }).map((d) => `${brief(d)} ${d.severity}`)).toEqual(['case.mdx:38:51 https-source error']);
  });

  it('names file:line:col for an unknown rule id and suggests the one meant', () => {
    expect(() => parseConfig('lessons.config.json', '{\n  "rules": {\n    "vague-wordings": "off"\n  }\n}')).toThrow(
      'lessons.config.json:3:5 rules.vague-wordings: unknown rule "vague-wordings"; did you mean "vague-wording"?',
    );
  });

  it('refuses to turn down a rule the site needs to build a page', () => {
    expect(() => parseConfig('c.json', '{ "rules": { "schema": "warning" } }')).toThrow(
      'rules.schema: "schema" guards what the site needs to build a page, so it is always an error',
    );
    expect(parseConfig('c.json', '{ "rules": { "schema": "error" } }').get('schema')).toBe('error');
  });

  it('rejects a bad severity, an unknown field and broken JSON with the place', () => {
    expect(() => parseConfig('c.json', '{ "rules": { "tag-order": "warn" } }')).toThrow(/^c\.json:1:\d+ rules\.tag-order: Invalid option/);
    expect(() => parseConfig('c.json', '{ "rule": {} }')).toThrow('unknown field(s) rule; only "rules" is read');
    expect(() => parseConfig('c.json', '{ "rules": ')).toThrow(/^c\.json:1:\d+ invalid JSON/);
  });

  it('is optional, unless named with --config', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lessons-config-'));
    expect((await loadConfig(dir)).settings.size).toBe(0);
    await expect(loadConfig(dir, 'missing.json')).rejects.toThrow('cannot read config file missing.json');
    await writeFile(path.join(dir, 'lessons.config.json'), '{ "rules": { "unused-cause": "error" } }');
    expect((await loadConfig(dir)).settings.get('unused-cause')).toBe('error');
  });
});
