import { Form } from '@bpmn-io/form-js-viewer';
import { api, ApiError, messageOf, type FieldError } from '../api.ts';
import { h, mount } from '../dom.ts';
import { dateTime, lang, t, type Key } from '../i18n.ts';
import { formI18nModules } from '../form-i18n.ts';
import { fieldIds, localizeForm } from '../form-labels.ts';
import { taskName } from '../locale.ts';
import { flash, go, type PageContext } from '../nav.ts';
import { recordPanel } from '../record.ts';
import { currentUser } from '../session.ts';
import type { TaskDetail } from '../types.ts';
import { age, notice, slaBadge } from '../widgets.ts';

/** form-js keeps its errors in its state; the viewer has no public setter for outside errors. */
interface FormWithErrors {
  _setState(state: { errors: Record<string, string[]> }): void;
}

/**
 * One task: its form (form-js, labels in the user's language, the task's variables as data),
 * claim / give back, complete with the server's field errors shown on the fields; beside it
 * the record's details, SLA ledger and history.
 */
export async function taskPage(ctx: PageContext, id: string): Promise<void> {
  let task: TaskDetail;
  try {
    task = await api<TaskDetail>('GET', `/api/tasks/${encodeURIComponent(id)}`);
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;
  const user = currentUser();
  const mine = task.assignee === user?.username;
  const open = task.state === 'open';
  const status = h('div', { class: 'status' });
  const formHost = h('div', { class: 'task-form', id: 'task-form' });
  const backTo = task.candidateGroups[0]
    ? `#/inbox/queue/${encodeURIComponent(task.candidateGroups[0])}`
    : '#/inbox/mine';

  const claimButton =
    open && (!task.assignee || mine)
      ? h(
          'button',
          {
            type: 'button',
            class: mine ? 'secondary' : '',
            id: 'claim',
            onclick: async (e: Event) => {
              (e.currentTarget as HTMLButtonElement).disabled = true;
              try {
                await api('POST', `/api/tasks/${task.id}/${mine ? 'unclaim' : 'claim'}`);
                go(location.hash);
              } catch (err) {
                mount(status, notice('error', messageOf(err)));
                (e.target as HTMLButtonElement).disabled = false;
              }
            },
          },
          mine ? t('task.unclaim') : t('task.claim'),
        )
      : null;
  const completeButton =
    open && mine ? h('button', { type: 'button', id: 'complete' }, t('task.complete')) : null;

  const hint = !open
    ? notice('info', t('task.notOpen', { state: t(`state.${task.state}` as Key) }))
    : !task.assignee
      ? notice('info', t('task.claimFirst'))
      : !mine
        ? notice('info', t('task.claimedBy', { user: task.assignee }))
        : null;

  const panel = h('aside', { class: 'side' }, h('p', { class: 'loading' }, t('inbox.loading')));
  mount(
    ctx.root,
    h(
      'div',
      { class: 'task-page' },
      h(
        'section',
        { class: 'card task' },
        h('p', { class: 'back' }, h('a', { href: backTo }, t('task.back'))),
        h(
          'h1',
          {},
          task.record ? h('span', { class: 'record-number' }, task.record.number) : null,
          ' ',
          h('span', { class: 'task-name' }, taskName(task)),
        ),
        h(
          'p',
          { class: 'task-meta' },
          h('span', {}, `${t('inbox.age')} ${age(task.createdAt)}`),
          h('span', {}, `${t('inbox.due')} ${dateTime(task.dueAt ?? task.sla?.dueAt)}`),
          slaBadge(task.sla),
        ),
        hint,
        formHost,
        status,
        h('div', { class: 'actions' }, completeButton, claimButton),
      ),
      panel,
    ),
  );

  if (task.record) void recordPanel(task.record).then((el) => ctx.current() && mount(panel, el));
  else panel.remove();

  let form: Form | undefined;
  let ids = new Map<string, string>();
  if (task.form) {
    const schema = localizeForm(task.form, lang());
    ids = fieldIds(schema);
    form = new Form({ container: formHost, additionalModules: formI18nModules });
    try {
      await form.importSchema(schema, task.variables);
    } catch {
      mount(formHost, notice('error', t('error.unexpected')));
      return;
    }
    if (!(open && mine)) form.setProperty('readOnly', true);
  } else {
    formHost.append(notice('info', t('task.noForm')));
  }

  const showServerErrors = (errors: FieldError[]) => {
    const byId: Record<string, string[]> = {};
    const rest: FieldError[] = [];
    for (const e of errors) {
      const fieldId = ids.get(e.field);
      if (fieldId) (byId[fieldId] ??= []).push(e.message);
      else rest.push(e);
    }
    if (form) (form as unknown as FormWithErrors)._setState({ errors: byId });
    return rest;
  };

  completeButton?.addEventListener('click', () => {
    void (async () => {
      mount(status);
      let data: Record<string, unknown> = {};
      if (form) {
        const result = form.submit();
        if (Object.keys(result.errors).length > 0) {
          mount(status, notice('error', t('task.fixFields')));
          return;
        }
        data = result.data as Record<string, unknown>;
      }
      completeButton.disabled = true;
      try {
        await api('POST', `/api/tasks/${task.id}/complete`, { data });
        flash('info', t('task.completed', { name: taskName(task) }));
        go(backTo);
      } catch (err) {
        completeButton.disabled = false;
        const rest = err instanceof ApiError ? showServerErrors(err.details) : [];
        mount(
          status,
          notice('error', messageOf(err)),
          rest.length
            ? h(
                'ul',
                { class: 'field-errors' },
                rest.map((e) => h('li', {}, `${e.field || '—'}: ${e.message}`)),
              )
            : null,
        );
      }
    })();
  });
}
