import { expect } from 'chai';
import { assertClockControlAllowed, loadEngineConfig } from '../../../engine/config.ts';
import { developmentSetting, isLoopbackHost } from '../../../lib/dev-setting.ts';
import { ConfigError } from '../../../lib/env-config.ts';
import { loadServerConfig } from '../../../server/config.ts';

/** Runs `load` and returns what it threw. */
function thrownBy(load: () => unknown): Error {
  try {
    load();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error, nothing was thrown');
}

describe('development setting (lib/dev-setting.ts)', () => {
  it('when HOST is a loopback address or unset and NODE_ENV is unset, development or test, is development', () => {
    const cases = [
      {},
      { HOST: '127.0.0.1' },
      { HOST: 'localhost', NODE_ENV: 'development' },
      { HOST: '::1', NODE_ENV: 'test' },
      { HOST: '[::1]' },
      { HOST: '127.1.2.3', NODE_ENV: '' },
    ];
    for (const env of cases)
      expect(developmentSetting(env), JSON.stringify(env)).to.deep.equal({ development: true });
  });

  it('when NODE_ENV is anything else or HOST is not loopback, is production-like and says why', () => {
    const cases: [Record<string, string>, string][] = [
      [{ NODE_ENV: 'production' }, 'NODE_ENV=production'],
      [{ NODE_ENV: 'prod' }, 'NODE_ENV=prod'],
      [{ NODE_ENV: 'staging', HOST: '127.0.0.1' }, 'NODE_ENV=staging'],
      [{ HOST: '0.0.0.0' }, 'HOST=0.0.0.0 is not a loopback address'],
      [{ HOST: '::' }, 'HOST=:: is not a loopback address'],
      [{ HOST: '192.168.1.10', NODE_ENV: 'development' }, 'HOST=192.168.1.10'],
      [{ HOST: 'itsm.example.com' }, 'HOST=itsm.example.com'],
      [{ HOST: '127.0.0.1.example.com' }, 'HOST=127.0.0.1.example.com'],
    ];
    for (const [env, reason] of cases) {
      const s = developmentSetting(env);
      expect(s.development, JSON.stringify(env)).to.equal(false);
      expect(s.reason, JSON.stringify(env)).to.include(reason);
    }
  });

  it('when a host looks like 127.x but is not an IPv4 address, is not loopback', () => {
    expect(isLoopbackHost('127.0.0.256')).to.equal(false);
    expect(isLoopbackHost('127.0.0')).to.equal(false);
    expect(isLoopbackHost('::ffff:127.0.0.1')).to.equal(true);
  });
});

describe('development users and clock control outside development', () => {
  it('when nothing is set (a fresh clone), seeds the development users', () => {
    expect(loadServerConfig({}).SEED_DEV_USERS).to.equal(true);
    expect(loadServerConfig({ NODE_ENV: 'test' }).SEED_DEV_USERS).to.equal(true);
  });

  it('when the setting is production-like, seeds none by default', () => {
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'prod' }, { HOST: '0.0.0.0' }])
      expect(loadServerConfig(env).SEED_DEV_USERS, JSON.stringify(env)).to.equal(false);
  });

  it('when SEED_DEV_USERS=true in a production-like setting, refuses and says why', () => {
    for (const [env, why] of [
      [{ NODE_ENV: 'production', SEED_DEV_USERS: 'true' }, 'NODE_ENV=production'],
      [{ HOST: '0.0.0.0', SEED_DEV_USERS: 'true' }, 'HOST=0.0.0.0'],
    ] as const) {
      const err = thrownBy(() => loadServerConfig(env));
      expect(err).to.be.instanceOf(ConfigError);
      expect(err.message).to.include('SEED_DEV_USERS').and.to.include(why);
    }
  });

  it('when ADMIN_PASSWORD is a development password, refuses it', () => {
    const err = thrownBy(() => loadServerConfig({ ADMIN_PASSWORD: 'itsm-dev-password' }));
    expect(err).to.be.instanceOf(ConfigError);
    expect(err.message).to.include('ADMIN_PASSWORD');
    const own = thrownBy(() =>
      loadServerConfig({
        ADMIN_PASSWORD: 'a-shared-password',
        DEV_USER_PASSWORD: 'a-shared-password',
      }),
    );
    expect(own.message).to.include('ADMIN_PASSWORD');
  });

  it('when clock control is asked for in a production-like setting, refuses it', () => {
    for (const env of [
      { ENGINE_CLOCK_CONTROLLED: 'true', NODE_ENV: 'production' },
      { ENGINE_CLOCK_CONTROLLED: 'true', HOST: '0.0.0.0' },
    ]) {
      const err = thrownBy(() => loadEngineConfig(env));
      expect(err).to.be.instanceOf(ConfigError);
      expect(err.message).to.include('ENGINE_CLOCK_CONTROLLED');
    }
    expect(() => assertClockControlAllowed({ NODE_ENV: 'production' })).to.throw(ConfigError);
    expect(loadEngineConfig({ ENGINE_CLOCK_CONTROLLED: 'true' }).ENGINE_CLOCK_CONTROLLED).to.equal(
      true,
    );
    expect(loadEngineConfig({ NODE_ENV: 'production' }).ENGINE_CLOCK_CONTROLLED).to.equal(false);
  });
});
