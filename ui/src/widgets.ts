import { h } from './dom.ts';
import { dateTime, duration, label, t } from './i18n.ts';
import type { TaskSla } from './types.ts';

/** A message box: `error` (role alert) or `info` (role status). */
export function notice(kind: 'error' | 'info', text: string): HTMLElement {
  return h(
    'p',
    { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    text,
  );
}

/** The SLA countdown of a task: clock, percent, time left, level colour; paused marked. */
export function slaBadge(sla: TaskSla | null | undefined): HTMLElement {
  if (!sla) return h('span', { class: 'sla sla-none' }, t('sla.none'));
  const left =
    sla.remainingMinutes >= 0
      ? t('sla.left', { time: duration(sla.remainingMinutes) })
      : t('sla.over', { time: duration(-sla.remainingMinutes) });
  const state =
    sla.state === 'paused' ? t('sla.paused') : sla.state === 'stopped' ? t('sla.stopped') : left;
  return h(
    'span',
    {
      class: `sla sla-${sla.level}${sla.state === 'paused' ? ' sla-paused' : ''}`,
      'data-level': sla.level,
      'data-state': sla.state,
      title: `${label('sla', sla.clockType)} ${sla.percent}% · ${dateTime(sla.dueAt)}`,
    },
    `${label('sla', sla.clockType)} ${sla.percent}% · ${state}`,
  );
}

/** How long ago an instant was, at `now`. */
export function age(createdAt: string, now = Date.now()): string {
  return duration((now - new Date(createdAt).getTime()) / 60_000);
}

/** Field errors of a plain form: message under each named field, the rest in `rest`. */
export function showFieldErrors(
  form: HTMLFormElement,
  errors: { field: string; message: string }[],
): { field: string; message: string }[] {
  for (const old of form.querySelectorAll('.field-error')) old.remove();
  for (const old of form.querySelectorAll('[aria-invalid]')) old.removeAttribute('aria-invalid');
  const rest: { field: string; message: string }[] = [];
  for (const e of errors) {
    const input = form.querySelector<HTMLElement>(`[name="${CSS.escape(e.field)}"]`);
    if (!input) {
      rest.push(e);
      continue;
    }
    input.setAttribute('aria-invalid', 'true');
    input.after(h('span', { class: 'field-error', role: 'alert' }, e.message));
  }
  return rest;
}
