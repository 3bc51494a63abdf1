/**
 * The list page of a kind (`#/records/<type>?q=&status=&…&sort=&offset=`): the kind's columns
 * with their labels, its filters (a select for the status and enum fields, text otherwise),
 * a search box, paging and sorting by a column header. The query lives in the address, so
 * the browser's back button and a shared link show the same page.
 */
import { api, download, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { t } from '../i18n.ts';
import { go, type PageContext } from '../nav.ts';
import type { Page } from '../types.ts';
import { notice } from '../widgets.ts';
import {
  fieldLabel,
  sortable,
  statusLabel,
  text,
  valueText,
  type KindView,
  type RecordView,
} from './kinds.ts';

/** Rows per page. */
export const PAGE_SIZE = 20;

/** The route of a kind's list with these parameters (empty ones left out). */
export function listRoute(kind: KindView, params: URLSearchParams): string {
  const query = new URLSearchParams();
  for (const [name, value] of params) if (value) query.set(name, value);
  const q = query.toString();
  return `#/records/${encodeURIComponent(kind.type)}${q ? `?${q}` : ''}`;
}

/** A filter control: a select with every status or enum value (and "all"), a text box otherwise. */
function filterControl(kind: KindView, name: string, value: string): HTMLElement {
  const choices =
    name === 'status'
      ? Object.keys(kind.statuses.labels).map((s) => [s, statusLabel(kind, s)] as const)
      : kind.fields[name]?.enum?.map(
          (v) => [v, text(kind.fields[name]?.enumLabels?.[v], v)] as const,
        );
  if (choices) {
    return h(
      'select',
      { name, 'aria-label': fieldLabel(kind, name) },
      h('option', { value: '' }, t('records.all')),
      choices.map(([v, l]) => h('option', { value: v, selected: v === value }, l)),
    );
  }
  return h('input', { name, value, 'aria-label': fieldLabel(kind, name), maxlength: 200 });
}

/** Draws the list of a kind for the query of the address. */
export async function listPage(
  ctx: PageContext,
  kind: KindView,
  params: URLSearchParams,
): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const sort = params.get('sort') ?? '';
  const query = new URLSearchParams();
  for (const name of ['q', ...kind.list.filters])
    if (params.get(name)) query.set(name, params.get(name)!);
  if (sort && sortable(kind, sort.replace(/^-/, ''))) query.set('sort', sort);
  query.set('limit', String(PAGE_SIZE));
  query.set('offset', String(offset));

  mount(ctx.root, h('p', { class: 'loading' }, t('inbox.loading')));
  // A refused query (e.g. a malformed filter value) keeps the filters shown with the message.
  let page: Page<RecordView> = { items: [], total: 0 };
  let failure: HTMLElement | null = null;
  try {
    page = await api<Page<RecordView>>('GET', `${kind.path}?${query.toString()}`);
  } catch (err) {
    failure = notice('error', messageOf(err));
  }
  if (!ctx.current()) return;

  const form: HTMLFormElement = h(
    'form',
    { class: 'records-filters', role: 'search' },
    h(
      'label',
      { class: 'field records-search' },
      t('records.search'),
      h('input', {
        type: 'search',
        name: 'q',
        value: params.get('q') ?? '',
        placeholder: t('records.searchHint'),
        maxlength: 200,
      }),
    ),
    kind.list.filters.map((name) =>
      h(
        'label',
        { class: 'field' },
        fieldLabel(kind, name),
        filterControl(kind, name, params.get(name) ?? ''),
      ),
    ),
    h(
      'div',
      { class: 'records-filter-actions' },
      h('button', { type: 'submit' }, t('records.apply')),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) next.set(name, String(value).trim());
    if (sort) next.set('sort', sort);
    go(listRoute(kind, next));
  });

  /** A header: a button that sorts by the column (ascending, then descending) when sortable. */
  const header = (name: string) => {
    const current =
      sort.replace(/^-/, '') === name ? (sort.startsWith('-') ? 'descending' : 'ascending') : null;
    if (!sortable(kind, name)) return h('th', { scope: 'col' }, fieldLabel(kind, name));
    const next = new URLSearchParams(params);
    next.set('sort', current === 'ascending' ? `-${name}` : name);
    next.delete('offset');
    return h(
      'th',
      { scope: 'col', 'aria-sort': current ?? 'none', 'data-column': name },
      h(
        'button',
        { type: 'button', class: 'sort', onclick: () => go(listRoute(kind, next)) },
        fieldLabel(kind, name),
        current
          ? h('span', { 'aria-hidden': 'true' }, current === 'ascending' ? ' ▲' : ' ▼')
          : null,
      ),
    );
  };
  const cell = (record: RecordView, name: string) => {
    const value = valueText(kind, name, record[name]);
    if (name === 'number')
      return h(
        'td',
        {},
        h(
          'a',
          {
            href: `#/records/${encodeURIComponent(kind.type)}/${encodeURIComponent(record.number)}`,
          },
          value,
        ),
      );
    return h('td', { 'data-column': name }, value);
  };

  const to = Math.min(offset + page.items.length, page.total);
  const pageLink = (label: string, at: number, enabled: boolean) => {
    const next = new URLSearchParams(params);
    next.set('offset', String(at));
    return h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        disabled: !enabled,
        onclick: () => go(listRoute(kind, next)),
      },
      label,
    );
  };

  /** The rows the filters select, as a file (the list's query without paging). */
  const exportNotice = h('div', { class: 'records-export-notice', 'aria-live': 'polite' });
  async function exportAs(format: 'xlsx' | 'csv'): Promise<void> {
    const selection = new URLSearchParams(query);
    selection.delete('limit');
    selection.delete('offset');
    selection.set('format', format);
    mount(exportNotice, h('p', { class: 'loading' }, t('records.exporting')));
    try {
      const name = await download(`${kind.path}/export?${selection.toString()}`);
      mount(exportNotice, notice('info', t('records.exported', { name })));
    } catch (err) {
      mount(exportNotice, notice('error', messageOf(err)));
    }
  }

  mount(
    ctx.root,
    h(
      'section',
      { class: 'records-list', 'data-kind': kind.type },
      h(
        'div',
        { class: 'records-head' },
        h('h1', {}, text(kind.labels.plural), ' ', h('span', { class: 'count' }, page.total)),
        h(
          'div',
          { class: 'actions records-export' },
          (['xlsx', 'csv'] as const).map((format) =>
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                'data-format': format,
                onclick: () => void exportAs(format),
              },
              t(`records.export.${format}`),
            ),
          ),
        ),
        kind.canCreate
          ? h(
              'a',
              {
                class: 'button',
                id: 'record-new',
                href: `#/records/${encodeURIComponent(kind.type)}/new`,
              },
              t('records.new', { kind: text(kind.labels.singular) }),
            )
          : null,
      ),
      form,
      exportNotice,
      failure,
      page.items.length
        ? h(
            'div',
            { class: 'records-table-wrap' },
            h(
              'table',
              { class: 'records-table' },
              h('thead', {}, h('tr', {}, kind.list.columns.map(header))),
              h(
                'tbody',
                {},
                page.items.map((r) =>
                  h(
                    'tr',
                    { 'data-number': r.number },
                    kind.list.columns.map((c) => cell(r, c)),
                  ),
                ),
              ),
            ),
          )
        : h('p', { class: 'empty' }, t('records.empty')),
      h(
        'div',
        { class: 'records-paging' },
        h(
          'span',
          {},
          t('records.range', { from: page.total ? offset + 1 : 0, to, total: page.total }),
        ),
        pageLink(t('cockpit.previous'), Math.max(0, offset - PAGE_SIZE), offset > 0),
        pageLink(t('cockpit.next'), offset + PAGE_SIZE, offset + PAGE_SIZE < page.total),
      ),
    ),
  );
}
