/** Who sees the modeler and which routes are its (in the core bundle; the modeler loads lazily). */
import { currentUser } from '../session.ts';

/** Whether the signed-in user edits processes (and sees the modeler in the navigation). */
export function seesModeler(): boolean {
  return currentUser()?.roles.includes('process-owner') ?? false;
}

/** Whether a route (`/modeler…`, without the `#`) is the modeler's. */
export function isModelerRoute(route: string): boolean {
  return route === '/modeler' || route.startsWith('/modeler/');
}
