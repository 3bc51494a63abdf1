import type { JSONSchemaType } from 'ajv';
import { developmentSetting, DEFAULT_DEV_USER_PASSWORD } from '../lib/dev-setting.ts';
import { ConfigError, loadEnvConfig } from '../lib/env-config.ts';

/** The API server's settings from the environment. */
export interface ServerEnvConfig {
  /** Loopback by default: nothing listens beyond 127.0.0.1 unless configured. */
  HOST: string;
  PORT: number;
  /** Lifetime of a sign-in token. */
  AUTH_TOKEN_TTL_MINUTES: number;
  /** Minutes without use after which a sign-in token is refused. */
  AUTH_TOKEN_IDLE_MINUTES: number;
  /**
   * Creates one development user per role (README). On by default in a development setting
   * (loopback HOST, NODE_ENV unset/development/test); refused anywhere else.
   */
  SEED_DEV_USERS?: boolean;
  /** Password of the development users. */
  DEV_USER_PASSWORD: string;
  /** When set, the `admin` user is created (or its password reset) with this password at start. */
  ADMIN_PASSWORD?: string;
  NODE_ENV: string;
}

export const serverConfigSchema: JSONSchemaType<ServerEnvConfig> = {
  type: 'object',
  properties: {
    HOST: { type: 'string', default: '127.0.0.1' },
    PORT: { type: 'integer', minimum: 0, maximum: 65535, default: 3000 },
    AUTH_TOKEN_TTL_MINUTES: { type: 'integer', minimum: 1, maximum: 43200, default: 480 },
    AUTH_TOKEN_IDLE_MINUTES: { type: 'integer', minimum: 1, maximum: 43200, default: 60 },
    SEED_DEV_USERS: { type: 'boolean', nullable: true },
    DEV_USER_PASSWORD: { type: 'string', minLength: 8, default: DEFAULT_DEV_USER_PASSWORD },
    ADMIN_PASSWORD: { type: 'string', minLength: 12, nullable: true },
    NODE_ENV: { type: 'string', default: 'development' },
  },
  required: [],
  additionalProperties: false,
};

/**
 * Reads and validates the server settings; throws a ConfigError naming each bad key, and
 * when SEED_DEV_USERS=true asks for development users outside a development setting.
 */
export function loadServerConfig(env?: Record<string, string | undefined>): ServerEnvConfig {
  const config = loadEnvConfig('server', serverConfigSchema, env);
  const setting = developmentSetting(config);
  if (config.SEED_DEV_USERS && !setting.development) {
    throw new ConfigError(
      `Invalid server configuration: SEED_DEV_USERS=true is refused because ${setting.reason}: ` +
        'development users (published password) exist only on a loopback HOST with NODE_ENV ' +
        'unset, development or test. Unset SEED_DEV_USERS and set ADMIN_PASSWORD instead.',
    );
  }
  const published = new Set([DEFAULT_DEV_USER_PASSWORD, config.DEV_USER_PASSWORD]);
  if (config.ADMIN_PASSWORD !== undefined && published.has(config.ADMIN_PASSWORD)) {
    throw new ConfigError(
      "Invalid server configuration: ADMIN_PASSWORD must not be the development users' password",
    );
  }
  if (config.SEED_DEV_USERS === undefined) config.SEED_DEV_USERS = setting.development;
  return config;
}
