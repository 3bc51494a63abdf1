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
 * The users whose password is a development password (whatever their username), found by
 * verifying every stored hash; a few at a time so a large user table does not fill the
 * thread pool.
 */
export async function findDevelopmentUsers(
  db: Knex,
  passwords: readonly string[],
): Promise<{ id: string; username: string }[]> {
  const users = await createDevUsersRepository(db).credentials();
  const found: { id: string; username: string }[] = [];
  const queue = [...users];
  const check = async () => {
    for (let u = queue.shift(); u; u = queue.shift()) {
      for (const password of passwords) {
        if (await verifyPassword(password, u.passwordHash)) {
          found.push({ id: u.id, username: u.username });
          break;
        }
      }
    }
  };
  await Promise.all([check(), check()]);
  return found.sort((a, b) => a.username.localeCompare(b.username));
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
