import { WEBHOOK_EVENT_TYPES } from '../../lib/webhooks/events.ts';
import type { WebhookService } from '../services/webhook.service.ts';
import { route, type RouteSpec } from './route-spec.ts';

const TAG = 'Webhooks';
const ADMIN = ['admin'] as const;

const eventsSchema = {
  type: 'array',
  items: { type: 'string', enum: [...WEBHOOK_EVENT_TYPES] },
  minItems: 1,
  maxItems: WEBHOOK_EVENT_TYPES.length,
  uniqueItems: true,
};
/**
 * An absolute http(s) URL without user name or password, as `urlProblem` accepts
 * (lib/webhooks/url.ts): a host name, an IPv4 address, `[::1]` or a full IPv6 address, an
 * optional port up to 65535, then printable ASCII (percent-encode the rest). The pattern is
 * the published form; the handler still checks with the URL parser.
 */
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const HOST =
  `((${OCTET}\\.){3}${OCTET}` +
  '|([A-Za-z0-9]+(-[A-Za-z0-9]+)*\\.)*[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*' +
  '|\\[(::1|([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})\\])';
const PORT = '(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})';
export const WEBHOOK_URL_PATTERN = `^https?://${HOST}(:${PORT})?([/?#][!-~]*)?$`;
const urlSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 2000,
  pattern: WEBHOOK_URL_PATTERN,
  description: 'An absolute http:// or https:// URL without a user name or password',
};
const descriptionSchema = { type: ['string', 'null'], maxLength: 500 };

const createBody = {
  type: 'object',
  properties: {
    url: urlSchema,
    description: descriptionSchema,
    events: eventsSchema,
    enabled: { type: 'boolean' },
  },
  required: ['url', 'events'],
  additionalProperties: false,
};

const updateBody = {
  type: 'object',
  properties: createBody.properties,
  minProperties: 1,
  additionalProperties: false,
};

const instant = { type: 'string', format: 'date-time' };
const nullable = (schema: { type: string; format?: string }) => ({
  ...schema,
  type: [schema.type, 'null'],
});

const subscriptionSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    url: { type: 'string' },
    description: { type: ['string', 'null'] },
    events: { type: 'array', items: { type: 'string', enum: [...WEBHOOK_EVENT_TYPES] } },
    enabled: { type: 'boolean' },
    createdBy: { type: 'string' },
    createdAt: instant,
    updatedAt: instant,
  },
  required: [
    'id',
    'url',
    'description',
    'events',
    'enabled',
    'createdBy',
    'createdAt',
    'updatedAt',
  ],
  additionalProperties: false,
};

const createdSchema = {
  ...subscriptionSchema,
  properties: {
    ...subscriptionSchema.properties,
    secret: { type: 'string', description: 'HMAC-SHA256 key; shown only in this answer' },
  },
  required: [...subscriptionSchema.required, 'secret'],
};

const rotatedSchema = {
  ...createdSchema,
  properties: {
    ...createdSchema.properties,
    secret: { type: 'string', description: 'The new HMAC-SHA256 key; shown only in this answer' },
    previousSecretValidUntil: {
      ...nullable(instant),
      description: "Until when deliveries also carry the old secret's signature (null: not at all)",
    },
  },
  required: [...createdSchema.required, 'previousSecretValidUntil'],
};

/** Hours the old secret still signs after a rotation, unless the request says otherwise. */
const DEFAULT_GRACE_HOURS = 24;

const deliveryProperties = {
  id: { type: 'string' },
  subscriptionId: { type: 'string', format: 'uuid' },
  eventId: { type: 'string' },
  eventType: { type: 'string' },
  idempotencyKey: { type: 'string' },
  status: { type: 'string', enum: ['pending', 'sending', 'delivered', 'failed'] },
  attempts: { type: 'integer' },
  nextAttemptAt: instant,
  lastStatusCode: nullable({ type: 'integer' }),
  lastError: nullable({ type: 'string' }),
  createdAt: instant,
  deliveredAt: nullable(instant),
};
const deliverySchema = {
  type: 'object',
  properties: deliveryProperties,
  required: Object.keys(deliveryProperties),
  additionalProperties: false,
};
const deliveryWithLogSchema = {
  type: 'object',
  properties: {
    ...deliveryProperties,
    log: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          attempt: { type: 'integer' },
          at: instant,
          statusCode: nullable({ type: 'integer' }),
          error: nullable({ type: 'string' }),
          durationMs: { type: 'integer' },
        },
        required: ['attempt', 'at', 'statusCode', 'error', 'durationMs'],
        additionalProperties: false,
      },
    },
  },
  required: [...Object.keys(deliveryProperties), 'log'],
  additionalProperties: false,
};

const list = (items: object) => ({
  type: 'object',
  properties: { items: { type: 'array', items }, total: { type: 'integer' } },
  required: ['items', 'total'],
  additionalProperties: false,
});

/**
 * Outbound webhooks (admin only): subscriptions of a URL to events, a test delivery, and
 * the delivery log. The secret is answered once, by create.
 */
export function webhookRoutes(deps: { webhooks: WebhookService }): RouteSpec[] {
  const { webhooks } = deps;
  return [
    route({
      method: 'get',
      path: '/api/webhooks',
      summary: 'The webhook subscriptions (without their secrets)',
      tag: TAG,
      access: ADMIN,
      success: { status: 200, description: '{ items, total }', schema: list(subscriptionSchema) },
      async handler() {
        const items = await webhooks.list();
        return { body: { items, total: items.length } };
      },
    }),
    route({
      method: 'post',
      path: '/api/webhooks',
      summary: `Subscribe an http(s) URL to events (${WEBHOOK_EVENT_TYPES.join(', ')}); the answer shows the signing secret once`,
      tag: TAG,
      access: ADMIN,
      body: createBody,
      success: {
        status: 201,
        description: 'The subscription with its secret',
        schema: createdSchema,
      },
      async handler(req) {
        const body = req.body as {
          url: string;
          events: string[];
          description?: string;
          enabled?: boolean;
        };
        return { status: 201, body: await webhooks.create(body, req.user!.username) };
      },
    }),
    route({
      method: 'get',
      path: '/api/webhooks/:id',
      summary: 'One webhook subscription (without its secret)',
      tag: TAG,
      access: ADMIN,
      success: { status: 200, description: 'The subscription', schema: subscriptionSchema },
      async handler(req) {
        return { body: await webhooks.get(req.params.id!) };
      },
    }),
    route({
      method: 'patch',
      path: '/api/webhooks/:id',
      summary: 'Change the URL, description, events or enabled flag of a subscription',
      tag: TAG,
      access: ADMIN,
      body: updateBody,
      success: { status: 200, description: 'The subscription', schema: subscriptionSchema },
      async handler(req) {
        return { body: await webhooks.update(req.params.id!, req.body as object) };
      },
    }),
    route({
      method: 'delete',
      path: '/api/webhooks/:id',
      summary: 'Delete a subscription with its deliveries and their log',
      tag: TAG,
      access: ADMIN,
      success: { status: 204, description: 'Deleted', empty: true },
      async handler(req) {
        await webhooks.remove(req.params.id!);
        return { status: 204 };
      },
    }),
    route({
      method: 'post',
      path: '/api/webhooks/:id/test',
      summary:
        'Queue a webhook.test delivery to the subscription, due now; the worker process sends it like any other (see its deliveries)',
      tag: TAG,
      access: ADMIN,
      body: { type: 'object', properties: {}, additionalProperties: false },
      success: { status: 202, description: 'The queued delivery', schema: deliverySchema },
      async handler(req) {
        return { status: 202, body: await webhooks.test(req.params.id!, req.user!.username) };
      },
    }),
    route({
      method: 'post',
      path: '/api/webhooks/:id/rotate-secret',
      summary: `Replace the signing secret; the answer shows the new one once. For graceHours (default ${DEFAULT_GRACE_HOURS}, 0 to stop at once) X-Itsm-Signature carries the old secret's signature too: sha256=<new>,sha256=<old>`,
      tag: TAG,
      access: ADMIN,
      body: {
        type: 'object',
        properties: {
          graceHours: { type: 'integer', minimum: 0, maximum: 720, default: DEFAULT_GRACE_HOURS },
        },
        additionalProperties: false,
      },
      success: {
        status: 200,
        description: 'The subscription with its new secret',
        schema: rotatedSchema,
      },
      async handler(req) {
        const { graceHours = DEFAULT_GRACE_HOURS } = req.body as { graceHours?: number };
        return {
          body: await webhooks.rotateSecret(req.params.id!, graceHours, req.user!.username),
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/webhooks/:id/deliveries',
      summary:
        'The delivery log of a subscription: the latest deliveries, newest first, each with its attempts',
      tag: TAG,
      access: ADMIN,
      query: {
        type: 'object',
        properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        additionalProperties: false,
      },
      success: {
        status: 200,
        description: '{ items, total }',
        schema: list(deliveryWithLogSchema),
      },
      async handler(req) {
        const limit = (req.query as { limit?: number }).limit ?? 50;
        const items = await webhooks.deliveries(req.params.id!, limit);
        return { body: { items, total: items.length } };
      },
    }),
  ];
}
