import { api, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { dateTime, t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { recordPanel } from '../record.ts';
import type { Page, TaskItem } from '../types.ts';
import { notice, slaBadge } from '../widgets.ts';

/** One incident: the caller's open tasks on it (to open them), its details, SLA and history. */
export async function incidentPage(ctx: PageContext, number: string): Promise<void> {
  let tasks: Page<TaskItem>;
  try {
    tasks = await api<Page<TaskItem>>(
      'GET',
      `/api/tasks?record=${encodeURIComponent(number)}&state=open`,
    );
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  const panel = await recordPanel({ type: 'incident', number });
  if (!ctx.current()) return;
  mount(
    ctx.root,
    h(
      'div',
      { class: 'record-page' },
      h(
        'section',
        { class: 'card' },
        h('h2', {}, t('record.openTask')),
        tasks.items.length
          ? h(
              'ul',
              { class: 'task-list' },
              tasks.items.map((task) =>
                h(
                  'li',
                  { class: 'task-row', 'data-task-id': task.id },
                  h('a', { class: 'task-link', href: `#/tasks/${task.id}` }, task.name),
                  h('span', { class: 'task-meta' }, dateTime(task.dueAt), slaBadge(task.sla)),
                ),
              ),
            )
          : h('p', {}, t('record.noTasks')),
      ),
      panel,
    ),
  );
}
