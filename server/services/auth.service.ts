import { createHash, randomBytes } from 'node:crypto';
import type { UserRepository, User } from '../../db/repositories/users.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { ROLE_IDS, ROLES } from '../auth/roles.ts';
import { hashPassword, needsRehash, UNKNOWN_USER_HASH, verifyPassword } from '../auth/passwords.ts';
import { UnauthenticatedError } from '../errors.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A token unused for this long is refused (AUTH_TOKEN_IDLE_MINUTES overrides it). */
export const DEFAULT_TOKEN_IDLE_MINUTES = 60;

/** A token's last use is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Sign-in with username and password, and bearer tokens with an expiry and an idle timeout.
 * Token times are technical (real time from `now`, which tests move), not business time.
 */
export function createAuthService(deps: {
  users: UserRepository;
  clock: Clock;
  tokenTtlMinutes: number;
  tokenIdleMinutes?: number;
  /** Epoch milliseconds; Date.now by default. */
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  const idleMinutes = deps.tokenIdleMinutes ?? DEFAULT_TOKEN_IDLE_MINUTES;
  /** A new sign-in token for a user who proved who they are (password or OpenID Connect). */
  async function issueToken(user: User): Promise<{ token: string; expiresAt: Date; user: User }> {
    const token = randomBytes(32).toString('base64url');
    const created = new Date(now());
    const expiresAt = new Date(created.getTime() + deps.tokenTtlMinutes * 60_000);
    await deps.users.saveToken(hashToken(token), user.id, created, expiresAt);
    const publicUser: User = {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      locale: user.locale,
      active: user.active,
      roles: user.roles,
    };
    return { token, expiresAt, user: publicUser };
  }
  return {
    async login(
      username: string,
      password: string,
    ): Promise<{ token: string; expiresAt: Date; user: User }> {
      const user = await deps.users.findByUsername(username);
      // Verify even for unknown users so that timing does not tell which usernames exist.
      const ok = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
      if (!user || !ok || !user.active)
        throw new UnauthenticatedError('Wrong username or password');
      // A hash of an older cost is replaced while the password is at hand.
      if (needsRehash(user.passwordHash))
        await deps.users.setPasswordHash(user.id, await hashPassword(password));
      return issueToken(user);
    },
    issueToken,
    /**
     * The user a bearer token belongs to; 401 when unknown, expired or unused for longer
     * than the idle timeout (the token is then deleted). Records the use at most once a minute.
     */
    async authenticate(token: string): Promise<User> {
      const tokenHash = hashToken(token);
      const found = await deps.users.findSession(tokenHash);
      if (!found) throw new UnauthenticatedError('The sign-in token is not valid; sign in again');
      const t = now();
      if (found.expiresAt.getTime() <= t) {
        await deps.users.deleteToken(tokenHash);
        throw new UnauthenticatedError('The sign-in token has expired; sign in again');
      }
      const idleMs = t - found.lastUsedAt.getTime();
      if (idleMs > idleMinutes * 60_000) {
        await deps.users.deleteToken(tokenHash);
        throw new UnauthenticatedError(
          `You were signed out after ${idleMinutes} minutes without activity; sign in again`,
        );
      }
      if (idleMs >= TOUCH_EVERY_MS) await deps.users.touchToken(tokenHash, new Date(t));
      const user = found.user;
      if (!user || !user.active)
        throw new UnauthenticatedError('The user of this token no longer exists');
      return user;
    },
    async logout(token: string): Promise<void> {
      await deps.users.deleteToken(hashToken(token));
    },
    /** One development user per role, username = role id (README); idempotent. */
    async seedDevelopmentUsers(password: string): Promise<number> {
      const passwordHash = await hashPassword(password);
      for (const role of ROLE_IDS) {
        await deps.users.upsert({
          username: role,
          displayName: ROLES[role],
          passwordHash,
          roles: role === 'admin' || role === 'requester' ? [role] : [role, 'requester'],
          at: deps.clock.now(),
        });
      }
      return ROLE_IDS.length;
    },
    async ensureAdmin(password: string): Promise<void> {
      await deps.users.upsert({
        username: 'admin',
        displayName: ROLES.admin,
        passwordHash: await hashPassword(password),
        roles: ['admin'],
        at: deps.clock.now(),
      });
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;

/** The answer of a sign-in (password or company directory): the token and who it is for. */
export function sessionAnswer(session: {
  token: string;
  expiresAt: string | Date;
  user: { username: string; displayName: string; locale: string; roles: string[] };
}) {
  const { token, expiresAt, user } = session;
  return {
    token,
    expiresAt,
    user: {
      username: user.username,
      displayName: user.displayName,
      locale: user.locale,
      roles: user.roles,
    },
  };
}
