import type { Knex } from 'knex';

/** A platform user with their roles (which are also their task queues). */
export interface User {
  id: string;
  username: string;
  displayName: string;
  email?: string;
  locale: string;
  active: boolean;
  roles: string[];
  /** The customer a customer contact belongs to (scopes what they see). */
  customerId?: string;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  locale: string;
  active: boolean;
  customer_id: string | null;
}

function toUser(row: UserRow, roles: string[]): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email ?? undefined,
    locale: row.locale,
    active: row.active,
    roles: [...roles].sort(),
    ...(row.customer_id ? { customerId: row.customer_id } : {}),
  };
}

/** Users, roles and sign-in tokens. Tokens are stored as hashes only. */
export function createUserRepository(db: Knex | Knex.Transaction) {
  async function rolesOf(userId: string): Promise<string[]> {
    const rows: { role: string }[] = await db('user_roles')
      .where({ user_id: userId })
      .select('role');
    return rows.map((r) => r.role);
  }
  return {
    async findByUsername(username: string): Promise<(User & { passwordHash: string }) | undefined> {
      const row: UserRow | undefined = await db('users').where({ username }).first();
      return row && { ...toUser(row, await rolesOf(row.id)), passwordHash: row.password_hash };
    },
    async get(id: string): Promise<User | undefined> {
      const row: UserRow | undefined = await db('users').where({ id }).first();
      return row && toUser(row, await rolesOf(row.id));
    },
    /** Creates or updates a user by username and replaces their roles. */
    async upsert(user: {
      username: string;
      displayName: string;
      email?: string;
      passwordHash: string;
      roles: string[];
      at: Date;
    }): Promise<string> {
      const [row] = await db('users')
        .insert({
          username: user.username,
          display_name: user.displayName,
          email: user.email ?? null,
          password_hash: user.passwordHash,
          created_at: user.at,
        })
        .onConflict('username')
        .merge(['display_name', 'email', 'password_hash'])
        .returning('id');
      const id = String(row.id);
      await db('user_roles').where({ user_id: id }).delete();
      if (user.roles.length)
        await db('user_roles').insert(user.roles.map((role) => ({ user_id: id, role })));
      return id;
    },
    /**
     * Creates a user who signs in elsewhere (e.g. `oidc`): no usable password. Undefined when
     * the username is taken.
     */
    async createExternal(user: {
      username: string;
      displayName: string;
      email?: string;
      authSource: string;
      passwordHash: string;
      at: Date;
    }): Promise<string | undefined> {
      const rows: { id: string }[] = await db('users')
        .insert({
          username: user.username,
          display_name: user.displayName,
          email: user.email ?? null,
          password_hash: user.passwordHash,
          auth_source: user.authSource,
          created_at: user.at,
        })
        .onConflict('username')
        .ignore()
        .returning('id');
      return rows[0] ? String(rows[0].id) : undefined;
    },
    /** Replaces a user's roles. */
    async replaceRoles(id: string, roles: readonly string[]): Promise<void> {
      await db('user_roles').where({ user_id: id }).delete();
      if (roles.length)
        await db('user_roles').insert([...new Set(roles)].map((role) => ({ user_id: id, role })));
    },
    /** Replaces a user's password hash (e.g. the same password rehashed at today's cost). */
    async setPasswordHash(id: string, passwordHash: string): Promise<void> {
      await db('users').where({ id }).update({ password_hash: passwordHash });
    },
    /** Sets the user's language (`users.locale`); false when there is no such user. */
    async setLocale(id: string, locale: string): Promise<boolean> {
      const changed = await db('users').where({ id }).update({ locale });
      return changed > 0;
    },
    async usernamesWithRole(role: string): Promise<string[]> {
      const rows: { username: string }[] = await db('users')
        .join('user_roles', 'users.id', 'user_roles.user_id')
        .where({ role, active: true })
        .select('username');
      return rows.map((r) => r.username).sort();
    },
    async saveToken(
      tokenHash: string,
      userId: string,
      createdAt: Date,
      expiresAt: Date,
    ): Promise<void> {
      await db('auth_tokens').insert({
        token_hash: tokenHash,
        user_id: userId,
        created_at: createdAt,
        expires_at: expiresAt,
        last_used_at: createdAt,
      });
    },
    /** A token's user, expiry and last use (its creation when it was never used since). */
    async findToken(
      tokenHash: string,
    ): Promise<{ userId: string; expiresAt: Date; lastUsedAt: Date } | undefined> {
      const row = await db('auth_tokens')
        .where({ token_hash: tokenHash })
        .first('user_id', 'expires_at', 'created_at', 'last_used_at');
      return (
        row && {
          userId: row.user_id,
          expiresAt: new Date(row.expires_at),
          lastUsedAt: new Date(row.last_used_at ?? row.created_at),
        }
      );
    },
    /**
     * A token with its user and the user's roles in one query (every API request reads it):
     * the token's user, expiry and last use, and `user` undefined when the user is gone.
     */
    async findSession(
      tokenHash: string,
    ): Promise<
      { userId: string; expiresAt: Date; lastUsedAt: Date; user: User | undefined } | undefined
    > {
      const row:
        | (UserRow & {
            token_user_id: string;
            expires_at: Date | string;
            token_created_at: Date | string;
            last_used_at: Date | string | null;
            roles: string[] | null;
          })
        | undefined = await db('auth_tokens as t')
        .leftJoin('users as u', 'u.id', 't.user_id')
        .where('t.token_hash', tokenHash)
        .first(
          't.user_id as token_user_id',
          't.expires_at',
          't.created_at as token_created_at',
          't.last_used_at',
          'u.id',
          'u.username',
          'u.display_name',
          'u.email',
          'u.locale',
          'u.active',
          'u.customer_id',
          db.raw('array(select r.role from user_roles r where r.user_id = u.id) as roles'),
        );
      if (!row) return undefined;
      return {
        userId: row.token_user_id,
        expiresAt: new Date(row.expires_at),
        lastUsedAt: new Date(row.last_used_at ?? row.token_created_at),
        user: row.id ? toUser(row, row.roles ?? []) : undefined,
      };
    },
    /** Records that a token was used (for the idle timeout). */
    async touchToken(tokenHash: string, at: Date): Promise<void> {
      await db('auth_tokens').where({ token_hash: tokenHash }).update({ last_used_at: at });
    },
    async deleteToken(tokenHash: string): Promise<void> {
      await db('auth_tokens').where({ token_hash: tokenHash }).delete();
    },
    async deleteExpiredTokens(now: Date): Promise<number> {
      return db('auth_tokens').where('expires_at', '<', now).delete();
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;
