/**
 * The modeler (role process-owner): `#/modeler` lists the deployed processes with their
 * versions, `#/modeler/<processId>` edits and deploys one; `#/modeler/forms` lists the
 * deployed forms and `#/modeler/forms/<formId>` edits one in the form-js editor;
 * `#/modeler/job-types` is the job-type registry (process owners read it, admins change it).
 */
import { mount } from '../dom.ts';
import { t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { notice } from '../widgets.ts';
import { seesModeler } from './access.ts';
import { modelerPage } from './editor.ts';
import { formEditorPage, formsListPage } from './forms.ts';
import { jobTypesPage } from './job-types.ts';
import { modelerListPage } from './list.ts';
import { currentUser } from '../session.ts';

export { isModelerRoute, seesModeler } from './access.ts';

/** Draws the modeler page of a route. */
export async function modelerRoute(ctx: PageContext, route: string): Promise<void> {
  const parts = route.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[1] === 'job-types' && !parts[2] && currentUser()?.roles.includes('admin')) {
    await jobTypesPage(ctx);
    return;
  }
  if (!seesModeler()) {
    mount(ctx.root, notice('error', t('modeler.forbidden')));
    return;
  }
  if (parts[1] === 'job-types' && !parts[2]) {
    await jobTypesPage(ctx);
    return;
  }
  if (parts[1] === 'forms' && parts[2]) await formEditorPage(ctx, parts[2]);
  else if (parts[1] === 'forms') await formsListPage(ctx);
  else if (parts[1]) await modelerPage(ctx, parts[1]);
  else await modelerListPage(ctx);
}
