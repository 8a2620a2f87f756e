import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDocket } from '../../bench/synthetic.ts';
import { ImportPool } from '../../src/dockets/pool.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';
import { buildTestApp, TESTER_ACTOR, testApp } from '../helpers/app.ts';
import { havePacerData, readPacer } from '../helpers/shared-data.ts';

const fixture = (path: string) => readPacer(path);
let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(async () => ctx.close());

function multipart(name: string, content: Buffer, type = 'text/html') {
  const boundary = '----pretrial-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('POST /api/v1/imports', () => {
  it.skipIf(!havePacerData)(
    'imports a PACER docket report uploaded as a form (D. Neb. 4:13-cr-03121) and stores it as a case',
    async () => {
      const r = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        ...multipart('ned.html', fixture('dockets/district/ned.html')),
      });
      expect(r.statusCode).toBe(201);
      expect(r.json()).toMatchObject({
        id: 'ned-4-13-cr-03121',
        format: 'pacer',
        caption: 'United States v. Benz',
        defendants: 1,
        docketEntries: 136,
      });
      expect(r.json().eventsByKind.timeExclusion).toBe(14);
      const stored = await ctx.app.inject({ method: 'GET', url: '/api/v1/cases/ned-4-13-cr-03121' });
      expect(stored.json().caseFile.docketEntries).toHaveLength(136);
    },
  );

  it.skipIf(!havePacerData)(
    'takes the page as the request body too, and refuses the same docket twice (409)',
    async () => {
      const r = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: fixture('dockets/district/ned.html'),
        headers: { 'content-type': 'text/html' },
      });
      expect(r.statusCode).toBe(409);
    },
  );

  it.skipIf(!havePacerData)(
    'refuses a page that is not a docket with 422 and the reason, storing nothing',
    async () => {
      const before = (await ctx.app.inject({ method: 'GET', url: '/api/v1/cases' })).json().cases.length;
      const r = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        ...multipart('billing.html', fixture('dockets/not_dockets/casd_542797.html')),
      });
      expect(r.statusCode).toBe(422);
      expect(r.json().error).toMatch(/billing confirmation page/);
      expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/cases' })).json().cases.length).toBe(
        before,
      );
    },
  );

  it('refuses an empty upload', async () => {
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: Buffer.alloc(0),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    expect(r.statusCode).toBeLessThan(500);
  });
});

describe('POST /api/v1/cases/:id/import', () => {
  it.skipIf(!havePacerData)(
    're-imports the docket into the case, keeping an event entered by hand',
    async () => {
      const id = 'ned-4-13-cr-03121';
      const added = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${id}/events`,
        payload: {
          kind: 'speedyTrialWaiver',
          id: 'manual-note',
          date: '2016-06-01',
          defendants: [1],
          provenance: { source: 'manual', by: 'clerk' },
        },
      });
      expect(added.statusCode).toBe(201);
      const r = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${id}/import`,
        ...multipart('ned.html', fixture('dockets/district/ned.html')),
      });
      expect(r.statusCode).toBe(200);
      const stored = (await ctx.app.inject({ method: 'GET', url: `/api/v1/cases/${id}` })).json();
      expect(stored.caseFile.events.some((e: { id: string }) => e.id === 'manual-note')).toBe(true);
      const audit = (
        await ctx.app.inject({ method: 'GET', url: `/api/v1/cases/${id}/audit?limit=1` })
      ).json();
      expect(audit.records[0]).toMatchObject({ action: 'case.import', actor: TESTER_ACTOR });
    },
  );

  it.skipIf(!havePacerData)('refuses a docket of another case (409)', async () => {
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/cases/ned-4-13-cr-03121/import',
      ...multipart('hid.html', fixture('dockets/district/hid.html')),
    });
    expect(r.statusCode).toBe(409);
  });
});

describe('imports run in a worker thread with a time budget', () => {
  it.skipIf(!havePacerData)(
    'refuses an import that overruns its budget with a clear message (422), storing nothing, and imports the next one',
    { timeout: 60_000 },
    async () => {
      const store = await openStore(':memory:');
      const { app } = await buildTestApp({ store, cases: new CaseStore(store.db), importBudgetMs: 50 });
      try {
        // A 4 MB docket (ned's entries repeated) takes far longer than 50 ms to read and classify.
        const big = Buffer.from(
          syntheticDocket(fixture('dockets/district/ned.html').toString('utf8'), 4_000_000),
        );
        const r = await app.inject({ method: 'POST', url: '/api/v1/imports', ...multipart('big.html', big) });
        expect(r.statusCode).toBe(422);
        expect(r.json().error).toBe(
          'the import was stopped after 0.1 s, its time limit: the file is too large or too deeply nested to read as a docket',
        );
        expect((await app.inject({ method: 'GET', url: '/api/v1/cases' })).json().cases).toHaveLength(0);
        // The worker that overran was replaced: a refusal that takes no time still comes back.
        const empty = await app.inject({
          method: 'POST',
          url: '/api/v1/imports',
          payload: Buffer.from('  '),
          headers: { 'content-type': 'application/octet-stream' },
        });
        expect(empty.statusCode).toBe(422);
        expect(empty.json().error).toBe('the file holds only whitespace');
      } finally {
        await app.close();
        await store.close();
      }
    },
  );

  it.skipIf(!havePacerData)(
    'stops the worker when the import is canceled, and when the client closes the request; nothing is stored',
    { timeout: 90_000 },
    async () => {
      // A 4 MB docket takes seconds to read: long enough to cancel while the worker reads it.
      const big = Buffer.from(
        syntheticDocket(fixture('dockets/district/ned.html').toString('utf8'), 4_000_000),
      );
      const pool = new ImportPool(60_000);
      try {
        const ctrl = new AbortController();
        const started = Date.now();
        setTimeout(() => ctrl.abort(), 300);
        const result = await pool.run([{ bytes: big, name: 'big.html' }], {}, ctrl.signal);
        expect(result).toMatchObject({ ok: false, reason: 'the import was canceled' });
        // Answered at the cancel, not after the import.
        expect(Date.now() - started).toBeLessThan(5_000);
        // The stopped worker was replaced: the next import is read.
        const next = await pool.run([{ bytes: Buffer.from('  '), name: 'blank.html' }]);
        expect(next).toMatchObject({ ok: false, reason: 'the file holds only whitespace' });
      } finally {
        await pool.close();
      }
      // Over HTTP: the browser aborts its request; the server stops the worker and stores no case.
      const store = await openStore(':memory:');
      const { app, token } = await buildTestApp({ store, cases: new CaseStore(store.db) });
      try {
        const base = await app.listen({ port: 0, host: '127.0.0.1' });
        const ctrl = new AbortController();
        const form = new FormData();
        form.append('file', new Blob([big], { type: 'text/html' }), 'big.html');
        const sent = fetch(`${base}/api/v1/imports`, {
          method: 'POST',
          body: form,
          headers: { authorization: `Bearer ${token}` },
          signal: ctrl.signal,
        });
        setTimeout(() => ctrl.abort(), 1_000);
        await expect(sent).rejects.toThrow(/abort/i);
        // Wait for the import it would have stored, had it run to the end.
        await new Promise((r) => setTimeout(r, 8_000));
        expect((await app.inject({ method: 'GET', url: '/api/v1/cases' })).json().cases).toHaveLength(0);
      } finally {
        await app.close();
        await store.close();
      }
    },
  );

  it.skipIf(!havePacerData)('the import summary carries the coverage of the source', async () => {
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      ...multipart('hid.html', fixture('dockets/district/hid.html')),
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().coverage[0]).toMatchObject({ format: 'pacer-docket', complete: true, setBy: 'importer' });
  });
});

describe('POST /api/v1/imports with a RECAP XML docket', () => {
  it('imports the Internet Archive docket.xml sent as application/xml', async () => {
    const xml = readFileSync(new URL('../fixtures/dockets/recap/ned-benz.docket.xml', import.meta.url));
    const store = await openStore(':memory:');
    const { app } = await buildTestApp({ store, cases: new CaseStore(store.db) });
    try {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: xml,
        headers: { 'content-type': 'application/xml' },
      });
      expect(r.statusCode).toBe(201);
      expect(r.json()).toMatchObject({
        id: 'ned-4-13-cr-03121',
        format: 'recap-xml',
        caption: 'United States v. Benz',
        docketEntries: 11,
      });
      expect(r.json().coverage[0]).toMatchObject({ format: 'recap', complete: false });
    } finally {
      await app.close();
      await store.close();
    }
  });
});
