/**
 * The create page of a kind (`#/records/<type>/new`): a form-js form generated from the kind's
 * create schema and field labels, with the customer and service as choices; submit posts it
 * to the core (`/api/records/<type>`) and opens the new record (a kind with its own routes on
 * its own page). A retried submit is the same request (one request id per form shown), so a double
 * click records one record.
 */
import { api, ApiError, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { t } from '../i18n.ts';
import { flash, go, type PageContext } from '../nav.ts';
import { notice } from '../widgets.ts';
import { recordRoute } from './detail.ts';
import { renderSchemaForm } from './form.ts';
import { referenceChoices } from './references.ts';
import { text, type KindView, type RecordView } from './kinds.ts';

/**
 * The page of a kind with its own routes: at its named path's last segment, e.g. an
 * incident's `#/incidents/<number>` with its commands.
 */
function ownPageOf(kind: KindView, number: string): string {
  return `#/${kind.path.split('/').pop()}/${encodeURIComponent(number)}`;
}

/** Draws the create form of a kind. */
export async function createPage(ctx: PageContext, kind: KindView): Promise<void> {
  const singular = text(kind.labels.singular);
  if (!kind.canCreate) {
    mount(ctx.root, notice('error', t('records.cannotCreate', { kind: singular })));
    return;
  }
  const formHost = h('div', { class: 'record-create-form', id: 'record-form' });
  const status = h('div', { class: 'status' });
  const submit = h('button', { type: 'button', id: 'record-submit' }, t('records.create'));
  mount(
    ctx.root,
    h(
      'section',
      { class: 'card record-create', 'data-kind': kind.type },
      h(
        'p',
        { class: 'back' },
        h('a', { href: `#/records/${encodeURIComponent(kind.type)}` }, text(kind.labels.plural)),
      ),
      h('h1', {}, t('records.new', { kind: singular })),
      formHost,
      status,
      h('div', { class: 'actions' }, submit),
    ),
  );
  let choices: Record<string, unknown>;
  try {
    choices = await referenceChoices(kind.createSchema, kind);
  } catch (err) {
    if (ctx.current()) mount(status, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;
  const form = await renderSchemaForm(
    formHost,
    status,
    kind,
    kind.createSchema,
    `create-${kind.type}`,
    choices,
  );
  if (!ctx.current()) return;
  const requestId = crypto.randomUUID();
  submit.addEventListener('click', () => {
    const values = form.values();
    if (!values) return;
    submit.disabled = true;
    void api<RecordView>('POST', `/api/records/${encodeURIComponent(kind.type)}`, {
      ...values,
      requestId,
    })
      .then((record) => {
        flash('info', t('records.created', { kind: singular, number: record.number }));
        go(kind.ownRoutes ? ownPageOf(kind, record.number) : recordRoute(kind.type, record.number));
      })
      .catch((err: unknown) => {
        submit.disabled = false;
        // 503: the kind's process is not running; nothing was recorded.
        const message =
          err instanceof ApiError && err.status === 503
            ? `${t('records.unavailable')} (${err.message})`
            : messageOf(err);
        form.showError(err, message);
      });
  });
}
