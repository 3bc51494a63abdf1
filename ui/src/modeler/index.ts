/**
 * The modeler (role process-owner): `#/modeler` lists the deployed processes with their
 * versions, `#/modeler/<processId>` edits and deploys one.
 */
import { mount } from '../dom.ts';
import { t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { currentUser } from '../session.ts';
import { notice } from '../widgets.ts';
import { modelerPage } from './editor.ts';
import { modelerListPage } from './list.ts';

/** Whether the signed-in user edits processes (and sees the modeler in the navigation). */
export function seesModeler(): boolean {
  return currentUser()?.roles.includes('process-owner') ?? false;
}

/** Whether a route (`/modeler…`, without the `#`) is the modeler's. */
export function isModelerRoute(route: string): boolean {
  return route === '/modeler' || route.startsWith('/modeler/');
}

/** Draws the modeler page of a route. */
export async function modelerRoute(ctx: PageContext, route: string): Promise<void> {
  if (!seesModeler()) {
    mount(ctx.root, notice('error', t('modeler.forbidden')));
    return;
  }
  const parts = route.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[1]) await modelerPage(ctx, parts[1]);
  else await modelerListPage(ctx);
}
