/**
 * The user's language on the server (`users.locale`, PUT /api/me), which picker labels and
 * task names follow, and task names in the language shown.
 */
import { api } from './api.ts';
import { lang, setLang, type Lang } from './i18n.ts';
import { currentUser } from './session.ts';

/** True for a language the UI offers. */
export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en';
}

/**
 * Switches the language: in this browser (localStorage, also for the login page) and, when
 * signed in, on the server. A failure to store it on the server keeps the local choice.
 */
export async function chooseLanguage(next: Lang): Promise<void> {
  setLang(next);
  if (!currentUser()) return;
  try {
    await api('PUT', '/api/me', { locale: next });
  } catch (err) {
    console.error(err);
  }
}

/** On sign-in: the server's language for the user becomes the UI's. */
export function adoptServerLocale(locale: unknown): void {
  if (isLang(locale) && locale !== lang()) setLang(locale);
}

/** A task's name in the language shown (the server's `name` when it sends no `names`). */
export function taskName(task: { name: string; names?: Partial<Record<Lang, string>> }): string {
  return task.names?.[lang()] || task.name;
}
