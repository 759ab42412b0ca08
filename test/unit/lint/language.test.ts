import { describe, expect, it } from 'vitest';
import { judgeImperative } from '@/lib/lint/language/imperative';
import { judgeYesNoQuestion } from '@/lib/lint/language/question';
import { sentenceCount, wordCount } from '@/lib/lint/language/words';

describe('a lesson is one imperative sentence', () => {
  it.each([
    'Range-check every narrowing conversion, and keep the proof next to it.',
    'Never accumulate time in binary fractions.',
    'Do not reuse a flag for a new meaning.',
    "Don't let a stale flag turn dead code back on.",
    'Before a fault handler takes a unit out of service, classify the fault.',
    'When a model, tool or team moves to a new system, list the rates it assumes.',
    'In C-family code, check which statement each `break` leaves.',
    'Bring the spare online before you remove the primary.',
    'Keep a running total at full precision (e.g. in cents) and round only for display.',
  ])('accepts %j', (text) => {
    expect(judgeImperative(text)).toEqual({ ok: true });
  });

  it.each([
    ['Developers should range-check conversions.', 'starts with "Developers" instead of a verb'],
    ['The team forgot to test the new trajectory.', 'starts with "The" instead of a verb'],
    ['Conversions must be range-checked.', 'starts with "Conversions" instead of a verb'],
    ['Testing beyond the longest uptime catches wraps.', 'starts with "Testing"; use the plain verb'],
    ['When the counter wraps the unit resets.', 'opens with a "When …" clause but gives no command after it'],
    ['Should every conversion be checked?', 'is a question'],
    ['Check every conversion. Then prove its range.', 'is 2 sentences'],
  ])('rejects %j', (text, reason) => {
    const verdict = judgeImperative(text);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(reason);
  });
});

describe('a check is a yes/no question', () => {
  it.each([
    'Does every conversion in this change have a range check?',
    'Is there a documented, rehearsed control that reduces signalling load?',
    'If this code meets an unexpected exception, does the unit keep producing output?',
    'For each RTOS service this change uses, are its default locking options written down?',
    "Can't this counter overflow within the service life?",
  ])('accepts %j', (check) => {
    expect(judgeYesNoQuestion(check)).toEqual({ ok: true });
  });

  it.each([
    ['How is the counter protected against overflow?', 'is an open question ("How …")'],
    ['What happens when the counter wraps?', 'is an open question ("What …")'],
    ['When the counter wraps, what happens?', 'is an open question ("What …")'],
    ['Counter protected against overflow?', 'does not read as a yes/no question'],
  ])('rejects %j', (check, reason) => {
    const verdict = judgeYesNoQuestion(check);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(reason);
  });
});

describe('words and sentences', () => {
  it('counts words, not punctuation or markup', () => {
    expect(wordCount('Check `break`, then — always — test it.')).toBe(6);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(sentenceCount('Round at the end, e.g. for display. Log it.')).toBe(2);
    expect(sentenceCount('Ask J. Lions, i.e. the chair, for the report.')).toBe(1);
  });
});
