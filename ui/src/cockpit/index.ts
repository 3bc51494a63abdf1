/**
 * The cockpit (issue 5): `#/cockpit` (instances by process and state), `#/cockpit/instances/<key>`
 * (one instance on its diagram) and `#/cockpit/objectives` (KPIs and SLA compliance), for the
 * roles of ./roles.ts (incident and major-incident managers, process owners, the management
 * representative, top management, admin).
 */
import './cockpit.css';
import { h, mount } from '../dom.ts';
import { t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { notice } from '../widgets.ts';
import { seesCockpit } from './common.ts';
import { instancePage } from './instance.ts';
import { instancesPage } from './instances.ts';
import { objectivesPage } from './objectives.ts';

export { isCockpitRoute, seesCockpit } from './common.ts';

/** Draws the cockpit page of a route (`/cockpit…`). */
export async function cockpitPage(ctx: PageContext, route: string): Promise<void> {
  if (!seesCockpit()) {
    mount(ctx.root, notice('error', t('cockpit.forbidden')));
    return;
  }
  const [path = '', search = ''] = route.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 1) return instancesPage(ctx, new URLSearchParams(search));
  if (parts[1] === 'objectives' && parts.length === 2) return objectivesPage(ctx);
  if (parts[1] === 'instances' && parts[2] && parts.length === 3)
    return instancePage(ctx, parts[2]);
  mount(ctx.root, h('div', {}, notice('error', t('error.notFound'))));
}
