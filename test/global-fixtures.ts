/**
 * Mocha global fixtures of `npm test`: start Postgres and the engine with the project's own
 * code (fetching the engine and building the exporter on a fresh machine), once per run.
 */
import { buildUi } from '../scripts/build-ui.ts';
import { answerCheck, startTestPlatform, stopTestPlatform } from './helpers/test-platform.ts';

export async function mochaGlobalSetup(this: unknown): Promise<void> {
  const started = Date.now();
  // The browser tests load the bundle the server serves; skipped when the sources are unchanged.
  if (await buildUi()) process.stderr.write('UI built into ui/dist\n');
  process.stderr.write('Starting the test platform (Postgres, Zeebe with the exporter, API)…\n');
  await startTestPlatform();
  process.stderr.write(`Test platform ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

export async function mochaGlobalTeardown(): Promise<void> {
  await stopTestPlatform();
}

/**
 * After every test file: each JSON answer the API gave during the run matched the schema its
 * route publishes in the OpenAPI document (server/answer-check.ts), else the run fails listing
 * the route, the status and what did not match.
 */
export const mochaHooks = {
  afterAll(): void {
    const seen = new Set<string>();
    const lines = answerCheck.violations.flatMap((v) => {
      const line = `${v.route} → ${v.status}: ${v.errors.join('; ')}`;
      if (seen.has(line)) return [];
      seen.add(line);
      return [line];
    });
    if (lines.length)
      throw new Error(
        `${lines.length} answers do not match their published schemas:\n${lines.join('\n')}`,
      );
  },
};
