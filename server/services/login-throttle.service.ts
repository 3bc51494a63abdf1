import type { AuditRepository } from '../../db/repositories/audit.repository.ts';
import type {
  LoginAttemptRepository,
  ThrottleKind,
} from '../../db/repositories/login-attempts.repository.ts';
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  addressKey,
  afterFailure,
  retryAfterSeconds,
  type ThrottleRule,
} from '../../lib/auth/login-throttle.ts';
import { TooManyRequestsError } from '../errors.ts';

/** Rows whose window and lock ended this long ago are deleted (after a successful sign-in). */
const STALE_AFTER_MS = 24 * 60 * 60_000;

/**
 * Throttles sign-ins per account (the username as typed, whether it exists or not) and per
 * client address (an IPv6 one by its /64), with a temporary lock (lib/auth/login-throttle.ts). `check` runs before
 * the password is hashed, so a locked account or address costs no scrypt work; each failure
 * and each lock is audited (username and address, never the password).
 */
export function createLoginThrottle(deps: {
  attempts: LoginAttemptRepository;
  audit: AuditRepository;
  /** Technical time in epoch ms (tests move it). */
  now?: () => number;
  account?: ThrottleRule;
  address?: ThrottleRule;
}) {
  const now = deps.now ?? Date.now;
  const rules: Record<ThrottleKind, ThrottleRule> = {
    account: deps.account ?? ACCOUNT_RULE,
    address: deps.address ?? ADDRESS_RULE,
  };
  const keys = (username: string, address: string) => [
    { kind: 'account' as const, key: username },
    { kind: 'address' as const, key: addressKey(address) },
  ];
  return {
    /** 429 TooManyRequestsError while the account or the address is locked. */
    async check(username: string, address: string): Promise<void> {
      const t = now();
      const seconds = retryAfterSeconds(
        await deps.attempts.lockedUntil(keys(username, address)),
        t,
      );
      if (seconds > 0)
        throw new TooManyRequestsError(
          `Too many failed sign-ins: signing in is locked for ${seconds} seconds; try again later`,
          seconds,
        );
    },
    /** Counts a failed sign-in for the account and the address; audits it and any lock. */
    async failed(username: string, address: string): Promise<void> {
      const t = now();
      const actor = `anonymous@${address}`;
      await deps.audit.append({
        table: 'login_throttle',
        recordId: `account:${username}`,
        action: 'login-failed',
        after: { username, address },
        actor,
        at: new Date(t),
      });
      for (const { kind, key } of keys(username, address)) {
        const state = await deps.attempts.recordFailure(kind, key, (s) =>
          afterFailure(s, rules[kind], t),
        );
        if (state.lockedNow && state.lockedUntil !== null)
          await deps.audit.append({
            table: 'login_throttle',
            recordId: `${kind}:${key}`,
            action: 'login-locked',
            after: {
              kind,
              key,
              lockedUntil: new Date(state.lockedUntil).toISOString(),
              lockouts: state.lockouts,
              address,
            },
            actor,
            at: new Date(t),
          });
      }
    },
    /** A successful sign-in forgets the account's failures (not the address's). */
    async succeeded(username: string): Promise<void> {
      await deps.attempts.reset('account', username);
      await deps.attempts.deleteStale(new Date(now() - STALE_AFTER_MS));
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
