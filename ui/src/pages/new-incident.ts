import { api, ApiError, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { lang, t, type Key } from '../i18n.ts';
import { flash, go, type PageContext } from '../nav.ts';
import { currentUser } from '../session.ts';
import type { Incident, Named, Page } from '../types.ts';
import { notice, showFieldErrors } from '../widgets.ts';

const CHANNELS = ['phone', 'visit', 'fax', 'email', 'web', 'monitoring'] as const;

/**
 * Who picks the customer: the service desk (the API's CUSTOMER_SETTER_ROLES) and a customer
 * contact (who is offered their own customer only); the API refuses anyone else's choice.
 */
const CUSTOMER_PICKERS = [
  'service-desk',
  'service-desk-lead',
  'incident-manager',
  'admin',
  'customer-contact',
];

/** A reference row's name in the current language. */
function nameOf(item: Named): string {
  const name = lang() === 'zh-CN' ? (item.nameZh ?? item.nameEn) : (item.nameEn ?? item.nameZh);
  const code = item.number ?? item.code;
  return [code, name ?? item.name].filter(Boolean).join(' ');
}

function options(items: Named[], none: boolean): HTMLOptionElement[] {
  return [
    ...(none ? [h('option', { value: '' }, t('incident.none'))] : []),
    ...items.map((item) => h('option', { value: item.id }, nameOf(item))),
  ];
}

function field(labelKey: Key, control: HTMLElement, wide = false): HTMLElement {
  return h('label', { class: wide ? 'field wide' : 'field' }, t(labelKey), control);
}

/**
 * The service desk's form to report an incident (POST /api/incidents): service, CI (of the
 * chosen service) and customer from reference data; the answer's number is shown and opened.
 */
export async function newIncidentPage(ctx: PageContext): Promise<void> {
  let services: Page<Named>;
  let customers: Page<Named> | undefined;
  const picksCustomer = Boolean(currentUser()?.roles.some((r) => CUSTOMER_PICKERS.includes(r)));
  try {
    [services, customers] = await Promise.all([
      api<Page<Named>>('GET', '/api/services?limit=1000'),
      picksCustomer ? api<Page<Named>>('GET', '/api/customers?limit=1000') : undefined,
    ]);
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;
  const status = h('div', { class: 'status' });
  const level = (name: string) =>
    h(
      'select',
      { name },
      [1, 2, 3].map((n) => h('option', { value: n, selected: n === 2 }, t(`level.${n}` as Key))),
    );
  const service = h('select', { name: 'serviceId' }, options(services.items, true));
  const ci = h('select', { name: 'ciId' }, options([], true));
  service.addEventListener('change', () => {
    mount(ci, options([], true));
    if (!service.value) return;
    void api<Page<Named>>(
      'GET',
      `/api/configuration-items?limit=1000&serviceId=${encodeURIComponent(service.value)}`,
    )
      .then((page) => mount(ci, options(page.items, true)))
      .catch((err: unknown) => mount(status, notice('error', messageOf(err))));
  });
  const form: HTMLFormElement = h(
    'form',
    { class: 'card incident-form', novalidate: true },
    h('h1', {}, t('incident.new')),
    h(
      'div',
      { class: 'grid' },
      field('incident.title', h('input', { name: 'title', maxlength: 500, required: true }), true),
      field(
        'incident.description',
        h('textarea', { name: 'description', rows: 4, maxlength: 20000 }),
        true,
      ),
      field(
        'incident.channel',
        h(
          'select',
          { name: 'channel' },
          CHANNELS.map((c) => h('option', { value: c }, t(`channel.${c}`))),
        ),
      ),
      field('incident.impact', level('impact')),
      field('incident.urgency', level('urgency')),
      field('incident.service', service),
      field('incident.ci', ci),
      customers &&
        field(
          'incident.customer',
          h('select', { name: 'customerId' }, options(customers.items, true)),
        ),
      field('incident.reporterName', h('input', { name: 'reporter.name', maxlength: 200 })),
      field('incident.reporterContact', h('input', { name: 'reporter.contact', maxlength: 200 })),
    ),
    status,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('incident.submit'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    // Empty text is left out, so the server names a missing field "is required".
    const body: Record<string, unknown> = {
      channel: text('channel'),
      impact: Number(text('impact')),
      urgency: Number(text('urgency')),
      reporter: {
        name: text('reporter.name'),
        ...(text('reporter.contact') ? { contact: text('reporter.contact') } : {}),
      },
    };
    for (const name of ['title', 'description', 'serviceId', 'ciId', 'customerId'])
      if (text(name)) body[name] = text(name);
    const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    button.disabled = true;
    void (async () => {
      mount(status);
      try {
        const incident = await api<Incident>('POST', '/api/incidents', body);
        flash(
          'info',
          t('incident.created', { number: incident.number, priority: incident.priority }),
        );
        go(`#/incidents/${encodeURIComponent(incident.number)}`);
      } catch (err) {
        button.disabled = false;
        const rest = showFieldErrors(form, err instanceof ApiError ? err.details : []);
        mount(
          status,
          notice('error', messageOf(err)),
          rest.length
            ? h(
                'ul',
                { class: 'field-errors' },
                rest.map((r) => h('li', {}, `${r.field}: ${r.message}`)),
              )
            : null,
        );
      }
    })();
  });
  mount(ctx.root, form);
}
