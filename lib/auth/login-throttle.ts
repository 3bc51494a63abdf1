/**
 * Login throttling policy, pure: given what is stored about the failed sign-ins of one
 * account or one client address, what a new failure does and how long a lock lasts. The
 * store (db/repositories/login-attempts.repository.ts) and the check before scrypt
 * (server/services/login-throttle.service.ts) use it. Times are epoch milliseconds.
 */

/** How many failures a window allows, and how long the lock that follows lasts. */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  /** The first lock; each further lock doubles it, up to maxLockMs. */
  firstLockMs: number;
  maxLockMs: number;
}

const MINUTE = 60_000;

/** Per username (known or not): 5 failures in 15 minutes lock it for 1, 2, 4, 8, 15 … minutes. */
export const ACCOUNT_RULE: ThrottleRule = {
  maxFailures: 5,
  windowMs: 15 * MINUTE,
  firstLockMs: MINUTE,
  maxLockMs: 15 * MINUTE,
};

/** Per client address, across usernames: 20 failures in 15 minutes. */
export const ADDRESS_RULE: ThrottleRule = { ...ACCOUNT_RULE, maxFailures: 20 };

/** What is stored per account or address. */
export interface ThrottleState {
  /** Failures in the current window (since the window started or the last lock). */
  failures: number;
  windowStartedAt: number;
  /** Locks in a row; the count restarts after a quiet window. */
  lockouts: number;
  lockedUntil: number | null;
}

/** The state of an account or address that never failed. */
export const NO_FAILURES: ThrottleState = {
  failures: 0,
  windowStartedAt: 0,
  lockouts: 0,
  lockedUntil: null,
};

/**
 * The state after one more failure at `now`. A window that has passed starts again; a lock
 * is set when the window reaches maxFailures, and then the count starts again, so the next
 * lock needs as many failures and lasts twice as long. A whole window without failures
 * after the last lock ends forgets the earlier locks.
 */
export function afterFailure(
  state: ThrottleState,
  rule: ThrottleRule,
  now: number,
): ThrottleState & { lockedNow: boolean } {
  const windowOver = now - state.windowStartedAt >= rule.windowMs;
  const quiet =
    windowOver && (state.lockedUntil === null || now - state.lockedUntil >= rule.windowMs);
  const failures = windowOver ? 1 : state.failures + 1;
  const lockouts = quiet ? 0 : state.lockouts;
  if (failures >= rule.maxFailures) {
    const lockMs = Math.min(rule.firstLockMs * 2 ** lockouts, rule.maxLockMs);
    return {
      failures: 0,
      windowStartedAt: now,
      lockouts: lockouts + 1,
      lockedUntil: now + lockMs,
      lockedNow: true,
    };
  }
  return {
    failures,
    windowStartedAt: windowOver ? now : state.windowStartedAt,
    lockouts,
    lockedUntil: state.lockedUntil,
    lockedNow: false,
  };
}

/** Whole seconds until the lock ends (at least 1 while locked); 0 when not locked. */
export function retryAfterSeconds(lockedUntil: number | null, now: number): number {
  if (lockedUntil === null || lockedUntil <= now) return 0;
  return Math.ceil((lockedUntil - now) / 1000);
}

/**
 * The key a client address is throttled under: an IPv4 address as is (also when written
 * IPv4-mapped, `::ffff:192.0.2.7`), an IPv6 address by its /64 network, since one client
 * commonly holds a whole /64 and could otherwise change address at every guess.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
