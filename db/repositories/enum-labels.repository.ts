import type { Knex } from 'knex';
import type { RecordKind } from '../../lib/records/kind.ts';

/** One label row: a kind's enumerated field value (or status) in both languages. */
export interface EnumLabel {
  kind: string;
  field: string;
  value: string;
  en: string;
  zhCN: string;
}

/** The labels a kind declares: each enum field's values, and its statuses as field `status`. */
export function enumLabelsOf(kind: RecordKind): EnumLabel[] {
  const rows: EnumLabel[] = [];
  for (const [field, spec] of Object.entries(kind.fields))
    for (const [value, labels] of Object.entries(spec.enumLabels ?? {}))
      rows.push({ kind: kind.type, field, value, en: labels.en, zhCN: labels['zh-CN'] });
  for (const [value, labels] of Object.entries(kind.statuses.labels))
    rows.push({ kind: kind.type, field: 'status', value, en: labels.en, zhCN: labels['zh-CN'] });
  return rows;
}

/**
 * `enum_labels` (§0.1 "Labels"): the labels of enumerated values as data, for reports and
 * SQL readers; kept equal to the kind files at every start (rows a kind no longer declares go).
 */
export function createEnumLabelsRepository(db: Knex) {
  return {
    async sync(kinds: readonly RecordKind[]): Promise<number> {
      const rows = kinds.flatMap(enumLabelsOf).map((r) => ({
        kind: r.kind,
        field: r.field,
        value: r.value,
        label_en: r.en,
        label_zh_cn: r.zhCN,
      }));
      await db.transaction(async (trx) => {
        await trx('enum_labels')
          .whereIn(
            'kind',
            kinds.map((k) => k.type),
          )
          .delete();
        if (rows.length) await trx('enum_labels').insert(rows);
      });
      return rows.length;
    },

    async of(kind: string): Promise<EnumLabel[]> {
      const rows = (await db('enum_labels').where({ kind }).orderBy(['field', 'value'])) as Record<
        string,
        string
      >[];
      return rows.map((r) => ({
        kind: r.kind!,
        field: r.field!,
        value: r.value!,
        en: r.label_en!,
        zhCN: r.label_zh_cn!,
      }));
    },
  };
}
