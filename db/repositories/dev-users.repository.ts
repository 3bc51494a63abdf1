import type { Knex } from 'knex';

/** A user's sign-in name and stored password hash, with the last development-password check. */
export interface UserCredential {
  id: string;
  username: string;
  passwordHash: string;
  /** The hash and passwords fingerprint of the last check that found no development password. */
  checked?: { passwordHash: string; fingerprint: string };
}

/** What the development-user check reads and writes. */
export function createDevUsersRepository(db: Knex) {
  return {
    /** Every user (active or not: a deactivated one could be reactivated) with its hash. */
    async credentials(): Promise<UserCredential[]> {
      const rows = await db('users as u')
        .leftJoin('dev_password_checks as c', 'c.user_id', 'u.id')
        .select(
          'u.id',
          'u.username',
          'u.password_hash',
          'c.password_hash as checked_hash',
          'c.passwords_fingerprint',
        )
        .orderBy('u.username');
      return rows.map((r) => ({
        id: String(r.id),
        username: String(r.username),
        passwordHash: String(r.password_hash),
        checked:
          r.checked_hash === null
            ? undefined
            : {
                passwordHash: String(r.checked_hash),
                fingerprint: String(r.passwords_fingerprint),
              },
      }));
    },
    /** Records that these users' current hashes hold none of the fingerprinted passwords. */
    async markChecked(
      users: readonly { id: string; passwordHash: string }[],
      fingerprint: string,
      at: Date,
    ): Promise<void> {
      if (!users.length) return;
      await db('dev_password_checks')
        .insert(
          users.map((u) => ({
            user_id: u.id,
            password_hash: u.passwordHash,
            passwords_fingerprint: fingerprint,
            checked_at: at,
          })),
        )
        .onConflict('user_id')
        .merge(['password_hash', 'passwords_fingerprint', 'checked_at']);
    },
    /** Deletes these users; their roles, tokens and checks go with them (on delete cascade). */
    async remove(ids: readonly string[]): Promise<number> {
      if (!ids.length) return 0;
      return db('users').whereIn('id', ids).delete();
    },
  };
}
