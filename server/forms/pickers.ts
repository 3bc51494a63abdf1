import type {
  LabelLocale,
  PickerOption,
  PickerOptionsRepository,
} from '../../db/repositories/picker-options.repository.ts';

export type { PickerOption } from '../../db/repositories/picker-options.repository.ts';

/**
 * Dynamic option lists of forms. A select, taglist, radio or checklist with a `valuesKey` and
 * a custom property `picker` gets its options from reference data when the task is opened:
 * `categories` (incident categories), `services`, `configuration-items`, `groups` (assignment
 * groups), `group-users:<group>` (active users holding that group) or `records:<kind>` (records
 * of any record kind not in a final status; `records:<kind>:<status>,<status>` in those
 * statuses), `request-items` (the active items of the service request catalogue, §2).
 * `known-errors` is `records:known-error:active` (processes.md §3 step 8) under the
 * name the first forms used. The same options are what the server accepts when the task is
 * completed.
 */
export type PickerKind =
  | 'categories'
  | 'services'
  | 'configuration-items'
  | 'groups'
  | 'known-errors'
  | 'request-items'
  | `group-users:${string}`
  | `records:${string}`;

/**
 * Where the options come from; `records` is given where record pickers are offered (it
 * answers nothing for a kind the reader may not read).
 */
export type PickerSource = PickerOptionsRepository & {
  records?: (type: string, statuses: readonly string[] | null) => Promise<PickerOption[]>;
  /** The active items of the service request catalogue (processes.md §2), value = item id. */
  requestItems?: (locale: LabelLocale) => Promise<PickerOption[]>;
};

/** A `records:<kind>[:<status>,…]` picker read apart. */
export function recordPicker(
  picker: string,
): { type: string; statuses: readonly string[] | null } | undefined {
  if (picker === 'known-errors') return { type: 'known-error', statuses: ['active'] };
  const m = RECORDS.exec(picker);
  if (!m) return undefined;
  return { type: m[1]!, statuses: m[2] ? m[2].split(',') : null };
}

/** A form field whose options come from a picker. */
export interface PickerField {
  key: string;
  valuesKey: string;
  picker: string;
}

const OPTION_TYPES = new Set(['select', 'taglist', 'radio', 'checklist']);
const STATIC_KINDS = new Set([
  'categories',
  'services',
  'configuration-items',
  'groups',
  'known-errors',
  'request-items',
]);
const GROUP_USERS = /^group-users:([A-Za-z0-9._-]+)$/;
const RECORDS =
  /^records:([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?::([a-z][a-z0-9_]*(?:,[a-z][a-z0-9_]*)*))?$/;

/** True for a picker this module can fill. */
export function isPickerKind(picker: string): picker is PickerKind {
  return STATIC_KINDS.has(picker) || GROUP_USERS.test(picker) || RECORDS.test(picker);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The picker fields of a form-js form, in groups and dynamic lists too. */
export function pickerFields(form: unknown): PickerField[] {
  const found: PickerField[] = [];
  const walk = (components: unknown, depth: number) => {
    if (!Array.isArray(components) || depth > 32) return;
    for (const c of components) {
      if (!isRecord(c)) continue;
      const properties = isRecord(c.properties) ? c.properties : {};
      if (
        typeof c.type === 'string' &&
        OPTION_TYPES.has(c.type) &&
        typeof c.valuesKey === 'string' &&
        c.valuesKey !== '' &&
        typeof properties.picker === 'string'
      ) {
        found.push({
          key: typeof c.key === 'string' ? c.key : '',
          valuesKey: c.valuesKey,
          picker: properties.picker.trim(),
        });
      }
      walk(c.components, depth + 1);
    }
  };
  if (isRecord(form)) walk(form.components, 0);
  return found;
}

/** `zh-CN` labels for users whose locale is zh-CN, English otherwise. */
export function labelLocale(userLocale: string | undefined): LabelLocale {
  return userLocale === 'zh-CN' ? 'zh-CN' : 'en';
}

/**
 * The options of every picker field of the form, by valuesKey, with labels in the user's
 * locale. Each picker is read once per call. An unknown picker gets no options (nothing can
 * be chosen), so a mistyped form shows up as a field error rather than accepting anything.
 */
export async function loadPickerOptions(
  form: unknown,
  userLocale: string | undefined,
  source: PickerSource,
): Promise<Record<string, PickerOption[]>> {
  const fields = pickerFields(form);
  if (fields.length === 0) return {};
  const locale = labelLocale(userLocale);
  const loaded = new Map<string, Promise<PickerOption[]>>();
  const load = (picker: string): Promise<PickerOption[]> => {
    const groupUsers = GROUP_USERS.exec(picker);
    if (groupUsers) return source.groupUsers(groupUsers[1] as string);
    const records = recordPicker(picker);
    if (records)
      return source.records ? source.records(records.type, records.statuses) : Promise.resolve([]);
    switch (picker) {
      case 'categories':
        return source.categories(locale);
      case 'services':
        return source.services(locale);
      case 'configuration-items':
        return source.configurationItems();
      case 'groups':
        return source.groups(locale);
      case 'request-items':
        return source.requestItems ? source.requestItems(locale) : Promise.resolve([]);
      default:
        return Promise.resolve([]);
    }
  };
  const options: Record<string, PickerOption[]> = {};
  for (const field of fields) {
    let pending = loaded.get(field.picker);
    if (!pending) {
      pending = load(field.picker);
      loaded.set(field.picker, pending);
    }
    options[field.valuesKey] = await pending;
  }
  return options;
}
