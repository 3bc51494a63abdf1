/**
 * A kind's list as a spreadsheet reads it (台账): the list's columns with headers in the
 * reader's language and each value as the list page shows it (labels for statuses and
 * enumerated values, local times in Asia/Shanghai, yes/no, lists joined). Pure.
 */
import { formatInstant } from '../calendar/time-zone.ts';
import type { Labels, RecordKind } from './kind.ts';
import type { RecordView } from './schema.ts';

export type SheetLanguage = keyof Labels;

/** Headers of the common columns (§0.1) in both languages. */
export const COMMON_FIELD_LABELS: Readonly<Record<string, Labels>> = {
  number: { en: 'Number', 'zh-CN': '编号' },
  status: { en: 'Status', 'zh-CN': '状态' },
  createdAt: { en: 'Created', 'zh-CN': '创建时间' },
  createdBy: { en: 'Created by', 'zh-CN': '创建人' },
  updatedAt: { en: 'Updated', 'zh-CN': '更新时间' },
  updatedBy: { en: 'Updated by', 'zh-CN': '更新人' },
  assignee: { en: 'Assignee', 'zh-CN': '处理人' },
  assignmentGroup: { en: 'Assignment group', 'zh-CN': '处理组' },
  customerId: { en: 'Customer', 'zh-CN': '客户' },
  serviceId: { en: 'Service', 'zh-CN': '服务' },
  processInstanceKey: { en: 'Process instance', 'zh-CN': '流程实例' },
};

const ZONE = 'Asia/Shanghai';
const YES_NO: Record<SheetLanguage, [string, string]> = {
  en: ['Yes', 'No'],
  'zh-CN': ['是', '否'],
};
const PEOPLE = new Set(['createdBy', 'updatedBy', 'assignee']);

/** `2026-12-07 10:00` in Shanghai: what a ledger shows. */
function localTime(value: unknown): string {
  const at = new Date(String(value));
  if (Number.isNaN(at.getTime())) return String(value);
  return formatInstant(ZONE, at).slice(0, 16).replace('T', ' ');
}

/** The header of a column in the language. */
export function columnHeader(kind: RecordKind, name: string, lang: SheetLanguage): string {
  return (kind.fields[name]?.labels ?? COMMON_FIELD_LABELS[name])?.[lang] ?? name;
}

/** One value as the list shows it; null when empty. */
export function cellValue(
  kind: RecordKind,
  name: string,
  value: unknown,
  lang: SheetLanguage,
  displayName: (username: string) => string | undefined = () => undefined,
): string | number | boolean | null {
  if (value === null || value === undefined || value === '') return null;
  if (name === 'status') return kind.statuses.labels[String(value)]?.[lang] ?? String(value);
  if (name === 'createdAt' || name === 'updatedAt') return localTime(value);
  if (PEOPLE.has(name)) return displayName(String(value)) ?? String(value);
  const field = kind.fields[name];
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  const label = field?.enumLabels?.[String(value)];
  if (label) return label[lang];
  if (field?.format === 'date-time') return localTime(value);
  if (typeof value === 'number') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The kind's list columns and the records as rows, for a spreadsheet. */
export function recordSheet(
  kind: RecordKind,
  records: readonly RecordView[],
  lang: SheetLanguage,
  displayName?: (username: string) => string | undefined,
) {
  const columns = kind.list.columns.map((name) => ({
    key: name,
    header: columnHeader(kind, name, lang),
  }));
  const rows = records.map((r) =>
    Object.fromEntries(
      kind.list.columns.map((name) => [name, cellValue(kind, name, r[name], lang, displayName)]),
    ),
  );
  return { name: kind.labels.plural[lang], columns, rows };
}
