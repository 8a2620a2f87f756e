/** Builds the web UI (Vite) when its sources are newer than the last build. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const WEB_DIR = new URL('../../web/', import.meta.url).pathname;
export const WEB_DIST = join(WEB_DIR, 'dist');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'dist' || name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** Sources under web/ (and the shared schemas the UI imports types from) changed since the last build? */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return newestMtime(WEB_DIR) > built;
}

export async function buildWeb(log: (line: string) => void): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error(
      'the web UI is not built and Vite is not installed: run `npm ci` (it installs the build tools) and start again',
    );
  }
  log('Building the web UI (Vite)…');
  const started = performance.now();
  await vite.build({ root: WEB_DIR, configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  log(`Web UI built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
