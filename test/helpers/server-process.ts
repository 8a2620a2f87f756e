/** The real server as a child process (`pretrial serve`) on a SQLite file, for crash and load tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { openSecurity } from '../../src/server/auth/setup.ts';
import { openStore } from '../../src/store/db.ts';
import { makeTester } from './app.ts';

const BIN = fileURLToPath(new URL('../../bin/pretrial.js', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerProcess {
  url: string;
  /** The tester's API token (full access; see test/helpers/app.ts). */
  token: string;
  /** `fetch` on the server, as the tester. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  child: ChildProcess;
  output: () => string;
  /** SIGKILL: no shutdown hook runs. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Start `pretrial serve` on a database file and wait until it listens. */
export async function startServer(db: string, extra: string[] = [], port?: number): Promise<ServerProcess> {
  const p = port ?? (await freePort());
  // The tester's account and a token, in the store before the server opens it.
  const opened = await openStore(db);
  const { accounts } = openSecurity(opened);
  const token = (await accounts.find('tester'))
    ? (await accounts.createToken('tester', { name: 'tests' })).token
    : await makeTester(accounts);
  await opened.close();
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--no-build', '--db', db, '--port', String(p), ...extra],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PRETRIAL_USER: 'officer under test' },
    },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}`)), 60_000);
    const check = () => {
      if (out.includes('pretrial is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${out}`));
    });
  });
  const url = `http://127.0.0.1:${p}`;
  return {
    url,
    token,
    fetch: (path, init = {}) =>
      fetch(`${url}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, ...((init.headers as Record<string, string>) ?? {}) },
      }),
    child,
    output: () => out,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
