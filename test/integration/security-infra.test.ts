import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { APP_ROLE, EXPORTER_ROLE, urlWithLogin } from '../../db/roles.ts';
import { profileDir, projectRoot } from '../../lib/paths.ts';
import { startPlatform } from '../../platform/platform.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { log, TEST_PROFILE, testContext } from '../helpers/test-platform.ts';

const stateDir = profileDir(TEST_PROFILE);

/** Every regular file under `dir` (the postgres data folder included). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    const stat = lstatSync(file);
    if (stat.isDirectory()) out.push(...filesUnder(file));
    else if (stat.isFile()) out.push(file);
  }
  return out;
}

/** The error a query by `url` fails with ('' when it succeeds). */
async function failureOf(url: string, sql: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
    return '';
  } catch (err) {
    return (err as Error).message;
  } finally {
    await client.end();
  }
}

describe('security of the local installation (issue 16)', function () {
  this.timeout(120_000);

  describe('database roles', () => {
    it('when the platform runs, its connection is the app role, not a superuser', async () => {
      // given
      const { db } = testContext().platform;
      // when
      const { rows } = await db.raw(
        'select current_user as role, rolsuper from pg_roles where rolname = current_user',
      );
      // then
      expect(rows[0]).to.deep.equal({ role: APP_ROLE, rolsuper: false });
    });

    it('when the app role tries to create a role, read pg_authid or change the schema, is refused', async () => {
      // given
      const url = testContext().infra.databaseUrl;
      // when / then
      expect(await failureOf(url, 'create role intruder login')).to.match(/permission denied/);
      expect(await failureOf(url, 'select rolpassword from pg_authid')).to.match(
        /permission denied/,
      );
      expect(await failureOf(url, 'create table intruder (id int)')).to.match(/permission denied/);
      expect(await failureOf(url, 'drop table users')).to.match(/must be owner/);
      expect(await failureOf(url, 'delete from knex_migrations where false')).to.match(
        /permission denied/,
      );
      expect(await failureOf(url, 'select count(*) from users'), 'it reads its tables').to.equal(
        '',
      );
    });

    it('when the exporter role is used, it reaches only the engine records and its position', async () => {
      // given
      const password = readFileSync(path.join(stateDir, `${EXPORTER_ROLE}.password`), 'utf8');
      const url = urlWithLogin(testContext().infra.databaseUrl, { name: EXPORTER_ROLE, password });
      // when / then
      expect(await failureOf(url, 'select count(*) from engine_records')).to.equal('');
      expect(await failureOf(url, 'select count(*) from exporter_positions')).to.equal('');
      expect(await failureOf(url, 'select count(*) from users')).to.match(/permission denied/);
      expect(await failureOf(url, 'delete from engine_records where false')).to.match(
        /permission denied/,
      );
      expect(await failureOf(url, 'create role intruder login')).to.match(/permission denied/);
    });

    it('when the engine records something, the exporter (as its own role) writes it', async () => {
      // given
      const { platform } = testContext();
      const id = `security_exporter_${Date.now()}`;
      const xml =
        '<?xml version="1.0" encoding="UTF-8"?>' +
        '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
        'id="d" targetNamespace="http://bpmn.io/schema/bpmn">' +
        `<bpmn:process id="${id}" isExecutable="true"><bpmn:startEvent id="s"/></bpmn:process>` +
        '</bpmn:definitions>';
      // when
      await platform.engine.deploy([{ name: `${id}.bpmn`, content: Buffer.from(xml) }]);
      // then
      const deadline = Date.now() + 20_000;
      let found = 0;
      while (Date.now() < deadline && found === 0) {
        // The projector reads only what the exporter wrote (and prunes the raw rows at once here).
        const { rows } = await platform.db.raw(
          'select count(*)::int as n from process_definitions where process_id = ?',
          [id],
        );
        found = rows[0].n;
        if (!found) await new Promise((r) => setTimeout(r, 200));
      }
      const positions = await platform.db.raw('select count(*)::int as n from exporter_positions');
      expect(found, 'the deployed process reached the read model').to.be.greaterThan(0);
      expect(positions.rows[0].n).to.be.greaterThan(0);
    });
  });

  describe('secrets on disk and on the engine ports', () => {
    const secretFiles = ['postgres.password', `${APP_ROLE}.password`, `${EXPORTER_ROLE}.password`];
    const secrets = () =>
      secretFiles.map((f) => readFileSync(path.join(stateDir, f), 'utf8').trim());

    it('when the platform has started, the files holding secrets are mode 600', () => {
      for (const f of [...secretFiles, 'engine/config/application.yaml']) {
        const file = path.join(stateDir, f);
        expect(existsSync(file), f).to.equal(true);
        expect((lstatSync(file).mode & 0o777).toString(8), f).to.equal('600');
      }
      for (const f of ['postgres.log', 'engine/engine.log'])
        expect((lstatSync(path.join(stateDir, f)).mode & 0o077).toString(8), f).to.equal('0');
    });

    it('when the profile folder is searched, no file another user can read holds a password', () => {
      // given
      const passwords = secrets();
      expect(passwords.every((p) => p.length >= 16)).to.equal(true);
      // when
      const leaks: string[] = [];
      for (const file of filesUnder(stateDir)) {
        if ((lstatSync(file).mode & 0o044) === 0) continue;
        const content = readFileSync(file);
        for (const [i, p] of passwords.entries())
          if (content.includes(p))
            leaks.push(`${path.relative(stateDir, file)}: ${secretFiles[i]}`);
      }
      // then
      expect(leaks).to.deep.equal([]);
    });

    it('when the engine configuration and logs are read, none holds a password', () => {
      const passwords = secrets();
      for (const f of ['engine/config/application.yaml', 'engine/engine.log', 'postgres.log']) {
        const content = readFileSync(path.join(stateDir, f), 'utf8');
        for (const p of passwords) expect(content.includes(p), f).to.equal(false);
      }
    });

    it("when the engine's management port is asked for its environment, it shows no password", async () => {
      // given
      const { managementAddress } = testContext().infra.engine;
      const passwords = secrets();
      // when
      const bodies: string[] = [];
      for (const endpoint of ['env', 'configprops', 'exporters']) {
        const res = await fetch(`${managementAddress}/actuator/${endpoint}`);
        bodies.push(`${endpoint} ${res.status} ${await res.text()}`);
      }
      // then
      for (const body of bodies)
        for (const p of passwords) expect(body.includes(p), body.slice(0, 40)).to.equal(false);
    });
  });

  describe('development users outside development', () => {
    const stray = 'stray-dev-account';

    afterEach(async () => {
      await testContext().platform.db('users').where({ username: stray }).delete();
    });

    it('when the setting is production-like and a user has the published password, refuses to start and says how to remove it; after the command it starts', async () => {
      // given: a user with the default development password
      const { infra, platform } = testContext();
      await platform.db('users').insert({
        username: stray,
        display_name: 'Stray',
        password_hash: await hashPassword('itsm-dev-password'),
        created_at: new Date(),
      });
      const production = { NODE_ENV: 'production' };
      const options = {
        databaseUrl: infra.databaseUrl,
        engine: infra.engine,
        clockControlled: false,
        log,
        server: { host: '127.0.0.1', port: 0 },
        env: production,
      };

      // when
      const refusal = await startPlatform(options).then(
        async (p) => {
          await p.stop();
          return 'started';
        },
        (err: Error) => err.message,
      );
      // then
      expect(refusal).to.include('NODE_ENV=production').and.to.include(stray);
      expect(refusal).to.include('npm run users -- remove-dev');
      const uncheckedSql =
        'select u.username from users u left join dev_password_checks c on c.user_id = u.id' +
        ' where c.password_hash is distinct from u.password_hash';
      const unchecked = await platform.db.raw(uncheckedSql);
      expect(
        unchecked.rows.map((r: { username: string }) => r.username),
        'every other hash is recorded as checked, so the next start verifies only new ones',
      ).to.deep.equal([stray]);

      // when: the command the message names
      const env = { ...process.env, DATABASE_URL: infra.databaseUrl, DEV_USER_PASSWORD: '' };
      const run = spawnSync(
        path.join(projectRoot, 'node_modules', '.bin', 'tsx'),
        ['scripts/users.ts', 'remove-dev'],
        { cwd: projectRoot, env, encoding: 'utf8', timeout: 60_000 },
      );
      // then
      expect(run.status, run.stderr + run.stdout).to.equal(0);
      expect(run.stdout + run.stderr).to.include(`Removed 1 development user(s): ${stray}`);
      expect(await platform.db('users').where({ username: stray }).first()).to.equal(undefined);
      expect(
        await platform.db('users').where({ username: 'admin' }).first(),
        'users with other passwords stay',
      ).not.to.equal(undefined);

      // when: started again
      const again = await startPlatform(options);
      // then
      expect(again.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
      await again.stop();
      expect((await platform.db.raw(uncheckedSql)).rows).to.deep.equal([]);
    });

    it('when the setting is development, starts with development users present', async () => {
      // given
      const { infra } = testContext();
      // when
      const p = await startPlatform({
        databaseUrl: infra.databaseUrl,
        engine: infra.engine,
        clockControlled: false,
        log,
        server: { host: '127.0.0.1', port: 0 },
        env: { DEV_USER_PASSWORD: 'test-password-123' },
      });
      // then
      expect(p.url).to.be.a('string');
      await p.stop();
    });
  });
});
