import { api, ApiError, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { t, type Key } from '../i18n.ts';
import { adoptServerLocale } from '../locale.ts';
import { go, type PageContext } from '../nav.ts';
import { signIn, type SessionUser } from '../session.ts';
import { notice, showFieldErrors } from '../widgets.ts';

/** Why a sign-in through the company directory was refused (the callback's `oidc-error`). */
const OIDC_REFUSALS = [
  'disabled',
  'unavailable',
  'provider-error',
  'expired',
  'failed',
  'no-username',
  'clash',
  'unmapped',
  'inactive',
] as const;

/** Keeps the signed-in user for the tab and goes to the inbox. */
function enter(answer: { token: string; user: SessionUser }): void {
  signIn(answer.token, answer.user);
  adoptServerLocale(answer.user.locale);
  go('#/inbox');
}

/**
 * The outcome of a sign-in through the company directory, which the callback left in the
 * page's query (`?oidc=signed-in` or `?oidc-error=<code>`): takes the session of this browser
 * (POST /api/auth/oidc/session, bound to its httpOnly cookie) or says why it was refused.
 * The query is removed so a reload does not repeat it.
 */
async function oidcOutcome(status: HTMLElement): Promise<boolean> {
  const query = new URLSearchParams(location.search);
  const outcome = query.get('oidc');
  const refusal = query.get('oidc-error');
  if (!outcome && !refusal) return false;
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
  if (refusal) {
    const code = (OIDC_REFUSALS as readonly string[]).includes(refusal) ? refusal : 'failed';
    const text = t(`login.oidc.${code}` as Key, { subject: query.get('oidc-subject') ?? '' });
    mount(status, notice('error', text));
    return false;
  }
  mount(status, notice('info', t('login.oidc.signingIn')));
  try {
    enter(await api<{ token: string; user: SessionUser }>('POST', '/api/auth/oidc/session', {}));
    return true;
  } catch (err) {
    mount(status, notice('error', messageOf(err)));
    return false;
  }
}

/**
 * Sign in (POST /api/auth/login), or through the company directory when it is configured
 * (GET /api/auth/oidc/config: a button to /api/auth/oidc/start); the token is kept for the tab
 * in sessionStorage, and the user's language on the server becomes the UI's.
 */
export async function loginPage(ctx: PageContext): Promise<void> {
  const status = h('div', { class: 'status' });
  const form: HTMLFormElement = h(
    'form',
    { class: 'card login', novalidate: true },
    h('h1', {}, t('login.title')),
    h(
      'label',
      {},
      t('login.username'),
      h('input', { name: 'username', autocomplete: 'username', required: true }),
    ),
    h(
      'label',
      {},
      t('login.password'),
      h('input', {
        name: 'password',
        type: 'password',
        autocomplete: 'current-password',
        required: true,
      }),
    ),
    status,
    h('button', { type: 'submit' }, t('login.submit')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    void (async () => {
      mount(status);
      try {
        const answer = await api<{ token: string; user: SessionUser }>('POST', '/api/auth/login', {
          username: String(data.get('username') ?? ''),
          password: String(data.get('password') ?? ''),
        });
        enter(answer);
      } catch (err) {
        showFieldErrors(form, err instanceof ApiError ? err.details : []);
        mount(status, notice('error', messageOf(err)));
      }
    })();
  });
  mount(ctx.root, form);
  if (await oidcOutcome(status)) return;
  let config: { enabled: boolean; label?: string };
  try {
    config = await api('GET', '/api/auth/oidc/config');
  } catch {
    return;
  }
  if (!config.enabled || !ctx.current()) return;
  form.append(
    h('p', { class: 'login-or' }, t('login.or')),
    h(
      'button',
      {
        type: 'button',
        id: 'oidc-sign-in',
        onclick: () => location.assign('/api/auth/oidc/start'),
      },
      t('login.oidc.button', { label: config.label ?? '' }),
    ),
  );
}
