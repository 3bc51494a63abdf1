import { expect } from 'chai';
import { loadDbConfig, toJdbc } from '../../db/config.ts';
import { loadEngineConfig } from '../../engine/config.ts';
import { ConfigError } from '../../lib/env-config.ts';
import { loadServerConfig } from '../../server/config.ts';

/** Runs `load` and returns what it threw. */
function thrownBy(load: () => unknown): Error {
  try {
    load();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a ConfigError, nothing was thrown');
}

describe('server configuration', () => {
  it('when nothing is set, every key has its default', () => {
    // given / when
    const c = loadServerConfig({});
    // then
    expect(c).to.deep.equal({
      HOST: '127.0.0.1',
      PORT: 3000,
      AUTH_TOKEN_TTL_MINUTES: 480,
      AUTH_TOKEN_IDLE_MINUTES: 60,
      SEED_DEV_USERS: true,
      DEV_USER_PASSWORD: 'itsm-dev-password',
      NODE_ENV: 'development',
    });
  });

  it('when values are strings from the environment, coerces them to their types', () => {
    // given
    const env = {
      PORT: '8081',
      AUTH_TOKEN_TTL_MINUTES: '15',
      SEED_DEV_USERS: 'false',
      ADMIN_PASSWORD: 'a-long-admin-password',
      HOST: '',
      PATH: '/usr/bin',
    };
    // when
    const c = loadServerConfig(env);
    // then
    expect(c.PORT).to.equal(8081);
    expect(c.AUTH_TOKEN_TTL_MINUTES).to.equal(15);
    expect(c.SEED_DEV_USERS).to.equal(false);
    expect(c.ADMIN_PASSWORD).to.equal('a-long-admin-password');
    expect(c.HOST, 'an empty value counts as unset').to.equal('127.0.0.1');
    expect(c).not.to.have.property('PATH');
  });

  it('when NODE_ENV is production, seeds no development users and refuses SEED_DEV_USERS=true', () => {
    // given / when / then
    expect(loadServerConfig({ NODE_ENV: 'production' }).SEED_DEV_USERS).to.equal(false);
    expect(() => loadServerConfig({ NODE_ENV: 'production', SEED_DEV_USERS: 'true' })).to.throw(
      ConfigError,
      /SEED_DEV_USERS=true is refused because NODE_ENV=production/,
    );
  });

  it('when a value is bad, throws a ConfigError naming the key', () => {
    // given
    const cases: [Record<string, string>, string][] = [
      [{ PORT: 'eighty' }, 'PORT'],
      [{ PORT: '70000' }, 'PORT'],
      [{ AUTH_TOKEN_TTL_MINUTES: '0' }, 'AUTH_TOKEN_TTL_MINUTES'],
      [{ SEED_DEV_USERS: 'perhaps' }, 'SEED_DEV_USERS'],
      [{ DEV_USER_PASSWORD: 'short' }, 'DEV_USER_PASSWORD'],
      [{ ADMIN_PASSWORD: 'too-short' }, 'ADMIN_PASSWORD'],
    ];
    for (const [env, key] of cases) {
      // when
      const err = thrownBy(() => loadServerConfig(env));
      // then
      expect(err, key).to.be.instanceOf(ConfigError);
      expect(err.message, key).to.include(key);
    }
  });

  it('when several values are bad, names every one of them', () => {
    // given / when
    const err = thrownBy(() => loadServerConfig({ PORT: 'x', AUTH_TOKEN_TTL_MINUTES: 'y' }));
    // then
    expect(err.message).to.include('PORT').and.to.include('AUTH_TOKEN_TTL_MINUTES');
  });
});

describe('engine configuration', () => {
  it('when nothing is set, runs its own 8.5.8 engine on the default ports', () => {
    // given / when
    const c = loadEngineConfig({});
    // then
    expect(c).to.deep.equal({
      ZEEBE_VERSION: '8.5.8',
      ENGINE_CLOCK_CONTROLLED: false,
      ENGINE_GRPC_PORT: 26500,
      ENGINE_REST_PORT: 8080,
      ENGINE_MANAGEMENT_PORT: 9600,
      ENGINE_HEAP: '1g',
      ENGINE_PARTITIONS: 1,
    });
  });

  it('when values are strings from the environment, coerces them to their types', () => {
    // given / when
    const c = loadEngineConfig({
      ENGINE_CLOCK_CONTROLLED: 'true',
      ENGINE_GRPC_PORT: '26610',
      ZEEBE_GRPC_ADDRESS: 'zeebe:26500',
      ZEEBE_REST_ADDRESS: 'http://zeebe:8080',
    });
    // then
    expect(c.ENGINE_CLOCK_CONTROLLED).to.equal(true);
    expect(c.ENGINE_GRPC_PORT).to.equal(26610);
    expect(c.ZEEBE_GRPC_ADDRESS).to.equal('zeebe:26500');
    expect(c.ZEEBE_REST_ADDRESS).to.equal('http://zeebe:8080');
  });

  it('when a value is bad, throws a ConfigError naming the key', () => {
    // given
    const cases: [Record<string, string>, string][] = [
      [{ ZEEBE_VERSION: '9' }, 'ZEEBE_VERSION'],
      [{ ZEEBE_GRPC_ADDRESS: 'http://zeebe:26500' }, 'ZEEBE_GRPC_ADDRESS'],
      [{ ZEEBE_REST_ADDRESS: 'zeebe:8080' }, 'ZEEBE_REST_ADDRESS'],
      [{ ZEEBE_MANAGEMENT_ADDRESS: 'ftp://zeebe' }, 'ZEEBE_MANAGEMENT_ADDRESS'],
      [{ ENGINE_CLOCK_CONTROLLED: 'sometimes' }, 'ENGINE_CLOCK_CONTROLLED'],
      [{ ENGINE_GRPC_PORT: '0' }, 'ENGINE_GRPC_PORT'],
      [{ ENGINE_REST_PORT: '8080.5' }, 'ENGINE_REST_PORT'],
      [{ ENGINE_MANAGEMENT_PORT: '65536' }, 'ENGINE_MANAGEMENT_PORT'],
      [{ ENGINE_HEAP: '1gb' }, 'ENGINE_HEAP'],
    ];
    for (const [env, key] of cases) {
      // when
      const err = thrownBy(() => loadEngineConfig(env));
      // then
      expect(err, key).to.be.instanceOf(ConfigError);
      expect(err.message, key).to.include(key);
    }
  });
});

describe('database configuration', () => {
  it('when nothing is set, uses the embedded PostgreSQL and a day of retention', () => {
    // given / when / then
    expect(loadDbConfig({})).to.deep.equal({
      EMBEDDED_PG_PORT: 55432,
      PROJECTOR_RETENTION_HOURS: 24,
    });
  });

  it('when values are strings from the environment, coerces them to their types', () => {
    // given / when
    const c = loadDbConfig({
      DATABASE_URL: 'postgresql://itsm:pw@db:5432/itsm',
      EMBEDDED_PG_PORT: '55500',
      PROJECTOR_RETENTION_HOURS: '0.5',
    });
    // then
    expect(c.DATABASE_URL).to.equal('postgresql://itsm:pw@db:5432/itsm');
    expect(c.EMBEDDED_PG_PORT).to.equal(55500);
    expect(c.PROJECTOR_RETENTION_HOURS).to.equal(0.5);
  });

  it('when a value is bad, throws a ConfigError naming the key', () => {
    // given
    const cases: [Record<string, string>, string][] = [
      [{ DATABASE_URL: 'mysql://db/itsm' }, 'DATABASE_URL'],
      [{ EMBEDDED_PG_PORT: 'pg' }, 'EMBEDDED_PG_PORT'],
      [{ PROJECTOR_RETENTION_HOURS: '-1' }, 'PROJECTOR_RETENTION_HOURS'],
      [{ PROJECTOR_RETENTION_HOURS: '9000' }, 'PROJECTOR_RETENTION_HOURS'],
    ];
    for (const [env, key] of cases) {
      // when
      const err = thrownBy(() => loadDbConfig(env));
      // then
      expect(err, key).to.be.instanceOf(ConfigError);
      expect(err.message, key).to.include(key);
    }
  });

  it('when a postgres URL is given to the exporter, converts it to JDBC with decoded credentials', () => {
    // given / when
    const jdbc = toJdbc('postgres://it%40sm:p%3Aw@db.local:5433/itsm?sslmode=require');
    // then
    expect(jdbc).to.deep.equal({
      jdbcUrl: 'jdbc:postgresql://db.local:5433/itsm?sslmode=require',
      username: 'it@sm',
      password: 'p:w',
    });
    expect(toJdbc('postgres://u:p@db/').jdbcUrl).to.equal('jdbc:postgresql://db:5432/postgres');
  });
});
