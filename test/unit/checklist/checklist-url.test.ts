import { describe, expect, it } from 'vitest';
import { checkedFrom, checklistPath, filterInputFrom, lessonPath } from '@/lib/checklist/checklist-url';
import { NO_FILTER } from '@/lib/checklist/filter';

describe('checklist links', () => {
  it('encodes a selection and its ticks in a short query string, and reads them back', () => {
    const filter = { phase: ['testing'], cause: ['numeric-overflow'], tag: ['a', 'b'] };
    const path = checklistPath(filter, ['0abc123', '1xyz789']);
    expect(path).toBe('/checklist?phase=testing&cause=numeric-overflow&tag=a&tag=b&checked=0abc123.1xyz789');
    const params = new URL(path, 'https://x.example').searchParams;
    expect(filterInputFrom(params)).toEqual(filter);
    expect(checkedFrom(params)).toEqual(['0abc123', '1xyz789']);
  });

  it('is the bare page without a selection, and tells "no ticks given" from "none ticked"', () => {
    expect(checklistPath(NO_FILTER)).toBe('/checklist');
    expect(checkedFrom(new URLSearchParams(''))).toBeUndefined();
    expect(checkedFrom(new URLSearchParams('checked='))).toEqual([]);
  });

  it('links a lesson by its anchor on the case page', () => {
    expect(lessonPath({ slug: 'ariane-5-flight-501', caseTitle: 'Ariane 5', lessonId: 'range-check' })).toBe(
      '/cases/ariane-5-flight-501#range-check',
    );
  });
});
