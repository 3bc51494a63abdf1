import type { Knex } from 'knex';

/** One choice of a form's dynamic option list, as form-js reads it from `variables[valuesKey]`. */
export interface PickerOption {
  label: string;
  value: string;
}

/** Which language the labels are in. */
export type LabelLocale = 'zh-CN' | 'en';

const named =
  (locale: LabelLocale) =>
  (r: { code?: string; id?: string; name_zh: string; name_en: string }) => ({
    label: locale === 'zh-CN' ? r.name_zh : r.name_en,
    value: String(r.code ?? r.id),
  });

/** The reference data that forms pick from: active rows only, in a stable order. */
export function createPickerOptionsRepository(db: Knex | Knex.Transaction) {
  return {
    async categories(locale: LabelLocale): Promise<PickerOption[]> {
      const rows = await db('incident_categories')
        .where({ active: true })
        .orderBy('code')
        .select('code', 'name_zh', 'name_en');
      return rows.map(named(locale));
    },
    async services(locale: LabelLocale): Promise<PickerOption[]> {
      const rows = await db('services')
        .where({ active: true })
        .orderBy('code')
        .select('id', 'name_zh', 'name_en');
      return rows.map(named(locale));
    },
    /** Configuration items in use (status `active`), labelled `<number> <name>`. */
    async configurationItems(): Promise<PickerOption[]> {
      const rows: { id: string; number: string; name: string }[] = await db('configuration_items')
        .where({ status: 'active' })
        .orderBy('number')
        .select('id', 'number', 'name');
      return rows.map((r) => ({ label: `${r.number} ${r.name}`, value: r.id }));
    },
    async groups(locale: LabelLocale): Promise<PickerOption[]> {
      const rows = await db('assignment_groups')
        .where({ active: true })
        .orderBy('code')
        .select('code', 'name_zh', 'name_en');
      return rows.map(named(locale));
    },
    /** Active users holding the group as a role (user_roles), labelled with their display name. */
    async groupUsers(group: string): Promise<PickerOption[]> {
      const rows: { username: string; display_name: string }[] = await db('users')
        .join('user_roles', 'users.id', 'user_roles.user_id')
        .where({ 'user_roles.role': group, 'users.active': true })
        .orderBy('users.username')
        .select('users.username', 'users.display_name');
      return rows.map((r) => ({ label: r.display_name, value: r.username }));
    },
  };
}
export type PickerOptionsRepository = ReturnType<typeof createPickerOptionsRepository>;
