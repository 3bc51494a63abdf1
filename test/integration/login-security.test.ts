import { expect } from 'chai';
import type { Knex } from 'knex';
import { createHash } from 'node:crypto';
import { createAuditRepository } from '../../db/repositories/audit.repository.ts';
import { createLoginAttemptRepository } from '../../db/repositories/login-attempts.repository.ts';
import { createUserRepository } from '../../db/repositories/users.repository.ts';
import { systemClock } from '../../lib/clock.ts';
import { hashPassword, SCRYPT_N, verifyPassword } from '../../server/auth/passwords.ts';
import { TooManyRequestsError, UnauthenticatedError } from '../../server/errors.ts';
import { createAuthService } from '../../server/services/auth.service.ts';
import { createLoginThrottle } from '../../server/services/login-throttle.service.ts';
import { testContext } from '../helpers/test-platform.ts';

const PASSWORD = 'login-security-pw-1';
const WRONG = 'login-security-WRONG';
const USERS = ['ls-alice', 'ls-bob', 'ls-carol', 'ls-dave', 'ls-erin'] as const;
const MINUTE = 60_000;

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { token?: string; error?: { code: string; message: string } };
  ms: number;
}

/** POST /api/auth/login over HTTP, with the answer's Retry-After and how long it took. */
async function login(username: string, password: string): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(`${testContext().platform.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as Answer['body'];
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body,
    ms: performance.now() - started,
  };
}

/** GET /api/me with a token. */
async function me(token: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${testContext().platform.url}/api/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** When the token was last recorded as used (auth_tokens.last_used_at), epoch ms. */
async function lastUsedAt(db: Knex, token: string): Promise<number | undefined> {
  const row = await db('auth_tokens')
    .where({ token_hash: hashOf(token) })
    .first('last_used_at');
  return row && new Date(row.last_used_at).getTime();
}

async function auditRows(db: Knex, recordId: string, action: string) {
  return db('audit_log').where({ table_name: 'login_throttle', record_id: recordId, action });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('login security: throttling, lockout, audit, scrypt cost, idle timeout', () => {
  let db: Knex;

  before(async () => {
    db = testContext().platform.db;
    const users = createUserRepository(db);
    const passwordHash = await hashPassword(PASSWORD);
    for (const username of USERS)
      await users.upsert({
        username,
        displayName: username,
        passwordHash,
        roles: ['requester'],
        at: new Date(),
      });
  });

  // Every test starts with no failures counted (from this file or others, all from 127.0.0.1).
  beforeEach(async () => {
    await db('login_throttle').delete();
  });
  after(async () => {
    await db('login_throttle').delete();
  });

  it('when an account fails 5 times, the 6th sign-in (even with the right password) answers 429 with Retry-After, without hashing', async () => {
    // given
    const failures: Answer[] = [];
    for (let i = 0; i < 5; i++) failures.push(await login('ls-alice', WRONG));
    // when
    const locked: Answer[] = [];
    for (let i = 0; i < 5; i++) locked.push(await login('ls-alice', PASSWORD));
    // then
    expect(failures.map((f) => f.status)).to.deep.equal([401, 401, 401, 401, 401]);
    for (const res of locked) {
      expect(res.status).to.equal(429);
      expect(res.body.error!.code).to.equal('TOO_MANY_REQUESTS');
      expect(res.body).not.to.have.property('token');
      expect(Number(res.retryAfter)).to.be.within(1, 60);
      expect(res.body.error!.message).to.match(/Too many failed sign-ins.*\d+ seconds/);
    }
    // A locked answer does no scrypt work: it is faster than any answer that did.
    expect(median(locked.map((r) => r.ms))).to.be.lessThan(Math.min(...failures.map((f) => f.ms)));
  });

  it('when an unknown username fails 5 times, it is locked with the same answer as a real one', async () => {
    // given
    for (let i = 0; i < 5; i++) await login('ls-alice', WRONG);
    for (let i = 0; i < 5; i++) await login('ls-nobody-here', WRONG);
    // when
    const real = await login('ls-alice', PASSWORD);
    const unknown = await login('ls-nobody-here', PASSWORD);
    // then
    expect(real.status).to.equal(429);
    expect(unknown.status).to.equal(429);
    expect(unknown.body.error!.message.replace(/\d+/g, 'n')).to.equal(
      real.body.error!.message.replace(/\d+/g, 'n'),
    );
  });

  it('when one account is locked, another account signs in from the same address', async () => {
    // given
    for (let i = 0; i < 5; i++) await login('ls-alice', WRONG);
    expect((await login('ls-alice', PASSWORD)).status).to.equal(429);
    // when
    const other = await login('ls-bob', PASSWORD);
    // then
    expect(other.status).to.equal(200);
    expect(other.body.token).to.be.a('string');
  });

  it('when an account signs in successfully, its failures are forgotten', async () => {
    // given
    for (let i = 0; i < 4; i++) expect((await login('ls-carol', WRONG)).status).to.equal(401);
    expect((await login('ls-carol', PASSWORD)).status).to.equal(200);
    // when: 4 more failures (8 since the start, 4 since the success)
    for (let i = 0; i < 4; i++) expect((await login('ls-carol', WRONG)).status).to.equal(401);
    const next = await login('ls-carol', PASSWORD);
    // then
    expect(next.status).to.equal(200);
  });

  it('when an address fails 20 times across usernames, every sign-in from it answers 429', async () => {
    // given: 4 failures each for 5 usernames, so no account reaches its own limit
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await login(`ls-spray-${i % 5}`, WRONG)).status);
    // when
    const res = await login('ls-dave', PASSWORD);
    // then
    expect(statuses.every((s) => s === 401)).to.equal(true);
    expect(res.status).to.equal(429);
    expect(Number(res.retryAfter)).to.be.within(1, 60);
    const row = await db('login_throttle').where({ kind: 'address' }).first();
    expect(row.key).to.equal('127.0.0.1');
    expect(row.locked_until).to.be.instanceOf(Date);
  });

  it('when the lock has run out, the right password signs in again', async () => {
    // given: locked, then the lock's end moved into the past (as if a minute went by)
    for (let i = 0; i < 5; i++) await login('ls-alice', WRONG);
    expect((await login('ls-alice', PASSWORD)).status).to.equal(429);
    await db('login_throttle')
      .where({ kind: 'account', key: 'ls-alice' })
      .update({ locked_until: new Date(Date.now() - 1000) });
    // when
    const res = await login('ls-alice', PASSWORD);
    // then
    expect(res.status).to.equal(200);
    expect(await db('login_throttle').where({ kind: 'account', key: 'ls-alice' }).first()).to.equal(
      undefined,
    );
  });

  it('when time passes (injected clock), a lock ends on time and the next one lasts twice as long', async () => {
    // given: the throttle on the real database, with a clock the test moves
    let t = Date.UTC(2026, 11, 7, 10, 0, 0);
    const throttle = createLoginThrottle({
      attempts: createLoginAttemptRepository(db),
      audit: createAuditRepository(db),
      now: () => t,
    });
    const refusal = async () =>
      throttle.check('ls-erin', '192.0.2.7').then(
        () => undefined,
        (err: unknown) => err,
      );
    for (let i = 0; i < 5; i++) await throttle.failed('ls-erin', '192.0.2.7');
    // when / then: locked for 60 s
    const first = await refusal();
    expect(first).to.be.instanceOf(TooManyRequestsError);
    expect((first as TooManyRequestsError).retryAfterSeconds).to.equal(60);
    t += 59_500;
    expect(((await refusal()) as TooManyRequestsError).retryAfterSeconds).to.equal(1);
    t += 500;
    expect(await refusal()).to.equal(undefined);
    // when: 5 more failures right after
    for (let i = 0; i < 5; i++) await throttle.failed('ls-erin', '192.0.2.7');
    // then: locked for 120 s
    expect(((await refusal()) as TooManyRequestsError).retryAfterSeconds).to.equal(120);
    t += 2 * MINUTE;
    expect(await refusal()).to.equal(undefined);
  });

  it('when sign-ins fail and an account locks, each failure and the lock are audited, never the password', async () => {
    // given
    const before = Number((await db('audit_log').max('id as id'))[0]!.id ?? 0);
    // when
    for (let i = 0; i < 5; i++) await login('ls-alice', WRONG);
    await login('ls-alice', PASSWORD);
    // then
    const failed = await auditRows(db, 'account:ls-alice', 'login-failed');
    const locks = await auditRows(db, 'account:ls-alice', 'login-locked');
    expect(failed.length).to.be.at.least(5);
    expect(failed.at(-1).after).to.deep.include({ username: 'ls-alice' });
    expect(failed.at(-1).after.address).to.match(/127\.0\.0\.1/);
    expect(locks.length).to.be.at.least(1);
    expect(new Date(locks.at(-1).after.lockedUntil).getTime()).to.be.greaterThan(Date.now());
    const added = await db('audit_log').where('id', '>', before);
    expect(added.length).to.equal(6, 'five failures and one lock; the 429 is not a failure');
    expect(JSON.stringify(added)).not.to.include(WRONG);
    expect(JSON.stringify(added)).not.to.include(PASSWORD);
  });

  it("when a user with an older-cost hash signs in, the hash is replaced by one of today's cost", async () => {
    // given
    const users = createUserRepository(db);
    await users.upsert({
      username: 'ls-old-hash',
      displayName: 'old hash',
      passwordHash: await hashPassword(PASSWORD, 2 ** 12),
      roles: ['requester'],
      at: new Date(),
    });
    // when
    const res = await login('ls-old-hash', PASSWORD);
    // then
    expect(res.status).to.equal(200);
    const stored = (await users.findByUsername('ls-old-hash'))!.passwordHash;
    expect(stored.split('$')[1]).to.equal(String(SCRYPT_N));
    expect(await verifyPassword(PASSWORD, stored)).to.equal(true);
    expect((await login('ls-old-hash', PASSWORD)).status).to.equal(200);
  });

  it('when a token has not been used for longer than the idle timeout, it is refused with 401 and deleted', async () => {
    // given: two tokens of a user, one last used 61 minutes ago, one 30 minutes ago
    const idle = (await login('ls-bob', PASSWORD)).body.token!;
    const recent = (await login('ls-bob', PASSWORD)).body.token!;
    await db('auth_tokens')
      .where({ token_hash: hashOf(idle) })
      .update({ last_used_at: new Date(Date.now() - 61 * MINUTE) });
    await db('auth_tokens')
      .where({ token_hash: hashOf(recent) })
      .update({ last_used_at: new Date(Date.now() - 30 * MINUTE) });
    // when
    const refused = await me(idle);
    const accepted = await me(recent);
    // then
    expect(refused.status).to.equal(401);
    expect((refused.body.error as { message: string }).message).to.match(
      /signed out after 60 minutes without activity/,
    );
    expect(
      await db('auth_tokens')
        .where({ token_hash: hashOf(idle) })
        .first(),
    ).to.equal(undefined);
    expect(accepted.status).to.equal(200);
    expect(Date.now() - (await lastUsedAt(db, recent))!).to.be.lessThan(MINUTE);
  });

  it('when time passes (injected clock), each use keeps a token alive, a use records itself at most once a minute, and idleness ends it', async () => {
    // given: the auth service on the real database, with a clock the test moves
    let t = Date.now();
    const users = createUserRepository(db);
    const auth = createAuthService({
      users,
      clock: systemClock,
      tokenTtlMinutes: 480,
      tokenIdleMinutes: 60,
      now: () => t,
    });
    const { token } = await auth.login('ls-bob', PASSWORD);
    // when / then: used 30 s later, not written again (at most once a minute)
    const created = t;
    t += 30_000;
    await auth.authenticate(token);
    expect(await lastUsedAt(db, token), 'not recorded within the minute').to.equal(created);
    // used after 59 and 118 minutes: alive, and each use is recorded
    t = created + 59 * MINUTE;
    expect((await auth.authenticate(token)).username).to.equal('ls-bob');
    expect(await lastUsedAt(db, token)).to.equal(t);
    t += 59 * MINUTE;
    expect((await auth.authenticate(token)).username).to.equal('ls-bob');
    expect(await lastUsedAt(db, token)).to.equal(t);
    // then: 61 minutes without use end it
    t += 61 * MINUTE;
    const err = await auth.authenticate(token).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(UnauthenticatedError);
    expect((err as Error).message).to.match(/60 minutes without activity/);
    t += 1000;
    const again = await auth.authenticate(token).catch((e: unknown) => e);
    expect((again as Error).message).to.match(/not valid/);
  });
});
