import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt cost of new hashes. Measured on the 2-core AMD EPYC development machine
 * (2026-12-07, verifyPassword, r=8, p=1, 7 runs each, other work running):
 *   N=2^14:  67–160 ms (best 67 ms)
 *   N=2^15: 143–320 ms (best 143 ms)
 *   N=2^16: 332–496 ms (best 332 ms)
 *   N=2^17: 541–1200 ms (best 541 ms)
 * Only N=2^14 keeps one login under 100 ms here, so it stays; on a machine where it takes
 * under 45 ms, raise it (one constant): existing hashes are upgraded on their next login.
 */
export const SCRYPT_N = 2 ** 14;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
/** scrypt needs 128·N·r bytes; twice that leaves room, and bounds what a stored hash can ask. */
const MAX_MEMORY = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { N: n, r, p, maxmem: 2 * 128 * n * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/**
 * Hashes a password with scrypt and a random salt: `scrypt$N$r$p$salt$hash` (base64url).
 * `n` is only for tests that need a hash of an older cost.
 */
export async function hashPassword(password: string, n = SCRYPT_N): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, n, R, P);
  return ['scrypt', n, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * A stored hash to verify against when the user is unknown: same cost as real hashes, so
 * the time of a login does not tell whether the username exists. Never matches.
 */
export const UNKNOWN_USER_HASH = `scrypt$${SCRYPT_N}$${R}$${P}$AAAAAAAAAAAAAAAAAAAAAA$AAAA`;

/** Whether a stored hash was made with another cost than today's (rehash it at login). */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) !== SCRYPT_N || Number(r) !== R || Number(p) !== P;
}

/** Checks a password against a stored hash in constant time; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  const powerOfTwo = Number.isInteger(n) && n! > 1 && n! <= 2 ** 20 && (n! & (n! - 1)) === 0;
  if (
    !powerOfTwo ||
    !Number.isInteger(r) ||
    r! < 1 ||
    r! > 32 ||
    !Number.isInteger(p) ||
    p! < 1 ||
    p! > 16 ||
    2 * 128 * n! * r! > MAX_MEMORY
  ) {
    return false;
  }
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  try {
    const actual = await derive(password, salt, n!, r!, p!);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
