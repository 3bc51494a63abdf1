import { scrypt } from 'node:crypto';
import type { Knex } from 'knex';
import { createDevUsersRepository } from '../../db/repositories/dev-users.repository.ts';
import { DEFAULT_DEV_USER_PASSWORD } from '../../lib/dev-setting.ts';
import { verifyPassword } from './passwords.ts';

/** How to remove development users (named in the refusal to start). */
export const REMOVE_DEV_USERS_COMMAND = 'npm run users -- remove-dev';

/**
 * The passwords that make a user a development user: the published default and
 * DEV_USER_PASSWORD when set.
 */
export function developmentPasswords(env: Record<string, string | undefined>): string[] {
  const extra = env.DEV_USER_PASSWORD;
  return [...new Set([DEFAULT_DEV_USER_PASSWORD, ...(extra ? [extra] : [])])];
}

/**
 * Names the set of passwords checked without storing them: a scrypt hash (fixed salt) of the
 * sorted set, computed once per check, so a changed DEV_USER_PASSWORD checks every user again.
 */
function fingerprint(passwords: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    scrypt([...passwords].sort().join('\0'), 'itsm-dev-password-check', 32, (err, key) =>
      err ? reject(err) : resolve(key.toString('base64url')),
    ),
  );
}

/**
 * The users whose password is a development password (whatever their username). Verifies
 * only hashes not already found clean for these passwords (dev_password_checks), each
 * distinct hash once (seeded development users share one), two at a time so a large user
 * table does not fill the thread pool; records the clean ones.
 */
export async function findDevelopmentUsers(
  db: Knex,
  passwords: readonly string[],
): Promise<{ id: string; username: string }[]> {
  const repo = createDevUsersRepository(db);
  const [users, print] = await Promise.all([repo.credentials(), fingerprint(passwords)]);
  const unchecked = users.filter(
    (u) => u.checked?.passwordHash !== u.passwordHash || u.checked.fingerprint !== print,
  );
  const hashes = [...new Set(unchecked.map((u) => u.passwordHash))];
  const published = new Set<string>();
  const check = async () => {
    for (let hash = hashes.shift(); hash !== undefined; hash = hashes.shift()) {
      for (const password of passwords) {
        if (await verifyPassword(password, hash)) {
          published.add(hash);
          break;
        }
      }
    }
  };
  await Promise.all([check(), check()]);
  await repo.markChecked(
    unchecked.filter((u) => !published.has(u.passwordHash)),
    print,
    new Date(),
  );
  return unchecked
    .filter((u) => published.has(u.passwordHash))
    .map((u) => ({ id: u.id, username: u.username }));
}

/** Deletes the development users; returns their usernames. */
export async function removeDevelopmentUsers(
  db: Knex,
  passwords: readonly string[],
): Promise<string[]> {
  const found = await findDevelopmentUsers(db, passwords);
  await createDevUsersRepository(db).remove(found.map((u) => u.id));
  return found.map((u) => u.username);
}
