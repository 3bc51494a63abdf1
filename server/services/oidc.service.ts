import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import * as client from 'openid-client';
import { createAuditRepository } from '../../db/repositories/audit.repository.ts';
import { createOidcRepository, type GroupRoles } from '../../db/repositories/oidc.repository.ts';
import { createUserRepository, type User } from '../../db/repositories/users.repository.ts';
import type { Logger } from '../../lib/logger.ts';
import { isLoopbackHttp, type OidcSettings } from '../auth/oidc-config.ts';
import { UNKNOWN_USER_HASH } from '../auth/passwords.ts';
import { ROLE_IDS } from '../auth/roles.ts';
import { InputError, NotFoundError, ConflictError, UnauthenticatedError } from '../errors.ts';
import type { AuthService } from './auth.service.ts';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** How long a browser has at the provider before its sign-in is forgotten. */
export const SIGN_IN_MINUTES = 10;
/** How long the UI has to take its token once the provider's answer was accepted. */
const ACCEPTED_SECONDS = 120;

/**
 * Why a sign-in through the provider was refused; the login page shows each in words
 * (ui/src/i18n.ts `login.oidc.<code>`).
 */
export type OidcRefusal =
  | 'disabled'
  | 'unavailable'
  | 'provider-error'
  | 'expired'
  | 'failed'
  | 'no-username'
  | 'clash'
  | 'unmapped'
  | 'inactive';

/** The outcome of the provider's callback. */
export type CallbackOutcome =
  { ok: true; username: string } | { ok: false; refusal: OidcRefusal; subject?: string };

/** A username from the provider: letters, digits and `._@-`, as a local username may be. */
const USERNAME = /^[\p{L}\p{N}._@-]{1,100}$/u;

/** The roles a mapping table gives to a user with these groups. */
export function mappedRoles(table: readonly GroupRoles[], groups: readonly string[]): string[] {
  const member = new Set(groups);
  return [...new Set(table.filter((g) => member.has(g.group)).flatMap((g) => g.roles))].sort();
}

/** The groups in a claim value: an array of strings, or one string. */
function groupsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string');
  return [];
}

/**
 * Sign-in through the company directory with OpenID Connect (authorization code with PKCE
 * S256, state and nonce), as a relying party built on `openid-client`:
 * - `start` sends the browser to the provider; the state's hash, the PKCE verifier and the
 *   nonce are kept in `oidc_sign_ins`, bound to a random value in an httpOnly cookie, so the
 *   answer is accepted only in the browser that asked (no login CSRF);
 * - `callback` checks the provider's answer, finds the user by (issuer, subject), creates one
 *   at first sign-in from `preferred_username` (refused when a local user has that name until
 *   an admin links them), and replaces their roles with those the group table maps;
 * - `takeSession` hands the same browser its sign-in token (auth.issueToken, as a password
 *   sign-in does), once.
 */
export function createOidcService(deps: {
  db: Knex;
  auth: AuthService;
  log: Logger;
  settings?: OidcSettings;
  /** Epoch milliseconds; Date.now by default (technical time, like token expiries). */
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  let settings = deps.settings;
  let discovered: Promise<client.Configuration> | undefined;
  const users = createUserRepository(deps.db);
  const oidc = createOidcRepository(deps.db);
  const audit = createAuditRepository(deps.db);

  /** The provider's configuration, discovered once (again after a failure). */
  function provider(s: OidcSettings): Promise<client.Configuration> {
    discovered ??= client
      .discovery(
        new URL(s.issuer),
        s.clientId,
        undefined,
        s.clientSecret ? client.ClientSecretBasic(s.clientSecret) : client.None(),
        isLoopbackHttp(new URL(s.issuer)) ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((err: unknown) => {
        discovered = undefined;
        throw err;
      });
    return discovered;
  }

  /** The login page with the outcome in its query (relative: the UI is on the callback's origin). */
  function uiUrl(query: Record<string, string>): string {
    return `/?${new URLSearchParams(query).toString()}#/login`;
  }

  async function refuse(
    refusal: OidcRefusal,
    detail: Record<string, unknown>,
  ): Promise<CallbackOutcome> {
    deps.log.warn(`OpenID Connect sign-in refused (${refusal}): ${JSON.stringify(detail)}`);
    return {
      ok: false,
      refusal,
      ...(typeof detail.subject === 'string' ? { subject: detail.subject } : {}),
    };
  }

  /** The user a verified identity signs in as, or why not. */
  async function userFor(
    s: OidcSettings,
    claims: Record<string, unknown>,
    groups: string[],
  ): Promise<{ user: User } | { refusal: OidcRefusal; detail: Record<string, unknown> }> {
    const subject = String(claims.sub);
    const username = claims.preferred_username;
    const linked = await oidc.userOfIdentity(s.issuer, subject);
    const roles = mappedRoles(await oidc.groupRoles(), groups);
    if (!roles.length) return { refusal: 'unmapped', detail: { subject, groups: groups.length } };
    const at = new Date(now());
    let userId = linked;
    if (!userId) {
      if (typeof username !== 'string' || !USERNAME.test(username))
        return { refusal: 'no-username', detail: { subject } };
      const displayName =
        typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : username;
      const email = typeof claims.email === 'string' ? claims.email : undefined;
      const created = await deps.db.transaction(async (trx) => {
        const id = await createUserRepository(trx).createExternal({
          username,
          displayName: displayName.slice(0, 200),
          email,
          authSource: 'oidc',
          passwordHash: UNKNOWN_USER_HASH,
          at,
        });
        if (!id) return undefined;
        await createOidcRepository(trx).link({
          userId: id,
          issuer: s.issuer,
          subject,
          linkedBy: 'oidc-first-sign-in',
          at,
        });
        await createAuditRepository(trx).append({
          table: 'users',
          recordId: id,
          action: 'oidc-created',
          after: { username, issuer: s.issuer, subject, roles },
          actor: username,
          at,
        });
        return id;
      });
      if (!created) return { refusal: 'clash', detail: { subject, username } };
      userId = created;
    }
    const before = await users.get(userId);
    if (!before || !before.active) return { refusal: 'inactive', detail: { subject } };
    if (before.roles.join(',') !== roles.join(',')) {
      await users.replaceRoles(userId, roles);
      await audit.append({
        table: 'users',
        recordId: userId,
        action: 'oidc-roles',
        before: { roles: before.roles },
        after: { roles },
        actor: before.username,
        at,
      });
    }
    return { user: { ...before, roles } };
  }

  return {
    /** Points the service at another provider (tests), or turns it off with undefined. */
    configure(next: OidcSettings | undefined): void {
      settings = next;
      discovered = undefined;
    },
    /** What the login page needs: whether the button shows, and its label. */
    publicConfig(): { enabled: boolean; label?: string } {
      return settings ? { enabled: true, label: settings.displayName } : { enabled: false };
    },
    /** The issuer a link defaults to. */
    issuer(): string | undefined {
      return settings?.issuer;
    },
    /** Where the UI shows the outcome of a sign-in. */
    uiUrl,
    /** Whether the browser reaches this server over https (the binding cookie is then Secure). */
    secure(): boolean {
      return settings?.redirectUri.startsWith('https:') ?? false;
    },
    /**
     * Begins a sign-in: the provider's authorization URL, and the browser binding to set as
     * an httpOnly cookie. Refused when the feature is off or the provider cannot be reached.
     */
    async start(): Promise<{ url: string; binding: string } | { refusal: OidcRefusal }> {
      const s = settings;
      if (!s) return { refusal: 'disabled' };
      let config: client.Configuration;
      try {
        config = await provider(s);
      } catch (err) {
        deps.log.warn(`OpenID Connect provider ${s.issuer} unavailable: ${(err as Error).message}`);
        return { refusal: 'unavailable' };
      }
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const binding = randomBytes(32).toString('base64url');
      await oidc.deleteExpired(new Date(now()));
      await oidc.savePending({
        stateHash: sha256(state),
        bindingHash: sha256(binding),
        codeVerifier,
        nonce,
        expiresAt: new Date(now() + SIGN_IN_MINUTES * 60_000),
      });
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: s.redirectUri,
        scope: s.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, binding };
    },
    /**
     * The provider's answer (the callback's query) in the browser with this binding: checks
     * it (state, PKCE, ID token signature, issuer, audience, nonce) and settles the user.
     */
    async callback(
      query: Record<string, string | undefined>,
      binding: string | undefined,
    ): Promise<CallbackOutcome> {
      const s = settings;
      if (!s) return refuse('disabled', {});
      if (query.error && !query.state)
        return refuse('provider-error', { error: query.error.slice(0, 100) });
      const pending = query.state ? await oidc.takePending(sha256(query.state)) : undefined;
      if (
        !pending ||
        !binding ||
        pending.bindingHash !== sha256(binding) ||
        pending.expiresAt.getTime() <= now() ||
        !pending.codeVerifier ||
        !pending.nonce
      )
        return refuse('expired', { known: Boolean(pending), cookie: Boolean(binding) });
      if (query.error) return refuse('provider-error', { error: query.error.slice(0, 100) });
      const currentUrl = new URL(s.redirectUri);
      for (const [k, v] of Object.entries(query))
        if (v !== undefined) currentUrl.searchParams.set(k, v);
      let claims: Record<string, unknown>;
      let groups: string[];
      try {
        const config = await provider(s);
        const tokens = await client.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: query.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        claims = { ...(tokens.claims() ?? {}) };
        // Providers put groups (and the username) in the ID token or only in userinfo.
        if (claims[s.groupsClaim] === undefined || claims.preferred_username === undefined) {
          const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
          claims = { ...info, ...claims };
          if (claims[s.groupsClaim] === undefined) claims[s.groupsClaim] = info[s.groupsClaim];
        }
        groups = groupsOf(claims[s.groupsClaim]);
      } catch (err) {
        // The library's messages name the check that failed; they carry no code or token.
        return refuse('failed', { reason: (err as Error).message });
      }
      const found = await userFor(s, claims, groups);
      if ('refusal' in found) return refuse(found.refusal, found.detail);
      await oidc.saveAccepted({
        stateHash: sha256(query.state!),
        bindingHash: pending.bindingHash,
        userId: found.user.id,
        expiresAt: new Date(now() + ACCEPTED_SECONDS * 1000),
      });
      deps.log.info(`Signed in through OpenID Connect: ${found.user.username}`);
      return { ok: true, username: found.user.username };
    },
    /** The sign-in token of the browser whose sign-in was accepted; once. */
    async takeSession(
      binding: string | undefined,
    ): Promise<Awaited<ReturnType<AuthService['issueToken']>>> {
      const accepted = binding
        ? await oidc.takeAccepted(sha256(binding), new Date(now()))
        : undefined;
      if (!accepted)
        throw new UnauthenticatedError(
          'No sign-in through the directory is waiting for this browser; sign in again',
        );
      const user = await users.get(accepted.userId);
      if (!user || !user.active) throw new UnauthenticatedError('The user no longer exists');
      return deps.auth.issueToken(user);
    },
    /** The group → roles table. */
    groupRoles(): Promise<GroupRoles[]> {
      return oidc.groupRoles();
    },
    /**
     * Replaces the group → roles table; 400 naming the row when a role does not exist (a
     * role of §0.2 or an assignment group's code) or a group is given twice.
     */
    async setGroupRoles(items: GroupRoles[], actor: string): Promise<GroupRoles[]> {
      const groupCodes = new Set(await oidc.assignmentGroupCodes());
      const known = (role: string) =>
        (ROLE_IDS as readonly string[]).includes(role) || groupCodes.has(role);
      const problems: { field: string; message: string }[] = [];
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.group))
          problems.push({
            field: `items/${i}/group`,
            message: `group ${item.group} is given twice`,
          });
        seen.add(item.group);
        item.roles.forEach((role, j) => {
          if (!known(role))
            problems.push({
              field: `items/${i}/roles/${j}`,
              message: `no role or assignment group ${role}`,
            });
        });
      });
      if (problems.length)
        throw new InputError(
          `The mapping has ${problems.length} problem(s): ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
          problems,
        );
      const next = items.map((i) => ({ group: i.group, roles: [...new Set(i.roles)].sort() }));
      await deps.db.transaction(async (trx) => {
        const repo = createOidcRepository(trx);
        const before = await repo.groupRoles();
        await repo.replaceGroupRoles(next);
        await createAuditRepository(trx).append({
          table: 'oidc_group_roles',
          recordId: 'mapping',
          action: 'replace',
          before,
          after: next,
          actor,
          at: new Date(now()),
        });
      });
      return oidc.groupRoles();
    },
    /**
     * Links a user to a provider identity (issuer, subject), so that sign-in through the
     * provider is that user: how an admin resolves a clash with a local user. 404 for an
     * unknown user, 409 when the identity is linked already.
     */
    async link(
      username: string,
      identity: { issuer?: string; subject: string },
      actor: string,
    ): Promise<{ username: string; identities: { issuer: string; subject: string }[] }> {
      const issuer = identity.issuer ?? settings?.issuer;
      if (!issuer)
        throw new InputError('issuer is required: OpenID Connect is not configured', [
          { field: 'issuer', message: 'is required when OIDC_ISSUER is not set' },
        ]);
      const user = await users.findByUsername(username);
      if (!user) throw new NotFoundError(`User ${username} does not exist`);
      const at = new Date(now());
      const linked = await deps.db.transaction(async (trx) => {
        const ok = await createOidcRepository(trx).link({
          userId: user.id,
          issuer,
          subject: identity.subject,
          linkedBy: actor,
          at,
        });
        if (ok)
          await createAuditRepository(trx).append({
            table: 'users',
            recordId: user.id,
            action: 'link-identity',
            after: { username, issuer, subject: identity.subject },
            actor,
            at,
          });
        return ok;
      });
      if (!linked) {
        const owner = await oidc.userOfIdentity(issuer, identity.subject);
        const ownerName = owner ? (await users.get(owner))?.username : undefined;
        throw new ConflictError(
          `This identity is linked already${ownerName ? ` to ${ownerName}` : ''}`,
          'IDENTITY_LINKED',
        );
      }
      return { username, identities: await oidc.identitiesOf(user.id) };
    },
  };
}
export type OidcService = ReturnType<typeof createOidcService>;
