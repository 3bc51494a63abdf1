import { api, ApiError, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { notice, showFieldErrors } from '../widgets.ts';
import type { Answer } from '../types.ts';

type GroupRoles = Answer<'/api/auth/oidc/group-roles', 'get'>['items'][number];

/** The roles typed in a row: comma- or space-separated ids. */
const rolesOf = (text: string) => text.split(/[\s,，]+/).filter(Boolean);

/**
 * The admin's table mapping the company directory's groups to roles
 * (GET/PUT /api/auth/oidc/group-roles): one row per group with its roles; a role that does
 * not exist is marked on its row. Users get the roles at their next sign-in.
 */
export async function directoryGroupsPage(ctx: PageContext): Promise<void> {
  let table: { items: GroupRoles[]; roles: string[] };
  try {
    table = await api('GET', '/api/auth/oidc/group-roles');
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;
  const status = h('div', { class: 'status' });
  const body = h('tbody', {});
  const row = (item: GroupRoles) => {
    const tr = h(
      'tr',
      { class: 'group-row' },
      h(
        'td',
        {},
        h('input', { name: 'group', value: item.group, 'aria-label': t('groups.group') }),
      ),
      h(
        'td',
        {},
        h('input', {
          name: 'roles',
          value: item.roles.join(', '),
          'aria-label': t('groups.roles'),
        }),
      ),
      h(
        'td',
        {},
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => tr.remove() },
          t('groups.remove'),
        ),
      ),
    );
    return tr;
  };
  for (const item of table.items) body.append(row(item));
  if (!table.items.length) body.append(row({ group: '', roles: [] }));
  const form: HTMLFormElement = h(
    'form',
    { class: 'card directory-groups', novalidate: true },
    h(
      'table',
      { class: 'records-table' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, t('groups.group')), h('th', {}, t('groups.roles')), h('th', {})),
      ),
      body,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        id: 'groups-add',
        onclick: () => body.append(row({ group: '', roles: [] })),
      },
      t('groups.add'),
    ),
    h('p', { class: 'muted' }, t('groups.known'), ' ', table.roles.join(', ')),
    status,
    h('button', { type: 'submit' }, t('groups.save')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // Rows get the names the API's field paths use, so its errors land on them.
    const rows = [...body.querySelectorAll('tr')]
      .map((tr) => {
        const [group, roles] = [...tr.querySelectorAll('input')];
        return { tr, group: group!, roles: roles! };
      })
      .filter((r) => r.group.value.trim() || r.roles.value.trim());
    rows.forEach((r, i) => {
      r.group.name = `items/${i}/group`;
      r.roles.name = `items/${i}/roles`;
    });
    const items = rows.map((r) => ({ group: r.group.value.trim(), roles: rolesOf(r.roles.value) }));
    void (async () => {
      mount(status);
      try {
        await api('PUT', '/api/auth/oidc/group-roles', { items });
        showFieldErrors(form, []);
        mount(status, notice('info', t('groups.saved')));
      } catch (err) {
        const details = err instanceof ApiError ? err.details : [];
        // items/1/roles/0 is the row's roles field.
        const rest = showFieldErrors(
          form,
          details.map((d) => ({
            ...d,
            field: d.field.replace(/^(items\/\d+\/roles)\/\d+$/, '$1'),
          })),
        );
        mount(
          status,
          notice('error', rest.length ? rest.map((d) => d.message).join('; ') : messageOf(err)),
        );
      }
    })();
  });
  mount(ctx.root, h('h1', {}, t('groups.title')), h('p', {}, t('groups.intro')), form);
}
