import { api, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { dateTime, label, t } from '../i18n.ts';
import { go, type PageContext } from '../nav.ts';
import { currentUser } from '../session.ts';
import type { Page, TaskItem } from '../types.ts';
import { age, notice, slaBadge } from '../widgets.ts';

/** Which list the inbox shows: one queue, or the caller's own tasks. */
export interface InboxView {
  queue?: string;
  mine?: boolean;
}

/** Claims or gives back a task, then draws the page again (the answer is already current). */
export async function claimOrUnclaim(task: TaskItem, status: HTMLElement): Promise<boolean> {
  const mine = task.assignee === currentUser()?.username;
  try {
    await api('POST', `/api/tasks/${task.id}/${mine ? 'unclaim' : 'claim'}`);
    return true;
  } catch (err) {
    mount(status, notice('error', messageOf(err)));
    return false;
  }
}

function taskRow(task: TaskItem, status: HTMLElement, reload: () => void): HTMLElement {
  const user = currentUser();
  const mine = task.assignee === user?.username;
  const heldByOther = Boolean(task.assignee) && !mine;
  const due = task.dueAt ?? task.sla?.dueAt ?? null;
  return h(
    'li',
    {
      class: 'task-row',
      'data-task-id': task.id,
      'data-record': task.record?.number ?? '',
      'data-element': task.elementId,
    },
    h(
      'a',
      { class: 'task-link', href: `#/tasks/${task.id}` },
      h('span', { class: 'record-number' }, task.record?.number ?? '—'),
      h('span', { class: 'task-name' }, task.name),
    ),
    h(
      'span',
      { class: 'task-meta' },
      h('span', { title: t('inbox.age') }, `${t('inbox.age')} ${age(task.createdAt)}`),
      h('span', { title: t('inbox.due') }, `${t('inbox.due')} ${dateTime(due)}`),
      slaBadge(task.sla),
    ),
    h(
      'span',
      { class: 'task-assignee' },
      task.assignee ? task.assignee : h('em', {}, t('inbox.unassigned')),
    ),
    heldByOther
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: mine ? 'secondary claim' : 'claim',
            onclick: async (e: Event) => {
              (e.currentTarget as HTMLButtonElement).disabled = true;
              if (await claimOrUnclaim(task, status)) reload();
              else (e.currentTarget as HTMLButtonElement | null)?.removeAttribute('disabled');
            },
          },
          mine ? t('task.unclaim') : t('task.claim'),
        ),
  );
}

/**
 * The task inbox: the caller's queues with their open counts and "my tasks" on the side, the
 * open tasks of the chosen list with record number, task, age, due time and SLA countdown,
 * a filter box, and claim / give back on each row.
 */
export async function inboxPage(ctx: PageContext, view: InboxView): Promise<void> {
  const status = h('div', { class: 'status' });
  mount(ctx.root, h('p', { class: 'loading' }, t('inbox.loading')));
  const query = view.mine
    ? 'assignee=me&state=open&limit=200'
    : `queue=${encodeURIComponent(view.queue ?? '')}&state=open&limit=200`;
  const listed = view.queue || view.mine;
  let queues: { queue: string; open: number }[];
  let mineTotal: number;
  let tasks: Page<TaskItem>;
  try {
    const [q, mine, list] = await Promise.all([
      api<{ items: { queue: string; open: number }[] }>('GET', '/api/tasks/queues'),
      api<Page<TaskItem>>('GET', '/api/tasks?assignee=me&state=open&limit=1'),
      listed ? api<Page<TaskItem>>('GET', `/api/tasks?${query}`) : undefined,
    ]);
    queues = q.items.filter((item) => item.queue !== 'requester');
    mineTotal = mine.total;
    tasks = list ?? { items: [], total: 0 };
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;
  if (!listed) {
    const first = queues.find((q) => q.open > 0) ?? queues[0];
    go(first ? `#/inbox/queue/${encodeURIComponent(first.queue)}` : '#/inbox/mine');
    return;
  }
  // The shown list and its count come from the same read, so they always agree.
  if (view.mine) mineTotal = tasks.total;
  for (const q of queues) if (q.queue === view.queue) q.open = tasks.total;

  const reload = () => go(location.hash);
  const list = h('ul', { class: 'task-list', 'aria-live': 'polite' });
  const filter = h('input', {
    type: 'search',
    class: 'filter',
    placeholder: t('inbox.filter'),
    'aria-label': t('inbox.filter'),
  });
  const draw = () => {
    const needle = filter.value.trim().toLowerCase();
    const shown = tasks.items.filter(
      (task) =>
        !needle ||
        [task.record?.number, task.name, task.assignee, task.elementId].some((v) =>
          (v ?? '').toLowerCase().includes(needle),
        ),
    );
    mount(
      list,
      shown.length
        ? shown.map((task) => taskRow(task, status, reload))
        : h('li', { class: 'empty' }, t('inbox.empty')),
    );
  };
  filter.addEventListener('input', draw);
  draw();

  const title = view.mine ? t('inbox.mine') : label('role', view.queue ?? '');
  const queueLink = (href: string, text: string, count: number, active: boolean, id: string) =>
    h(
      'li',
      {},
      h(
        'a',
        { href, class: active ? 'queue active' : 'queue', 'data-queue': id },
        h('span', {}, text),
        h('span', { class: 'count' }, count),
      ),
    );
  mount(
    ctx.root,
    h(
      'div',
      { class: 'inbox' },
      h(
        'aside',
        { class: 'queues' },
        h('h2', {}, t('inbox.queues')),
        h(
          'ul',
          {},
          queueLink('#/inbox/mine', t('inbox.mine'), mineTotal, Boolean(view.mine), 'mine'),
          queues.map((q) =>
            queueLink(
              `#/inbox/queue/${encodeURIComponent(q.queue)}`,
              label('role', q.queue),
              q.open,
              q.queue === view.queue,
              q.queue,
            ),
          ),
        ),
      ),
      h(
        'section',
        { class: 'tasks' },
        h('h1', {}, title, ' ', h('span', { class: 'count' }, tasks.total)),
        filter,
        status,
        list,
      ),
    ),
  );
}
