import { describe, expect, it } from 'vitest';
import { globMatcher } from '@/lib/review/compile-triggers';

describe('globMatcher', () => {
  it('matches a glob without "/" against the file name in any folder', () => {
    expect(['clock.py', 'lib/clock.py', 'a/b/c/clock.py'].map(globMatcher('*.py'))).toEqual([true, true, true]);
    expect(globMatcher('*.py')('lib/clock.pyc')).toBe(false);
    expect(globMatcher('Makefile')('tools/Makefile')).toBe(true);
  });

  it('matches a glob with "/" against the whole path from the repository root', () => {
    expect(['src/a.c', 'src/x/y/a.c', 'lib/src/a.c'].map(globMatcher('src/**'))).toEqual([true, true, false]);
    expect(['a.c', 'x/y/a.c', 'x/a.h'].map(globMatcher('**/*.c'))).toEqual([true, true, false]);
    expect(globMatcher('.github/workflows/*.yml')('.github/workflows/ci.yml')).toBe(true);
    expect(globMatcher('**/*.{c,h}')('inc/a.h')).toBe(true);
  });
});
