/**
 * `#/modeler/<processId>`: the process in a bpmn-js modeler with the Zeebe properties panel,
 * the platform's workers as element templates, live lint for Zeebe 8.5 (the rules of the
 * Camunda Modeler), deploy (the server's refusal listed and marked on the diagram), download
 * as .bpmn / .svg, import of a .bpmn made elsewhere (checked by the server), and the version
 * history with instance counts.
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import '@camunda/linting/assets/linting.css';
import './modeler.css';
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import LintingModule from '@camunda/linting/modeler';
import { Linter, type LintReport } from '@camunda/linting';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { api, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { notice } from '../widgets.ts';
import { failureText, ModelerRequestError, request, requestJson, type Finding } from './http.ts';
import { clearFormDraft, formDraft, formDraftIds, loadForms, type FormSummary } from './forms.ts';
import { TranslateModule, UserTaskPaletteModule } from './translate.ts';
import { ConvertUserTasksModule, type UserTaskConversionService } from './convert-user-tasks.ts';
import { loadVersions, versionsTable } from './versions.ts';

/** The Zeebe version every diagram is linted for, whatever version it declares. */
const ZEEBE_VERSION = '8.5.0';

/** An element template as GET /api/element-templates answers (the fields used here). */
interface ElementTemplate {
  id: string;
  name: string;
  description?: string;
  version?: number;
}

/** The bits of diagram-js services the page calls (bpmn-js types them loosely). */
interface DiagramElement {
  id: string;
  type: string;
  labelTarget?: DiagramElement;
  businessObject?: ModdleElement & { name?: string };
}
/** A bpmn-moddle element (the business object of a shape, or one of its extension elements). */
interface ModdleElement {
  $parent?: ModdleElement;
  get(name: string): unknown;
  $instanceOf(type: string): boolean;
}
interface Services {
  canvas: {
    addMarker(el: DiagramElement | string, cls: string): void;
    removeMarker(el: DiagramElement | string, cls: string): void;
    scrollToElement(el: DiagramElement): void;
    zoom(level: string): void;
  };
  elementRegistry: {
    get(id: string): DiagramElement | undefined;
    getAll(): DiagramElement[];
  };
  selection: { select(el?: DiagramElement): void; get(): DiagramElement[] };
  overlays: {
    add(id: string, type: string, overlay: { position: object; html: HTMLElement }): string;
    remove(filter: { type: string }): void;
  };
  moddle: { create(type: string, attrs?: Record<string, unknown>): ModdleElement };
  modeling: {
    updateProperties(el: DiagramElement, props: Record<string, unknown>): void;
    updateModdleProperties(
      el: DiagramElement,
      target: ModdleElement,
      props: Record<string, unknown>,
    ): void;
  };
  linting: { setErrors(reports: LintReport[]): void; activate(): void };
  elementTemplatesLoader: { setTemplates(templates: ElementTemplate[]): void };
  elementTemplates: {
    applyTemplate(el: DiagramElement, template: ElementTemplate): DiagramElement | undefined;
  };
  itsmUserTaskConversion: UserTaskConversionService;
}

type Get = <K extends keyof Services>(name: K) => Services[K];

const SERVER_MARKER = 'itsm-finding';

/** The modeler of the page drawn last (destroyed when the page is drawn again). */
let shown: Modeler | undefined;
const SERVER_OVERLAY = 'itsm-finding';

/** Saves a text as a file download. */
function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: name, class: 'modeler-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The root element as the linter should read it: a Camunda 8.5 diagram, whatever it declares. */
function asZeebe85(definitions: { get(name: string): unknown }): object {
  return Object.create(definitions, {
    get: {
      value: (name: string) =>
        name === 'modeler:executionPlatform'
          ? 'Camunda Cloud'
          : name === 'modeler:executionPlatformVersion'
            ? ZEEBE_VERSION
            : definitions.get(name),
    },
  }) as object;
}

export async function modelerPage(ctx: PageContext, processId: string): Promise<void> {
  mount(ctx.root, h('p', { class: 'modeler-muted' }, t('inbox.loading')));
  let xml: string;
  try {
    xml = await request('GET', `/api/processes/${encodeURIComponent(processId)}/xml`);
  } catch (err) {
    if (ctx.current()) mount(ctx.root, notice('error', failureText(err)));
    return;
  }
  let templates: ElementTemplate[] = [];
  let templatesError = '';
  try {
    templates = await api<ElementTemplate[]>('GET', '/api/element-templates');
  } catch (err) {
    templatesError = messageOf(err);
  }
  let forms: FormSummary[] = [];
  try {
    forms = await loadForms();
  } catch (err) {
    templatesError = templatesError || messageOf(err);
  }
  if (!ctx.current()) return;

  const status = h('div', { class: 'modeler-status', 'aria-live': 'polite' });
  const convertBox = h('div', { class: 'modeler-convert', id: 'modeler-convert' });
  const canvasEl = h('div', { class: 'modeler-canvas', 'data-testid': 'modeler-canvas' });
  const propertiesEl = h('aside', {
    class: 'modeler-properties',
    'aria-label': t('modeler.properties'),
  });
  const lintList = h('ul', { class: 'modeler-findings', id: 'modeler-lint' });
  const serverList = h('ul', { class: 'modeler-findings', id: 'modeler-server-findings' });
  const serverIntro = h('p', { class: 'modeler-muted' }, t('modeler.serverNone'));
  const versionsBox = h('div', { class: 'modeler-table-scroll', id: 'modeler-versions' });
  const fileInput = h('input', {
    type: 'file',
    accept: '.bpmn,.xml,application/xml,text/xml',
    id: 'modeler-import-file',
    class: 'modeler-hidden',
  });
  const workerSelect = h(
    'select',
    { id: 'modeler-worker', 'aria-label': t('modeler.worker'), disabled: true },
    h('option', { value: '' }, t('modeler.workerChoose')),
    [...templates]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((tpl) => h('option', { value: tpl.id, title: tpl.description ?? '' }, tpl.name)),
  );
  const formSelect = h(
    'select',
    { id: 'modeler-form', 'aria-label': t('modeler.formLink'), disabled: true },
    h('option', { value: '' }, t('modeler.formLinkNone')),
    forms.map((f) => h('option', { value: f.formId }, `${f.formId} (v${f.version})`)),
    formDraftIds()
      .filter((id) => !forms.some((f) => f.formId === id))
      .map((id) =>
        h('option', { value: id, 'data-draft': 'true' }, t('modeler.formDraftOption', { id })),
      ),
  );
  const buttons = {
    deploy: h('button', { type: 'button', id: 'modeler-deploy' }, t('modeler.deploy')),
    bpmn: h(
      'button',
      { type: 'button', class: 'secondary', id: 'modeler-download-bpmn' },
      t('modeler.downloadBpmn'),
    ),
    svg: h(
      'button',
      { type: 'button', class: 'secondary', id: 'modeler-download-svg' },
      t('modeler.downloadSvg'),
    ),
    import: h(
      'button',
      { type: 'button', class: 'secondary', id: 'modeler-import' },
      t('modeler.import'),
    ),
  };

  mount(
    ctx.root,
    h(
      'section',
      { class: 'modeler-page', 'data-process-id': processId },
      h(
        'div',
        { class: 'modeler-head' },
        h(
          'h1',
          {},
          h('a', { href: '#/modeler', class: 'modeler-back' }, t('modeler.title')),
          ' / ',
          processId,
        ),
        h(
          'div',
          { class: 'modeler-actions' },
          buttons.deploy,
          buttons.bpmn,
          buttons.svg,
          buttons.import,
          fileInput,
        ),
      ),
      status,
      convertBox,
      templatesError && notice('error', templatesError),
      h(
        'div',
        { class: 'modeler-worker-row' },
        h('label', { for: 'modeler-worker' }, t('modeler.worker')),
        workerSelect,
        h('span', { class: 'modeler-muted' }, t('modeler.workerHint')),
      ),
      h(
        'div',
        { class: 'modeler-worker-row' },
        h('label', { for: 'modeler-form' }, t('modeler.formLink')),
        formSelect,
        h('span', { class: 'modeler-muted' }, t('modeler.formLinkHint')),
      ),
      h('div', { class: 'modeler-body' }, canvasEl, propertiesEl),
      h(
        'div',
        { class: 'modeler-panels' },
        h(
          'section',
          { class: 'modeler-box' },
          h('h2', {}, t('modeler.lintTitle')),
          h('p', { class: 'modeler-muted' }, t('modeler.lintHint', { version: '8.5' })),
          lintList,
        ),
        h(
          'section',
          { class: 'modeler-box' },
          h('h2', {}, t('modeler.serverTitle')),
          serverIntro,
          serverList,
        ),
        h('section', { class: 'modeler-box' }, h('h2', {}, t('modeler.versions')), versionsBox),
      ),
    ),
  );

  const modeler = new Modeler({
    container: canvasEl,
    propertiesPanel: { parent: propertiesEl },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      CloudElementTemplatesPropertiesProviderModule,
      ZeebeBehaviorsModule,
      LintingModule,
      TranslateModule,
      UserTaskPaletteModule,
      ConvertUserTasksModule,
    ],
    moddleExtensions: { zeebe: zeebeModdle },
  });
  const get = ((name: string) => modeler.get(name)) as Get;
  // For scripted use (and the browser tests): the modeler of the page shown.
  (window as unknown as { itsmModeler?: Modeler }).itsmModeler = modeler;
  // One modeler at a time: a page drawn again (language, same route) replaces the last one.
  shown?.destroy();
  shown = modeler;
  get('elementTemplatesLoader').setTemplates(templates);

  const say = (kind: 'error' | 'info', text: string) => mount(status, notice(kind, text));

  /** The name and id of an element, for a finding's line. */
  function subject(id: string | undefined): string {
    if (!id) return t('modeler.diagram');
    const name = get('elementRegistry').get(id)?.businessObject?.name;
    return name ? `${name} (${id})` : id;
  }

  function focus(id: string | undefined): void {
    const el = id ? get('elementRegistry').get(id) : undefined;
    if (!el) return;
    get('canvas').scrollToElement(el);
    get('selection').select(el);
  }

  function findingItem(
    kind: 'error' | 'warn',
    code: string,
    elementId: string | undefined,
    message: string,
  ): HTMLElement {
    return h(
      'li',
      {
        class: `finding finding-${kind}`,
        'data-code': code,
        'data-element-id': elementId ?? '',
      },
      h(
        'button',
        {
          type: 'button',
          class: 'modeler-link finding-target',
          disabled: !elementId,
          onclick: () => focus(elementId),
        },
        subject(elementId),
      ),
      h('span', { class: 'finding-code' }, code),
      h('span', { class: 'finding-message' }, message),
    );
  }

  // Live lint: the Camunda Modeler's rules (bpmnlint-plugin-camunda-compat) for Zeebe 8.5.
  const linter = new Linter({ modeler: 'web', type: 'cloud' });
  let lintTimer: ReturnType<typeof setTimeout> | undefined;
  let lintRun = 0;
  async function lint(): Promise<void> {
    const run = ++lintRun;
    let reports: LintReport[];
    try {
      const definitions = modeler.getDefinitions() as { get(name: string): unknown };
      reports = await linter.lint(asZeebe85(definitions));
    } catch (err) {
      console.error(err);
      mount(lintList, h('li', { class: 'finding finding-error' }, t('modeler.lintFailed')));
      return;
    }
    if (run !== lintRun || !ctx.current()) return;
    get('linting').setErrors(reports);
    const errors = reports.filter((r) => r.category === 'error' || r.category === 'rule-error');
    lintList.dataset.errors = String(errors.length);
    mount(
      lintList,
      reports.length === 0
        ? h('li', { class: 'finding finding-ok' }, t('modeler.lintClean'))
        : reports.map((r) =>
            findingItem(errors.includes(r) ? 'error' : 'warn', r.rule, r.id, r.message),
          ),
    );
  }
  const lintSoon = () => {
    clearTimeout(lintTimer);
    lintTimer = setTimeout(() => void lint(), 250);
  };
  modeler.on('commandStack.changed', lintSoon);
  modeler.on('import.done', lintSoon);

  // Findings of the server (deploy refusal, check of an imported diagram): listed and marked.
  let marked: string[] = [];
  function showServerFindings(findings: Finding[], intro: string): void {
    for (const id of marked) get('canvas').removeMarker(id, SERVER_MARKER);
    get('overlays').remove({ type: SERVER_OVERLAY });
    marked = [];
    for (const f of findings) {
      if (!f.elementId || !get('elementRegistry').get(f.elementId)) continue;
      if (!marked.includes(f.elementId)) {
        marked.push(f.elementId);
        get('canvas').addMarker(f.elementId, SERVER_MARKER);
        get('overlays').add(f.elementId, SERVER_OVERLAY, {
          position: { top: -12, left: -12 },
          html: h('div', { class: 'itsm-finding-badge', title: f.message }, '!'),
        });
      }
    }
    serverIntro.textContent = intro;
    serverList.dataset.count = String(findings.length);
    mount(
      serverList,
      findings.map((f) => findingItem('error', f.code, f.elementId, f.message)),
    );
  }

  async function refreshVersions(): Promise<void> {
    try {
      const versions = await loadVersions(processId);
      if (ctx.current()) mount(versionsBox, versionsTable(versions));
    } catch (err) {
      if (ctx.current()) mount(versionsBox, notice('error', messageOf(err)));
    }
  }

  async function importXml(text: string): Promise<boolean> {
    try {
      const { warnings } = await modeler.importXML(text);
      get('canvas').zoom('fit-viewport');
      get('linting').activate();
      if (warnings.length) console.warn(warnings);
      return true;
    } catch (err) {
      say('error', t('modeler.importFailed', { message: (err as Error).message }));
      return false;
    }
  }

  const busy = (on: boolean) => {
    for (const b of Object.values(buttons)) b.disabled = on;
  };

  buttons.deploy.addEventListener('click', async () => {
    busy(true);
    try {
      const { xml: out } = await modeler.saveXML({ format: true });
      // The drafts (this session) of the forms the user tasks link to deploy with the process.
      const drafts = linkedFormIds().flatMap((formId) => {
        const schema = formDraft(formId);
        return schema ? [{ formId, schema }] : [];
      });
      const path = `/api/processes/${encodeURIComponent(processId)}`;
      const answer = JSON.parse(
        drafts.length
          ? await requestJson('POST', `${path}/deploy-with-forms`, { xml: out, forms: drafts })
          : await request('POST', `${path}/deploy`, out),
      ) as { version: number; forms?: { formId: string; version: number }[] };
      showServerFindings([], t('modeler.serverNone'));
      const deployedForms = answer.forms ?? [];
      for (const f of deployedForms) clearFormDraft(f.formId);
      say(
        'info',
        deployedForms.length
          ? t('modeler.deployedWithForms', {
              version: answer.version,
              forms: deployedForms.map((f) => `${f.formId} v${f.version}`).join(', '),
            })
          : t('modeler.deployed', { version: answer.version }),
      );
      await refreshVersions();
    } catch (err) {
      if (err instanceof ModelerRequestError && err.findings.length) {
        showServerFindings(err.findings, t('modeler.refused', { count: err.findings.length }));
        say('error', t('modeler.refused', { count: err.findings.length }));
      } else say('error', failureText(err));
    } finally {
      busy(false);
    }
  });

  // Job-worker user tasks (Camunda 8 diagrams before 8.5, Camunda's examples): offered as a
  // one-step conversion to Zeebe user tasks whenever the diagram has any.
  function offerConversion(): void {
    const tasks = get('itsmUserTaskConversion').find();
    if (!tasks.length) {
      mount(convertBox);
      return;
    }
    const convert = h(
      'button',
      { type: 'button', id: 'modeler-convert-user-tasks' },
      t('modeler.convertUserTasks'),
    );
    convert.addEventListener('click', () => void convertUserTasks());
    mount(
      convertBox,
      h(
        'div',
        { class: 'notice notice-info modeler-convert-notice', role: 'status' },
        h(
          'span',
          {},
          t('modeler.convertNotice', {
            count: tasks.length,
            names: tasks.map((task) => subject(task.id)).join(', '),
          }),
        ),
        convert,
      ),
    );
  }
  modeler.on('import.done', offerConversion);
  modeler.on('commandStack.changed', offerConversion);

  /** Converts them, then checks the diagram again so the server's list no longer names them. */
  async function convertUserTasks(): Promise<void> {
    const count = get('itsmUserTaskConversion').convert();
    if (!count) return;
    const { xml: out } = await modeler.saveXML({ format: true });
    try {
      const answer = JSON.parse(
        await request(
          'POST',
          `/api/processes/check?processId=${encodeURIComponent(processId)}`,
          out,
        ),
      ) as { ok: boolean; findings: Finding[] };
      const text = answer.ok
        ? t('modeler.convertedOk', { count })
        : t('modeler.convertedChanges', { count, changes: answer.findings.length });
      showServerFindings(answer.findings, text);
      say(answer.ok ? 'info' : 'error', text);
    } catch (err) {
      say('error', failureText(err));
    }
  }

  buttons.bpmn.addEventListener('click', async () => {
    const { xml: out } = await modeler.saveXML({ format: true });
    download(`${processId}.bpmn`, 'application/xml', out ?? '');
  });
  buttons.svg.addEventListener('click', async () => {
    const { svg } = await modeler.saveSVG();
    download(`${processId}.svg`, 'image/svg+xml', svg);
  });
  buttons.import.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const text = await file.text();
    if (!(await importXml(text))) return;
    showServerFindings([], t('modeler.checking'));
    try {
      const answer = JSON.parse(
        await request(
          'POST',
          `/api/processes/check?processId=${encodeURIComponent(processId)}`,
          text,
        ),
      ) as { ok: boolean; findings: Finding[] };
      if (answer.ok) {
        showServerFindings([], t('modeler.importOk', { name: file.name }));
        say('info', t('modeler.importOk', { name: file.name }));
      } else {
        const intro = t('modeler.importChanges', {
          name: file.name,
          count: answer.findings.length,
        });
        showServerFindings(answer.findings, intro);
        say('error', intro);
      }
    } catch (err) {
      say('error', failureText(err));
    }
  });

  // Workers: a selected task becomes a service task of the chosen worker (its element template).
  const selectedTask = (): DiagramElement | undefined => {
    const [el] = get('selection').get();
    return el && /^bpmn:(Task|ServiceTask)$/.test(el.type) ? el : undefined;
  };
  modeler.on('selection.changed', () => {
    workerSelect.disabled = !selectedTask() || templates.length === 0;
    showLinkedForm();
  });
  modeler.on('elementTemplates.select', () => workerSelect.focus());
  workerSelect.addEventListener('change', () => {
    const task = selectedTask();
    const template = templates.find((tpl) => tpl.id === workerSelect.value);
    workerSelect.value = '';
    if (!task || !template) return;
    const applied = get('elementTemplates').applyTemplate(task, template);
    if (applied) get('selection').select(applied);
  });

  // Forms: a selected user task is linked to a deployed form (zeebe:formDefinition formId).
  const selectedUserTask = (): DiagramElement | undefined => {
    const [el] = get('selection').get();
    return el?.type === 'bpmn:UserTask' ? el : undefined;
  };
  const formDefinitionOf = (task: DiagramElement): ModdleElement | undefined => {
    const ext = task.businessObject?.get('extensionElements') as ModdleElement | undefined;
    const values = (ext?.get('values') ?? []) as ModdleElement[];
    return values.find((v) => v.$instanceOf('zeebe:FormDefinition'));
  };
  /** The form ids the diagram's user tasks link to. */
  function linkedFormIds(): string[] {
    const ids = get('elementRegistry')
      .getAll()
      .filter((el) => el.type === 'bpmn:UserTask')
      .map((el) => formDefinitionOf(el)?.get('formId'))
      .filter((id): id is string => typeof id === 'string' && id !== '');
    return [...new Set(ids)];
  }
  function showLinkedForm(): void {
    const task = selectedUserTask();
    formSelect.disabled = !task;
    const formId = task ? String(formDefinitionOf(task)?.get('formId') ?? '') : '';
    if (formId && ![...formSelect.options].some((o) => o.value === formId))
      formSelect.append(h('option', { value: formId }, formId));
    formSelect.value = formId;
  }
  function linkForm(task: DiagramElement, formId: string): void {
    const bo = task.businessObject!;
    const modeling = get('modeling');
    const moddle = get('moddle');
    let ext = bo.get('extensionElements') as ModdleElement | undefined;
    if (!ext) {
      ext = moddle.create('bpmn:ExtensionElements', { values: [] });
      ext.$parent = bo;
      modeling.updateProperties(task, { extensionElements: ext });
    }
    const values = (ext.get('values') ?? []) as ModdleElement[];
    const existing = formDefinitionOf(task);
    if (!formId) {
      if (existing)
        modeling.updateModdleProperties(task, ext, {
          values: values.filter((v) => v !== existing),
        });
      return;
    }
    if (existing) {
      modeling.updateModdleProperties(task, existing, {
        formId,
        formKey: undefined,
        externalReference: undefined,
      });
      return;
    }
    const definition = moddle.create('zeebe:FormDefinition', { formId });
    definition.$parent = ext;
    modeling.updateModdleProperties(task, ext, { values: [...values, definition] });
  }
  formSelect.addEventListener('change', () => {
    const task = selectedUserTask();
    if (task) linkForm(task, formSelect.value);
  });

  if (await importXml(xml)) await refreshVersions();
}
