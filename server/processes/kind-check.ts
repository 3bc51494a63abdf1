/**
 * Diagrams, forms and record kinds agree (architecture.md §8): a generic record worker's
 * mapping may only name a kind that exists, statuses of its machine, fields it declares and
 * date-time fields for a sweep; a task form of a kind's process may only carry the kind's
 * fields or its declared task-only fields. The contract test runs this on every diagram and
 * form of the repository.
 */
import type { RecordKind } from '../../lib/records/kind.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import { recordPicker } from '../forms/pickers.ts';
import { loadBpmn } from './bpmn-model.ts';

/** One disagreement, at an element of a diagram or a field of a form. */
export interface KindFinding {
  where: string;
  message: string;
}

interface ModdleElement {
  $type: string;
  id?: string;
  flowElements?: ModdleElement[];
  rootElements?: ModdleElement[];
  extensionElements?: { values?: ModdleElement[] };
  type?: string;
  inputParameters?: { source?: string; target?: string }[];
  values?: { key?: string; value?: string }[];
}

/** The top-level keys of a FEEL context literal (`={a: x, b: {c: 1}}` → a, b), if it is one. */
export function feelContextKeys(expression: string): string[] | undefined {
  const text = expression.replace(/^=\s*/, '').trim();
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined;
  const keys: string[] = [];
  let depth = 0;
  let token = '';
  let inString = false;
  for (const ch of text.slice(1, -1)) {
    if (inString) {
      if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if ('{[('.includes(ch)) depth++;
    else if ('}])'.includes(ch)) depth--;
    else if (depth === 0 && ch === ':' && token.trim()) {
      keys.push(token.trim().replace(/^"|"$/g, ''));
      token = '';
      continue;
    } else if (depth === 0 && ch === ',') {
      token = '';
      continue;
    }
    if (depth === 0 && !inString) token += ch;
  }
  return keys;
}

function* serviceTasks(element: ModdleElement): Generator<ModdleElement> {
  for (const child of [...(element.rootElements ?? []), ...(element.flowElements ?? [])]) {
    if (child.extensionElements) yield child;
    yield* serviceTasks(child);
  }
}

const staticValue = (source: string | undefined) =>
  source !== undefined && !source.startsWith('=') ? source : undefined;

/** Findings of one diagram against the kinds. */
export async function checkDiagramAgainstKinds(
  xml: string,
  kinds: KindRegistry,
): Promise<KindFinding[]> {
  return kindFindingsOf((await loadBpmn(xml)).definitions, kinds);
}

/** Findings of a loaded diagram (its moddle definitions) against the kinds. */
export function kindFindingsOf(definitions: unknown, kinds: KindRegistry): KindFinding[] {
  const findings: KindFinding[] = [];
  for (const task of serviceTasks(definitions as unknown as ModdleElement)) {
    const values = task.extensionElements?.values ?? [];
    const headers = values.find((v) => v.$type === 'zeebe:TaskHeaders')?.values ?? [];
    const step = headers.find((h) => h.key === 'approval.step')?.value;
    if (step !== undefined && !/^[1-9]\d*$/.test(step))
      findings.push({
        where: `${task.id ?? '(element)'} (approval task)`,
        message: `approval.step "${step}" is not a whole number from 1`,
      });
    const jobType = values.find((v) => v.$type === 'zeebe:TaskDefinition')?.type ?? '';
    const match = /^itsm:record\.([a-z-]+):\d+$/.exec(jobType);
    if (!match) continue;
    const inputs = new Map(
      (values.find((v) => v.$type === 'zeebe:IoMapping')?.inputParameters ?? []).map((p) => [
        p.target ?? '',
        p.source,
      ]),
    );
    const where = `${task.id ?? '(element)'} (${jobType})`;
    const type = staticValue(inputs.get('recordType'));
    if (type === undefined) continue; // a kind chosen at run time is checked by the worker
    const kind = kinds.get(type);
    if (!kind) {
      findings.push({ where, message: `"${type}" is not a record kind` });
      continue;
    }
    findings.push(...checkMapping(match[1]!, kind, inputs, where));
  }
  return findings;
}

function checkMapping(
  action: string,
  kind: RecordKind,
  inputs: Map<string, string | undefined>,
  where: string,
): KindFinding[] {
  const findings: KindFinding[] = [];
  const status = staticValue(inputs.get('status'));
  if (
    action === 'set-status' &&
    status !== undefined &&
    !Object.hasOwn(kind.statuses.labels, status)
  )
    findings.push({ where, message: `"${status}" is not a status of ${kind.type}` });
  const fields = inputs.get('fields');
  if ((action === 'create' || action === 'set-fields') && fields !== undefined) {
    for (const key of feelContextKeys(fields) ?? [])
      if (!Object.hasOwn(kind.fields, key))
        findings.push({ where, message: `"${key}" is not a field of ${kind.type}` });
  }
  const dateField = staticValue(inputs.get('dateField'));
  if (
    action === 'select-due' &&
    dateField !== undefined &&
    kind.fields[dateField]?.format !== 'date-time'
  )
    findings.push({ where, message: `"${dateField}" is not a date-time field of ${kind.type}` });
  return findings;
}

interface FormComponent {
  key?: string;
  type?: string;
  components?: FormComponent[];
  properties?: { picker?: unknown };
}

/**
 * Findings of any form's record pickers: a `records:<kind>[:<status>,…]` picker names a kind
 * that exists and statuses of its machine.
 */
export function checkFormPickers(
  form: { id?: string; components?: FormComponent[] },
  kinds: KindRegistry,
): KindFinding[] {
  const findings: KindFinding[] = [];
  const visit = (components: FormComponent[] | undefined) => {
    for (const c of components ?? []) {
      const picker = typeof c.properties?.picker === 'string' ? c.properties.picker : '';
      const wanted = recordPicker(picker);
      if (wanted) {
        const where = `form ${form.id ?? '(no id)'} field ${c.key ?? '(no key)'}`;
        const kind = kinds.get(wanted.type);
        if (!kind) findings.push({ where, message: `"${wanted.type}" is not a record kind` });
        for (const s of kind ? (wanted.statuses ?? []) : [])
          if (!Object.hasOwn(kind!.statuses.labels, s))
            findings.push({ where, message: `"${s}" is not a status of ${kind!.type}` });
      }
      visit(c.components);
    }
  };
  visit(form.components);
  return findings;
}

/** What every record has and a form may set: the assignment, the customer and the service (§0.1). */
const COMMON_FIELDS = ['assignee', 'assignmentGroup', 'customerId', 'serviceId'];

/**
 * Findings of a task form of a kind's process: every field key is the kind's, one of every
 * record's, or task-only.
 */
export function checkFormAgainstKind(
  form: { id?: string; components?: FormComponent[] },
  kind: RecordKind,
): KindFinding[] {
  const findings: KindFinding[] = [];
  const visit = (components: FormComponent[] | undefined) => {
    for (const c of components ?? []) {
      if (
        c.key &&
        !Object.hasOwn(kind.fields, c.key) &&
        !COMMON_FIELDS.includes(c.key) &&
        !kind.taskOnlyFields?.includes(c.key)
      )
        findings.push({
          where: `form ${form.id ?? '(no id)'} field ${c.key}`,
          message: `"${c.key}" is neither a field of ${kind.type} nor one of its task-only fields`,
        });
      visit(c.components);
    }
  };
  visit(form.components);
  return findings;
}
