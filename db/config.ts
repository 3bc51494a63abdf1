import type { JSONSchemaType } from 'ajv';
import { loadEnvConfig } from '../lib/env-config.ts';

/** Database settings. Without DATABASE_URL the platform starts its embedded PostgreSQL. */
export interface DbEnvConfig {
  /** postgres://user:password@host:port/database of an existing PostgreSQL 14+. */
  DATABASE_URL?: string;
  /** Loopback port of the embedded PostgreSQL. */
  EMBEDDED_PG_PORT: number;
  /** Hours the projected raw engine records are kept before they are pruned. */
  PROJECTOR_RETENTION_HOURS: number;
}

export const dbConfigSchema: JSONSchemaType<DbEnvConfig> = {
  type: 'object',
  properties: {
    DATABASE_URL: { type: 'string', pattern: '^postgres(ql)?://', nullable: true },
    EMBEDDED_PG_PORT: { type: 'integer', minimum: 1, maximum: 65535, default: 55432 },
    PROJECTOR_RETENTION_HOURS: { type: 'number', minimum: 0, maximum: 8760, default: 24 },
  },
  required: [],
  additionalProperties: false,
};

/** Reads and validates the database settings; throws a ConfigError naming each bad key. */
export function loadDbConfig(env?: Record<string, string | undefined>): DbEnvConfig {
  return loadEnvConfig('database', dbConfigSchema, env);
}

/** The JDBC form of a postgres:// URL, for the engine's exporter. */
export function toJdbc(url: string): { jdbcUrl: string; username: string; password: string } {
  const u = new URL(url);
  const database = u.pathname.replace(/^\//, '') || 'postgres';
  return {
    jdbcUrl: `jdbc:postgresql://${u.hostname}:${u.port || '5432'}/${database}${u.search}`,
    username: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}
