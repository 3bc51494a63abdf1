import { h, mount } from '../dom.ts';
import { t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { messageOf } from '../api.ts';
import { notice } from '../widgets.ts';
import { loadProcesses, loadVersions, versionsTable, type ProcessVersion } from './versions.ts';

/**
 * `#/modeler`: every deployed process with its latest version and its version history (active,
 * completed and incident instances on each version), each opening in the modeler.
 */
export async function modelerListPage(ctx: PageContext): Promise<void> {
  mount(ctx.root, h('p', { class: 'modeler-muted' }, t('inbox.loading')));
  const processes = (await loadProcesses()).sort((a, b) => a.processId.localeCompare(b.processId));
  const histories = await Promise.all(
    processes.map((p) =>
      loadVersions(p.processId).then(
        (v) => ({ versions: v, error: '' }),
        (err: unknown) => ({ versions: [] as ProcessVersion[], error: messageOf(err) }),
      ),
    ),
  );
  if (!ctx.current()) return;
  mount(
    ctx.root,
    h(
      'section',
      { class: 'modeler-list' },
      h('h1', {}, t('modeler.title')),
      h(
        'p',
        { class: 'modeler-nav-forms' },
        h('a', { href: '#/modeler/forms', id: 'modeler-forms-link' }, t('modeler.forms')),
        ' · ',
        h('a', { href: '#/modeler/job-types', id: 'modeler-job-types-link' }, t('jobTypes.title')),
      ),
      processes.length === 0 && h('p', { class: 'modeler-muted' }, t('modeler.noProcesses')),
      h(
        'ul',
        { class: 'modeler-processes' },
        processes.map((p, i) =>
          h(
            'li',
            { class: 'modeler-process', 'data-process-id': p.processId },
            h(
              'div',
              { class: 'modeler-process-head' },
              h(
                'a',
                { class: 'modeler-open', href: `#/modeler/${encodeURIComponent(p.processId)}` },
                h('strong', {}, p.name || p.processId),
                h('span', { class: 'modeler-muted' }, ` ${p.processId}`),
              ),
              h('span', { class: 'modeler-latest' }, t('modeler.latest', { version: p.version })),
            ),
            histories[i]!.error
              ? notice('error', histories[i]!.error)
              : h(
                  'details',
                  {},
                  h('summary', {}, t('modeler.history', { count: histories[i]!.versions.length })),
                  h(
                    'div',
                    { class: 'modeler-table-scroll' },
                    versionsTable(histories[i]!.versions),
                  ),
                ),
          ),
        ),
      ),
    ),
  );
}
