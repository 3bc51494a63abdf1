import { api, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { t, type Key } from '../i18n.ts';
import type { Answer } from '../types.ts';
import { notice } from '../widgets.ts';

type CheckAnswer = Answer<'/api/process-migrations/check', 'post'>;
type MigrateAnswer = Answer<'/api/process-migrations', 'post'>;
type Finding = CheckAnswer['planFindings'][number];

/** A finding in the reader's language (the API's English sentence when the code is unknown). */
export function findingText(f: Finding): string {
  const key = `migration.finding.${f.code}` as Key;
  const text = t(key, f.params);
  return text === key ? f.message : text;
}

/**
 * The cockpit's "move to another version" card for one instance: the target version, the
 * mapping of its active elements (proposed by element id, editable), the platform's check of
 * Zeebe 8.5's rules, and the migration of this instance or of every running instance of its
 * version, with each instance's outcome (the engine's refusal shown as it is).
 */
export function migrationCard(opts: {
  instanceKey: string;
  processId: string;
  version: () => number;
  /** Called after instances moved, so the page reads the instance and its diagram again. */
  onMigrated: () => Promise<void>;
}): HTMLElement {
  const card = h('section', { class: 'card cockpit-migration', 'data-testid': 'migration' });
  const body = h('div', {});
  const status = h('div', { class: 'status', 'aria-live': 'polite' });
  let versions: number[] = [];
  let target: number | undefined;
  let all = false;
  let mapping = new Map<string, string>();
  let checked: CheckAnswer | undefined;
  let busy = false;

  const request = () => ({
    processId: opts.processId,
    targetVersion: target,
    ...(all ? { sourceVersion: opts.version() } : { instanceKeys: [opts.instanceKey] }),
    mapping: [...mapping].map(([sourceElementId, targetElementId]) => ({
      sourceElementId,
      targetElementId,
    })),
  });

  async function runCheck(fresh: boolean): Promise<void> {
    if (target === undefined) return;
    busy = true;
    mount(status);
    try {
      const body = request();
      checked = await api<CheckAnswer>(
        'POST',
        '/api/process-migrations/check',
        fresh ? { ...body, mapping: undefined } : body,
      );
      if (fresh)
        mapping = new Map(
          checked.proposedMapping.map((m) => [m.sourceElementId, m.targetElementId]),
        );
    } catch (err) {
      checked = undefined;
      mount(status, notice('error', messageOf(err)));
    } finally {
      busy = false;
      draw();
    }
  }

  async function runMigration(): Promise<void> {
    busy = true;
    draw();
    try {
      const answer = await api<MigrateAnswer>('POST', '/api/process-migrations', request());
      const refused = answer.items.filter((i) => i.outcome !== 'migrated');
      mount(
        status,
        notice(
          refused.length ? 'error' : 'info',
          t('migration.done', { migrated: answer.migrated, total: answer.items.length }),
        ),
        refused.length
          ? h(
              'ul',
              { class: 'migration-outcomes' },
              refused.map((i) =>
                h(
                  'li',
                  { 'data-key': i.key, 'data-outcome': i.outcome },
                  h('strong', {}, i.key),
                  ' · ',
                  t(`migration.outcome.${i.outcome}` as Key),
                  ': ',
                  i.engineMessage ?? i.findings.map(findingText).join('; '),
                ),
              ),
            )
          : null,
      );
      if (answer.migrated > 0) {
        target = undefined;
        checked = undefined;
        await opts.onMigrated();
      }
    } catch (err) {
      mount(status, notice('error', messageOf(err)));
    } finally {
      busy = false;
      draw();
    }
  }

  function mappingTable(answer: CheckAnswer): HTMLElement {
    return h(
      'table',
      { class: 'cockpit-table migration-mapping' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, t('migration.activeElement')),
          h('th', {}, t('migration.targetElement')),
        ),
      ),
      h(
        'tbody',
        {},
        answer.activeElements.map((e) =>
          h(
            'tr',
            { 'data-element': e.elementId },
            h('th', { scope: 'row' }, e.name ? `${e.name} (${e.elementId})` : e.elementId),
            h(
              'td',
              {},
              h(
                'select',
                {
                  'aria-label': t('migration.targetFor', { element: e.name ?? e.elementId }),
                  disabled: busy,
                  onchange: (ev: Event) => {
                    const value = (ev.target as HTMLSelectElement).value;
                    if (value) mapping.set(e.elementId, value);
                    else mapping.delete(e.elementId);
                    void runCheck(false);
                  },
                },
                h('option', { value: '' }, t('migration.noTarget')),
                e.candidates.map((c) =>
                  h(
                    'option',
                    { value: c.elementId, selected: mapping.get(e.elementId) === c.elementId },
                    c.name ? `${c.name} (${c.elementId})` : c.elementId,
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function draw(): void {
    const others = versions.filter((v) => v !== opts.version());
    if (others.length === 0) {
      mount(body, h('p', { class: 'cockpit-muted' }, t('migration.noOtherVersion')));
      return;
    }
    const findings = checked
      ? [
          ...checked.planFindings,
          ...checked.instances.flatMap((i) =>
            all ? i.findings.map((f) => ({ ...f, instance: i.key })) : i.findings,
          ),
        ]
      : [];
    const movable = checked?.instances.filter((i) => i.migratable).length ?? 0;
    mount(
      body,
      h(
        'div',
        { class: 'migration-choice' },
        h(
          'label',
          { class: 'field' },
          t('migration.targetVersion'),
          h(
            'select',
            {
              name: 'targetVersion',
              disabled: busy,
              onchange: (ev: Event) => {
                const value = (ev.target as HTMLSelectElement).value;
                target = value ? Number(value) : undefined;
                checked = undefined;
                void runCheck(true);
              },
            },
            h('option', { value: '' }, '—'),
            others.map((v) => h('option', { value: String(v), selected: v === target }, `v${v}`)),
          ),
        ),
        h(
          'label',
          { class: 'checkbox' },
          h('input', {
            type: 'checkbox',
            name: 'allOfVersion',
            checked: all,
            disabled: busy,
            onchange: (ev: Event) => {
              all = (ev.target as HTMLInputElement).checked;
              void runCheck(false);
            },
          }),
          ` ${t('migration.allOfVersion', { version: opts.version() })}`,
        ),
      ),
      checked && checked.activeElements.length ? mappingTable(checked) : null,
      checked
        ? findings.length
          ? h(
              'ul',
              { class: 'migration-findings', 'data-testid': 'migration-findings' },
              findings.map((f) =>
                h(
                  'li',
                  { 'data-code': f.code },
                  'instance' in f ? `${String(f.instance)}: ` : '',
                  findingText(f),
                ),
              ),
            )
          : h('p', { class: 'migration-ok' }, t('migration.checkedOk'))
        : null,
      checked
        ? h(
            'div',
            { class: 'actions' },
            h(
              'button',
              {
                type: 'button',
                class: 'migrate',
                disabled: busy || movable === 0,
                onclick: () => void runMigration(),
              },
              all
                ? t('migration.migrateMany', { n: movable, total: checked.total })
                : t('migration.migrate'),
            ),
          )
        : null,
    );
  }

  mount(card, h('h2', {}, t('migration.title')), status, body);
  void (async () => {
    try {
      const answer = await api<{ items: { version: number }[] }>(
        'GET',
        `/api/processes/${encodeURIComponent(opts.processId)}/versions`,
      );
      versions = answer.items.map((v) => v.version).sort((a, b) => a - b);
    } catch (err) {
      mount(status, notice('error', messageOf(err)));
    }
    draw();
  })();
  return card;
}
