import { api, messageOf } from './api.ts';
import { h } from './dom.ts';
import { dateTime, duration, label, t, type Key } from './i18n.ts';
import type { Incident, SlaClockView } from './types.ts';
import { notice } from './widgets.ts';

function row(term: string, value: string | null | undefined): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, value || '—')];
}

function historyText(details: unknown): string {
  if (details && typeof details === 'object') {
    const text = (details as Record<string, unknown>).text;
    if (typeof text === 'string') return text;
  }
  return '';
}

/**
 * An incident's details, SLA clocks with their ledger, and history (GET /api/incidents/:id
 * and /sla). Other record types show their number only, for now.
 */
export async function recordPanel(record: { type: string; number: string }): Promise<HTMLElement> {
  if (record.type !== 'incident') {
    return h('section', { class: 'card record' }, h('h2', {}, record.number));
  }
  let incident: Incident;
  let clocks: SlaClockView[];
  try {
    const path = `/api/incidents/${encodeURIComponent(record.number)}`;
    [incident, { clocks }] = await Promise.all([
      api<Incident>('GET', path),
      api<{ clocks: SlaClockView[] }>('GET', `${path}/sla`),
    ]);
  } catch (err) {
    return h('section', { class: 'card record' }, notice('error', messageOf(err)));
  }
  return h(
    'section',
    { class: 'card record', 'data-record': incident.number },
    h('h2', {}, h('a', { href: `#/incidents/${incident.number}` }, incident.number)),
    h(
      'dl',
      { class: 'facts' },
      row(t('record.title'), incident.title),
      row(t('record.status'), label('status', incident.status)),
      row(t('record.priority'), incident.priority),
      row(t('incident.channel'), label('channel', incident.channel)),
      row(
        t('record.group'),
        incident.assignmentGroup ? label('role', incident.assignmentGroup) : null,
      ),
      row(t('record.assignee'), incident.assignee),
    ),
    incident.description ? h('p', { class: 'description' }, incident.description) : null,
    h('h3', {}, t('record.slaLedger')),
    clocks.map((c) =>
      h(
        'div',
        { class: 'clock', 'data-clock': c.clockType },
        h(
          'p',
          {},
          h('strong', {}, label('sla', c.clockType)),
          ` · ${label('sla', c.state)} · ${t('inbox.due')} ${dateTime(c.dueAt)} · ${duration(c.targetMinutes)}`,
        ),
        h(
          'ol',
          { class: 'ledger' },
          c.events.map((e) =>
            h(
              'li',
              {},
              h('time', {}, dateTime(e.at)),
              ' ',
              t(`sla.event.${e.event}` as Key) + (e.level !== null ? ` ${e.level}%` : ''),
              e.reason ? ` (${e.reason})` : '',
            ),
          ),
        ),
      ),
    ),
    h('h3', {}, t('record.history')),
    h(
      'ol',
      { class: 'history' },
      incident.history.map((entry) =>
        h(
          'li',
          {},
          h('time', {}, dateTime(entry.at)),
          ' ',
          h('strong', {}, entry.actor),
          ' ',
          entry.action,
          historyText(entry.details) ? ` — ${historyText(entry.details)}` : '',
        ),
      ),
    ),
  );
}
