import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { api, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { dateTime, lang, t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { notice } from '../widgets.ts';
import { migrationCard } from './migration.ts';
import {
  apiText,
  migrates,
  operates,
  processName,
  stateBadge,
  type InstanceDetail,
  type ProcessVersion,
} from './common.ts';

/** How often the open instance is read again, so its overlays follow the work. */
export const REFRESH_MS = 2_000;

interface Canvas {
  zoom(level: 'fit-viewport', center?: 'auto'): number;
  addMarker(element: string, marker: string): void;
  removeMarker(element: string, marker: string): void;
}
interface Overlays {
  add(
    element: string,
    type: string,
    overlay: { position: Record<string, number>; html: Element },
  ): string;
  remove(filter: { type: string }): void;
}
interface ElementRegistry {
  get(id: string): { type: string; businessObject?: { name?: string } } | undefined;
}

const MARKERS = ['cockpit-active', 'cockpit-done', 'cockpit-incident'];

const ZEEBE_NS = 'http://camunda.org/schema/zeebe/1.0';

/**
 * The diagram with each element named in the reader's language: an element's
 * `zeebe:properties` entry `label.<lang>` replaces its `name` (the English label). A diagram
 * without labels in the language, or one the browser cannot read, is drawn as it is.
 */
export function localizedXml(xml: string, language: string): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return xml;
  let changed = false;
  for (const property of Array.from(doc.getElementsByTagNameNS(ZEEBE_NS, 'property'))) {
    const value = property.getAttribute('value');
    if (property.getAttribute('name') !== `label.${language}` || !value) continue;
    // zeebe:property → zeebe:properties → bpmn:extensionElements → the element
    const element = property.parentElement?.parentElement?.parentElement;
    if (!element?.hasAttribute('id')) continue;
    element.setAttribute('name', value);
    changed = true;
  }
  return changed ? new XMLSerializer().serializeToString(doc) : xml;
}

/** The diagram of an instance with its overlays; markers and badges are replaced on each draw. */
class InstanceDiagram {
  private readonly viewer: NavigatedViewer;
  private marked: string[] = [];

  constructor(private readonly container: HTMLElement) {
    this.viewer = new NavigatedViewer({ container });
  }

  async load(xml: string): Promise<void> {
    // A new diagram (another version after a migration) has none of the old markers.
    this.marked = [];
    await this.viewer.importXML(localizedXml(xml, lang()));
    this.fit();
  }

  /** Fits the diagram into its box; skipped while the box is not shown (no size to fit to). */
  fit(): void {
    if (!this.container.isConnected || !this.container.clientWidth || !this.container.clientHeight)
      return;
    try {
      this.viewer.get<Canvas>('canvas').zoom('fit-viewport', 'auto');
    } catch (err) {
      console.error(err);
    }
  }

  /** The element's name in the diagram, else its id. */
  nameOf(elementId: string | null): string {
    if (!elementId) return '—';
    return this.registry().get(elementId)?.businessObject?.name || elementId;
  }

  private registry(): ElementRegistry {
    return this.viewer.get<ElementRegistry>('elementRegistry');
  }

  /** Marks active elements, badges completed counts, marks incidents red with their message. */
  draw(instance: InstanceDetail): void {
    const canvas = this.viewer.get<Canvas>('canvas');
    const overlays = this.viewer.get<Overlays>('overlays');
    overlays.remove({ type: 'cockpit' });
    for (const id of this.marked) for (const m of MARKERS) canvas.removeMarker(id, m);
    this.marked = [];
    const shown = (id: string | null): id is string => {
      const el = id ? this.registry().get(id) : undefined;
      return Boolean(el && el.type !== 'bpmn:Process' && el.type !== 'label');
    };
    const badge = (id: string, kind: string, text: string | number, title: string) =>
      h(
        'span',
        {
          class: `cockpit-badge cockpit-badge-${kind}`,
          'data-element': id,
          'data-kind': kind,
          title,
        },
        text,
      );
    const counts = new Map<string, { active: number; completed: number }>();
    for (const e of instance.elements) {
      const c = counts.get(e.elementId) ?? { active: 0, completed: 0 };
      if (e.state === 'active') c.active += e.count;
      else if (e.state === 'completed') c.completed += e.count;
      counts.set(e.elementId, c);
    }
    for (const [id, c] of counts) {
      if (!shown(id)) continue;
      this.marked.push(id);
      if (c.active) {
        canvas.addMarker(id, 'cockpit-active');
        overlays.add(id, 'cockpit', {
          position: { bottom: 10, left: -10 },
          html: badge(id, 'active', c.active, t('cockpit.activeCount', { n: c.active })),
        });
      } else if (c.completed) {
        canvas.addMarker(id, 'cockpit-done');
      }
      if (c.completed) {
        overlays.add(id, 'cockpit', {
          position: { bottom: 10, right: 10 },
          html: badge(
            id,
            'completed',
            c.completed,
            t('cockpit.completedCount', { n: c.completed }),
          ),
        });
      }
    }
    for (const incident of instance.incidents) {
      if (!shown(incident.elementId)) continue;
      this.marked.push(incident.elementId);
      canvas.addMarker(incident.elementId, 'cockpit-incident');
      overlays.add(incident.elementId, 'cockpit', {
        position: { top: -12, right: 12 },
        html: badge(incident.elementId, 'incident', '!', incident.message),
      });
    }
  }

  destroy(): void {
    this.viewer.destroy();
  }
}

/** Names of the instance's variables that an incident's message mentions (the likely cause). */
function mentioned(message: string, variables: Record<string, unknown>): string[] {
  return Object.keys(variables).filter((name) =>
    new RegExp(`(^|[^\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w$]|$)`).test(
      message,
    ),
  );
}

function json(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/**
 * One process instance in the cockpit: the diagram (bpmn-js viewer) with its active elements,
 * completed counts and incidents; the linked record; the open incidents with their message and
 * Retry; the variables, editable (JSON) by process owners, incident managers and admins.
 * Read again every {@link REFRESH_MS} while shown and active.
 */
export async function instancePage(ctx: PageContext, key: string): Promise<void> {
  mount(ctx.root, h('p', { class: 'loading' }, t('inbox.loading')));
  let instance: InstanceDetail;
  let xml: string;
  let name: string;
  try {
    instance = await api<InstanceDetail>(
      'GET',
      `/api/process-instances/${encodeURIComponent(key)}`,
    );
    const path = `/api/processes/${encodeURIComponent(instance.processId)}`;
    const [text, processes] = await Promise.all([
      apiText(`${path}/xml?version=${instance.version}`),
      api<{ items: ProcessVersion[] }>('GET', '/api/processes'),
    ]);
    xml = text;
    const p = processes.items.find((x) => x.processId === instance.processId);
    name = processName(instance.processId, p?.name);
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
    return;
  }
  if (!ctx.current()) return;

  const status = h('div', { class: 'status', 'aria-live': 'polite' });
  const facts = h('dl', { class: 'facts' });
  const stateSlot = h('span', {});
  const versionSlot = h(
    'span',
    { class: 'count', 'data-testid': 'version' },
    `v${instance.version}`,
  );
  const canvas = h('div', { class: 'cockpit-diagram', 'data-testid': 'diagram' });
  const incidentsPanel = h('section', { class: 'card cockpit-incidents' });
  const variablesPanel = h('section', { class: 'card cockpit-variables' });
  let editing: string | null = null;
  let busy = false;
  const canOperate = operates();

  mount(
    ctx.root,
    h(
      'div',
      { class: 'cockpit cockpit-instance', 'data-key': instance.key },
      h(
        'div',
        { class: 'cockpit-title' },
        h('h1', {}, name, ' ', versionSlot, ' ', stateSlot),
        h(
          'a',
          { href: `#/cockpit?processId=${encodeURIComponent(instance.processId)}` },
          t('cockpit.backToList'),
        ),
      ),
      status,
      h('section', { class: 'card' }, facts),
      h(
        'section',
        { class: 'card cockpit-diagram-card' },
        canvas,
        h(
          'p',
          { class: 'cockpit-legend' },
          h('span', { class: 'cockpit-badge cockpit-badge-active' }, '1'),
          ` ${t('cockpit.legend.active')} `,
          h('span', { class: 'cockpit-badge cockpit-badge-completed' }, '1'),
          ` ${t('cockpit.legend.completed')} `,
          h('span', { class: 'cockpit-badge cockpit-badge-incident' }, '!'),
          ` ${t('cockpit.legend.incident')}`,
        ),
      ),
      h('div', { class: 'cockpit-panels' }, incidentsPanel, variablesPanel),
      migrates() && (instance.state === 'active' || instance.state === 'incident')
        ? migrationCard({
            instanceKey: instance.key,
            processId: instance.processId,
            version: () => instance.version,
            onMigrated: async () => {
              if (await reload()) draw();
            },
          })
        : null,
    ),
  );

  const diagram = new InstanceDiagram(canvas);
  try {
    await diagram.load(xml);
  } catch (err) {
    console.error(err);
    mount(canvas, notice('error', t('cockpit.diagramFailed')));
  }

  const reload = async (): Promise<boolean> => {
    try {
      const shownVersion = instance.version;
      instance = await api<InstanceDetail>(
        'GET',
        `/api/process-instances/${encodeURIComponent(key)}`,
      );
      // Migrated to another version: draw that version's diagram.
      if (instance.version !== shownVersion) {
        mount(versionSlot, `v${instance.version}`);
        await diagram.load(
          await apiText(
            `/api/processes/${encodeURIComponent(instance.processId)}/xml?version=${instance.version}`,
          ),
        );
      }
      return true;
    } catch (err) {
      if (ctx.current()) mount(status, notice('error', messageOf(err)));
      return false;
    }
  };

  const act = async (run: () => Promise<unknown>, done: string): Promise<boolean> => {
    busy = true;
    mount(status);
    try {
      await run();
      await reload();
      mount(status, notice('info', done));
      return true;
    } catch (err) {
      mount(status, notice('error', messageOf(err)));
      return false;
    } finally {
      busy = false;
      draw();
    }
  };

  const variableEditor = (varName: string): HTMLElement => {
    const area = h('textarea', {
      name: 'value',
      rows: 3,
      'aria-label': t('cockpit.valueJson'),
      value: json(instance.variables[varName]),
    });
    const error = h('span', { class: 'field-error', role: 'alert' });
    const form = h(
      'form',
      {
        class: 'variable-editor',
        'data-name': varName,
        onsubmit: async (e: Event) => {
          e.preventDefault();
          let value: unknown;
          try {
            value = JSON.parse(area.value);
          } catch {
            area.setAttribute('aria-invalid', 'true');
            mount(error, t('cockpit.invalidJson'));
            return;
          }
          editing = null;
          const ok = await act(
            () =>
              api('PUT', `/api/process-instances/${encodeURIComponent(key)}/variables`, {
                variables: { [varName]: value },
              }),
            t('cockpit.variableSaved', { name: varName }),
          );
          if (!ok) {
            editing = varName;
            draw();
          }
        },
      },
      h('label', { class: 'field' }, t('cockpit.valueJson'), area),
      error,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'save-variable' }, t('cockpit.save')),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => {
              editing = null;
              draw();
            },
          },
          t('cockpit.cancel'),
        ),
      ),
    );
    return form;
  };

  const open = () => instance.state === 'active' || instance.state === 'incident';

  const editButton = (varName: string, text: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'secondary edit-variable',
        'data-name': varName,
        disabled: busy,
        onclick: () => {
          editing = varName;
          draw();
          variablesPanel.querySelector('textarea')?.focus();
        },
      },
      text,
    );

  function draw(): void {
    mount(stateSlot, stateBadge(instance.state));
    mount(
      facts,
      h('dt', {}, t('cockpit.key')),
      h('dd', {}, instance.key),
      h('dt', {}, t('inbox.record')),
      h(
        'dd',
        {},
        instance.record
          ? instance.record.type === 'incident'
            ? h(
                'a',
                {
                  class: 'record-link',
                  href: `#/incidents/${encodeURIComponent(instance.record.number)}`,
                },
                instance.record.number,
              )
            : instance.record.number
          : '—',
      ),
      h('dt', {}, t('cockpit.started')),
      h('dd', {}, dateTime(instance.startedAt)),
      h('dt', {}, t('cockpit.ended')),
      h('dd', {}, dateTime(instance.endedAt)),
      instance.migratedAt ? h('dt', {}, t('migration.migratedAt')) : null,
      instance.migratedAt ? h('dd', { class: 'migrated-at' }, dateTime(instance.migratedAt)) : null,
    );
    try {
      diagram.draw(instance);
    } catch (err) {
      console.error(err);
    }
    mount(
      incidentsPanel,
      h(
        'h2',
        {},
        t('cockpit.incidents'),
        ' ',
        h('span', { class: 'count' }, instance.incidents.length),
      ),
      instance.incidents.length
        ? h(
            'ul',
            { class: 'cockpit-incident-list' },
            instance.incidents.map((incident) => {
              const causes = mentioned(incident.message, instance.variables);
              return h(
                'li',
                { class: 'cockpit-incident-item', 'data-incident-key': incident.key },
                h(
                  'strong',
                  {},
                  diagram.nameOf(incident.elementId),
                  ' · ',
                  h('span', { class: 'incident-type' }, incident.type),
                ),
                h('p', { class: 'incident-message' }, incident.message || '—'),
                h('span', { class: 'cockpit-muted' }, dateTime(incident.createdAt)),
                canOperate &&
                  h(
                    'div',
                    { class: 'actions' },
                    causes.map((c) => editButton(c, t('cockpit.editCause', { name: c }))),
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'retry',
                        disabled: busy,
                        onclick: () =>
                          void act(
                            () =>
                              api(
                                'POST',
                                `/api/process-instances/${encodeURIComponent(key)}/incidents/${incident.key}/resolve`,
                              ),
                            t('cockpit.retried'),
                          ),
                      },
                      t('cockpit.retry'),
                    ),
                  ),
              );
            }),
          )
        : h('p', {}, t('cockpit.noIncidents')),
    );
    const names = Object.keys(instance.variables).sort();
    mount(
      variablesPanel,
      h('h2', {}, t('cockpit.variables')),
      names.length
        ? h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              { class: 'cockpit-table cockpit-vars' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', {}, t('cockpit.variable')),
                  h('th', {}, t('cockpit.value')),
                  h('th', {}),
                ),
              ),
              h(
                'tbody',
                {},
                names.map((n) =>
                  h(
                    'tr',
                    { class: 'variable-row', 'data-name': n },
                    h('th', { scope: 'row' }, n),
                    h(
                      'td',
                      {},
                      editing === n
                        ? variableEditor(n)
                        : h('code', { class: 'value' }, json(instance.variables[n])),
                    ),
                    h(
                      'td',
                      {},
                      canOperate && open() && editing !== n && editButton(n, t('cockpit.edit')),
                    ),
                  ),
                ),
              ),
            ),
          )
        : h('p', {}, t('cockpit.noVariables')),
    );
  }

  draw();
  window.addEventListener('resize', onResize);
  function onResize(): void {
    if (ctx.current()) diagram.fit();
    else window.removeEventListener('resize', onResize);
  }

  // Follow the work: read again while the page is shown; stop when it is left.
  const tick = async (): Promise<void> => {
    if (!ctx.current()) {
      window.removeEventListener('resize', onResize);
      diagram.destroy();
      return;
    }
    if (!busy && editing === null && (open() || instance.incidents.length)) {
      const before = JSON.stringify(instance);
      if ((await reload()) && ctx.current() && !busy && editing === null) {
        if (JSON.stringify(instance) !== before) draw();
      }
    }
    setTimeout(() => void tick(), REFRESH_MS);
  };
  setTimeout(() => void tick(), REFRESH_MS);
}
