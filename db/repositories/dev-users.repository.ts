import type { Knex } from 'knex';

/** A user's sign-in name and stored password hash, for the development-user check. */
export interface UserCredential {
  id: string;
  username: string;
  passwordHash: string;
}

/** Reads every user's credential and removes users: what the development-user check needs. */
export function createDevUsersRepository(db: Knex) {
  return {
    /** Every user (active or not: a deactivated one could be reactivated) with its hash. */
    async credentials(): Promise<UserCredential[]> {
      const rows = await db('users').select('id', 'username', 'password_hash').orderBy('username');
      return rows.map((r) => ({
        id: String(r.id),
        username: String(r.username),
        passwordHash: String(r.password_hash),
      }));
    },
    /** Deletes these users; their roles and sign-in tokens go with them (on delete cascade). */
    async remove(ids: readonly string[]): Promise<number> {
      if (!ids.length) return 0;
      return db('users').whereIn('id', ids).delete();
    },
  };
}
