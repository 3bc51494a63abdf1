import type { JSONSchemaType } from 'ajv';
import { loadEnvConfig } from '../lib/env-config.ts';

/** The API server's settings from the environment. */
export interface ServerEnvConfig {
  /** Loopback by default: nothing listens beyond 127.0.0.1 unless configured. */
  HOST: string;
  PORT: number;
  /** Lifetime of a sign-in token. */
  AUTH_TOKEN_TTL_MINUTES: number;
  /** Creates one development user per role (README). Off when NODE_ENV=production. */
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
    SEED_DEV_USERS: { type: 'boolean', nullable: true },
    DEV_USER_PASSWORD: { type: 'string', minLength: 8, default: 'itsm-dev-password' },
    ADMIN_PASSWORD: { type: 'string', minLength: 12, nullable: true },
    NODE_ENV: { type: 'string', default: 'development' },
  },
  required: [],
  additionalProperties: false,
};

/** Reads and validates the server settings; throws a ConfigError naming each bad key. */
export function loadServerConfig(env?: Record<string, string | undefined>): ServerEnvConfig {
  const config = loadEnvConfig('server', serverConfigSchema, env);
  if (config.SEED_DEV_USERS === undefined) config.SEED_DEV_USERS = config.NODE_ENV !== 'production';
  return config;
}
