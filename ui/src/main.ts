/**
 * The browser app: a header (user, roles, language, sign out) over hash-routed pages:
 * `#/login`, `#/inbox[/queue/<group>|/mine]`, `#/tasks/<id>`, `#/incidents/new` (→ the create page),
 * `#/incidents/<number>`, and the record pages of every kind the user may read (`#/records/<type>…`,
 * listed in the navigation). Every failure shows the API's message, never a stack trace.
 * The task page (form-js), the cockpit (`#/cockpit…`) and the modeler (`#/modeler…`) load on
 * first use (`import()`, chunks of their own), so the login and inbox pages load only the core.
 */
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import './styles.css';
import { whenSignedOut } from './api.ts';
import { isCockpitRoute, seesCockpit } from './cockpit/common.ts';
import { h, mount } from './dom.ts';
import { label, lang, setLang, t, type Lang } from './i18n.ts';
import { chooseLanguage } from './locale.ts';
import { isModelerRoute, seesModeler } from './modeler/access.ts';
import { inboxPage } from './pages/inbox.ts';
import { incidentPage } from './pages/incident.ts';
import { loginPage } from './pages/login.ts';
import { flash, go, setRenderer, takeFlash, type PageContext } from './nav.ts';
import { isRecordsRoute, knownKinds, loadKinds, text } from './records/kinds.ts';
import { currentUser, signOut } from './session.ts';
import { notice } from './widgets.ts';

let renderCount = 0;

function header(): HTMLElement {
  const user = currentUser();
  const select = h(
    'select',
    {
      'aria-label': t('header.language'),
      id: 'language',
      onchange: (e: Event) => {
        // Stored on the server too (picker labels follow it), then the page is drawn again.
        void chooseLanguage((e.target as HTMLSelectElement).value as Lang).then(render);
      },
    },
    h('option', { value: 'zh-CN', selected: lang() === 'zh-CN' }, '中文'),
    h('option', { value: 'en', selected: lang() === 'en' }, 'English'),
  );
  return h(
    'header',
    { class: 'app-header' },
    h('a', { class: 'brand', href: '#/inbox' }, t('app.title')),
    user &&
      h(
        'nav',
        { class: 'app-nav' },
        h('a', { href: '#/inbox' }, t('nav.inbox')),
        h('a', { href: '#/records/incident/new' }, t('nav.newIncident')),
        knownKinds().map((kind) =>
          h(
            'a',
            { href: `#/records/${encodeURIComponent(kind.type)}`, 'data-kind': kind.type },
            text(kind.labels.plural),
          ),
        ),
        seesCockpit() && h('a', { href: '#/cockpit', id: 'nav-cockpit' }, t('cockpit.nav')),
        seesModeler() && h('a', { href: '#/modeler', id: 'nav-modeler' }, t('modeler.nav')),
        user.roles.includes('admin') &&
          h('a', { href: '#/webhooks', id: 'nav-webhooks' }, t('nav.webhooks')),
        user.roles.includes('admin') &&
          h(
            'a',
            { href: '#/directory-groups', id: 'nav-directory-groups' },
            t('nav.directoryGroups'),
          ),
        // Process owners reach the job types from the modeler's list.
        user.roles.includes('admin') &&
          !seesModeler() &&
          h('a', { href: '#/modeler/job-types', id: 'nav-job-types' }, t('jobTypes.nav')),
      ),
    h(
      'div',
      { class: 'app-user' },
      user &&
        h(
          'span',
          { class: 'user', title: `${t('header.roles')}: ${user.roles.join(', ')}` },
          h('strong', { 'data-testid': 'user-name' }, user.displayName || user.username),
          h(
            'span',
            { class: 'roles' },
            user.roles
              .filter((r) => r !== 'requester')
              .map((r) => label('role', r))
              .join('、'),
          ),
        ),
      select,
      user &&
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => {
              signOut();
              go('#/login');
            },
          },
          t('header.logout'),
        ),
    ),
  );
}

async function render(): Promise<void> {
  const count = ++renderCount;
  const app = document.getElementById('app')!;
  const main = h('main', { class: 'app-main' });
  const route = location.hash.replace(/^#/, '') || '/inbox';
  const signedIn = currentUser() !== null;
  if (!signedIn && route !== '/login') {
    location.hash = '#/login';
    return;
  }
  // The kinds the user may read, for the navigation: read once per sign-in.
  if (signedIn)
    await loadKinds().catch((err: unknown) => console.warn('record kinds not read', err));
  if (count !== renderCount) return;
  mount(app, header(), main);
  document.title = t('app.title');
  const message = takeFlash();
  if (message) main.append(notice(message.kind, message.text));
  const body = h('div', { class: 'page' });
  main.append(body);
  const ctx: PageContext = { root: body, current: () => count === renderCount };
  const parts = route.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === 'login') await loginPage(ctx);
    else if (parts[0] === 'inbox' && parts[1] === 'queue' && parts[2])
      await inboxPage(ctx, { queue: parts[2] });
    else if (parts[0] === 'inbox' && parts[1] === 'mine') await inboxPage(ctx, { mine: true });
    else if (parts[0] === 'inbox') await inboxPage(ctx, {});
    else if (parts[0] === 'tasks' && parts[1])
      await (await import('./pages/task.ts')).taskPage(ctx, parts[1]);
    // The report form is the incident kind's create page; the old address stays usable.
    else if (parts[0] === 'incidents' && parts[1] === 'new') go('#/records/incident/new');
    else if (parts[0] === 'incidents' && parts[1]) await incidentPage(ctx, parts[1]);
    else if (isRecordsRoute(route))
      await (await import('./records/index.ts')).recordsPage(ctx, route);
    else if (isCockpitRoute(route))
      await (await import('./cockpit/index.ts')).cockpitPage(ctx, route);
    else if (parts[0] === 'webhooks') await (await import('./pages/webhooks.ts')).webhooksPage(ctx);
    else if (parts[0] === 'directory-groups')
      await (await import('./pages/directory-groups.ts')).directoryGroupsPage(ctx);
    else if (isModelerRoute(route))
      await (await import('./modeler/index.ts')).modelerRoute(ctx, route);
    else mount(body, notice('error', t('error.notFound')));
  } catch (err) {
    // A page that failed shows one clear message; details go to the console only.
    console.error(err);
    if (ctx.current()) mount(body, notice('error', t('error.unexpected')));
  }
}

setRenderer(() => void render());
whenSignedOut((message) => {
  flash('error', `${t('login.expired')} (${message})`);
  go('#/login');
});
window.addEventListener('hashchange', () => void render());
window.addEventListener('unhandledrejection', (e) => {
  console.error(e.reason);
  e.preventDefault();
});
setLang(lang());
void render();
