/**
 * The generic record pages (issue 9 item 6), for every kind the user may read:
 * `#/records/<type>[?query]` (list), `#/records/<type>/new` (create) and
 * `#/records/<type>/<number>` (detail). Loaded on first use (form-js comes with it).
 */
import { h, mount } from '../dom.ts';
import { t } from '../i18n.ts';
import type { PageContext } from '../nav.ts';
import { notice } from '../widgets.ts';
import { createPage } from './create.ts';
import { detailPage } from './detail.ts';
import { loadKinds } from './kinds.ts';
import { listPage } from './list.ts';

/** Draws the record page of a route (`/records/…`). */
export async function recordsPage(ctx: PageContext, route: string): Promise<void> {
  const [path = '', search = ''] = route.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const kinds = await loadKinds();
  if (!ctx.current()) return;
  const kind = kinds.find((k) => k.type === parts[1]);
  // A kind the user may not read is not named: the same answer as one that does not exist.
  if (!kind) {
    mount(ctx.root, h('div', {}, notice('error', t('records.noKind'))));
    return;
  }
  if (parts.length === 2) return listPage(ctx, kind, new URLSearchParams(search));
  if (parts.length === 3 && parts[2] === 'new') return createPage(ctx, kind);
  if (parts.length === 3) return detailPage(ctx, kind, parts[2]!);
  mount(ctx.root, notice('error', t('error.notFound')));
}
