import type { Knex } from 'knex';
import type { ThrottleState } from '../../lib/auth/login-throttle.ts';

/** What is throttled: one username (as typed, known or not) or one client address. */
export type ThrottleKind = 'account' | 'address';

interface ThrottleRow {
  kind: ThrottleKind;
  key: string;
  failures: number;
  window_started_at: Date;
  lockouts: number;
  locked_until: Date | null;
}

const toState = (row: ThrottleRow): ThrottleState => ({
  failures: row.failures,
  windowStartedAt: new Date(row.window_started_at).getTime(),
  lockouts: row.lockouts,
  lockedUntil: row.locked_until ? new Date(row.locked_until).getTime() : null,
});

/**
 * Failed sign-ins per account and per address (table login_throttle). The policy is pure
 * (server/auth/throttle.ts); this stores its state, one row per kind and key, and updates a
 * row under a row lock so several API processes count every failure.
 */
export function createLoginAttemptRepository(db: Knex) {
  return {
    /** The latest end of a lock among these keys (epoch ms), or null. */
    async lockedUntil(keys: { kind: ThrottleKind; key: string }[]): Promise<number | null> {
      if (!keys.length) return null;
      const rows: { locked_until: Date | null }[] = await db('login_throttle')
        .whereIn(
          ['kind', 'key'],
          keys.map((k) => [k.kind, k.key]),
        )
        .select('locked_until');
      const ends = rows.flatMap((r) =>
        r.locked_until ? [new Date(r.locked_until).getTime()] : [],
      );
      return ends.length ? Math.max(...ends) : null;
    },
    /**
     * Records one failure: reads the row (a new one starts from no failures), computes the
     * next state with `next` and stores it, in one transaction with the row locked.
     */
    async recordFailure<S extends ThrottleState>(
      kind: ThrottleKind,
      key: string,
      next: (state: ThrottleState) => S,
    ): Promise<S> {
      return db.transaction(async (trx) => {
        await trx('login_throttle')
          .insert({ kind, key, failures: 0, window_started_at: new Date(0), lockouts: 0 })
          .onConflict(['kind', 'key'])
          .ignore();
        const row: ThrottleRow = await trx('login_throttle')
          .where({ kind, key })
          .forUpdate()
          .first();
        const state = next(toState(row));
        await trx('login_throttle')
          .where({ kind, key })
          .update({
            failures: state.failures,
            window_started_at: new Date(state.windowStartedAt),
            lockouts: state.lockouts,
            locked_until: state.lockedUntil === null ? null : new Date(state.lockedUntil),
          });
        return state;
      });
    },
    /** Forgets the failures of one key (after a successful sign-in of that account). */
    async reset(kind: ThrottleKind, key: string): Promise<void> {
      await db('login_throttle').where({ kind, key }).delete();
    },
    /** Deletes rows whose window and lock both ended before `before`; returns how many. */
    async deleteStale(before: Date): Promise<number> {
      return db('login_throttle')
        .where('window_started_at', '<', before)
        .andWhere((q) => q.whereNull('locked_until').orWhere('locked_until', '<', before))
        .delete();
    },
  };
}
export type LoginAttemptRepository = ReturnType<typeof createLoginAttemptRepository>;
