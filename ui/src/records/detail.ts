/**
 * The detail page of a record (`#/records/<type>/<number>`): its fields labelled in the user's
 * language, its status, a button per command the user may run in this status (each opens a
 * small form), the records linked to it, its open tasks, its process instances (for the
 * cockpit's users) and its history told as sentences with people's names.
 */
import { api, ApiError, messageOf } from '../api.ts';
import { seesCockpit, stateBadge } from '../cockpit/common.ts';
import { h, mount } from '../dom.ts';
import { dateTime, label, lang, t, type Key } from '../i18n.ts';
import { flash, go, type PageContext } from '../nav.ts';
import { notice } from '../widgets.ts';
import { renderSchemaForm, type SchemaForm } from './form.ts';
import { choiceNames } from './references.ts';
import {
  fieldLabel,
  hasRole,
  knownKinds,
  statusLabel,
  text,
  valueText,
  type KindView,
  type RecordView,
} from './kinds.ts';
import type { Answer } from '../types.ts';

/**
 * What every kind's detail answer (GET <path>/:number) adds to the record: its links, open
 * tasks, process instances, SLA clocks and approval decisions. The same for every kind, so
 * read from one kind's published answer.
 */
type DetailOf = Answer<'/api/records/known-error/{idOrNumber}', 'get'>;
type RecordDetail = RecordView &
  Pick<DetailOf, 'links' | 'tasks' | 'processInstances' | 'sla' | 'approvals'>;

/** GET <path>/:number/history (the same for every kind). */
type HistoryEntry = Answer<'/api/records/known-error/{idOrNumber}/history', 'get'>['items'][number];

/** The route of a record's detail page. */
export function recordRoute(type: string, number: string): string {
  return `#/records/${encodeURIComponent(type)}/${encodeURIComponent(number)}`;
}

/** How a link reads from this record's side ("caused", "caused-by", …); unknown ones in words. */
function relationLabel(relation: string): string {
  const key = `records.relation.${relation}` as Key;
  const known = t(key);
  return known === key ? relation.replaceAll('-', ' ') : known;
}

/** The common fields shown after the kind's own. */
const COMMON_FACTS = ['assignmentGroup', 'assignee', 'createdAt', 'createdBy', 'updatedAt'];

/** Fields that hold a username, shown by the person's name where the history knows it. */
const PEOPLE = ['assignee', 'createdBy', 'updatedBy'];

/** A person by name; a worker (its job type as actor) reads as "the system". */
function personName(username: string, names: Map<string, string>): string {
  if (/^(itsm|job):/.test(username)) return t('records.system');
  return names.get(username) ?? username;
}

function facts(
  kind: KindView,
  record: RecordView,
  names: Map<string, string>,
  choices: Map<string, Map<string, string>>,
): HTMLElement {
  const readable = new Set(knownKinds().map((k) => k.type));
  const rows = [...Object.keys(kind.fields), ...COMMON_FACTS].flatMap((name) => {
    const value = record[name];
    const refersTo = kind.fields[name]?.refersTo;
    const choice = typeof value === 'string' ? choices.get(name)?.get(value) : undefined;
    const shown =
      refersTo && readable.has(refersTo) && typeof value === 'string' && value
        ? h('a', { href: recordRoute(refersTo, value) }, value)
        : choice
          ? choice
          : PEOPLE.includes(name) && typeof value === 'string'
            ? personName(value, names)
            : valueText(kind, name, value);
    return [
      h('dt', {}, fieldLabel(kind, name)),
      h(
        'dd',
        { 'data-field': name, class: (kind.fields[name]?.maxLength ?? 0) > 500 ? 'long' : null },
        shown,
      ),
    ];
  });
  return h('dl', { class: 'facts record-facts' }, rows);
}

/** The commands the user may run on the record in its current status. */
function allowedCommands(kind: KindView, record: RecordView) {
  return Object.entries(kind.commands).filter(
    ([, c]) => c.from.includes(record.status) && hasRole(c.roles),
  );
}

/** A command's button; it opens the command's form below the buttons, submit posts it. */
function commandButton(
  kind: KindView,
  record: RecordView,
  name: string,
  host: HTMLElement,
): HTMLElement {
  const command = kind.commands[name]!;
  let open: SchemaForm | undefined;
  const openForm = async () => {
    open?.destroy();
    const formHost = h('div', { class: 'command-fields' });
    const status = h('div', { class: 'status' });
    const submit = h('button', { type: 'button', id: 'command-submit' }, text(command.labels));
    const cancel = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => {
          open?.destroy();
          open = undefined;
          mount(host);
        },
      },
      t('cockpit.cancel'),
    );
    mount(
      host,
      h(
        'div',
        { class: 'command-form', 'data-command': name },
        h('h3', {}, text(command.labels)),
        formHost,
        status,
        h('div', { class: 'actions' }, submit, cancel),
      ),
    );
    const form = await renderSchemaForm(formHost, status, kind, command.schema, `command-${name}`);
    open = form;
    submit.addEventListener('click', () => {
      const body = form.values();
      if (!body) return;
      submit.disabled = true;
      void api<RecordView>(
        'POST',
        `${kind.path}/${encodeURIComponent(record.number)}/${encodeURIComponent(name)}`,
        body,
      )
        .then((after) => {
          flash(
            'info',
            t('records.commandDone', {
              command: text(command.labels),
              number: after.number,
              status: statusLabel(kind, after.status),
            }),
          );
          go(location.hash);
        })
        .catch((err: unknown) => {
          submit.disabled = false;
          // 409: the status moved on since the page was drawn (the server names it).
          const message =
            err instanceof ApiError && err.status === 409
              ? `${t('records.conflict')} (${err.message})`
              : messageOf(err);
          form.showError(err, message);
        });
    });
  };
  return h(
    'button',
    {
      type: 'button',
      class: 'secondary command',
      'data-command': name,
      onclick: () =>
        void openForm().catch((err: unknown) => mount(host, notice('error', messageOf(err)))),
    },
    text(command.labels),
  );
}

function section(title: string, id: string, body: HTMLElement | HTMLElement[]): HTMLElement {
  return h('section', { class: 'card record-section', id }, h('h2', {}, title), body);
}

/** Draws a record's page. */
export async function detailPage(ctx: PageContext, kind: KindView, number: string): Promise<void> {
  mount(ctx.root, h('p', { class: 'loading' }, t('inbox.loading')));
  const path = `${kind.path}/${encodeURIComponent(number)}`;
  let record: RecordDetail;
  let history: HistoryEntry[];
  let choices: Map<string, Map<string, string>>;
  try {
    [record, { items: history }, choices] = await Promise.all([
      api<RecordDetail>('GET', path),
      api<{ items: HistoryEntry[] }>('GET', `${path}/history`),
      choiceNames(kind),
    ]);
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;

  const commandHost = h('div', { class: 'command-host' });
  const commands = allowedCommands(kind, record);
  const readable = new Set(knownKinds().map((k) => k.type));
  const title = typeof record.title === 'string' ? record.title : '';
  const list = (items: HTMLElement[], empty: string) =>
    items.length ? h('ul', { class: 'record-items' }, items) : h('p', { class: 'empty' }, empty);

  mount(
    ctx.root,
    h(
      'div',
      { class: 'record-page', 'data-kind': kind.type, 'data-number': record.number },
      h(
        'section',
        { class: 'card record-main' },
        h(
          'p',
          { class: 'back' },
          h('a', { href: `#/records/${encodeURIComponent(kind.type)}` }, text(kind.labels.plural)),
        ),
        h(
          'h1',
          {},
          h('span', { class: 'record-number' }, `${text(kind.labels.singular)} ${record.number}`),
          ' ',
          h('span', { class: 'record-title' }, title),
        ),
        h(
          'p',
          {},
          `${t('record.status')}: `,
          h(
            'span',
            { class: 'record-status', 'data-status': record.status },
            statusLabel(kind, record.status),
          ),
        ),
        commands.length
          ? h(
              'div',
              { class: 'actions record-commands' },
              commands.map(([name]) => commandButton(kind, record, name, commandHost)),
            )
          : null,
        commandHost,
        facts(kind, record, new Map(history.map((e) => [e.actor, e.actorName])), choices),
      ),
      h(
        'div',
        { class: 'record-side' },
        section(
          t('records.links'),
          'record-links',
          list(
            record.links.map((l) => {
              const other = knownKinds().find((k) => k.type === l.type);
              const name = other ? `${text(other.labels.singular)} ${l.number}` : l.number;
              return h(
                'li',
                { 'data-number': l.number },
                `${relationLabel(l.relation)}: `,
                readable.has(l.type) ? h('a', { href: recordRoute(l.type, l.number) }, name) : name,
              );
            }),
            t('records.noLinks'),
          ),
        ),
        section(
          t('record.openTask'),
          'record-tasks',
          list(
            record.tasks.map((task) =>
              h(
                'li',
                { 'data-task-id': task.id },
                h('a', { href: `#/tasks/${encodeURIComponent(task.id)}` }, task.name),
                task.assignee ? ` · ${task.assignee}` : ` · ${t('inbox.unassigned')}`,
              ),
            ),
            t('records.noTasks'),
          ),
        ),
        section(
          t('records.sla'),
          'record-sla',
          list(
            (record.sla ?? []).map((c) =>
              h(
                'li',
                { 'data-clock': c.clockType, 'data-state': c.state },
                `${label('sla', c.clockType)} · ${label('sla', c.state)}`,
                c.dueAt ? ` · ${t('records.slaDue', { time: dateTime(c.dueAt) })}` : '',
              ),
            ),
            t('records.noSla'),
          ),
        ),
        record.approvals?.length
          ? section(
              t('records.approvals'),
              'record-approvals',
              list(
                record.approvals.map((a) =>
                  h(
                    'li',
                    { 'data-step': String(a.step), 'data-decision': a.decision },
                    `${t('records.approvalStep', { round: String(a.round), step: String(a.step) })}: `,
                    `${a.decidedByName} ${t(`records.decision.${a.decision}`)}`,
                    ` · ${dateTime(a.decidedAt)}`,
                    a.comment ? ` — ${a.comment}` : '',
                  ),
                ),
                '',
              ),
            )
          : null,
        seesCockpit()
          ? section(
              t('cockpit.instances'),
              'record-instances',
              list(
                record.processInstances.map((p) =>
                  h(
                    'li',
                    { 'data-key': p.key },
                    h(
                      'a',
                      { href: `#/cockpit/instances/${encodeURIComponent(p.key)}` },
                      `${p.processId} v${p.version}`,
                    ),
                    ' ',
                    stateBadge(p.state),
                  ),
                ),
                t('records.noInstances'),
              ),
            )
          : null,
        section(
          t('record.history'),
          'record-history',
          h(
            'ol',
            { class: 'history' },
            history.map((e) =>
              h(
                'li',
                { 'data-action': e.action },
                h('time', { datetime: e.at }, dateTime(e.at)),
                ' ',
                h('span', { class: 'history-text' }, e.text[lang()] || e.text.en),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
