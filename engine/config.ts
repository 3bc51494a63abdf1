import type { JSONSchemaType } from 'ajv';
import { developmentSetting } from '../lib/dev-setting.ts';
import { ConfigError, loadEnvConfig } from '../lib/env-config.ts';

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
  /**
   * Partitions of the engine the platform starts (fixed when its data is first created): more
   * than one spreads instances over partitions, each exported and projected on its own.
   */
  ENGINE_PARTITIONS: number;
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
    ENGINE_PARTITIONS: { type: 'integer', minimum: 1, maximum: 16, default: 1 },
  },
  required: [],
  additionalProperties: false,
};

/**
 * Refuses engine clock control outside a development setting (HOST and NODE_ENV of `env`, see
 * lib/dev-setting.ts): a movable clock lets anyone who reaches the management port fire every
 * timer and SLA escalation at once.
 */
export function assertClockControlAllowed(env: Record<string, string | undefined>): void {
  const setting = developmentSetting(env);
  if (!setting.development) {
    throw new ConfigError(
      `Invalid engine configuration: ENGINE_CLOCK_CONTROLLED is refused because ${setting.reason}; ` +
        'clock control is for tests and demos on a loopback HOST with NODE_ENV unset, development or test.',
    );
  }
}

/**
 * Reads and validates the engine settings; throws a ConfigError naming each bad key, and when
 * clock control is asked for outside a development setting.
 */
export function loadEngineConfig(
  env: Record<string, string | undefined> = process.env,
): EngineEnvConfig {
  const config = loadEnvConfig('engine', engineConfigSchema, env);
  if (config.ENGINE_CLOCK_CONTROLLED) assertClockControlAllowed(env);
  return config;
}
