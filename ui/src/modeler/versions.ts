/** The deployed processes and their versions, as the modeler pages show them. */
import { api } from '../api.ts';
import { h } from '../dom.ts';
import { dateTime, t } from '../i18n.ts';
import type { Answer } from '../types.ts';

/** The latest version of a deployed process (GET /api/processes). */
export type ProcessSummary = Answer<'/api/processes', 'get'>['items'][number];

/** One version with its instance counts (GET /api/processes/:id/versions). */
export type ProcessVersion = Answer<'/api/processes/{processId}/versions', 'get'>['items'][number];

export async function loadProcesses(): Promise<ProcessSummary[]> {
  return (await api<{ items: ProcessSummary[] }>('GET', '/api/processes')).items;
}

export async function loadVersions(processId: string): Promise<ProcessVersion[]> {
  const { items } = await api<{ items: ProcessVersion[] }>(
    'GET',
    `/api/processes/${encodeURIComponent(processId)}/versions`,
  );
  return [...items].sort((a, b) => b.version - a.version);
}

/** The version history, newest first: version, deployed at, active / completed / incident counts. */
export function versionsTable(versions: ProcessVersion[]): HTMLElement {
  return h(
    'table',
    { class: 'modeler-versions' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('modeler.version')),
        h('th', { scope: 'col' }, t('modeler.deployedAt')),
        h('th', { scope: 'col', class: 'num' }, t('modeler.active')),
        h('th', { scope: 'col', class: 'num' }, t('modeler.completed')),
        h('th', { scope: 'col', class: 'num' }, t('modeler.incidents')),
      ),
    ),
    h(
      'tbody',
      {},
      versions.map((v) =>
        h(
          'tr',
          { 'data-version': v.version },
          h('td', {}, `v${v.version}`),
          h('td', {}, dateTime(v.deployedAt)),
          h('td', { class: 'num', 'data-count': 'active' }, v.active),
          h('td', { class: 'num', 'data-count': 'completed' }, v.completed),
          h(
            'td',
            { class: `num${v.incident ? ' has-incidents' : ''}`, 'data-count': 'incident' },
            v.incident,
          ),
        ),
      ),
    ),
  );
}
