/**
 * The record kinds the signed-in user may read (GET /api/record-kinds), read once per sign-in
 * and kept in the session, and how their labels and values read in the user's language.
 * Small on purpose: the navigation imports it; the pages load on first use.
 */
import { api } from '../api.ts';
import { dateTime, label, lang, t, type Key } from '../i18n.ts';
import { cachedRecordKinds, cacheRecordKinds, currentUser } from '../session.ts';
import type { Answer } from '../types.ts';

/** A record kind as GET /api/record-kinds answers it (generated from the OpenAPI document). */
export type KindView = Answer<'/api/record-kinds', 'get'>['items'][number];

/** One field of a kind (JSON Schema keywords and labels). */
export type FieldView = KindView['fields'][string];

/** A text in both languages. */
export type Labels = FieldView['labels'];

/** A JSON Schema object (a create or command body). */
export type ObjectSchema = KindView['createSchema'];

/** A record as the API answers it: the common fields and the kind's own. */
export interface RecordView {
  id: string;
  number: string;
  type: string;
  status: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  processInstanceKey: string | null;
  assignee: string | null;
  assignmentGroup: string | null;
  [field: string]: unknown;
}

/** The columns every record has (§0.1), labelled by the UI's own dictionary. */
const COMMON_FIELDS = [
  'number',
  'status',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'assignee',
  'assignmentGroup',
  'customerId',
  'serviceId',
];

/** The common fields a list may be sorted by (the API's rule; the kind's columns too). */
const SORTABLE_COMMON = [
  'number',
  'status',
  'createdAt',
  'updatedAt',
  'assignee',
  'assignmentGroup',
];

/**
 * The kinds the user may read: from the session, else read once from the API and kept. A
 * failed read leaves the navigation without them (logged) and is tried again on the next page.
 */
export async function loadKinds(): Promise<KindView[]> {
  const cached = cachedRecordKinds<KindView>();
  if (cached) return cached;
  if (!currentUser()) return [];
  const { items } = await api<{ items: KindView[] }>('GET', '/api/record-kinds');
  cacheRecordKinds(items);
  return items;
}

/** The kinds already read for this sign-in (none before {@link loadKinds}). */
export function knownKinds(): KindView[] {
  return cachedRecordKinds<KindView>() ?? [];
}

/** A text of the kind in the language shown. */
export function text(labels: Labels | undefined, fallback = ''): string {
  return labels ? labels[lang()] || labels.en : fallback;
}

/** A field's label: the kind's, or the UI's for a common column. */
export function fieldLabel(kind: KindView, name: string): string {
  const field = kind.fields[name];
  if (field) return text(field.labels);
  if (COMMON_FIELDS.includes(name)) return t(`records.field.${name}` as Key);
  return name;
}

/** A status in the user's language. */
export function statusLabel(kind: KindView, status: string): string {
  return text(kind.statuses.labels[status], status);
}

/** Whether the list may be sorted by this field. */
export function sortable(kind: KindView, name: string): boolean {
  return SORTABLE_COMMON.includes(name) || Boolean(kind.fields[name]?.column);
}

/**
 * A field's value as the user reads it: statuses and enum values by their labels, times in
 * Asia/Shanghai, groups by their role names, yes/no, lists joined; '—' when empty.
 */
export function valueText(kind: KindView, name: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (name === 'status') return statusLabel(kind, String(value));
  if (name === 'createdAt' || name === 'updatedAt') return dateTime(String(value));
  if (name === 'assignmentGroup') return label('role', String(value));
  const field = kind.fields[name];
  if (Array.isArray(value)) return value.length ? value.map(String).join('、') : '—';
  if (typeof value === 'boolean') return t(value ? 'records.yes' : 'records.no');
  if (field?.enumLabels?.[String(value)]) return text(field.enumLabels[String(value)]);
  if (field?.format === 'date-time') return dateTime(String(value));
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Whether the user's roles include one of these. */
export function hasRole(roles: readonly string[]): boolean {
  const user = currentUser();
  return Boolean(user?.roles.some((r) => roles.includes(r)));
}

/** Whether a route (the hash without `#`) is one of the record pages. */
export function isRecordsRoute(route: string): boolean {
  return /^\/records\/[^/?]+/.test(route);
}
