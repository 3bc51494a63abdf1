import { createHash, randomBytes } from 'node:crypto';
import type { UserRepository, User } from '../../db/repositories/users.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { ROLE_IDS, ROLES } from '../auth/roles.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { UnauthenticatedError } from '../errors.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sign-in with username and password, and bearer tokens with an expiry. */
export function createAuthService(deps: {
  users: UserRepository;
  clock: Clock;
  tokenTtlMinutes: number;
}) {
  return {
    async login(
      username: string,
      password: string,
    ): Promise<{ token: string; expiresAt: Date; user: User }> {
      const user = await deps.users.findByUsername(username);
      // Verify even for unknown users so that timing does not tell which usernames exist.
      const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$16384$8$1$AAAA$AAAA');
      if (!user || !ok || !user.active)
        throw new UnauthenticatedError('Wrong username or password');
      const token = randomBytes(32).toString('base64url');
      // Token expiry is technical (real time), not business time.
      const created = new Date();
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
    },
    /** The user a bearer token belongs to; 401 when unknown or expired. */
    async authenticate(token: string): Promise<User> {
      const found = await deps.users.findToken(hashToken(token));
      if (!found) throw new UnauthenticatedError('The sign-in token is not valid; sign in again');
      if (found.expiresAt.getTime() <= Date.now()) {
        await deps.users.deleteToken(hashToken(token));
        throw new UnauthenticatedError('The sign-in token has expired; sign in again');
      }
      const user = await deps.users.get(found.userId);
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
