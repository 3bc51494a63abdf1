import { api, ApiError, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { dateTime, t, type Key } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { notice, showFieldErrors } from '../widgets.ts';
import type { Answer } from '../types.ts';

/** The events an admin can subscribe to (the API's closed list). */
const EVENTS = [
  'record.created',
  'record.status-changed',
  'task.created',
  'task.completed',
  'sla.threshold-reached',
  'sla.breached',
  'process.incident-raised',
] as const;

/** A subscription as GET /api/webhooks answers it. */
type Subscription = Answer<'/api/webhooks', 'get'>['items'][number];

/** A delivery with its attempts (GET /api/webhooks/:id/deliveries). */
type Delivery = Answer<'/api/webhooks/{id}/deliveries', 'get'>['items'][number];

const eventLabel = (type: string) => t(`webhooks.event.${type}` as Key);

/** The delivery log of one subscription: newest first, each attempt on its own line. */
async function deliveryLog(subscriptionId: string): Promise<HTMLElement> {
  const page = await api<{ items: Delivery[] }>(
    'GET',
    `/api/webhooks/${encodeURIComponent(subscriptionId)}/deliveries?limit=50`,
  );
  if (!page.items.length) return h('p', { class: 'muted' }, t('webhooks.noDeliveries'));
  return h(
    'table',
    { class: 'records-table webhook-deliveries' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, t('webhooks.created')),
        h('th', {}, t('webhooks.eventType')),
        h('th', {}, t('webhooks.status')),
        h('th', {}, t('webhooks.attempts')),
      ),
    ),
    h(
      'tbody',
      {},
      page.items.map((d) =>
        h(
          'tr',
          { 'data-status': d.status },
          h('td', {}, dateTime(d.createdAt)),
          h('td', {}, eventLabel(d.eventType), h('div', { class: 'muted' }, d.idempotencyKey)),
          h(
            'td',
            {},
            t(`webhooks.status.${d.status}` as Key),
            d.status === 'pending' && d.attempts > 0
              ? h(
                  'div',
                  { class: 'muted' },
                  t('webhooks.nextAttempt', { at: dateTime(d.nextAttemptAt) }),
                )
              : null,
          ),
          h(
            'td',
            {},
            d.log.map((a) =>
              h(
                'div',
                {},
                `#${a.attempt} ${dateTime(a.at)} · ${a.statusCode ?? '—'} · ${a.durationMs} ms`,
                a.error ? ` · ${a.error}` : '',
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * The admin's webhooks page (`#/webhooks`): the subscriptions with a test button, a secret
 * rotation (the new secret shown once), a delete button and their delivery log, and a form to
 * subscribe a URL (its secret shown once).
 */
export async function webhooksPage(ctx: PageContext): Promise<void> {
  let subs: Subscription[];
  try {
    subs = (await api<{ items: Subscription[] }>('GET', '/api/webhooks')).items;
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;
  const status = h('div', { class: 'status' });
  const redraw = (message?: HTMLElement) =>
    void webhooksPage(ctx).then(() => {
      if (message && ctx.current()) ctx.root.prepend(message);
    });

  const rows = subs.map((s) => {
    const log = h('div', { class: 'webhook-log' });
    const action = (labelKey: Key, run: () => Promise<void>, cls = 'secondary') =>
      h(
        'button',
        {
          type: 'button',
          class: cls,
          onclick: () =>
            void run().catch((err: unknown) => mount(status, notice('error', messageOf(err)))),
        },
        t(labelKey),
      );
    return h(
      'li',
      { class: 'card webhook', 'data-id': s.id },
      h('strong', {}, s.url),
      s.description ? h('div', {}, s.description) : null,
      h('div', { class: 'muted' }, s.events.map(eventLabel).join('、')),
      h(
        'div',
        { class: 'muted' },
        `${s.enabled ? t('webhooks.enabled') : t('webhooks.disabled')} · ${s.createdBy} · ${dateTime(s.createdAt)}`,
      ),
      h(
        'div',
        { class: 'actions' },
        action('webhooks.test', async () => {
          await api('POST', `/api/webhooks/${encodeURIComponent(s.id)}/test`, {});
          mount(status, notice('info', t('webhooks.testQueued')));
          mount(log, await deliveryLog(s.id));
        }),
        action('webhooks.showLog', async () => mount(log, await deliveryLog(s.id))),
        action('webhooks.rotate', async () => {
          if (!window.confirm(t('webhooks.confirmRotate', { url: s.url }))) return;
          const rotated = await api<{ secret: string; previousSecretValidUntil: string | null }>(
            'POST',
            `/api/webhooks/${encodeURIComponent(s.id)}/rotate-secret`,
            {},
          );
          // The only time the new secret is shown, as at creation.
          redraw(
            h(
              'div',
              { class: 'notice notice-info webhook-secret', role: 'status' },
              h(
                'p',
                {},
                t('webhooks.rotatedOnce', { until: dateTime(rotated.previousSecretValidUntil) }),
              ),
              h('code', { 'data-testid': 'webhook-secret' }, rotated.secret),
            ),
          );
        }),
        action(
          'webhooks.delete',
          async () => {
            if (!window.confirm(t('webhooks.confirmDelete', { url: s.url }))) return;
            await api('DELETE', `/api/webhooks/${encodeURIComponent(s.id)}`);
            redraw();
          },
          'danger',
        ),
      ),
      log,
    );
  });

  const form: HTMLFormElement = h(
    'form',
    { class: 'card webhook-form', novalidate: true },
    h('h2', {}, t('webhooks.new')),
    h(
      'label',
      { class: 'field wide' },
      t('webhooks.url'),
      h('input', { name: 'url', type: 'url', required: true, placeholder: 'https://' }),
    ),
    h(
      'label',
      { class: 'field wide' },
      t('webhooks.description'),
      h('input', { name: 'description', maxlength: 500 }),
    ),
    h(
      'fieldset',
      { class: 'field wide', name: 'events' },
      h('legend', {}, t('webhooks.events')),
      EVENTS.map((e) =>
        h(
          'label',
          { class: 'check' },
          h('input', { type: 'checkbox', name: 'event', value: e }),
          eventLabel(e),
        ),
      ),
    ),
    h('button', { type: 'submit' }, t('webhooks.create')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const body = {
      url: String(data.get('url') ?? ''),
      description: String(data.get('description') ?? '') || null,
      events: data.getAll('event').map(String),
    };
    void api<Subscription & { secret: string }>('POST', '/api/webhooks', body)
      .then((created) =>
        // The only time the secret is shown: the receiver needs it to check signatures.
        redraw(
          h(
            'div',
            { class: 'notice notice-info webhook-secret', role: 'status' },
            h('p', {}, t('webhooks.secretOnce')),
            h('code', { 'data-testid': 'webhook-secret' }, created.secret),
          ),
        ),
      )
      .catch((err: unknown) => {
        const fields =
          err instanceof ApiError
            ? err.details.map((d) => ({ ...d, field: d.field.replace(/\.\d+$/, '') }))
            : [];
        const rest = showFieldErrors(form, fields);
        mount(
          status,
          notice('error', rest.length || !fields.length ? messageOf(err) : t('task.fixFields')),
        );
      });
  });

  mount(
    ctx.root,
    h('h1', {}, t('webhooks.title')),
    h('p', { class: 'muted' }, t('webhooks.intro')),
    status,
    subs.length ? h('ul', { class: 'webhooks' }, rows) : h('p', {}, t('webhooks.none')),
    form,
  );
}
