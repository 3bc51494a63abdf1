/**
 * `#/modeler/job-types`: the job-type registry (issue 13 item 3). Process owners and admins see
 * every job type a diagram may name, the platform's own (retired marked) and the external ones
 * that workers outside the platform serve; admins register external types (name, description,
 * input and output JSON Schemas), deactivate, activate and delete them.
 */
import { api, ApiError, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { currentUser } from '../session.ts';
import { notice, showFieldErrors } from '../widgets.ts';
import type { Answer } from '../types.ts';

/** One entry of GET /api/job-types. */
type JobType = Answer<'/api/job-types', 'get'>['items'][number];

/** The state of a job type in words: active, retired (platform) or inactive (external). */
function stateOf(j: JobType): string {
  if (j.active) return t('jobTypes.active');
  return j.owner === 'platform' ? t('jobTypes.retired') : t('jobTypes.inactive');
}

/** A JSON Schema typed in a text area; undefined when left empty, the field named when broken. */
function schemaOf(text: string, field: string): { value?: object; problem?: FieldProblem } {
  if (!text.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return { value: value as object };
  } catch {
    // reported below
  }
  return { problem: { field, message: t('jobTypes.notJson') } };
}
interface FieldProblem {
  field: string;
  message: string;
}

export async function jobTypesPage(ctx: PageContext): Promise<void> {
  mount(ctx.root, h('p', { class: 'modeler-muted' }, t('inbox.loading')));
  let items: JobType[];
  try {
    items = (await api<{ items: JobType[] }>('GET', '/api/job-types')).items;
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;
  const isAdmin = currentUser()?.roles.includes('admin') ?? false;
  const status = h('div', { class: 'modeler-status', 'aria-live': 'polite' });
  const fail = (err: unknown) => mount(status, notice('error', messageOf(err)));
  const redraw = (message?: string) =>
    void jobTypesPage(ctx).then(() => {
      if (message && ctx.current()) ctx.root.prepend(notice('info', message));
    });

  const path = (type: string) => `/api/job-types/${encodeURIComponent(type)}`;
  const actions = (j: JobType) =>
    isAdmin && j.owner === 'external'
      ? h(
          'td',
          { class: 'job-type-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              'data-action': j.active ? 'deactivate' : 'activate',
              onclick: () =>
                void api('PUT', path(j.type), { active: !j.active })
                  .then(() => redraw())
                  .catch(fail),
            },
            j.active ? t('jobTypes.deactivate') : t('jobTypes.activate'),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'danger',
              'data-action': 'delete',
              onclick: () => {
                if (!window.confirm(t('jobTypes.confirmDelete', { type: j.type }))) return;
                void api('DELETE', path(j.type))
                  .then(() => redraw())
                  .catch(fail);
              },
            },
            t('jobTypes.delete'),
          ),
        )
      : h('td', {});

  const table = h(
    'table',
    { class: 'records-table job-types' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, t('jobTypes.type')),
        h('th', {}, t('jobTypes.name')),
        h('th', {}, t('jobTypes.owner')),
        h('th', {}, t('jobTypes.state')),
        h('th', {}, ''),
      ),
    ),
    h(
      'tbody',
      {},
      // External types first: the ones an admin looks after.
      [...items]
        .sort((a, b) =>
          a.owner === b.owner ? a.type.localeCompare(b.type) : a.owner === 'external' ? -1 : 1,
        )
        .map((j) =>
          h(
            'tr',
            { 'data-type': j.type, 'data-owner': j.owner },
            h('td', {}, h('code', {}, j.type)),
            h(
              'td',
              {},
              j.name,
              j.description && j.description !== j.name
                ? h('div', { class: 'modeler-muted' }, j.description)
                : null,
            ),
            h(
              'td',
              {},
              j.owner === 'platform' ? t('jobTypes.ownerPlatform') : t('jobTypes.ownerExternal'),
            ),
            h('td', { 'data-state': j.active ? 'active' : 'inactive' }, stateOf(j)),
            actions(j),
          ),
        ),
    ),
  );

  const area = (name: string, placeholder: string) =>
    h('textarea', { name, rows: 4, spellcheck: false, placeholder });
  const form: HTMLFormElement = h(
    'form',
    { class: 'card job-type-form', id: 'job-type-new', novalidate: true },
    h('h2', {}, t('jobTypes.new')),
    h(
      'label',
      { class: 'field wide' },
      t('jobTypes.type'),
      h('input', { name: 'type', required: true, placeholder: 'charge-credit-card' }),
    ),
    h('label', { class: 'field wide' }, t('jobTypes.name'), h('input', { name: 'name' })),
    h(
      'label',
      { class: 'field wide' },
      t('jobTypes.description'),
      h('input', { name: 'description' }),
    ),
    h(
      'label',
      { class: 'field wide' },
      t('jobTypes.input'),
      area('input', '{ "type": "object", "properties": { "orderId": { "type": "string" } } }'),
    ),
    h(
      'label',
      { class: 'field wide' },
      t('jobTypes.output'),
      area('output', '{ "type": "object" }'),
    ),
    h('button', { type: 'submit' }, t('jobTypes.register')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const input = schemaOf(String(data.get('input') ?? ''), 'input');
    const output = schemaOf(String(data.get('output') ?? ''), 'output');
    const local = [input.problem, output.problem].filter((p): p is FieldProblem => !!p);
    if (local.length) {
      showFieldErrors(form, local);
      mount(status, notice('error', t('task.fixFields')));
      return;
    }
    const type = String(data.get('type') ?? '');
    const body = {
      type,
      name: String(data.get('name') ?? ''),
      description: String(data.get('description') ?? '') || null,
      ...(input.value ? { input: input.value } : {}),
      ...(output.value ? { output: output.value } : {}),
    };
    void api('POST', '/api/job-types', body)
      .then(() => redraw(t('jobTypes.registered', { type })))
      .catch((err: unknown) => {
        const fields = err instanceof ApiError ? err.details : [];
        const rest = showFieldErrors(form, fields);
        mount(
          status,
          notice('error', rest.length || !fields.length ? messageOf(err) : t('task.fixFields')),
        );
      });
  });

  mount(
    ctx.root,
    h(
      'section',
      { class: 'modeler-list job-types-page' },
      h(
        'h1',
        {},
        h('a', { href: '#/modeler', class: 'modeler-back' }, t('modeler.title')),
        ' / ',
        t('jobTypes.title'),
      ),
      h('p', { class: 'modeler-muted' }, t('jobTypes.intro')),
      status,
      h('div', { class: 'modeler-table-scroll' }, table),
      isAdmin ? form : h('p', { class: 'modeler-muted' }, t('jobTypes.adminOnly')),
    ),
  );
}
