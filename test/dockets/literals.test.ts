import { describe, expect, it } from 'vitest';
import { mayMatch, needlesOf } from '../../src/dockets/literals.ts';

describe('the words a pattern cannot match without', () => {
  it('reads literal runs, alternatives and required groups', () => {
    expect(needlesOf(/\(Entered:\s*[\d/]+\)\s*$/g)).toEqual({ needles: ['(Entered:'], lower: false });
    expect(needlesOf(/\bgrant(?:ed|ing)\b|\bdeni(?:ed|al)/i)).toEqual({
      needles: ['grant', 'deni'],
      lower: true,
    });
    expect(
      needlesOf(/\bA & P to the (?:Indictment|Information)\b|\bdft [A-Z][^.;]{0,60}? arraigned\b/),
    ).toEqual({ needles: ['A & P to the ', ' arraigned'], lower: false });
    // A repeated character joins the run once, and the run ends there; an optional group adds nothing.
    expect(needlesOf(/(?:Oral )?Motion+ to Detain/)?.needles).toEqual([' to Detain']);
    // A lookaround matches no characters: the words on each side of it stay side by side.
    expect(needlesOf(/Jury(?! Selection) Trial/)?.needles).toEqual(['Jury Trial']);
  });

  it('gives no words when a branch can match without one, or for patterns it does not read', () => {
    expect(needlesOf(/motion|to/)).toBeNull(); // "to": too short to be worth looking for
    expect(needlesOf(/(?:motion)?\d+/)).toBeNull();
    expect(needlesOf(/STIPULATION/u)).toBeNull(); // case folding under `u` is not lower-casing
    expect(needlesOf(/é+/i)).toBeNull();
  });

  it('never rules out text the pattern matches', () => {
    const texts = [
      'ORDER granting 14 Motion to Continue as to Ann Roe (1). Signed by Judge X on 2/6/2017.',
      'MINUTE ENTRY: Jury Trial (Day 1) held on 5/1/2017. Voir dire begun.',
      'Arraignment as to Jan Doe (2) held; A & P to the Indictment. Plea entered: NOT GUILTY.',
    ];
    const patterns = [
      /\bgrant(?:ed|ing)\b/i,
      /\bJury Trial (?:\(Day \d+\) )?held\b/,
      /\bA & P to the (?:Indictment|Information)\b/,
      /\bvoir dire (?:begun|began)\b/i,
      /Signed by (?:[^;(]|\.(?! [A-Z][a-z]{2,} )){0,80}? on\s*(?=\d)/i,
    ];
    for (const re of patterns) {
      const n = needlesOf(re);
      expect(n).not.toBeNull();
      for (const t of texts) if (re.test(t)) expect(mayMatch(n!, t, t.toLowerCase())).toBe(true);
    }
    expect(mayMatch(needlesOf(/\bverdict\b/i)!, texts[0]!, texts[0]!.toLowerCase())).toBe(false);
  });
});
