import type { JSONSchemaType } from 'ajv';
import { loadEnvConfig } from '../lib/env-config.ts';

/** Engine settings from the environment. Pointing `ZEEBE_GRPC_ADDRESS` at an engine means "use it, start none". */
export interface EngineEnvConfig {
  /** The Zeebe distribution to fetch and run; 8.5.8 is the default for its licence (README). */
  ZEEBE_VERSION: string;
  /** host:port of a running engine's gateway; when set, the platform starts no engine. */
  ZEEBE_GRPC_ADDRESS?: string;
  /** Base URL of that engine's REST API (user-task commands). */
  ZEEBE_REST_ADDRESS?: string;
  /** Base URL of that engine's management port (health, clock control). */
  ZEEBE_MANAGEMENT_ADDRESS?: string;
  /** Tests and demos only: lets the platform move the engine's clock; the app then reads "now" from it. */
  ENGINE_CLOCK_CONTROLLED: boolean;
  /** Ports of the engine the platform starts itself. */
  ENGINE_GRPC_PORT: number;
  ENGINE_REST_PORT: number;
  ENGINE_MANAGEMENT_PORT: number;
  /** Maximum Java heap of the engine the platform starts. */
  ENGINE_HEAP: string;
}

export const engineConfigSchema: JSONSchemaType<EngineEnvConfig> = {
  type: 'object',
  properties: {
    ZEEBE_VERSION: { type: 'string', pattern: '^8\\.[0-9]+\\.[0-9]+$', default: '8.5.8' },
    ZEEBE_GRPC_ADDRESS: { type: 'string', pattern: '^[^:/]+:[0-9]+$', nullable: true },
    ZEEBE_REST_ADDRESS: { type: 'string', pattern: '^https?://', nullable: true },
    ZEEBE_MANAGEMENT_ADDRESS: { type: 'string', pattern: '^https?://', nullable: true },
    ENGINE_CLOCK_CONTROLLED: { type: 'boolean', default: false },
    ENGINE_GRPC_PORT: { type: 'integer', minimum: 1, maximum: 65535, default: 26500 },
    ENGINE_REST_PORT: { type: 'integer', minimum: 1, maximum: 65535, default: 8080 },
    ENGINE_MANAGEMENT_PORT: { type: 'integer', minimum: 1, maximum: 65535, default: 9600 },
    ENGINE_HEAP: { type: 'string', pattern: '^[0-9]+[mMgG]$', default: '1g' },
  },
  required: [],
  additionalProperties: false,
};

/** Reads and validates the engine settings; throws a ConfigError naming each bad key. */
export function loadEngineConfig(env?: Record<string, string | undefined>): EngineEnvConfig {
  return loadEnvConfig('engine', engineConfigSchema, env);
}
