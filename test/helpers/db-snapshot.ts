import type { Knex } from 'knex';
import { waitFor } from './api.ts';

/** Row counts of the given tables: what a refused request must leave unchanged. */
export async function rowCounts(
  db: Knex,
  tables: readonly string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number((await db(t).count('* as n'))[0]!.n);
  return counts;
}

/** Row counts once they stop moving (the projector catches up), so a change can only come from the requests under test. */
export async function settledRowCounts(
  db: Knex,
  tables: readonly string[],
): Promise<Record<string, number>> {
  let last = await rowCounts(db, tables);
  return waitFor('the database to settle', async () => {
    await new Promise((r) => setTimeout(r, 500));
    const now = await rowCounts(db, tables);
    const same = JSON.stringify(now) === JSON.stringify(last);
    last = now;
    return same ? now : undefined;
  });
}
