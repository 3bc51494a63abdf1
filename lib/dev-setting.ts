/**
 * The one rule for "does the platform run for development here?". Development-only features
 * (the development users with their published password, engine clock control) exist only
 * when both hold: the API listens on a loopback address, and NODE_ENV is unset,
 * `development` or `test`. Anything else (`production`, `prod`, `staging`, HOST=0.0.0.0 …)
 * is production-like, whatever other settings say.
 */

/** The published password of the development users (README); never valid outside development. */
export const DEFAULT_DEV_USER_PASSWORD = 'itsm-dev-password';

/** NODE_ENV values that mean development; unset counts as development too. */
const DEVELOPMENT_NODE_ENVS = new Set(['development', 'test']);

/** The answer, with the reason when it is not a development setting (for error messages). */
export interface DevelopmentSetting {
  development: boolean;
  /** Why the setting is production-like, e.g. `NODE_ENV=production`; undefined in development. */
  reason?: string;
}

/** True for `localhost`, 127.0.0.0/8 and ::1 (with or without brackets). */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h.replace(/^::ffff:/, ''));
  return v4 !== null && v4.slice(1).every((n) => Number(n) <= 255);
}

/**
 * Decides whether HOST and NODE_ENV describe a development setting. HOST unset means the
 * API's loopback default; NODE_ENV unset or empty means development.
 */
export function developmentSetting(env: { HOST?: string; NODE_ENV?: string }): DevelopmentSetting {
  const reasons: string[] = [];
  const nodeEnv = env.NODE_ENV ?? '';
  if (nodeEnv !== '' && !DEVELOPMENT_NODE_ENVS.has(nodeEnv)) reasons.push(`NODE_ENV=${nodeEnv}`);
  const host = env.HOST ?? '';
  if (host !== '' && !isLoopbackHost(host)) reasons.push(`HOST=${host} is not a loopback address`);
  return reasons.length
    ? { development: false, reason: reasons.join(' and ') }
    : { development: true };
}
