import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { dbConfigSchema } from '../../db/config.ts';
import { APP_ROLE, EXPORTER_ROLE } from '../../db/roles.ts';
import { engineConfigSchema } from '../../engine/config.ts';
import { renderApplicationYaml } from '../../engine/application-yaml.ts';
import { projectRoot } from '../../lib/paths.ts';
import { serverConfigSchema } from '../../server/config.ts';

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  command?: string[];
  networks?: string[];
}

const compose = parse(readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
  networks?: Record<string, { internal?: boolean } | null>;
};
const defaultVersion = (engineConfigSchema.properties.ZEEBE_VERSION as { default: string }).default;

describe('contract: docker-compose.yml', () => {
  it('when parsed, pins the Zeebe image to the default engine version', () => {
    expect(compose.services.zeebe?.image).to.equal(`camunda/zeebe:${defaultVersion}`);
    expect(compose.services.app?.environment?.ZEEBE_VERSION).to.equal(defaultVersion);
  });

  it('when the broker is configured, loads the same exporter class the platform configures', () => {
    const env = compose.services.zeebe?.environment ?? {};
    const ours = renderApplicationYaml({
      dataDir: '/x',
      ports: { grpc: 1, rest: 2, management: 3, command: 4, internal: 5 },
      clockControlled: false,
      exporter: {
        jarPath: '/j.jar',
        jdbcUrl: 'jdbc:postgresql://h/d',
        username: 'u',
        password: 'p',
      },
    });
    const className = /className: (\S+)/.exec(ours)?.[1];
    expect(env.ZEEBE_BROKER_EXPORTERS_ITSM_CLASSNAME).to.equal(className);
    const jar = env.ZEEBE_BROKER_EXPORTERS_ITSM_JARPATH ?? '';
    expect(
      compose.services.zeebe?.volumes?.some((v) => v.endsWith(`${path.dirname(jar)}:ro`)),
    ).to.equal(true);
    expect(env.ZEEBE_BROKER_EXPORTERS_ITSM_ARGS_JDBCURL).to.match(
      /^jdbc:postgresql:\/\/postgres:5432\//,
    );
  });

  it('when the app service is configured, uses only settings the app reads, with matching ports', () => {
    const env = compose.services.app?.environment ?? {};
    const known = new Set(
      [serverConfigSchema, dbConfigSchema, engineConfigSchema].flatMap((s) =>
        Object.keys(s.properties as object),
      ),
    );
    for (const key of Object.keys(env))
      expect(known.has(key), `${key} is not a setting the app reads`).to.equal(true);
    expect(env.ZEEBE_GRPC_ADDRESS).to.equal(
      `zeebe:${compose.services.zeebe?.environment?.ZEEBE_BROKER_GATEWAY_NETWORK_PORT}`,
    );
    expect(env.DATABASE_URL).to.match(/@postgres:5432\/itsm$/);
    expect(compose.services.app?.ports).to.deep.equal([`127.0.0.1:${env.PORT}:${env.PORT}`]);
  });

  it('when ports are published, they bind to 127.0.0.1 only and no secret is written in the file', () => {
    for (const [name, s] of Object.entries(compose.services)) {
      for (const p of s.ports ?? []) expect(p, name).to.match(/^127\.0\.0\.1:/);
      for (const [key, value] of Object.entries(s.environment ?? {})) {
        if (/PASSWORD/.test(key)) expect(value, `${name}.${key}`).to.match(/^\$\{/);
      }
    }
  });

  it('when the engine and PostgreSQL are configured, they publish no port and sit only on internal networks', () => {
    for (const name of ['zeebe', 'postgres']) {
      const s = compose.services[name];
      expect(s?.ports ?? [], name).to.deep.equal([]);
      expect(s?.networks ?? [], `${name} names its networks`).not.to.deep.equal([]);
      for (const network of s?.networks ?? [])
        expect(compose.networks?.[network]?.internal, `${name} on ${network}`).to.equal(true);
    }
  });

  it('when the app and the exporter connect, they use the least-privileged roles, not the owner', () => {
    const app = compose.services.app?.environment ?? {};
    const zeebe = compose.services.zeebe?.environment ?? {};
    const migrate = compose.services.migrate?.environment ?? {};
    const owner = compose.services.postgres?.environment?.POSTGRES_USER;
    expect(new URL(app.DATABASE_URL ?? '').username)
      .to.equal(APP_ROLE)
      .and.not.equal(owner);
    expect(zeebe.ZEEBE_BROKER_EXPORTERS_ITSM_ARGS_USERNAME).to.equal(EXPORTER_ROLE);
    expect(zeebe.ZEEBE_BROKER_EXPORTERS_ITSM_ARGS_PASSWORD).to.equal(
      '${ITSM_EXPORTER_DB_PASSWORD}',
    );
    expect(new URL(migrate.DATABASE_URL ?? '').username, 'the owner migrates').to.equal(owner);
    expect(migrate).to.have.keys(
      'DATABASE_URL',
      'ITSM_APP_DB_PASSWORD',
      'ITSM_EXPORTER_DB_PASSWORD',
    );
  });

  it('when the app runs, it is production-like: no development users, no clock control', () => {
    const env = compose.services.app?.environment ?? {};
    expect(env.NODE_ENV).to.equal('production');
    expect(env).not.to.have.any.keys(
      'SEED_DEV_USERS',
      'ENGINE_CLOCK_CONTROLLED',
      'DEV_USER_PASSWORD',
    );
  });

  it('when the app is built, the Dockerfile exists and the migrate command exists in package.json', () => {
    expect(existsSync(path.join(projectRoot, 'Dockerfile'))).to.equal(true);
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.migrate).to.be.a('string');
    expect(compose.services.migrate?.command).to.deep.equal(['npm', 'run', 'migrate']);
  });
});
