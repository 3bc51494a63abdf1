import type { FormComponent, FormSchema } from './types.ts';

/**
 * The form in the user's language: in zh-CN, each component's `properties["label.zh-CN"]`
 * replaces its label, `properties["text.zh-CN"]` its text, and `properties["options.zh-CN"]`
 * (JSON value → label) the labels of its fixed options. English is the form's own text.
 */
export function localizeForm(schema: FormSchema, lang: string): FormSchema {
  const copy = structuredClone(schema);
  if (lang !== 'zh-CN') return copy;
  const walk = (components: FormComponent[] | undefined) => {
    for (const c of components ?? []) {
      const p = c.properties ?? {};
      if (typeof p['label.zh-CN'] === 'string') c.label = p['label.zh-CN'];
      if (typeof p['text.zh-CN'] === 'string') c.text = p['text.zh-CN'];
      if (typeof p['options.zh-CN'] === 'string' && Array.isArray(c.values)) {
        try {
          const labels = JSON.parse(p['options.zh-CN']) as Record<string, string>;
          c.values = c.values.map((v) => ({ ...v, label: labels[String(v.value)] ?? v.label }));
        } catch {
          // A malformed translation keeps the English labels.
        }
      }
      walk(c.components);
    }
  };
  walk(copy.components);
  return copy;
}

/** Data path (`a.b`) → component id, for showing the server's field errors on the fields. */
export function fieldIds(schema: FormSchema): Map<string, string> {
  const ids = new Map<string, string>();
  const walk = (components: FormComponent[] | undefined, prefix: string) => {
    for (const c of components ?? []) {
      if (c.key && c.id) ids.set(prefix + c.key, c.id);
      const nested = c.path ? `${prefix}${c.path}.` : prefix;
      walk(c.components, nested);
    }
  };
  walk(schema.components, '');
  return ids;
}
