/**
 * The platform `npm run fuzz` fuzzes: its own PostgreSQL (fresh database) and engine (fresh
 * data) under the profile `fuzz[-<offset>]`, on its own loopback ports, with the API on a
 * random port and one development user per role. Never the dev, test or bench ports:
 * PostgreSQL 55800, Zeebe gRPC 28000 (28001-28002 broker-internal), REST 8600, management
 * 10100, each shifted by FUZZ_PORT_OFFSET (gRPC by ten times it).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { seedDevelopmentData } from '../../db/seeds/reference-data.ts';
import type { Logger } from '../../lib/logger.ts';
import { profileDir } from '../../lib/paths.ts';
import { startInfrastructure } from '../../platform/infrastructure.ts';
import { repositoryResources, startPlatform, type Platform } from '../../platform/platform.ts';

/** The development users' password on the fuzz platform (its database is thrown away). */
export const FUZZ_PASSWORD = 'fuzz-password-123';

export function fuzzPorts(offset: number) {
  return {
    pgPort: 55800 + offset,
    grpcPort: 28000 + offset * 10,
    restPort: 8600 + offset,
    managementPort: 10100 + offset,
  };
}

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
 * The shipped diagrams and forms, as npm start deploys them, so the record routes reach their
 * processes (else 503). Tried a few times: the diagram check's 10 s limit can pass on a
 * machine kept busy by other runs.
 */
async function deployShippedDiagrams(platform: Platform, log: Logger): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const changed =
        await platform.services.deployments.changedSinceLastRepositoryDeploy(repositoryResources());
      if (changed.length)
        await platform.services.deployments.deploy(changed, { source: 'repository' });
      return;
    } catch (err) {
      if (attempt >= 4) throw err;
      log.warn(
        `Deploying the shipped diagrams failed (attempt ${attempt}), again in 5 s: ${String(err)}`,
      );
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

export interface FuzzPlatform {
  url: string;
  stop(): Promise<void>;
}

/** Starts PostgreSQL, the engine and the whole platform (API, workers, projector) for a run. */
export async function startFuzzPlatform(offset: number, log: Logger): Promise<FuzzPlatform> {
  const profile = `fuzz${offset ? `-${offset}` : ''}`;
  rmSync(path.join(profileDir(profile), 'engine', 'data'), { recursive: true, force: true });
  const infra = await startInfrastructure(
    {
      profile,
      env: { ...process.env, ZEEBE_GRPC_ADDRESS: undefined, DATABASE_URL: undefined },
      overrides: { ...fuzzPorts(offset), clockControlled: false, databaseName: 'itsm_fuzz' },
      beforeMigrate: recreateDatabase,
    },
    log,
  );
  try {
    const platform = await startPlatform({
      databaseUrl: infra.databaseUrl,
      engine: infra.engine,
      clockControlled: false,
      log,
      server: { host: '127.0.0.1', port: 0 },
      workers: true,
      projector: { retentionMs: 0 },
    });
    await deployShippedDiagrams(platform, log);
    await platform.services.auth.seedDevelopmentUsers(FUZZ_PASSWORD);
    await seedDevelopmentData(platform.db, platform.clock.now());
    return {
      url: platform.url!,
      async stop() {
        await platform.stop();
        await infra.stop();
      },
    };
  } catch (err) {
    await infra.stop();
    throw err;
  }
}
