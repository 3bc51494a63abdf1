/**
 * The modeler (role process-owner): `#/modeler` lists the deployed processes with their
 * versions, `#/modeler/<processId>` edits and deploys one; `#/modeler/forms` lists the
 * deployed forms and `#/modeler/forms/<formId>` edits one in the form-js editor.
 */
import { mount } from '../dom.ts';
import { t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { notice } from '../widgets.ts';
import { seesModeler } from './access.ts';
import { modelerPage } from './editor.ts';
import { formEditorPage, formsListPage } from './forms.ts';
import { modelerListPage } from './list.ts';

export { isModelerRoute, seesModeler } from './access.ts';

/** Draws the modeler page of a route. */
export async function modelerRoute(ctx: PageContext, route: string): Promise<void> {
  if (!seesModeler()) {
    mount(ctx.root, notice('error', t('modeler.forbidden')));
    return;
  }
  const parts = route.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[1] === 'forms' && parts[2]) await formEditorPage(ctx, parts[2]);
  else if (parts[1] === 'forms') await formsListPage(ctx);
  else if (parts[1]) await modelerPage(ctx, parts[1]);
  else await modelerListPage(ctx);
}
