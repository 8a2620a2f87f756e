import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../src/case/index.ts';
import { buildHaleCaseFile } from '../../../src/demo/index.ts';
import { negotiationExclusion, pleaOfferDeadlines, pleaOfferWarnings } from '../../../src/law/pleas/index.ts';

const demo = () => structuredClone(buildHaleCaseFile()) as CaseFile;

describe('plea-offer deadlines (the deadline list)', () => {
  it('lists the open offer to Castell due Fri 2026-10-02, 12 days after 2026-09-20; the lapsed one is not listed', () => {
    const d = pleaOfferDeadlines(buildHaleCaseFile(), '2026-09-20');
    expect(d).toEqual([
      expect.objectContaining({
        offer: 'offer-castell-2',
        defendant: 2,
        date: '2026-10-02',
        time: '17:00',
        timeZone: 'America/New_York',
        daysLeft: 12, // Sept. 21 … Oct. 2 = 10 + 2 days
        state: 'upcoming',
      }),
    ]);
    expect(d[0]?.text).toBe(
      'Plea offer offer-castell-2 to Renee Castell: deadline to accept 2026-10-02 17:00 (America/New_York), in 12 days.',
    );
  });

  it('keeps only deadlines within the horizon, marks today, and flags a passed deadline still recorded open', () => {
    const f = buildHaleCaseFile();
    expect(pleaOfferDeadlines(f, '2026-09-20', { horizonDays: 7 })).toEqual([]);
    expect(pleaOfferDeadlines(f, '2026-10-02')[0]).toMatchObject({ daysLeft: 0, state: 'today' });
    expect(pleaOfferDeadlines(f, '2026-10-05')[0]).toMatchObject({ daysLeft: -3, state: 'passedStillOpen' });
  });
});

describe('what the tracker flags', () => {
  it('an offer never conveyed to the defendant (Missouri v. Frye)', () => {
    const f = demo();
    f.pleaOffers[1]!.communication = [];
    expect(pleaOfferWarnings(f, '2026-09-20')).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        citation: 'Missouri v. Frye, 566 U.S. 134 (2012)',
        message:
          'offer offer-castell-2 of 2026-08-20: no record that this formal offer was conveyed to the defendant',
      }),
    );
  });

  it('§ 3143(a)(2): an offer to plead to the § 1591 count warns of detention pending sentence', () => {
    const f = demo();
    f.pleaOffers[1]!.pleadTo = [{ count: '1s', lesserOrRelated: false }];
    const w = pleaOfferWarnings(f, '2026-09-20').filter((x) => x.citation === '18 U.S.C. § 3143(a)(2)');
    expect(w.map((x) => x.message.split(':')[1]?.trim())).toEqual([
      'A guilty plea to count 1s (18 U.S.C. § 3142(f)(1)(A)',
      'A guilty plea to count 1s (18 U.S.C. § 3142(f)(1)(B)',
    ]);
    expect(
      pleaOfferWarnings(buildHaleCaseFile(), '2026-09-20').some(
        (x) => x.citation === '18 U.S.C. § 3143(a)(2)',
      ),
    ).toBe(false);
  });

  it('the negotiation period: excluded only through an ends-of-justice order (§ 3161(h)(7); Bloate; Zedner)', () => {
    const f = buildHaleCaseFile();
    const [first, second] = f.pleaOffers;
    expect(first && negotiationExclusion(f, first)).toMatchObject({
      excluded: true,
      text: 'excluded (h)(7) — order ev-exclusion-plea-negotiations of 2026-04-17, with ends-of-justice findings on the record',
    });
    expect(second && negotiationExclusion(f, second)).toMatchObject({ excluded: false });
  });

  it('an open offer whose deadline passed, and an open offer superseded by a newer one', () => {
    const f = demo();
    f.pleaOffers[0]!.status = 'open';
    const messages = pleaOfferWarnings(f, '2026-09-20').map((w) => w.message);
    expect(messages).toContain(
      'offer offer-castell-1 lapsed by its terms on 2026-05-15 but is recorded open: record whether it was accepted, rejected or lapsed',
    );
    expect(messages).toContain('offer offer-castell-1 is superseded by offer-castell-2 but is recorded open');
  });
});

describe('Rule 11(b)(1) advisements and result schemas', () => {
  it('supplies (H), (I) and (L) for the § 371 offer: 5 years, $250,000, SR up to 3 years, no minimum, $100', async () => {
    const { caseExposure } = await import('../../../src/law/penalties/index.ts');
    const { rule11Advisements } = await import('../../../src/law/pleas/index.ts');
    const r = caseExposure(buildHaleCaseFile(), { asOf: '2026-09-20' }, { defendant: 2 });
    const offer = r.defendants[0]?.scenarios[0];
    expect(offer && rule11Advisements(offer).map((a) => [a.clause, a.text])).toEqual([
      [
        '(H)',
        'Maximum possible penalty: imprisonment 5 years if every term ran consecutively (count P1: up to 5 years (18 U.S.C. § 371)); a fine of up to $250,000 or twice the gross gain or twice the gross loss (18 U.S.C. § 3571(d)); supervised release up to 3 years (18 U.S.C. § 3583(b); 18 U.S.C. § 3624(e)).',
      ],
      ['(I)', 'No mandatory minimum penalty.'],
      [
        '(L)',
        'Special assessment: § 3013: $100 (1 count); § 3014: none (no count in chapter 77, 109A, 110 or 117).',
      ],
    ]);
  });

  it('the deadline list, the warnings and the conditions in force parse with their schemas', async () => {
    const { PleaOfferDeadlineSchema, PleaOfferWarningSchema } = await import(
      '../../../src/law/pleas/index.ts'
    );
    const { ConditionPeriodSchema, conditionsInForce } = await import('../../../src/law/release/index.ts');
    const f = buildHaleCaseFile();
    for (const d of pleaOfferDeadlines(f, '2026-09-20')) expect(PleaOfferDeadlineSchema.parse(d)).toEqual(d);
    for (const w of pleaOfferWarnings(f, '2026-09-20')) expect(PleaOfferWarningSchema.parse(w)).toEqual(w);
    const periods = conditionsInForce(f, 2, '2026-05-01');
    expect(periods).toHaveLength(8);
    for (const p of periods) expect(ConditionPeriodSchema.safeParse(p).success).toBe(true);
  });
});
