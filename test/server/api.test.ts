import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { testApp } from '../helpers/app.ts';

const DEMO = 'nyed-1-26-cr-00117';
let ctx: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  ctx = await testApp();
});
afterAll(async () => ctx.close());

const req = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
  ctx.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('cases', () => {
  it('POST /api/v1/cases creates a case from a case file (201, Location)', async () => {
    const r = await req('POST', '/api/v1/cases', buildHaleCaseFile());
    expect(r.statusCode).toBe(201);
    expect(r.headers.location).toBe(`/api/v1/cases/${DEMO}`);
    expect(r.json().id).toBe(DEMO);
  });

  it('POST /api/v1/cases with the same docket again is a 409', async () => {
    const r = await req('POST', '/api/v1/cases', buildHaleCaseFile());
    expect(r.statusCode).toBe(409);
    expect(r.json()).toEqual({
      error: `a case E.D.N.Y. 1:26-cr-00117 already exists (id "${DEMO}")`,
      details: [],
    });
  });

  it('POST /api/v1/cases with a bad case file is a 400 listing every problem by path', async () => {
    const bad = structuredClone(buildHaleCaseFile()) as unknown as Record<string, any>;
    bad.case.docketNumber = '1:26-cr-00555';
    bad.defendants[0].custody = 'jailed';
    bad.events[2].defendants = [8];
    const r = await req('POST', '/api/v1/cases', bad);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({
      error: 'the case file is not valid',
      details: [
        { path: '$.defendants[0].custody', message: expect.stringContaining('expected one of') },
        {
          path: '$.events[2].defendants[0]',
          message: 'defendant 8 is not in defendants (known: 1, 2, 3, 4, 5, 6)',
        },
      ],
    });
  });

  it('POST /api/v1/cases with a body that is not JSON is a 400, not a crash', async () => {
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: '{"format":',
      headers: { 'content-type': 'application/json' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatch(/^the request body is not valid JSON/);
    expect(r.body).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('GET /api/v1/cases lists summaries', async () => {
    const r = await req('GET', '/api/v1/cases');
    expect(r.statusCode).toBe(200);
    expect(r.json().cases).toEqual([
      expect.objectContaining({
        id: DEMO,
        caption: 'United States v. Hale et al.',
        defendants: 6,
        fictional: true,
      }),
    ]);
  });

  it('GET /api/v1/cases/:id returns the case file and its version; unknown id is 404', async () => {
    const r = await req('GET', `/api/v1/cases/${DEMO}`);
    expect(r.statusCode).toBe(200);
    expect(r.json().caseFile).toEqual(buildHaleCaseFile());
    expect(r.json().version).toBe(1);
    const missing = await req('GET', '/api/v1/cases/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'no case with id "nope"', details: [] });
  });
});

describe('events', () => {
  const motion = {
    kind: 'motionFiled',
    id: 'ev-api-suppress',
    date: '2026-10-01',
    defendants: [2],
    motion: 'suppress',
    title: 'MOTION to Suppress',
    movant: 'defendant',
    provenance: { source: 'manual', by: 'test clerk' },
  };

  it('POST adds an event (201) and the audit log names the configured actor', async () => {
    const r = await req('POST', `/api/v1/cases/${DEMO}/events`, motion);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ id: 'ev-api-suppress' });
    const audit = await req('GET', `/api/v1/cases/${DEMO}/audit?limit=1`);
    expect(audit.json().records[0]).toMatchObject({
      action: 'event.add',
      actor: 'test clerk',
      entityId: 'ev-api-suppress',
    });
  });

  it('POST an event with a bad body is a 400 with paths inside the event', async () => {
    const r = await req('POST', `/api/v1/cases/${DEMO}/events`, {
      ...motion,
      id: 'ev-2',
      date: '10/01/2026',
      defendants: [2, 12],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().details).toEqual([
      { path: '$.date', message: 'expected a real calendar date written YYYY-MM-DD' },
    ]);
    const r2 = await req('POST', `/api/v1/cases/${DEMO}/events`, { ...motion, id: 'ev-3', defendants: [12] });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().details).toEqual([
      { path: '$.defendants[0]', message: 'defendant 12 is not in defendants (known: 1, 2, 3, 4, 5, 6)' },
    ]);
  });

  it('POST a duplicate event id is a 409', async () => {
    expect((await req('POST', `/api/v1/cases/${DEMO}/events`, motion)).statusCode).toBe(409);
  });

  it('PUT replaces an event; changing its id is a 400; unknown event is 404', async () => {
    const r = await req('PUT', `/api/v1/cases/${DEMO}/events/ev-api-suppress`, {
      ...motion,
      date: '2026-10-05',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().date).toBe('2026-10-05');
    expect(
      (await req('PUT', `/api/v1/cases/${DEMO}/events/ev-api-suppress`, { ...motion, id: 'other' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await req('PUT', `/api/v1/cases/${DEMO}/events/ev-nope`, { ...motion, id: 'ev-nope' })).statusCode,
    ).toBe(404);
  });

  it('DELETE removes an event (204); deleting one other records refer to is a 409', async () => {
    expect((await req('DELETE', `/api/v1/cases/${DEMO}/events/ev-api-suppress`)).statusCode).toBe(204);
    const r = await req('DELETE', `/api/v1/cases/${DEMO}/events/ev-indictment`);
    expect(r.statusCode).toBe(409);
    expect(r.json().details.length).toBeGreaterThan(0);
  });
});

describe('calendar', () => {
  it('GET /api/v1/calendar/rule45 computes a Rule 45 last day with its trace', async () => {
    const r = await req('GET', '/api/v1/calendar/rule45?trigger=2027-06-04&days=14&district=nyed');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ date: '2027-06-21', unrolled: '2027-06-18', readingsDiffer: true });
    expect(r.json().trace.at(-1).text).toBe('Last day: Mon 2027-06-21.');
  });

  it('rejects a bad query with every problem, and an unknown district', async () => {
    const r = await req('GET', '/api/v1/calendar/rule45?trigger=2027-02-30&days=0');
    expect(r.statusCode).toBe(400);
    expect(r.json().details.map((d: { path: string }) => d.path)).toEqual([
      '$.querystring.trigger',
      '$.querystring.days',
    ]);
    const d = await req('GET', '/api/v1/calendar/rule45?trigger=2027-02-03&days=3&district=xxd');
    expect(d.statusCode).toBe(400);
    expect(d.json().error).toContain('unknown district "xxd"');
  });

  it('GET /api/v1/calendar/districts lists the 94 districts', async () => {
    const r = await req('GET', '/api/v1/calendar/districts');
    expect(r.json().districts).toHaveLength(94);
  });
});

describe('the API document', () => {
  it('serves OpenAPI 3.1 generated from the zod schemas, with the case file schema as a component', async () => {
    const r = await req('GET', '/api/openapi.json');
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/cases',
        '/api/v1/cases/{id}',
        '/api/v1/cases/{id}/events',
        '/api/v1/cases/{id}/events/{eventId}',
        '/api/v1/calendar/rule45',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Event', 'Case', 'Error', 'CaseSummary']),
    );
  });

  it('serves a browsable page at /api/docs', async () => {
    const r = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('swagger');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const r = await req('GET', '/api/v1/nothing');
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ error: 'no route GET /api/v1/nothing', details: [] });
  });
});

describe('deleting a case', () => {
  it('DELETE /api/v1/cases/:id is a 204, then 404', async () => {
    expect((await req('DELETE', `/api/v1/cases/${DEMO}`)).statusCode).toBe(204);
    expect((await req('DELETE', `/api/v1/cases/${DEMO}`)).statusCode).toBe(404);
    const audit = await req('GET', `/api/v1/cases/${DEMO}/audit`);
    expect(audit.json().records[0]).toMatchObject({ action: 'case.delete', actor: 'test clerk' });
  });
});

describe('deadlines', () => {
  it('GET /api/v1/cases/:id/deadlines?asOf= lists the deadlines with status and trace', async () => {
    await req('POST', '/api/v1/cases', buildHaleCaseFile());
    const r = await req('GET', `/api/v1/cases/${DEMO}/deadlines?asOf=2026-11-22`);
    expect(r.statusCode).toBe(200);
    const upcoming = r
      .json()
      .deadlines.filter(
        (d: { status: string; defendant: number }) => d.status === 'upcoming' && d.defendant === 2,
      );
    expect(upcoming.map((d: { due: string; title: string }) => `${d.due} ${d.title}`)).toEqual([
      '2026-11-30 Pretrial motions',
      '2026-11-30 Defense notices: insanity, mental condition, public authority (if intended)',
      '2026-12-14 Responses to pretrial motions',
      '2026-12-14 Serve motion papers before the hearing',
    ]);
    expect((await req('GET', `/api/v1/cases/${DEMO}/deadlines?asOf=2026-13-01`)).statusCode).toBe(400);
    expect((await req('GET', '/api/v1/cases/nope/deadlines')).statusCode).toBe(404);
  });

  it('GET /api/v1/cases/:id/deadlines.ics is an iCalendar file', async () => {
    const r = await req('GET', `/api/v1/cases/${DEMO}/deadlines.ics?asOf=2026-11-22`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(r.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // Only the deadlines still to come (4 × 6 defendants as of 2026-11-22) beside the Speedy Trial clocks'
    // events (UID sta-…); ?all=true adds the met, moot and passed deadlines.
    const deadlineEvents = (body: string) =>
      body.split('\r\n').filter((l) => l.startsWith('UID:') && !l.startsWith('UID:sta-')).length;
    expect(deadlineEvents(r.body)).toBe(24);
    const all = await req('GET', `/api/v1/cases/${DEMO}/deadlines.ics?asOf=2026-11-22&all=true`);
    expect(deadlineEvents(all.body)).toBeGreaterThan(24);
  });
});

describe('exposure, release and plea offers', () => {
  it('GET /cases/:id/exposure gives Castell a 15-year floor and a life ceiling, with a plea scenario beside it', async () => {
    const r = await req('GET', `/api/v1/cases/${DEMO}/exposure?asOf=2026-11-22&defendant=2&plea=2s`);
    expect(r.statusCode).toBe(200);
    const d = r.json().defendants[0];
    expect(d.indictment.totals.floor.years).toBe(15);
    expect(d.indictment.totals.ceiling.years).toBe('life');
    expect(d.scenarios.map((s: { scenario: string }) => s.scenario)).toEqual([
      'plea 2s',
      'offer-castell-2 (open)',
    ]);
    // Plea to 2s alone (§ 1594(c): "any term of years or for life"): no mandatory floor, a life ceiling.
    expect(d.scenarios[0].totals.floor.years).toBe(0);
    expect(d.scenarios[0].totals.ceiling.years).toBe('life');
    // § 3014 in the E.D.N.Y. (2d Cir.): once per offender (United States v. Haverkamp, 958 F.3d 145); the
    // override gives the per-count figure, 3 chapter-77 counts × $5,000.
    expect(d.indictment.totals.assessments).toMatchObject({
      section3014Usd: 5_000,
      section3014Rule: { unit: 'perOffender', source: 'circuit', circuit: '2d' },
    });
    const perCount = await req(
      'GET',
      `/api/v1/cases/${DEMO}/exposure?asOf=2026-11-22&defendant=2&section3014Unit=perCount`,
    );
    expect(perCount.json().defendants[0].indictment.totals.assessments.section3014Usd).toBe(15_000);
    expect(d.scenarios[1].label).toBe('Offer of 2026-08-20 (open)');
    expect((await req('GET', `/api/v1/cases/${DEMO}/exposure?plea=2s`)).statusCode).toBe(400);
    expect((await req('GET', `/api/v1/cases/${DEMO}/exposure?defendant=9`)).json().error).toContain(
      'defendant 9 is not in the case',
    );
  });

  it('GET /cases/:id/release lists the conditions in force on a date with their § 3142 clause', async () => {
    const r = await req('GET', `/api/v1/cases/${DEMO}/release?asOf=2026-11-22`);
    expect(r.statusCode).toBe(200);
    const castell = r.json().defendants.find((d: { defendant: number }) => d.defendant === 2);
    expect(castell.status).toMatchObject({ status: 'released', from: '2026-04-21' });
    expect(castell.conditions.map((c: { condition: { kind: string } }) => c.condition.kind)).toContain(
      'homeDetention',
    );
    const hale = r.json().defendants.find((d: { defendant: number }) => d.defendant === 1);
    expect(hale.status.status).toBe('detained');
    // Before the release order, Castell was detained pending her hearing.
    const before = await req('GET', `/api/v1/cases/${DEMO}/release?asOf=2026-04-18`);
    expect(before.json().defendants.find((d: { defendant: number }) => d.defendant === 2).status.status).toBe(
      'detainedPendingHearing',
    );
  });

  it('GET /cases/:id/plea-offers returns the offers and the Frye and Bloate flags', async () => {
    const r = await req('GET', `/api/v1/cases/${DEMO}/plea-offers?asOf=2026-11-22`);
    expect(r.statusCode).toBe(200);
    expect(r.json().offers.map((o: { id: string }) => o.id)).toEqual(['offer-castell-1', 'offer-castell-2']);
    expect(r.json().warnings.some((w: { citation: string }) => w.citation.includes('Frye'))).toBe(true);
  });
});

describe('the Speedy Trial clock', () => {
  it('GET /cases/:id/clock gives every defendant’s clocks with ledgers', async () => {
    const r = await req('GET', `/api/v1/cases/${DEMO}/clock?asOf=2026-11-22&defendant=2`);
    expect(r.statusCode).toBe(200);
    const trial = r
      .json()
      .defendants[0].clocks.find((c: { kind: string; current: boolean }) => c.kind === 'trial' && c.current);
    expect(trial).toMatchObject({
      daysUsed: 13,
      daysLeft: 57,
      lastDay: { determinate: true, date: '2027-03-09' },
    });
    expect(trial.ledger.reduce((n: number, p: { days: number }) => n + p.days, 0)).toBe(trial.calendarDays);
    expect((await req('GET', `/api/v1/cases/${DEMO}/clock?asOf=2026-11-31`)).statusCode).toBe(400);
    expect((await req('GET', `/api/v1/cases/${DEMO}/clock?defendant=9`)).statusCode).toBe(400);
  });

  it('POST /cases/:id/clock/what-if reports how far hypothetical events move the last day', async () => {
    const provenance = { source: 'manual', by: 'what-if' };
    const r = await req('POST', `/api/v1/cases/${DEMO}/clock/what-if`, {
      asOf: '2026-11-22',
      events: [
        {
          kind: 'motionFiled',
          id: 'wf-1',
          date: '2027-01-12',
          defendants: [2],
          motion: 'suppress',
          title: 'Motion to suppress',
          movant: 'defendant',
          provenance,
        },
        {
          kind: 'motionDecided',
          id: 'wf-2',
          date: '2027-02-01',
          defendants: [2],
          motion: 'wf-1',
          disposition: 'denied',
          provenance,
        },
      ],
    });
    expect(r.statusCode).toBe(200);
    const castell = r.json().whatIf.defendants.find((d: { defendant: number }) => d.defendant === 2);
    const trial = castell.clocks.find((c: { kind: string }) => c.kind === 'trial');
    // Pending 2027-01-12 … 02-01 inclusive = 21 excluded days: 2027-03-09 → 2027-03-30.
    expect(trial).toMatchObject({
      shiftDays: 21,
      actual: { lastDay: { date: '2027-03-09' } },
      whatIf: { lastDay: { date: '2027-03-30' } },
    });
    const bad = await req('POST', `/api/v1/cases/${DEMO}/clock/what-if`, { events: [] });
    expect(bad.statusCode).toBe(400);
  });
});
