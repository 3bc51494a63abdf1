/**
 * The form editor (role process-owner): `#/modeler/forms` lists the deployed forms (latest
 * version of each) with "New form"; `#/modeler/forms/<formId>` edits the latest version in the
 * form-js editor and deploys a new version (`POST /api/forms/:formId/deploy`), or keeps the
 * edits as a draft of this browser session ("Save draft", sessionStorage keyed by form id): the
 * process modeler's Deploy sends the drafts of the forms its user tasks link to with the process.
 */
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/dragula.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import './modeler.css';
import { FormEditor } from '@bpmn-io/form-js-editor';
import { api, ApiError, messageOf } from '../api.ts';
import { formEditorI18nModules } from '../form-i18n.ts';
import { h, mount } from '../dom.ts';
import { dateTime, t } from '../i18n.ts';
import { flash, go, type PageContext } from '../nav.ts';
import { notice } from '../widgets.ts';
import type { Answer } from '../types.ts';

/** The latest version of a deployed form (GET /api/forms). */
export type FormSummary = Answer<'/api/forms', 'get'>['items'][number];

/** What a form id may be (the engine takes the form's `id`; the modeler keeps to these). */
const FORM_ID = /^[A-Za-z][A-Za-z0-9._-]{0,99}$/;

/** The schema version the editor writes (form-js 1.x, read by Zeebe 8.5's Tasklist). */
const SCHEMA_VERSION = 16;

const DRAFT_PREFIX = 'itsm.formDraft.';

/** The draft of a form saved in this browser session, if any. */
export function formDraft(formId: string): Record<string, unknown> | undefined {
  const raw = sessionStorage.getItem(DRAFT_PREFIX + formId);
  if (!raw) return undefined;
  try {
    const schema = JSON.parse(raw) as unknown;
    return typeof schema === 'object' && schema !== null
      ? (schema as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a form's schema as this session's draft of it. */
export function saveFormDraft(formId: string, schema: Record<string, unknown>): void {
  sessionStorage.setItem(DRAFT_PREFIX + formId, JSON.stringify(schema));
}

/** Drops the draft of a form (it was deployed). */
export function clearFormDraft(formId: string): void {
  sessionStorage.removeItem(DRAFT_PREFIX + formId);
}

/** The ids of the forms with a draft in this session. */
export function formDraftIds(): string[] {
  const ids: string[] = [];
  for (let i = 0; i < sessionStorage.length; i++) {
    const key = sessionStorage.key(i);
    if (key?.startsWith(DRAFT_PREFIX)) ids.push(key.slice(DRAFT_PREFIX.length));
  }
  return ids.sort();
}

export async function loadForms(): Promise<FormSummary[]> {
  return (await api<{ items: FormSummary[] }>('GET', '/api/forms')).items;
}

/** `#/modeler/forms`: the deployed forms and a "New form" box. */
export async function formsListPage(ctx: PageContext): Promise<void> {
  mount(ctx.root, h('p', { class: 'modeler-muted' }, t('inbox.loading')));
  const forms = await loadForms();
  if (!ctx.current()) return;
  const idInput = h('input', {
    id: 'form-new-id',
    name: 'formId',
    required: true,
    placeholder: 'incident.review',
    'aria-label': t('modeler.newFormId'),
  });
  const newStatus = h('div', { 'aria-live': 'polite' });
  const create = (e: Event) => {
    e.preventDefault();
    const id = idInput.value.trim();
    if (!FORM_ID.test(id)) {
      mount(newStatus, notice('error', t('modeler.newFormInvalid')));
      return;
    }
    if (forms.some((f) => f.formId === id)) flash('info', t('modeler.newFormExists', { id }));
    go(`#/modeler/forms/${encodeURIComponent(id)}`);
  };
  mount(
    ctx.root,
    h(
      'section',
      { class: 'modeler-list' },
      h(
        'h1',
        {},
        h('a', { href: '#/modeler', class: 'modeler-back' }, t('modeler.title')),
        ' / ',
        t('modeler.formsTitle'),
      ),
      h(
        'form',
        { class: 'modeler-worker-row', id: 'form-new', onsubmit: create },
        h('label', { for: 'form-new-id' }, t('modeler.newForm')),
        idInput,
        h('button', { type: 'submit' }, t('modeler.newFormCreate')),
      ),
      newStatus,
      forms.length === 0 && h('p', { class: 'modeler-muted' }, t('modeler.noForms')),
      h(
        'ul',
        { class: 'modeler-processes', id: 'modeler-forms' },
        forms.map((f) =>
          h(
            'li',
            { class: 'modeler-process', 'data-form-id': f.formId },
            h(
              'div',
              { class: 'modeler-process-head' },
              h(
                'a',
                { class: 'modeler-open', href: `#/modeler/forms/${encodeURIComponent(f.formId)}` },
                h('strong', {}, f.formId),
              ),
              h(
                'span',
                { class: 'modeler-latest' },
                `${t('modeler.latest', { version: f.version })} · ${dateTime(f.deployedAt)}`,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The form editor of the page drawn last (destroyed when the page is drawn again). */
let shown: FormEditor | undefined;

/** `#/modeler/forms/<formId>`: the latest version in the form-js editor, with Deploy. */
export async function formEditorPage(ctx: PageContext, formId: string): Promise<void> {
  mount(ctx.root, h('p', { class: 'modeler-muted' }, t('inbox.loading')));
  let schema: Record<string, unknown>;
  let version: number | undefined;
  try {
    const found = await api<{ version: number; schema: Record<string, unknown> }>(
      'GET',
      `/api/forms/${encodeURIComponent(formId)}`,
    );
    schema = found.schema;
    version = found.version;
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 404)) {
      if (ctx.current()) mount(ctx.root, notice('error', messageOf(err)));
      return;
    }
    if (!FORM_ID.test(formId)) {
      if (ctx.current()) mount(ctx.root, notice('error', t('modeler.newFormInvalid')));
      return;
    }
    schema = { id: formId, type: 'default', schemaVersion: SCHEMA_VERSION, components: [] };
  }
  if (!ctx.current()) return;
  const draft = formDraft(formId);
  if (draft) schema = draft;

  const status = h('div', { class: 'modeler-status', 'aria-live': 'polite' });
  const versionLine = h(
    'p',
    { class: 'modeler-muted', id: 'form-version' },
    version ? t('modeler.formLatest', { version }) : t('modeler.formNew'),
    draft ? ` ${t('modeler.formDraftShown')}` : '',
  );
  const deploy = h('button', { type: 'button', id: 'form-deploy' }, t('modeler.deploy'));
  const saveDraft = h(
    'button',
    { type: 'button', class: 'secondary', id: 'form-save-draft' },
    t('modeler.formSaveDraft'),
  );
  const editorEl = h('div', { class: 'form-editor', 'data-testid': 'form-editor' });
  mount(
    ctx.root,
    h(
      'section',
      { class: 'modeler-page form-editor-page', 'data-form-id': formId },
      h(
        'div',
        { class: 'modeler-head' },
        h(
          'h1',
          {},
          h('a', { href: '#/modeler/forms', class: 'modeler-back' }, t('modeler.formsTitle')),
          ' / ',
          formId,
        ),
        h('div', { class: 'modeler-actions' }, deploy, saveDraft),
      ),
      versionLine,
      status,
      editorEl,
    ),
  );

  const editor = new FormEditor({ container: editorEl, additionalModules: formEditorI18nModules });
  shown?.destroy();
  shown = editor;
  // For scripted use (and the browser tests): the form editor of the page shown.
  (window as unknown as { itsmFormEditor?: FormEditor }).itsmFormEditor = editor;
  const say = (kind: 'error' | 'info', text: string) => mount(status, notice(kind, text));
  try {
    await editor.importSchema(schema);
  } catch (err) {
    console.error(err);
    say('error', (err as Error).message);
    return;
  }

  saveDraft.addEventListener('click', () => {
    try {
      saveFormDraft(formId, editor.saveSchema() as Record<string, unknown>);
      say('info', t('modeler.formDraftSaved'));
    } catch (err) {
      say('error', (err as Error).message);
    }
  });

  deploy.addEventListener('click', async () => {
    deploy.disabled = true;
    try {
      const out = editor.saveSchema() as Record<string, unknown>;
      const answer = await api<{ version: number }>(
        'POST',
        `/api/forms/${encodeURIComponent(formId)}/deploy`,
        out,
      );
      clearFormDraft(formId);
      versionLine.textContent = t('modeler.formLatest', { version: answer.version });
      say('info', t('modeler.formDeployed', { version: answer.version }));
    } catch (err) {
      const details = err instanceof ApiError ? err.details : [];
      mount(
        status,
        h(
          'div',
          { class: 'notice notice-error', role: 'alert' },
          h('p', {}, messageOf(err)),
          details.length > 0 &&
            h(
              'ul',
              { class: 'modeler-findings', id: 'form-refusal' },
              details.map((d) =>
                h(
                  'li',
                  { class: 'finding finding-error' },
                  d.field && h('span', { class: 'finding-code' }, d.field),
                  h('span', { class: 'finding-message' }, d.message),
                ),
              ),
            ),
        ),
      );
    } finally {
      deploy.disabled = false;
    }
  });
}
