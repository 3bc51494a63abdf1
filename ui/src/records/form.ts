/**
 * A form-js form generated from a kind's JSON Schema (its create body or a command's body),
 * labelled in the user's language, with the server's field errors shown on the fields.
 * Shared by the create page and the command forms of the detail page.
 */
import { Form } from '@bpmn-io/form-js-viewer';
import { ApiError, type FieldError } from '../api.ts';
import { h, mount } from '../dom.ts';
import { t } from '../i18n.ts';
import { fieldIds } from '../form-labels.ts';
import { formI18nModules } from '../form-i18n.ts';
import type { FormComponent, FormSchema } from '../types.ts';
import { notice } from '../widgets.ts';
import { fieldLabel, text, type KindView, type ObjectSchema } from './kinds.ts';
import { optionsKey, REFERENCE_PICKERS } from './references.ts';

/** Strings longer than this get a text area. */
const LONG_TEXT = 500;

/** form-js keeps its errors in its state; the viewer has no public setter for outside errors. */
interface FormWithErrors {
  _setState(state: { errors: Record<string, string[]> }): void;
}

/**
 * One component per property the kind declares (and a command's `comment`): a select with
 * the enum's labels, a number for integers and numbers, a checkbox for booleans, a date-time
 * picker for dates, a text area for long text, a text field otherwise; the customer and the
 * service, and a field that names its list (`choicesFrom`), as choices when `data` holds them
 * (./references.ts). Other common properties
 * (request id) and lists are left out.
 */
export function formSchemaOf(
  kind: KindView,
  schema: ObjectSchema,
  id: string,
  data: Record<string, unknown> = {},
): FormSchema {
  const required = new Set(schema.required ?? []);
  const components: FormComponent[] = [];
  for (const [name, prop] of Object.entries(schema.properties)) {
    const picker = REFERENCE_PICKERS.find((p) => p === name);
    if (picker && data[optionsKey(picker)]) {
      components.push({
        id: `Field_${name}`,
        key: name,
        type: 'select',
        label: t(picker === 'serviceId' ? 'incident.service' : 'incident.customer'),
        valuesKey: optionsKey(picker),
        searchable: true,
      });
      continue;
    }
    const field = kind.fields[name];
    if (!field && name !== 'comment') continue;
    const label = name === 'comment' ? t('records.comment') : fieldLabel(kind, name);
    if (field?.choicesFrom && data[`${name}Options`]) {
      components.push({
        id: `Field_${name}`,
        key: name,
        type: 'select',
        label,
        valuesKey: `${name}Options`,
        searchable: true,
        ...(required.has(name) ? { validate: { required: true } } : {}),
      });
      continue;
    }
    const type = Array.isArray(prop.type) ? String(prop.type[0]) : String(prop.type);
    const validate: Record<string, unknown> = {};
    if (required.has(name)) validate.required = true;
    const base = { id: `Field_${name}`, key: name };
    const enumValues = Array.isArray(prop.enum) ? (prop.enum as unknown[]) : undefined;
    if (enumValues) {
      components.push({
        ...base,
        type: 'select',
        label,
        values: enumValues
          .filter((v) => v !== null)
          .map((v) => ({ value: v, label: text(field?.enumLabels?.[String(v)], String(v)) })),
        validate,
      });
    } else if (type === 'boolean') {
      components.push({ ...base, type: 'checkbox', label, defaultValue: false });
    } else if (type === 'integer' || type === 'number') {
      if (typeof prop.minimum === 'number') validate.min = prop.minimum;
      if (typeof prop.maximum === 'number') validate.max = prop.maximum;
      components.push({
        ...base,
        type: 'number',
        label,
        ...(type === 'integer' ? { decimalDigits: 0 } : {}),
        validate,
      });
    } else if (type === 'string' && (prop.format === 'date-time' || prop.format === 'date')) {
      components.push({
        ...base,
        type: 'datetime',
        subtype: prop.format === 'date' ? 'date' : 'datetime',
        dateLabel: label,
        timeLabel: t('records.time'),
        use24h: true,
        timeSerializingFormat: 'utc_offset',
        validate,
      });
    } else if (type === 'string') {
      if (typeof prop.minLength === 'number' && prop.minLength > 1)
        validate.minLength = prop.minLength;
      if (typeof prop.maxLength === 'number') validate.maxLength = prop.maxLength;
      const long = typeof prop.maxLength === 'number' && prop.maxLength > LONG_TEXT;
      components.push({ ...base, type: long ? 'textarea' : 'textfield', label, validate });
    }
  }
  return { id, type: 'default', schemaVersion: 16, components };
}

/**
 * The values to send: empty ones left out (so the server names a missing required field),
 * date-times as ISO instants.
 */
export function bodyOf(
  schema: ObjectSchema,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const prop = schema.properties[name];
    if (!prop || value === null || value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    if (typeof value === 'number' && Number.isNaN(value)) continue;
    if (prop.format === 'date-time' && typeof value === 'string') {
      const at = new Date(value);
      body[name] = Number.isNaN(at.getTime()) ? value : at.toISOString();
    } else body[name] = value;
  }
  return body;
}

/** A generated form on the page, its submit, and the server's answer shown on it. */
export interface SchemaForm {
  /** The values when the form's own checks pass, else undefined (its errors are shown). */
  values(): Record<string, unknown> | undefined;
  /** Shows a failure: the field errors on their fields, the message (and the rest) in `status`. */
  showError(err: unknown, message: string): void;
  destroy(): void;
}

/** Renders the form into `host`; `status` receives the messages. */
export async function renderSchemaForm(
  host: HTMLElement,
  status: HTMLElement,
  kind: KindView,
  schema: ObjectSchema,
  id: string,
  data: Record<string, unknown> = {},
): Promise<SchemaForm> {
  const formSchema = formSchemaOf(kind, schema, id, data);
  const ids = fieldIds(formSchema);
  const form = new Form({ container: host, additionalModules: formI18nModules });
  await form.importSchema(formSchema, data);
  return {
    values() {
      const result = form.submit();
      if (Object.keys(result.errors).length > 0) {
        mount(status, notice('error', t('task.fixFields')));
        return undefined;
      }
      mount(status);
      return bodyOf(schema, result.data as Record<string, unknown>);
    },
    showError(err, message) {
      const details: FieldError[] = err instanceof ApiError ? err.details : [];
      const byId: Record<string, string[]> = {};
      const rest: FieldError[] = [];
      for (const e of details) {
        const fieldId = ids.get(e.field);
        if (fieldId) (byId[fieldId] ??= []).push(e.message);
        else rest.push(e);
      }
      (form as unknown as FormWithErrors)._setState({ errors: byId });
      mount(
        status,
        notice('error', message),
        rest.length
          ? h(
              'ul',
              { class: 'field-errors' },
              rest.map((e) =>
                h('li', {}, `${e.field ? fieldLabel(kind, e.field) : '—'}: ${e.message}`),
              ),
            )
          : null,
      );
    },
    destroy() {
      form.destroy();
    },
  };
}
