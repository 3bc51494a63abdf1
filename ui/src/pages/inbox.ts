import { api, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { dateTime, label, t } from '../i18n.ts';
import { taskName } from '../locale.ts';
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
      h('span', { class: 'task-name' }, taskName(task)),
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

/** How often an open inbox reads its list and counts again. */
export const INBOX_REFRESH_MS = 10_000;

interface InboxData {
  queues: { queue: string; open: number }[];
  mineTotal: number;
  tasks: Page<TaskItem>;
}

/** Reads the caller's queues with their counts, their own count and the chosen list. */
async function loadInbox(view: InboxView, listed: boolean): Promise<InboxData> {
  const query = view.mine
    ? 'assignee=me&state=open&limit=200'
    : `queue=${encodeURIComponent(view.queue ?? '')}&state=open&limit=200`;
  const [q, mine, list] = await Promise.all([
    api<{ items: { queue: string; open: number }[] }>('GET', '/api/tasks/queues'),
    api<Page<TaskItem>>('GET', '/api/tasks?assignee=me&state=open&limit=1'),
    listed ? api<Page<TaskItem>>('GET', `/api/tasks?${query}`) : undefined,
  ]);
  const data: InboxData = {
    queues: q.items.filter((item) => item.queue !== 'requester'),
    mineTotal: mine.total,
    tasks: list ?? { items: [], total: 0 },
  };
  // The shown list and its count come from the same read, so they always agree.
  if (view.mine) data.mineTotal = data.tasks.total;
  for (const queue of data.queues) if (queue.queue === view.queue) queue.open = data.tasks.total;
  return data;
}

/**
 * The task inbox: the caller's queues with their open counts and "my tasks" on the side, the
 * open tasks of the chosen list with record number, task, age, due time and SLA countdown,
 * a filter box, and claim / give back on each row. While it is shown, the list and the counts
 * are read again every {@link INBOX_REFRESH_MS} (the filter text stays).
 */
export async function inboxPage(ctx: PageContext, view: InboxView): Promise<void> {
  const status = h('div', { class: 'status' });
  mount(ctx.root, h('p', { class: 'loading' }, t('inbox.loading')));
  const listed = Boolean(view.queue || view.mine);
  let data: InboxData;
  try {
    data = await loadInbox(view, listed);
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;
  if (!listed) {
    const first = data.queues.find((q) => q.open > 0) ?? data.queues[0];
    go(first ? `#/inbox/queue/${encodeURIComponent(first.queue)}` : '#/inbox/mine');
    return;
  }

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
    const shown = data.tasks.items.filter(
      (task) =>
        !needle ||
        [
          task.record?.number,
          taskName(task),
          task.names?.en,
          task.names?.['zh-CN'],
          task.assignee,
          task.elementId,
        ].some((v) => (v ?? '').toLowerCase().includes(needle)),
    );
    mount(
      list,
      shown.length
        ? shown.map((task) => taskRow(task, status, reload))
        : h('li', { class: 'empty' }, t('inbox.empty')),
    );
  };
  filter.addEventListener('input', draw);

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
  const queueList = h('ul', {});
  const total = h('span', { class: 'count' });
  const drawCounts = () => {
    mount(
      queueList,
      queueLink('#/inbox/mine', t('inbox.mine'), data.mineTotal, Boolean(view.mine), 'mine'),
      data.queues.map((q) =>
        queueLink(
          `#/inbox/queue/${encodeURIComponent(q.queue)}`,
          label('role', q.queue),
          q.open,
          q.queue === view.queue,
          q.queue,
        ),
      ),
    );
    mount(total, data.tasks.total);
  };
  drawCounts();
  draw();
  mount(
    ctx.root,
    h(
      'div',
      { class: 'inbox' },
      h('aside', { class: 'queues' }, h('h2', {}, t('inbox.queues')), queueList),
      h('section', { class: 'tasks' }, h('h1', {}, title, ' ', total), filter, status, list),
    ),
  );

  // Refresh while this page is shown; a later navigation (or redraw) stops it.
  let busy = false;
  const timer = window.setInterval(() => {
    if (!ctx.current()) {
      window.clearInterval(timer);
      return;
    }
    if (busy) return;
    busy = true;
    void loadInbox(view, true)
      .then((next) => {
        // Unchanged answers leave the rows (and the focus in them) alone.
        if (!ctx.current() || JSON.stringify(next) === JSON.stringify(data)) return;
        data = next;
        drawCounts();
        draw();
      })
      // A failed refresh keeps the list shown; the next one tries again.
      .catch((err: unknown) => console.warn('inbox refresh failed', err))
      .finally(() => {
        busy = false;
      });
  }, INBOX_REFRESH_MS);
  window.addEventListener('hashchange', () => window.clearInterval(timer), { once: true });
}
