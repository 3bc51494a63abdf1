/**
 * The customer and service every record may name (§0.1), offered on a kind's create form as
 * choices from reference data in the user's language: services to everyone, customers only to
 * the roles the API lets choose one (its CUSTOMER_SETTER_ROLES, and a contact their own).
 */
import { api } from '../api.ts';
import { lang } from '../i18n.ts';
import { currentUser } from '../session.ts';
import type { Named, Page } from '../types.ts';
import type { KindView, ObjectSchema } from './kinds.ts';

/** The common properties with choices, in the order the form shows them. */
export const REFERENCE_PICKERS = ['serviceId', 'customerId'] as const;
export type ReferencePicker = (typeof REFERENCE_PICKERS)[number];

/** Who picks the customer (see the module comment); the API refuses anyone else's choice. */
const CUSTOMER_PICKERS = [
  'service-desk',
  'service-desk-lead',
  'incident-manager',
  'admin',
  'customer-contact',
];

/** A reference row's name in the current language, after its code. */
export function nameOf(item: Named): string {
  const name = lang() === 'zh-CN' ? (item.nameZh ?? item.nameEn) : (item.nameEn ?? item.nameZh);
  const code = item.number ?? item.code;
  return [code, name ?? item.name].filter(Boolean).join(' ');
}

/**
 * The names of the choices of each field that names its list (`choicesFrom`), by id, so a
 * record's page shows "REQ-VPN-ACCESS VPN access" rather than an id. A list that cannot be
 * read leaves its field showing the id.
 */
export async function choiceNames(kind: KindView): Promise<Map<string, Map<string, string>>> {
  const names = new Map<string, Map<string, string>>();
  await Promise.all(
    Object.entries(kind.fields)
      .filter(([, field]) => field.choicesFrom)
      .map(async ([name, field]) => {
        const page = await api<Page<Named>>('GET', field.choicesFrom!).catch(() => undefined);
        if (page) names.set(name, new Map(page.items.map((i) => [String(i.id), nameOf(i)])));
      }),
  );
  return names;
}

/** The form-js data key holding a picker's choices. */
export const optionsKey = (name: ReferencePicker) => `${name}Options`;

/**
 * The choices of each common property the schema offers and the user may set, as form-js
 * select values keyed by {@link optionsKey}.
 */
export async function referenceChoices(
  schema: ObjectSchema,
  kind?: KindView,
): Promise<Partial<Record<string, { value: string; label: string }[]>>> {
  const roles = currentUser()?.roles ?? [];
  const sources: Record<ReferencePicker, string | undefined> = {
    serviceId: '/api/services?limit=1000',
    customerId: roles.some((r) => CUSTOMER_PICKERS.includes(r))
      ? '/api/customers?limit=1000'
      : undefined,
  };
  const data: Record<string, { value: string; label: string }[]> = {};
  await Promise.all(
    REFERENCE_PICKERS.filter((name) => schema.properties[name] && sources[name]).map(
      async (name) => {
        const page = await api<Page<Named>>('GET', sources[name]!);
        data[optionsKey(name)] = page.items.map((item) => ({
          value: String(item.id),
          label: nameOf(item),
        }));
      },
    ),
  );
  // A field of the kind that names its list (`choicesFrom`, e.g. the request catalogue).
  await Promise.all(
    Object.entries(kind?.fields ?? {})
      .filter(([name, field]) => field.choicesFrom && schema.properties[name])
      .map(async ([name, field]) => {
        const page = await api<Page<Named>>('GET', field.choicesFrom!);
        data[`${name}Options`] = page.items.map((item) => ({
          value: String(item.id),
          label: nameOf(item),
        }));
      }),
  );
  return data;
}
