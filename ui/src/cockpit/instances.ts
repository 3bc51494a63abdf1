import { api, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { dateTime, t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import type { Page } from '../types.ts';
import { notice } from '../widgets.ts';
import { processName, stateBadge, type InstanceSummary, type ProcessVersion } from './common.ts';

const PAGE_SIZE = 50;
const STATES = ['active', 'incident', 'completed', 'canceled'] as const;

/** The filters of the list, kept in the hash (`#/cockpit?processId=&state=&offset=`). */
interface Filters {
  processId: string;
  state: string;
  offset: number;
}

function filtersOf(query: URLSearchParams): Filters {
  const state = query.get('state') ?? '';
  return {
    processId: query.get('processId') ?? '',
    state: (STATES as readonly string[]).includes(state) ? state : '',
    offset: Math.max(0, Number(query.get('offset')) || 0),
  };
}

function hashOf(f: Filters): string {
  const q = new URLSearchParams();
  if (f.processId) q.set('processId', f.processId);
  if (f.state) q.set('state', f.state);
  if (f.offset) q.set('offset', String(f.offset));
  const s = q.toString();
  return `#/cockpit${s ? `?${s}` : ''}`;
}

/** Counts of one process over all its versions, by state. */
async function countsOf(processId: string): Promise<Record<string, number>> {
  const res = await api<{
    items: { active: number; completed: number; incident: number }[];
  }>('GET', `/api/processes/${encodeURIComponent(processId)}/versions`);
  const sum = { active: 0, completed: 0, incident: 0 };
  for (const v of res.items) {
    sum.active += v.active;
    sum.completed += v.completed;
    sum.incident += v.incident;
  }
  return sum;
}

/**
 * The cockpit's instance list: process instances by process and state (active, incident,
 * completed, canceled), newest first, with the chosen process's counts per state.
 */
export async function instancesPage(ctx: PageContext, query: URLSearchParams): Promise<void> {
  const filters = filtersOf(query);
  mount(ctx.root, h('p', { class: 'loading' }, t('inbox.loading')));
  const params = new URLSearchParams({
    limit: String(PAGE_SIZE),
    offset: String(filters.offset),
  });
  if (filters.processId) params.set('processId', filters.processId);
  if (filters.state) params.set('state', filters.state);
  let processes: ProcessVersion[];
  let list: Page<InstanceSummary>;
  let counts: Record<string, number> | undefined;
  try {
    [{ items: processes }, list, counts] = await Promise.all([
      api<{ items: ProcessVersion[] }>('GET', '/api/processes'),
      api<Page<InstanceSummary>>('GET', `/api/process-instances?${params}`),
      filters.processId ? countsOf(filters.processId) : undefined,
    ]);
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;
  const names = new Map(processes.map((p) => [p.processId, processName(p.processId, p.name)]));
  const change = (next: Partial<Filters>) => {
    location.hash = hashOf({ ...filters, offset: 0, ...next });
  };
  const processSelect = h(
    'select',
    {
      id: 'cockpit-process',
      name: 'processId',
      onchange: (e: Event) => change({ processId: (e.target as HTMLSelectElement).value }),
    },
    h('option', { value: '' }, t('cockpit.allProcesses')),
    processes.map((p) =>
      h(
        'option',
        { value: p.processId, selected: p.processId === filters.processId },
        names.get(p.processId) ?? p.processId,
      ),
    ),
  );
  const stateSelect = h(
    'select',
    {
      id: 'cockpit-state',
      name: 'state',
      onchange: (e: Event) => change({ state: (e.target as HTMLSelectElement).value }),
    },
    h('option', { value: '' }, t('cockpit.allStates')),
    STATES.map((s) =>
      h('option', { value: s, selected: s === filters.state }, t(`cockpit.state.${s}`)),
    ),
  );
  const rows = list.items.map((i) =>
    h(
      'tr',
      { class: 'instance-row', 'data-key': i.key, 'data-state': i.state },
      h('td', {}, h('a', { href: `#/cockpit/instances/${i.key}`, class: 'instance-link' }, i.key)),
      h('td', {}, `${names.get(i.processId) ?? i.processId} · v${i.version}`),
      h('td', {}, stateBadge(i.state)),
      h(
        'td',
        {},
        i.record
          ? i.record.type === 'incident'
            ? h(
                'a',
                { href: `#/incidents/${encodeURIComponent(i.record.number)}` },
                i.record.number,
              )
            : i.record.number
          : '—',
      ),
      h('td', {}, dateTime(i.startedAt)),
      h('td', {}, dateTime(i.endedAt)),
    ),
  );
  const last = Math.min(filters.offset + PAGE_SIZE, list.total);
  mount(
    ctx.root,
    h(
      'div',
      { class: 'cockpit' },
      h(
        'div',
        { class: 'cockpit-title' },
        h('h1', {}, t('cockpit.instances'), ' ', h('span', { class: 'count' }, list.total)),
        h('a', { href: '#/cockpit/objectives' }, t('cockpit.objectives')),
      ),
      h(
        'div',
        { class: 'cockpit-filters' },
        h('label', { class: 'field' }, t('cockpit.process'), processSelect),
        h('label', { class: 'field' }, t('cockpit.stateFilter'), stateSelect),
      ),
      counts &&
        h(
          'p',
          { class: 'cockpit-counts', 'data-testid': 'process-counts' },
          (['active', 'incident', 'completed'] as const).map((s) =>
            h(
              'a',
              { href: hashOf({ ...filters, state: s, offset: 0 }), class: 'cockpit-count' },
              stateBadge(s),
              ' ',
              counts[s] ?? 0,
            ),
          ),
        ),
      list.items.length
        ? h(
            'div',
            { class: 'table-wrap card' },
            h(
              'table',
              { class: 'cockpit-table' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', {}, t('cockpit.key')),
                  h('th', {}, t('cockpit.process')),
                  h('th', {}, t('cockpit.state')),
                  h('th', {}, t('inbox.record')),
                  h('th', {}, t('cockpit.started')),
                  h('th', {}, t('cockpit.ended')),
                ),
              ),
              h('tbody', {}, rows),
            ),
          )
        : h('p', { class: 'empty' }, t('cockpit.noInstances')),
      list.total > PAGE_SIZE &&
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              disabled: filters.offset === 0,
              onclick: () =>
                change({ ...filters, offset: Math.max(0, filters.offset - PAGE_SIZE) }),
            },
            t('cockpit.previous'),
          ),
          h('span', {}, `${filters.offset + 1}–${last} / ${list.total}`),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              disabled: last >= list.total,
              onclick: () => change({ ...filters, offset: filters.offset + PAGE_SIZE }),
            },
            t('cockpit.next'),
          ),
        ),
    ),
  );
}
