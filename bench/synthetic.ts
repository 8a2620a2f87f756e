import { Temporal } from 'temporal-polyfill';
import { type CaseFile, validateCaseFile } from '../src/case/index.ts';

/**
 * A large PACER Docket Report made from a real one: its docket rows repeated, the dates moved forward a
 * year at each repetition so the docket stays in order. Used by the benchmark and the size tests.
 */
export function syntheticDocket(html: string, targetBytes: number): string {
  const headerEnd = html.indexOf('</tr>', html.indexOf('Docket Text')) + '</tr>'.length;
  const tableEnd = html.indexOf('</table>', headerEnd);
  const rows = html.slice(headerEnd, tableEnd);
  const parts = [html.slice(0, headerEnd)];
  let size = html.length;
  for (let round = 0; size < targetBytes; round++) {
    const shifted = rows.replace(
      /(\d{2}\/\d{2}\/)(\d{4})/g,
      (_, md: string, y: string) => `${md}${Number(y) + round}`,
    );
    parts.push(shifted);
    size += shifted.length;
  }
  parts.push(html.slice(tableEnd));
  return parts.join('');
}

/**
 * A large invented multi-defendant case file for the Speedy Trial benchmark and the invariant tests: one
 * indictment naming every defendant (all joined for trial), staggered first appearances, half the defendants
 * detained, and for each defendant a deterministic stream of motions (some heard, some with post-hearing
 * briefs), continuances with and without findings, orders excluding time, status hearings, deadlines, waivers,
 * witness unavailability and stipulations. Everything is fictional; the same seed gives the same file.
 */
export function syntheticCaseFile(
  opts: { defendants?: number; eventsPerDefendant?: number; seed?: number } = {},
): { caseFile: CaseFile; asOf: string; events: number } {
  const n = opts.defendants ?? 18;
  const perDefendant = opts.eventsPerDefendant ?? 1000;
  let state = opts.seed ?? 20270301;
  // mulberry32: a small deterministic generator.
  const rand = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(rand() * max);
  const start = Temporal.PlainDate.from('2021-01-04');
  const iso = (day: number) => start.add({ days: day }).toString();
  const provenance = { source: 'manual', by: 'synthetic benchmark' };
  const events: Array<Record<string, unknown>> = [];
  let last = 0;
  const push = (day: number, defendant: number, e: Record<string, unknown>) => {
    last = Math.max(last, day);
    events.push({ id: `e${events.length + 1}`, date: iso(day), defendants: [defendant], provenance, ...e });
  };

  events.push({
    id: 'indictment',
    kind: 'indictment',
    date: iso(0),
    defendants: Array.from({ length: n }, (_, i) => i + 1),
    provenance,
  });
  for (let d = 1; d <= n; d++) {
    const appeared = 2 * d;
    push(appeared, d, { kind: 'initialAppearance', district: 'nyed', withCounsel: true });
    if (d % 2 === 1) {
      push(appeared, d, { kind: 'arrest', on: 'indictment' });
      push(appeared, d, { kind: 'detentionOrder', grounds: ['flight'] });
    }
    let count = d % 2 === 1 ? 3 : 1;
    let t = appeared + 1;
    let m = 0;
    while (count < perDefendant) {
      t += 1 + int(3);
      const r = rand();
      if (r < 0.3) {
        const id = `d${d}-m${++m}`;
        const kinds = ['suppress', 'compel', 'dismiss', 'inLimine', 'extendTime'] as const;
        push(t, d, {
          kind: 'motionFiled',
          id,
          motion: kinds[int(kinds.length)],
          title: `Motion ${m} of defendant ${d}`,
          movant: rand() < 0.8 ? 'defendant' : 'government',
          movantDefendant: d,
        });
        count++;
        let end = t;
        if (rand() < 0.4) {
          const heard = t + 1 + int(10);
          const briefs = rand() < 0.5 ? heard + 1 + int(14) : undefined;
          push(heard, d, {
            kind: 'hearingHeld',
            hearing: 'motion',
            motions: [id],
            ...(briefs === undefined ? {} : { submissionsDue: iso(briefs) }),
          });
          count++;
          end = briefs ?? heard;
        }
        if (rand() < 0.95) {
          push(end + int(45), d, { kind: 'motionDecided', motion: id, disposition: 'denied' });
          count++;
        }
      } else if (r < 0.45) {
        const findings = [
          { status: 'onRecord', factors: ['iv'] },
          { status: 'absent' },
          { status: 'recitedOnly' },
        ][int(3)];
        push(t, d, {
          kind: 'continuance',
          of: 'trial',
          excludeFrom: iso(t),
          excludeTo: iso(t + 5 + int(30)),
          findings,
        });
        count++;
      } else if (r < 0.55) {
        push(t, d, {
          kind: 'timeExclusion',
          basis: 'endsOfJustice',
          from: iso(t),
          to: iso(t + int(20)),
          aoCode: 'T2',
          findings: { status: 'onRecord', factors: ['ii'] },
        });
        count++;
      } else if (r < 0.6) {
        push(t, d, { kind: 'hearingSet', hearing: 'status', for: iso(t + 14) });
        count++;
      } else if (r < 0.75) {
        push(t, d, { kind: 'hearingHeld', hearing: 'status' });
        count++;
      } else if (r < 0.82) {
        push(t, d, { kind: 'deadlineSet', title: 'Pretrial motions', due: iso(t + 30) });
        count++;
      } else if (r < 0.85) {
        push(t, d, { kind: 'speedyTrialWaiver' });
        count++;
      } else if (r < 0.9) {
        push(t, d, {
          kind: 'proceeding',
          proceeding: 'unavailability',
          from: iso(t),
          to: iso(t + 1 + int(10)),
          description: 'Essential witness unavailable',
        });
        count++;
      } else {
        push(t, d, {
          kind: 'stipulationFiled',
          subject: 'excludeTime',
          title: 'Stipulation to exclude time',
        });
        count++;
      }
    }
  }
  const file = {
    format: 'pretrial.case-file',
    version: 1,
    case: {
      court: 'nyed',
      district: 'E.D.N.Y.',
      docketNumber: '1:21-cr-00999',
      caption: 'United States v. Synthetic et al.',
      judge: { assigned: null },
      dateFiled: iso(0),
      fictional: true,
    },
    defendants: Array.from({ length: n }, (_, i) => ({
      number: i + 1,
      name: `Synthetic Defendant ${i + 1}`,
      custody: i % 2 === 0 ? 'inCustody' : 'released',
    })),
    events,
  };
  const result = validateCaseFile(file);
  if (!result.ok)
    throw new Error(`synthetic case file is invalid: ${JSON.stringify(result.issues.slice(0, 5))}`);
  return { caseFile: result.caseFile, asOf: iso(last), events: events.length };
}
