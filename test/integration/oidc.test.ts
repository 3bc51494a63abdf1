import { expect } from 'chai';
import { createUserRepository } from '../../db/repositories/users.repository.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { api } from '../helpers/api.ts';
import {
  signInThroughProvider,
  startTestOidcProvider,
  type BrowserTrip,
  type TestOidcProvider,
} from '../helpers/oidc-provider.ts';
import { testContext } from '../helpers/test-platform.ts';

interface SessionAnswer {
  token: string;
  expiresAt: string;
  user: { username: string; displayName: string; roles: string[] };
}
interface ErrorBody {
  error: { code: string; message: string; details: { field: string; message: string }[] };
}

const RUN = Date.now().toString(36);
const MAPPING = [
  { group: 'itsm-service-desk', roles: ['requester', 'service-desk'] },
  { group: 'itsm-incident-managers', roles: ['incident-manager'] },
];

/** The session the browser of a trip takes after a sign-in through the provider. */
async function takeSession(trip: BrowserTrip): Promise<{ status: number; body: SessionAnswer }> {
  const res = await trip.fetch('/api/auth/oidc/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  return { status: res.status, body: (await res.json()) as SessionAnswer };
}

describe('sign-in through the company directory (OpenID Connect)', function () {
  this.timeout(60_000);
  let directory: TestOidcProvider;
  let url: string;

  before(async () => {
    url = testContext().platform.url!;
    directory = await startTestOidcProvider(url);
    testContext().platform.services.oidc.configure(directory.settings);
    const res = await api('PUT', '/api/auth/oidc/group-roles', {
      as: 'admin',
      body: { items: MAPPING },
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
  });

  after(async () => {
    await api('PUT', '/api/auth/oidc/group-roles', { as: 'admin', body: { items: [] } });
    testContext().platform.services.oidc.configure(undefined);
    await directory?.stop();
  });

  it('when a directory user in a mapped group signs in for the first time, creates the user with the mapped roles and issues a normal session once', async () => {
    // given
    const username = `li.wei.${RUN}`;
    directory.accounts.set(`sub-liwei-${RUN}`, {
      sub: `sub-liwei-${RUN}`,
      preferred_username: username,
      name: 'Li Wei',
      groups: ['itsm-service-desk', 'some-other-group'],
    });
    // when
    const trip = await signInThroughProvider(url, `sub-liwei-${RUN}`);
    const session = await takeSession(trip);
    const again = await takeSession(trip);
    const me = await api<{ username: string; displayName: string; roles: string[] }>(
      'GET',
      '/api/me',
      { token: session.body.token },
    );
    // then
    expect(trip.finalUrl.pathname).to.equal('/');
    expect(trip.finalUrl.hash).to.equal('#/login');
    expect(trip.finalUrl.searchParams.get('oidc')).to.equal('signed-in');
    expect(session.status).to.equal(200);
    expect(session.body.user).to.deep.include({ username, displayName: 'Li Wei' });
    expect(session.body.user.roles).to.deep.equal(['requester', 'service-desk']);
    expect(again.status, 'the token is handed out once').to.equal(401);
    expect(me.status).to.equal(200);
    expect(me.body.username).to.equal(username);
    expect(me.body.roles).to.deep.equal(['requester', 'service-desk']);
    const db = testContext().platform.db;
    const row = await db('users').where({ username }).first('id', 'auth_source');
    expect(row.auth_source).to.equal('oidc');
    const identity = await db('user_identities').where({ user_id: row.id }).first();
    expect(identity).to.include({ issuer: directory.issuer, subject: `sub-liwei-${RUN}` });
    const audit = await db('audit_log').where({ record_id: row.id, action: 'oidc-created' });
    expect(audit).to.have.length(1);
  });

  it('when a user created by the directory tries a password, answers 401: they have none', async () => {
    // given
    const sub = `sub-nopw-${RUN}`;
    const username = `sun.li.${RUN}`;
    directory.accounts.set(sub, {
      sub,
      preferred_username: username,
      groups: ['itsm-service-desk'],
    });
    expect((await takeSession(await signInThroughProvider(url, sub))).status).to.equal(200);
    // when
    const res = await api<ErrorBody>('POST', '/api/auth/login', {
      body: { username, password: 'anything-at-all' },
    });
    // then
    expect(res.status).to.equal(401);
    expect(res.body.error.code).to.equal('UNAUTHENTICATED');
  });

  it('when the user cancels at the provider, or the provider gives no preferred_username, refuses with its own message and creates nobody', async () => {
    // given
    const cancelSub = `sub-cancel-${RUN}`;
    directory.accounts.set(cancelSub, {
      sub: cancelSub,
      preferred_username: `cancel.${RUN}`,
      groups: ['itsm-service-desk'],
    });
    const nameless = `sub-nameless-${RUN}`;
    directory.accounts.set(nameless, { sub: nameless, groups: ['itsm-service-desk'] });
    // when
    const cancelled = await signInThroughProvider(url, cancelSub, { cancel: true });
    const noName = await signInThroughProvider(url, nameless);
    // then
    expect(cancelled.finalUrl.searchParams.get('oidc-error')).to.equal('provider-error');
    expect(noName.finalUrl.searchParams.get('oidc-error')).to.equal('no-username');
    const db = testContext().platform.db;
    expect(await db('users').where({ username: `cancel.${RUN}` })).to.have.length(0);
    expect(await db('user_identities').whereIn('subject', [cancelSub, nameless])).to.have.length(0);
  });

  it('when the groups of a directory user change, the next sign-in replaces their roles by the mapping and keeps the same user', async () => {
    // given
    const sub = `sub-chen-${RUN}`;
    const username = `chen.jie.${RUN}`;
    directory.accounts.set(sub, {
      sub,
      preferred_username: username,
      groups: ['itsm-service-desk'],
    });
    const first = await takeSession(await signInThroughProvider(url, sub));
    directory.accounts.set(sub, {
      sub,
      preferred_username: username,
      groups: ['itsm-incident-managers'],
    });
    // when
    const second = await takeSession(await signInThroughProvider(url, sub));
    // then
    expect(first.body.user.roles).to.deep.equal(['requester', 'service-desk']);
    expect(second.status).to.equal(200);
    expect(second.body.user.username).to.equal(username);
    expect(second.body.user.roles).to.deep.equal(['incident-manager']);
    const me = await api<{ roles: string[] }>('GET', '/api/me', { token: first.body.token });
    expect(me.body.roles, 'roles are read per request').to.deep.equal(['incident-manager']);
    const users = await testContext().platform.db('users').where({ username });
    expect(users).to.have.length(1);
  });

  it('when a directory user has no mapped group, refuses with the unmapped message, creates no user and issues no session', async () => {
    // given
    const sub = `sub-sales-${RUN}`;
    const username = `wang.fang.${RUN}`;
    directory.accounts.set(sub, { sub, preferred_username: username, groups: ['sales-team'] });
    // when
    const trip = await signInThroughProvider(url, sub);
    const session = await takeSession(trip);
    // then
    expect(trip.finalUrl.searchParams.get('oidc-error')).to.equal('unmapped');
    expect(trip.finalUrl.hash).to.equal('#/login');
    expect(session.status).to.equal(401);
    expect(await testContext().platform.db('users').where({ username })).to.have.length(0);
  });

  it('when a local user has the preferred_username, refuses until an admin links them; then signs in as that user', async () => {
    // given: a local user with a password
    const username = `zhang.min.${RUN}`;
    const users = createUserRepository(testContext().platform.db);
    await users.upsert({
      username,
      displayName: 'Zhang Min (local)',
      passwordHash: await hashPassword('local-password-123'),
      roles: ['auditor'],
      at: new Date(),
    });
    const sub = `sub-zhang-${RUN}`;
    directory.accounts.set(sub, {
      sub,
      preferred_username: username,
      groups: ['itsm-service-desk'],
    });
    // when
    const refused = await signInThroughProvider(url, sub);
    const refusedSession = await takeSession(refused);
    const local = await users.findByUsername(username);
    const link = await api<{ username: string; identities: { issuer: string; subject: string }[] }>(
      'POST',
      `/api/users/${username}/identities`,
      { as: 'admin', body: { subject: refused.finalUrl.searchParams.get('oidc-subject') } },
    );
    const linkAgain = await api<ErrorBody>('POST', `/api/users/${username}/identities`, {
      as: 'admin',
      body: { subject: sub },
    });
    const accepted = await takeSession(await signInThroughProvider(url, sub));
    const password = await api('POST', '/api/auth/login', {
      body: { username, password: 'local-password-123' },
    });
    // then
    expect(refused.finalUrl.searchParams.get('oidc-error')).to.equal('clash');
    expect(refused.finalUrl.searchParams.get('oidc-subject')).to.equal(sub);
    expect(refusedSession.status).to.equal(401);
    expect(local!.roles, 'the refused sign-in changed nothing').to.deep.equal(['auditor']);
    expect(link.status).to.equal(201);
    expect(link.body).to.deep.equal({
      username,
      identities: [{ issuer: directory.issuer, subject: sub }],
    });
    expect(linkAgain.status).to.equal(409);
    expect(linkAgain.body.error.message).to.include(username);
    expect(accepted.status).to.equal(200);
    expect(accepted.body.user.username).to.equal(username);
    expect(accepted.body.user.roles).to.deep.equal(['requester', 'service-desk']);
    expect(password.status, 'the local password keeps working').to.equal(200);
    const audit = await testContext()
      .platform.db('audit_log')
      .where({ record_id: local!.id, action: 'link-identity' })
      .first('actor');
    expect(audit.actor).to.equal('admin');
  });

  it('when a callback is replayed, forged or arrives in another browser, refuses it as expired', async () => {
    // given
    const sub = `sub-replay-${RUN}`;
    directory.accounts.set(sub, {
      sub,
      preferred_username: `replay.${RUN}`,
      groups: ['itsm-service-desk'],
    });
    const trip = await signInThroughProvider(url, sub);
    const callback = trip.visited.find((u) => u.pathname === '/api/auth/oidc/callback')!;
    // when
    const replayed = await trip.fetch(callback.href, { redirect: 'manual' });
    const otherBrowser = await fetch(callback.href, { redirect: 'manual' });
    const forged = await fetch(`${url}/api/auth/oidc/callback?code=abc&state=made-up`, {
      redirect: 'manual',
    });
    // then
    expect(trip.finalUrl.searchParams.get('oidc')).to.equal('signed-in');
    for (const res of [replayed, otherBrowser, forged]) {
      expect(res.status).to.equal(302);
      const to = new URL(res.headers.get('location')!, url);
      expect(to.searchParams.get('oidc-error')).to.equal('expired');
    }
  });

  it('when a started sign-in comes back in a browser without its cookie, refuses it and signs nobody in', async () => {
    // given: the start in one browser, the provider's answer carried to another
    const sub = `sub-csrf-${RUN}`;
    directory.accounts.set(sub, {
      sub,
      preferred_username: `csrf.${RUN}`,
      groups: ['itsm-service-desk'],
    });
    const start = await fetch(`${url}/api/auth/oidc/start`, { redirect: 'manual' });
    const authorizeUrl = new URL(start.headers.get('location')!);
    // when: the victim's browser follows the attacker's authorization from the provider on
    const trip = await signInThroughProvider(url, sub, { startUrl: authorizeUrl.href });
    // then
    expect(start.status).to.equal(302);
    expect(start.headers.get('set-cookie')).to.match(
      /itsm_oidc=.+; Path=\/api\/auth\/oidc; Max-Age=600; HttpOnly; SameSite=Lax/,
    );
    expect(authorizeUrl.searchParams.get('code_challenge_method')).to.equal('S256');
    expect(authorizeUrl.searchParams.get('nonce')).to.be.a('string');
    expect(trip.finalUrl.searchParams.get('oidc-error')).to.equal('expired');
    expect(
      await testContext()
        .platform.db('users')
        .where({ username: `csrf.${RUN}` }),
    ).to.have.length(0);
  });

  it('when the admin saves a mapping with a role that does not exist, answers 400 naming the row and keeps the table', async () => {
    // given
    const before = await api<{ items: unknown[] }>('GET', '/api/auth/oidc/group-roles', {
      as: 'admin',
    });
    // when
    const res = await api<ErrorBody>('PUT', '/api/auth/oidc/group-roles', {
      as: 'admin',
      body: {
        items: [
          { group: 'itsm-service-desk', roles: ['service-desk'] },
          { group: 'ops', roles: ['resolver-l2', 'chief-wizard'] },
        ],
      },
    });
    const after = await api<{ items: unknown[] }>('GET', '/api/auth/oidc/group-roles', {
      as: 'admin',
    });
    // then
    expect(res.status).to.equal(400);
    expect(res.body.error.details).to.deep.equal([
      { field: 'items/1/roles/1', message: 'no role or assignment group chief-wizard' },
    ]);
    expect(after.body.items).to.deep.equal(before.body.items);
    expect(before.body.items).to.have.deep.members(MAPPING);
  });

  it('when sign-in through the directory is not configured, the login page offers no button and start goes back to the login page', async () => {
    // given
    testContext().platform.services.oidc.configure(undefined);
    try {
      // when
      const config = await api('GET', '/api/auth/oidc/config');
      const start = await fetch(`${url}/api/auth/oidc/start`, { redirect: 'manual' });
      // then
      expect(config.body).to.deep.equal({ enabled: false });
      expect(start.status).to.equal(302);
      expect(new URL(start.headers.get('location')!, url).searchParams.get('oidc-error')).to.equal(
        'disabled',
      );
    } finally {
      testContext().platform.services.oidc.configure(directory.settings);
    }
    const enabled = await api('GET', '/api/auth/oidc/config');
    expect(enabled.body).to.deep.equal({ enabled: true, label: 'Test directory' });
  });
});
