import { api, ApiError, messageOf } from '../api.ts';
import { h, mount } from '../dom.ts';
import { t } from '../i18n.ts';
import { adoptServerLocale } from '../locale.ts';
import { go, type PageContext } from '../nav.ts';
import { signIn, type SessionUser } from '../session.ts';
import { notice, showFieldErrors } from '../widgets.ts';

/**
 * Sign in (POST /api/auth/login); the token is kept for the tab in sessionStorage, and the
 * user's language on the server becomes the UI's.
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
        signIn(answer.token, answer.user);
        adoptServerLocale(answer.user.locale);
        go('#/inbox');
      } catch (err) {
        showFieldErrors(form, err instanceof ApiError ? err.details : []);
        mount(status, notice('error', messageOf(err)));
      }
    })();
  });
  mount(ctx.root, form);
}
