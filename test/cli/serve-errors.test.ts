/**
 * `pretrial serve` as a person meets it: a busy port, a database it cannot open and an address reachable from
 * the network each give one line and a hint, never a stack trace; unhandled server errors reach stderr.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { listenProblem } from '../../src/cli/commands/serve.ts';
import { storeOpenProblem } from '../../src/cli/store.ts';
import { buildApp } from '../../src/server/app.ts';
import { openSecurity } from '../../src/server/auth/setup.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';
import { freePort } from '../helpers/server-process.ts';

const BIN = fileURLToPath(new URL('../../bin/pretrial.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pretrial-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run `pretrial serve …` until it exits, or until `until` appears in its output (then stop it). */
function serve(args: string[], until?: RegExp): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--no-build', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PRETRIAL_DEBUG: '' },
    });
    let out = '';
    let err = '';
    const check = () => {
      if (until?.test(out + err)) child.kill('SIGTERM');
    };
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      check();
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      check();
    });
    child.once('exit', (code) => resolve({ code, out, err }));
  });
}

describe('pretrial serve: problems a person can fix', () => {
  it('a busy port: one line naming the port and --port, exit 2, no stack trace', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    try {
      const r = await serve(['--db', join(dir, 'busy.db'), '--port', String(port)]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`pretrial: port ${port} on 127.0.0.1 is already in use`);
      expect(r.err).toContain(`--port ${port + 1}`);
      expect(r.err).not.toMatch(/^\s+at /m);
    } finally {
      blocker.close();
    }
  });

  it('a database path through a file: one line naming the database and --db, exit 2', async () => {
    const file = join(dir, 'not-a-directory');
    writeFileSync(file, 'x');
    const db = join(file, 'pretrial.db');
    const r = await serve(['--db', db, '--port', String(await freePort())]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(`cannot open the database at ${db}: part of the path is a file, not a directory`);
    expect(r.err).toContain('--db PATH or PRETRIAL_DATABASE_URL');
  });

  it('--host 0.0.0.0 says it is reachable from the network, and warns without TLS', async () => {
    const port = await freePort();
    const r = await serve(
      ['--db', join(dir, 'open.db'), '--host', '0.0.0.0', '--port', String(port)],
      /reachable from the network/,
    );
    expect(r.out).toMatch(
      new RegExp(`Listening on every network interface: reachable from the network at http://\\S+:${port}`),
    );
    expect(r.err).toContain('WARNING: listening on 0.0.0.0 without TLS');
  });
});

describe('the one-line explanations', () => {
  it('name the cause of each listen failure', () => {
    const e = (code: string) => Object.assign(new Error(code), { code });
    expect(listenProblem(e('EACCES'), '0.0.0.0', 80)).toBe(
      'not allowed to listen on port 80 (ports below 1024 need privileges); choose another with --port 3000',
    );
    expect(listenProblem(e('EADDRNOTAVAIL'), '10.9.9.9', 3000)).toMatch(
      /^cannot listen on 10\.9\.9\.9: no network interface/,
    );
  });

  it('name the cause of each store failure, without the PostgreSQL password', () => {
    const e = (code: string) => Object.assign(new Error(code), { code });
    expect(storeOpenProblem('data/p.db', e('SQLITE_READONLY'))).toBe(
      'cannot open the database at data/p.db: the file or its directory is read-only; choose another with --db PATH or PRETRIAL_DATABASE_URL',
    );
    expect(storeOpenProblem('data/p.db', e('EACCES'))).toContain('permission denied');
    const pg = storeOpenProblem('postgres://u:secret@db.example:5432/p', e('ECONNREFUSED'));
    expect(pg).toBe(
      'cannot reach PostgreSQL at postgres://db.example:5432/p (ECONNREFUSED): is the server running? Or choose another with --db PATH or PRETRIAL_DATABASE_URL',
    );
  });
});

describe('server errors are logged by default', () => {
  it("an unhandled error in a route is written to stderr as structured JSON, with logger 'errors'", async () => {
    const store = await openStore(':memory:');
    const app = await buildApp({
      store: new CaseStore(store.db),
      security: { ...openSecurity(store) },
      logger: 'errors',
    });
    app.get('/boom', { config: { policy: 'public' } }, async () => {
      throw new Error('the disk went away');
    });
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/boom' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ error: 'internal error', details: [] });
    } finally {
      spy.mockRestore();
      await app.close();
      await store.close();
    }
    const line = written.map(
      (w) => JSON.parse(w) as { level: number; msg: string; err: { message: string } },
    )[0];
    expect(line?.level).toBe(50);
    expect(line?.msg).toBe('unhandled error');
    expect(line?.err.message).toBe('the disk went away');
  });
});
