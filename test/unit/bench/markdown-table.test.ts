import { describe, expect, it } from 'vitest';
import { markdownTable } from '@/bench/support/markdown-table';

describe('markdownTable', () => {
  it('writes a header, an alignment rule (right-aligned numbers) and one line per row', () => {
    expect(markdownTable(['Route', 'req/s'], [['/a', '10'], ['/b', '200']], ['left', 'right'])).toBe(
      ['| Route | req/s |', '| --- | ---: |', '| /a | 10 |', '| /b | 200 |'].join('\n'),
    );
  });

  it('escapes a pipe in a cell so it stays one column', () => {
    expect(markdownTable(['Query'], [['a|b']]).split('\n')[2]).toBe('| a\\|b |');
  });

  it('refuses a row whose cell count differs from the header, naming the row', () => {
    expect(() => markdownTable(['A', 'B'], [['1', '2'], ['3']])).toThrow('row 2 has 1 cells; the header has 2');
  });
});
