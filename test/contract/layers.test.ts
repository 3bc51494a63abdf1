import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/paths.ts';

/**
 * Layers point down (architecture.md §8, README "How the code is laid out"): reads every .ts
 * file's relative imports and fails on an import that points up or sideways, an entry point
 * imported, scripts/ reached from product code, or knex query building outside db/.
 */

/** The top-level folders holding product code, and what each may not import. */
const FORBIDDEN: Record<string, readonly string[]> = {
  lib: ['db', 'domain', 'workers', 'server', 'engine', 'platform', 'scripts', 'ui'],
  db: ['domain', 'workers', 'server', 'platform', 'scripts', 'ui'],
  engine: ['db', 'domain', 'workers', 'server', 'platform', 'scripts', 'ui'],
  domain: ['workers', 'server', 'engine', 'platform', 'scripts', 'ui'],
  workers: ['server', 'platform', 'scripts', 'ui'],
  server: ['workers', 'platform', 'scripts', 'ui'],
  platform: ['scripts', 'ui'],
  scripts: [],
};

/** Entry points: they may compose (import platform/), and nothing imports them. */
const ENTRY_POINTS = new Set([
  'server/main.ts',
  'workers/main.ts',
  'db/cli.ts',
  'engine/cli.ts',
  ...readdirSync(path.join(projectRoot, 'scripts'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `scripts/${f}`),
]);

/** The npm scripts' entry files share code among themselves, and tests may exercise them. */
const SCRIPTS_AND_TESTS = new Set(['scripts', 'test']);

function tsFiles(dir: string): string[] {
  if (!existsSync(path.join(projectRoot, dir))) return [];
  return readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : tsFiles(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

/** `from '…'`, `import '…'` and `import('…')`, relative ones only, resolved from the root. */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(projectRoot, file), 'utf8');
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!));
    found.push(target);
  }
  return found;
}

const topOf = (rel: string) => rel.split('/')[0]!;
const productFiles = Object.keys(FORBIDDEN).flatMap(tsFiles);
const testFiles = tsFiles('test');

describe('contract: layers point down', () => {
  it('when a product file imports, the target is not in a layer above or beside it', () => {
    const violations = productFiles.flatMap((file) => {
      if (ENTRY_POINTS.has(file) && !file.startsWith('scripts/')) {
        // An entry point composes: it may reach platform/, never scripts/.
        return importsOf(file)
          .filter((t) => topOf(t) === 'scripts')
          .map((t) => `${file} -> ${t}`);
      }
      const forbidden = FORBIDDEN[topOf(file)]!;
      return importsOf(file)
        .filter((t) => forbidden.includes(topOf(t)))
        .map((t) => `${file} -> ${t}`);
    });
    expect(violations, violations.join('\n')).to.deep.equal([]);
  });

  it('when any file imports, the target is not an entry point', () => {
    const violations = [...productFiles, ...testFiles].flatMap((file) =>
      importsOf(file)
        .filter(
          (t) =>
            ENTRY_POINTS.has(t) && !(SCRIPTS_AND_TESTS.has(topOf(file)) && topOf(t) === 'scripts'),
        )
        .map((t) => `${file} -> ${t}`),
    );
    expect(violations, violations.join('\n')).to.deep.equal([]);
  });

  it('when code outside db/ talks to the database, it goes through a repository (heuristic)', () => {
    // Heuristic: a knex handle called with a table name, `.raw(` or `.schema.` on one. Tests
    // are outside the rule (they check what the repositories wrote).
    const query =
      /\b(?:db|trx|knex)\s*\.\s*(?:raw\s*\(|schema\b)|\b(?:db|trx|knex)\s*\(\s*(?:['"`]|[A-Z_]{2,}\b)|\.db\s*\(\s*['"`]/;
    const violations = productFiles.filter(
      (file) =>
        topOf(file) !== 'db' && query.test(readFileSync(path.join(projectRoot, file), 'utf8')),
    );
    expect(violations, violations.join('\n')).to.deep.equal([]);
  });
});
