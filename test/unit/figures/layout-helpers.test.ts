import { describe, expect, it } from 'vitest';
import { groupByDecade } from '@/lib/figures/decades';
import { formatScientific, formatWhole } from '@/lib/figures/format-number';
import { linearScale, ticksBetween } from '@/lib/figures/linear-scale';
import { spreadLabels } from '@/lib/figures/spread-labels';
import { wrapText } from '@/lib/figures/wrap-text';

describe('linearScale and ticksBetween', () => {
  it('maps the ends of the domain onto the ends of the range, also upside down', () => {
    const y = linearScale([0, 0.4], [200, 40]);
    expect(y(0)).toBe(200);
    expect(y(0.4)).toBe(40);
    expect(y(0.2)).toBe(120);
  });

  it('refuses an empty domain', () => {
    expect(() => linearScale([1, 1], [0, 10])).toThrow(/non-zero/);
  });

  it('gives clean tick values', () => {
    expect(ticksBetween(0, 0.4, 0.1)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(ticksBetween(0, 670, 200)).toEqual([0, 200, 400, 600]);
  });
});

describe('spreadLabels', () => {
  it('leaves labels that do not overlap where they are', () => {
    expect(spreadLabels([{ at: 0, size: 10 }, { at: 50, size: 10 }], { gap: 2, min: 0, max: 100 })).toEqual([0, 50]);
  });

  it('pushes overlapping labels apart, in order', () => {
    expect(spreadLabels([{ at: 10, size: 10 }, { at: 11, size: 10 }, { at: 12, size: 10 }], { gap: 2, min: 0, max: 100 })).toEqual([
      10, 22, 34,
    ]);
  });

  it('pulls labels back up when they would run off the end', () => {
    expect(spreadLabels([{ at: 80, size: 10 }, { at: 85, size: 10 }], { gap: 0, min: 0, max: 100 })).toEqual([80, 90]);
    expect(spreadLabels([{ at: 88, size: 10 }, { at: 90, size: 10 }], { gap: 0, min: 0, max: 100 })).toEqual([80, 90]);
  });

  it('says so when the labels cannot fit', () => {
    expect(() => spreadLabels([{ at: 0, size: 60 }, { at: 0, size: 60 }], { gap: 0, min: 0, max: 100 })).toThrow(/fit/);
  });
});

describe('wrapText', () => {
  it('breaks between words without exceeding the line length', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('keeps a word longer than a line whole', () => {
    expect(wrapText('supercalifragilistic ok', 5)).toEqual(['supercalifragilistic', 'ok']);
  });
});

describe('number formats', () => {
  it('writes small numbers in scientific notation with superscripts', () => {
    expect(formatScientific(9.5367431640625e-8)).toBe('9.54 × 10⁻⁸');
    expect(formatScientific(1234.5, 2)).toBe('1.2 × 10³');
  });

  it('groups thousands and rounds to whole numbers', () => {
    expect(formatWhole(3_600_000)).toBe('3,600,000');
    expect(formatWhole(575.4)).toBe('575');
  });
});

describe('groupByDecade', () => {
  const years = [1983, 1986, 1990, 1999, 2012, 2024];

  it('groups by decade, oldest first, and keeps the empty decades in between', () => {
    expect(groupByDecade(years, (year) => year).map((decade) => [decade.start, decade.items])).toEqual([
      [1980, [1983, 1986]],
      [1990, [1990, 1999]],
      [2000, []],
      [2010, [2012]],
      [2020, [2024]],
    ]);
  });

  it('covers a given span even when the items do not reach its ends', () => {
    expect(groupByDecade([1999], (year) => year, { from: 1983, to: 2024 }).map((decade) => decade.items.length)).toEqual([
      0, 1, 0, 0, 0,
    ]);
  });

  it('returns no decades for no items', () => {
    expect(groupByDecade([], (year: number) => year)).toEqual([]);
  });
});
