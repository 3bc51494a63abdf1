import type { JSONSchemaType } from 'ajv';
import { loadEnvConfig } from '../../lib/env-config.ts';
import { WEBHOOK_MAX_ATTEMPTS } from '../../lib/webhooks/retry.ts';

/** Settings of the webhook loops in the worker process. */
export interface WebhookEnvConfig {
  /** How often the dispatcher looks for new events and the sender for due deliveries. */
  WEBHOOK_POLL_MS: number;
  /** How long one POST may take before it counts as failed. */
  WEBHOOK_TIMEOUT_MS: number;
  /** Attempts before a delivery is given up as failed. */
  WEBHOOK_MAX_ATTEMPTS: number;
  /** Deliveries sent at the same time by one sender. */
  WEBHOOK_CONCURRENCY: number;
  /**
   * Days a delivered or failed delivery (with its attempt log) is kept; events older than this
   * are not sent any more either (a worker down longer skips them).
   */
  WEBHOOK_DELIVERY_RETENTION_DAYS: number;
  /** How often old deliveries are pruned. */
  WEBHOOK_PRUNE_INTERVAL_MS: number;
  /** Deliveries deleted per statement while pruning. */
  WEBHOOK_PRUNE_BATCH: number;
}

export const webhookConfigSchema: JSONSchemaType<WebhookEnvConfig> = {
  type: 'object',
  properties: {
    WEBHOOK_POLL_MS: { type: 'integer', minimum: 50, maximum: 60_000, default: 1000 },
    WEBHOOK_TIMEOUT_MS: { type: 'integer', minimum: 100, maximum: 120_000, default: 10_000 },
    WEBHOOK_MAX_ATTEMPTS: {
      type: 'integer',
      minimum: 1,
      maximum: 50,
      default: WEBHOOK_MAX_ATTEMPTS,
    },
    WEBHOOK_CONCURRENCY: { type: 'integer', minimum: 1, maximum: 64, default: 4 },
    WEBHOOK_DELIVERY_RETENTION_DAYS: { type: 'integer', minimum: 2, maximum: 3650, default: 30 },
    WEBHOOK_PRUNE_INTERVAL_MS: {
      type: 'integer',
      minimum: 50,
      maximum: 86_400_000,
      default: 600_000,
    },
    WEBHOOK_PRUNE_BATCH: { type: 'integer', minimum: 1, maximum: 10_000, default: 500 },
  },
  required: [],
  additionalProperties: false,
};

/** Reads and validates the webhook settings; throws a ConfigError naming each bad key. */
export function loadWebhookConfig(env?: Record<string, string | undefined>): WebhookEnvConfig {
  return loadEnvConfig('webhook', webhookConfigSchema, env);
}
