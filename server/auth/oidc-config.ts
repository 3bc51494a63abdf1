import type { JSONSchemaType } from 'ajv';
import { ConfigError, loadEnvConfig } from '../../lib/env-config.ts';

/** Sign-in through an OpenID Connect provider (the company directory), when configured. */
export interface OidcSettings {
  /** The provider's issuer URL (its discovery document is at `<issuer>/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  /** Sent with HTTP Basic to the token endpoint; never logged. Absent for a public client. */
  clientSecret?: string;
  /** Where the provider sends the browser back: this server's `/api/auth/oidc/callback`. */
  redirectUri: string;
  /** Space-separated scopes asked for (`openid` is always among them). */
  scopes: string;
  /** The claim holding the user's groups (ID token or userinfo). */
  groupsClaim: string;
  /** The provider's name on the sign-in button. */
  displayName: string;
}

/** The OIDC_* settings of the environment. */
interface OidcEnvConfig {
  OIDC_ISSUER?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
  OIDC_REDIRECT_URI?: string;
  OIDC_SCOPES: string;
  OIDC_GROUPS_CLAIM: string;
  OIDC_DISPLAY_NAME: string;
  HOST: string;
  PORT: number;
}

const schema: JSONSchemaType<OidcEnvConfig> = {
  type: 'object',
  properties: {
    OIDC_ISSUER: { type: 'string', nullable: true },
    OIDC_CLIENT_ID: { type: 'string', minLength: 1, nullable: true },
    OIDC_CLIENT_SECRET: { type: 'string', minLength: 1, nullable: true },
    OIDC_REDIRECT_URI: { type: 'string', nullable: true },
    OIDC_SCOPES: { type: 'string', default: 'openid profile email groups' },
    OIDC_GROUPS_CLAIM: { type: 'string', minLength: 1, default: 'groups' },
    OIDC_DISPLAY_NAME: { type: 'string', minLength: 1, maxLength: 60, default: 'SSO' },
    HOST: { type: 'string', default: '127.0.0.1' },
    PORT: { type: 'integer', minimum: 0, maximum: 65535, default: 3000 },
  },
  required: [],
  additionalProperties: false,
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a URL is plain HTTP on this machine (allowed for a provider in tests and demos only). */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

function parseUrl(key: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new ConfigError(`Invalid OIDC configuration: ${key} is not a URL`);
  }
}

/**
 * Reads the OpenID Connect settings; undefined (the feature is off, the login page shows no
 * button) without OIDC_ISSUER. Throws a ConfigError naming the key when the settings are
 * incomplete or unsafe (a provider over plain HTTP anywhere but on this machine).
 * The redirect URI defaults to `http://HOST:PORT/api/auth/oidc/callback`: behind a proxy or
 * with TLS, set OIDC_REDIRECT_URI to the address the browser uses.
 */
export function loadOidcConfig(env?: Record<string, string | undefined>): OidcSettings | undefined {
  const config = loadEnvConfig('OIDC', schema, env);
  if (!config.OIDC_ISSUER) return undefined;
  if (!config.OIDC_CLIENT_ID)
    throw new ConfigError(
      'Invalid OIDC configuration: OIDC_CLIENT_ID is required with OIDC_ISSUER',
    );
  const issuer = parseUrl('OIDC_ISSUER', config.OIDC_ISSUER);
  if (issuer.protocol !== 'https:' && !isLoopbackHttp(issuer))
    throw new ConfigError(
      'Invalid OIDC configuration: OIDC_ISSUER must be https (plain http only on 127.0.0.1 or localhost)',
    );
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  const redirectUri =
    config.OIDC_REDIRECT_URI ?? `http://${host}:${config.PORT}/api/auth/oidc/callback`;
  const redirect = parseUrl('OIDC_REDIRECT_URI', redirectUri);
  if (!['http:', 'https:'].includes(redirect.protocol))
    throw new ConfigError('Invalid OIDC configuration: OIDC_REDIRECT_URI must be http or https');
  const scopes = new Set(config.OIDC_SCOPES.split(/\s+/).filter(Boolean));
  scopes.add('openid');
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    ...(config.OIDC_CLIENT_SECRET ? { clientSecret: config.OIDC_CLIENT_SECRET } : {}),
    redirectUri: redirect.href,
    scopes: [...scopes].join(' '),
    groupsClaim: config.OIDC_GROUPS_CLAIM,
    displayName: config.OIDC_DISPLAY_NAME,
  };
}
