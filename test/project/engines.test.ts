import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// `npm ci` warns (EBADENGINE) for every installed package whose `engines.node` the Node.js version the README
// names does not satisfy. The project's own range must imply each package's: then a clean install on any
// Node.js the README allows prints no such warning.
const root = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[] }>;
};

describe('the Node.js version range', () => {
  it('is the one the README names: 20.19+, 22.13+, 24 to 26', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toMatch(
      /Node\.js 20\.19 or later in the 20 line, 22\.13 or later in the 22 line, or 24 to 26/,
    );
    expect(semver.satisfies('20.19.0', root.engines.node)).toBe(true);
    expect(semver.satisfies('20.18.3', root.engines.node)).toBe(false);
    expect(semver.satisfies('22.13.0', root.engines.node)).toBe(true);
    expect(semver.satisfies('22.12.0', root.engines.node)).toBe(false);
    expect(semver.satisfies('26.1.0', root.engines.node)).toBe(true);
    expect(semver.satisfies(process.version, root.engines.node)).toBe(true);
  });

  it('satisfies the engines of every package the lock file installs', () => {
    const unmet: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      if (path === '' || !pkg.engines || Array.isArray(pkg.engines) || !pkg.engines.node) continue;
      // Platform-only optional packages (esbuild's per-OS binaries) are not installed where their `os` differs.
      if (pkg.optional && pkg.os && !pkg.os.includes(process.platform)) continue;
      if (!semver.subset(root.engines.node, pkg.engines.node, { includePrerelease: false })) {
        unmet.push(`${path.replace(/^.*node_modules\//, '')} wants node ${pkg.engines.node}`);
      }
    }
    expect(unmet).toEqual([]);
  });
});
