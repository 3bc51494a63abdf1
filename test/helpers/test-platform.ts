import { seedDevelopmentData } from '../../db/seeds/reference-data.ts';
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createLogger } from '../../lib/logger.ts';
import { profileDir } from '../../lib/paths.ts';
import { startSmtpCapture, type SmtpCapture } from './smtp-capture.ts';
import { startInfrastructure, type Infrastructure } from '../../platform/infrastructure.ts';
import { startPlatform, type Platform } from '../../platform/platform.ts';
import { testWorkers } from './test-workers.ts';
import { createAnswerCheck } from '../../server/answer-check.ts';

/** Ports of the test profile; TEST_PORT_OFFSET lets two runs share a machine. */
export function testPorts(offset = Number(process.env.TEST_PORT_OFFSET ?? 0)) {
  return {
    pgPort: 55500 + offset,
    grpcPort: 26600 + offset * 10,
    restPort: 8180 + offset,
    managementPort: 9700 + offset,
  };
}

export const TEST_PROFILE = `test${process.env.TEST_PORT_OFFSET ? `-${process.env.TEST_PORT_OFFSET}` : ''}`;
/** The answers that did not match their published schemas, over the whole run. */
export const answerCheck = createAnswerCheck();
export const log = createLogger('test', { quiet: !process.env.TEST_VERBOSE });

interface TestContext {
  infra: Infrastructure;
  platform: Platform;
  /** The SMTP server on 127.0.0.1 the platform sends its e-mail to (the edge a user does not have). */
  mail: SmtpCapture;
}

let context: TestContext | undefined;

async function recreateDatabase(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    await admin.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts the test profile once per run: a fresh database and fresh engine data, the engine
 * with clock control, and the platform (projector, workers incl. the fixture workers, API on
 * a random port). Uses the same code as `npm start`.
 */
export async function startTestPlatform(): Promise<TestContext> {
  if (context) return context;
  const ports = testPorts();
  rmSync(path.join(profileDir(TEST_PROFILE), 'engine', 'data'), { recursive: true, force: true });
  const env = {
    ...process.env,
    ZEEBE_GRPC_ADDRESS: undefined,
    DATABASE_URL: process.env.TEST_DATABASE_URL,
  };
  // A fresh database: start the server with a scratch database first, then recreate ours.
  const infra = await startInfrastructure(
    {
      profile: TEST_PROFILE,
      env,
      overrides: { ...ports, clockControlled: true, databaseName: 'itsm_test' },
      beforeMigrate: recreateDatabase,
    },
    log,
  );
  // E-mail goes to a local capture server: the outside SMTP server is the mocked edge.
  const mail = await startSmtpCapture();
  Object.assign(process.env, {
    SMTP_HOST: mail.host,
    SMTP_PORT: String(mail.port),
    SMTP_SECURE: 'false',
    MAIL_FROM: 'ITSM <itsm@itsm.local>',
  });
  const platform = await startPlatform({
    databaseUrl: infra.databaseUrl,
    engine: infra.engine,
    clockControlled: true,
    log,
    // Every JSON answer is checked against the schema its route publishes (global-fixtures.ts).
    server: { host: '127.0.0.1', port: 0, answerCheck },
    workers: true,
    extraWorkers: testWorkers,
    workerLongPollMs: 2_000,
    projector: { retentionMs: 0 },
  });
  await platform.services.auth.seedDevelopmentUsers(DEV_PASSWORD);
  await seedDevelopmentData(platform.db, platform.clock.now());
  context = { infra, platform, mail };
  return context;
}

/** The running test platform (after the global setup). */
export function testContext(): TestContext {
  if (!context) throw new Error('The test platform is not started (global setup did not run)');
  return context;
}

export async function stopTestPlatform(): Promise<void> {
  if (!context) return;
  const { infra, platform, mail } = context;
  context = undefined;
  await platform.stop();
  await infra.stop();
  await mail.stop();
}

export const DEV_PASSWORD = 'test-password-123';
