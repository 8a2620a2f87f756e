import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';

// The fictional sample docket is of the District of Oregon (ord).
const sample = readFileSync(new URL('../../examples/sample-docket.html', import.meta.url), 'utf8');

describe('a clerk imports and creates cases of their own courts only', () => {
  let t: TestApp;
  let nyed: string;
  let ord: string;
  beforeAll(async () => {
    t = await testApp();
    await t.accounts.create({ username: 'clerk-nyed', roles: ['clerk'] });
    await t.accounts.assign('clerk-nyed', 'court', 'nyed');
    nyed = (await t.accounts.createToken('clerk-nyed', { name: 'tests' })).token;
    await t.accounts.create({ username: 'clerk-ord', roles: ['clerk'] });
    await t.accounts.assign('clerk-ord', 'court', 'ord');
    ord = (await t.accounts.createToken('clerk-ord', { name: 'tests' })).token;
  });
  afterAll(async () => t.close());

  const upload = (token: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/html' },
      payload: sample,
    });

  it('refuses a docket of another court with the reason, and stores nothing', async () => {
    const r = await upload(nyed);
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toBe(
      'this case is of the court "ord", which your account is not assigned to; nothing was stored (an administrator can assign it: pretrial users grant <username> court:ord)',
    );
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/cases' });
    expect((list.json() as { cases: unknown[] }).cases).toEqual([]);
  });

  it('imports it for a clerk of that court, who then reads it', async () => {
    const r = await upload(ord);
    expect(r.statusCode).toBe(201);
    const read = await t.app.inject({
      method: 'GET',
      url: r.headers.location as string,
      headers: { authorization: `Bearer ${ord}` },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().caseFile.case.caption).toBe('United States v. Whitlock');
  });
});
