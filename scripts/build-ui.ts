/**
 * Bundles the browser app (ui/src/main.ts and the stylesheets it imports) with esbuild into
 * ui/dist/app.js and ui/dist/app.css, which the server serves beside ui/public/index.html
 * (loaded as an ES module). Code splitting: what main.ts loads with `import()` (the cockpit,
 * the modeler) goes into chunks of its own (ui/dist/<name>-<hash>.js); esbuild still puts every
 * stylesheet into app.css (its per-chunk .css copies are not used).
 * Skips the build when neither the sources nor the lock file changed since the last one (a
 * stamp in ui/dist), so `npm start` and `npm test` pay for it only after a change.
 *
 * `tsx scripts/build-ui.ts [--force]` builds from the command line.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { projectRoot } from '../lib/paths.ts';

const srcDir = path.join(projectRoot, 'ui', 'src');
const distDir = path.join(projectRoot, 'ui', 'dist');
const stampFile = path.join(distDir, '.build-stamp');
const outputs = ['app.js', 'app.css'].map((f) => path.join(distDir, f));

/**
 * `await import('<CommonJS package>')` in a dependency (@camunda/linting loads
 * bpmnlint-plugin-camunda-compat so) answers `{ configs, ... }` in a single bundle, but only
 * `{ default }` from a split chunk. This gives such imports the package's exports by name.
 */
const DYNAMIC_CJS = /^bpmnlint-plugin-camunda-compat$/;
const dynamicCommonJsInterop: Plugin = {
  name: 'dynamic-commonjs-interop',
  setup(b) {
    b.onResolve({ filter: DYNAMIC_CJS }, (args) =>
      args.kind === 'dynamic-import'
        ? { path: args.path, namespace: 'cjs-interop', pluginData: args.resolveDir }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'cjs-interop' }, (args) => ({
      contents: [
        `import m from ${JSON.stringify(args.path)};`,
        'export const configs = m.configs;',
        'export const rules = m.rules;',
        'export default m;',
      ].join('\n'),
      resolveDir: args.pluginData as string,
      loader: 'js',
    }));
  },
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
    )
    .sort();
}

/** A digest of everything the bundle is made of: the sources, the lock file, this script. */
function sourceDigest(): string {
  const hash = createHash('sha256');
  const inputs = [
    ...filesUnder(srcDir),
    path.join(projectRoot, 'package-lock.json'),
    path.join(projectRoot, 'scripts', 'build-ui.ts'),
  ];
  for (const file of inputs) {
    hash.update(path.relative(projectRoot, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Builds ui/dist unless it is up to date; returns whether it built. */
export async function buildUi(options: { force?: boolean } = {}): Promise<boolean> {
  const digest = sourceDigest();
  const upToDate =
    !options.force &&
    outputs.every((f) => existsSync(f)) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === digest;
  if (upToDate) return false;
  // A clean directory: chunks are named by their content, so old ones would pile up.
  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  await build({
    entryPoints: { app: path.join(srcDir, 'main.ts') },
    outdir: distDir,
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: '[name]-[hash]',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    // .eot: the bpmn-js icon font (the modeler) lists it among its sources
    loader: {
      '.svg': 'dataurl',
      '.woff': 'file',
      '.woff2': 'file',
      '.ttf': 'file',
      '.eot': 'file',
    },
    plugins: [dynamicCommonJsInterop],
    logLevel: 'warning',
  });
  writeFileSync(stampFile, digest);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  buildUi({ force: process.argv.includes('--force') })
    .then((built) => {
      process.stdout.write(
        built
          ? `UI built into ui/dist in ${Date.now() - started} ms\n`
          : 'UI up to date (ui/dist)\n',
      );
    })
    .catch((err: unknown) => {
      process.stderr.write(
        `UI build failed: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      process.exit(1);
    });
}
