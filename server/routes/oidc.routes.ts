import { sessionAnswer } from '../services/auth.service.ts';
import { ROLE_IDS } from '../auth/roles.ts';
import { SIGN_IN_MINUTES, type OidcService } from '../services/oidc.service.ts';
import { route, type RouteSpec } from './route-spec.ts';
import { errorSchema } from './schemas.ts';

/** The cookie binding a sign-in through the provider to the browser that started it. */
export const OIDC_COOKIE = 'itsm_oidc';
const COOKIE_PATH = '/api/auth/oidc';
/** Printable ASCII, as OAuth 2.0 writes codes, states and error texts. */
const ASCII = '^[\\x20-\\x7E]*$';

/** The cookies of a `Cookie` header by name (first one wins; undecodable values skipped). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (name in cookies) continue;
    try {
      cookies[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // a malformed value is as good as none
    }
  }
  return cookies;
}

function bindingCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${OIDC_COOKIE}=${value}`,
    `Path=${COOKIE_PATH}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    // Lax: sent on the provider's top-level redirect back to the callback, not on
    // cross-site requests of any other kind.
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

const redirect = (location: string, cookie?: string) => ({
  status: 302,
  headers: { location, 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}) },
});

const groupRolesSchema = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        properties: {
          group: { type: 'string', minLength: 1, maxLength: 200 },
          roles: {
            type: 'array',
            minItems: 1,
            maxItems: 50,
            items: { type: 'string', minLength: 1, maxLength: 100 },
          },
        },
        required: ['group', 'roles'],
        additionalProperties: false,
      },
    },
  },
  required: ['items'],
  additionalProperties: false,
};

const sessionSchema = {
  type: 'object',
  properties: {
    token: { type: 'string' },
    expiresAt: { type: 'string', format: 'date-time' },
    user: {
      type: 'object',
      properties: {
        username: { type: 'string' },
        displayName: { type: 'string' },
        locale: { type: 'string' },
        roles: { type: 'array', items: { type: 'string' } },
      },
      required: ['username', 'displayName', 'locale', 'roles'],
    },
  },
  required: ['token', 'expiresAt', 'user'],
};

/**
 * Sign-in through the company directory (OpenID Connect, authorization code with PKCE):
 * the login page's button (`config`), the redirect to the provider (`start`), the provider's
 * redirect back (`callback`, which ends on the login page with `?oidc=signed-in` or
 * `?oidc-error=<code>`), the token for that browser (`session`), and the admin's group →
 * role table and identity links.
 */
export function oidcRoutes(deps: { oidc: OidcService }): RouteSpec[] {
  const secure = () => deps.oidc.secure();
  return [
    route({
      method: 'get',
      path: '/api/auth/oidc/config',
      summary: 'Whether sign-in through the company directory is offered, and its button label',
      tag: 'Health and auth',
      access: 'public',
      success: {
        status: 200,
        description: '{ enabled, label? }',
        schema: {
          type: 'object',
          properties: { enabled: { type: 'boolean' }, label: { type: 'string' } },
          required: ['enabled'],
        },
      },
      async handler() {
        return { body: deps.oidc.publicConfig() };
      },
    }),
    route({
      method: 'get',
      path: '/api/auth/oidc/start',
      summary:
        'Begins a sign-in through the company directory: redirects to the provider (state, nonce, PKCE S256) and sets a short-lived httpOnly cookie binding it to this browser',
      tag: 'Health and auth',
      access: 'public',
      success: {
        status: 302,
        empty: true,
        description:
          'Redirect to the provider; when sign-in through the directory is off or the provider cannot be reached, to the login page with ?oidc-error=disabled|unavailable',
      },
      async handler() {
        const started = await deps.oidc.start();
        if ('refusal' in started)
          return redirect(deps.oidc.uiUrl({ 'oidc-error': started.refusal }));
        return redirect(
          started.url,
          bindingCookie(started.binding, SIGN_IN_MINUTES * 60, secure()),
        );
      },
    }),
    route({
      method: 'get',
      path: '/api/auth/oidc/callback',
      summary:
        "The provider's redirect back: checks the answer, signs the user in (created at first sign-in, roles from the group table) and redirects to the login page",
      tag: 'Health and auth',
      access: 'public',
      query: {
        type: 'object',
        properties: {
          // OAuth 2.0 values are printable ASCII (RFC 6749 appendix A); the lengths keep the
          // whole URL, percent-encoded, within Node's 16 KB of request headers (else 431).
          code: { type: 'string', maxLength: 2048, pattern: ASCII },
          state: { type: 'string', maxLength: 512, pattern: ASCII },
          iss: { type: 'string', maxLength: 512, pattern: ASCII },
          error: { type: 'string', maxLength: 256, pattern: ASCII },
          error_description: { type: 'string', maxLength: 1024, pattern: ASCII },
        },
        // Providers add their own parameters (session_state, scope …).
        additionalProperties: true,
      },
      success: {
        status: 302,
        empty: true,
        description:
          'Redirect to the login page: ?oidc=signed-in (then POST /api/auth/oidc/session) or ?oidc-error=expired|provider-error|failed|no-username|clash|unmapped|inactive|disabled (clash also names the subject an admin links)',
      },
      async handler(req) {
        const query: Record<string, string | undefined> = {};
        for (const [k, v] of Object.entries(req.query)) if (typeof v === 'string') query[k] = v;
        const outcome = await deps.oidc.callback(query, req.cookies?.[OIDC_COOKIE]);
        if (outcome.ok) return redirect(deps.oidc.uiUrl({ oidc: 'signed-in' }));
        return redirect(
          deps.oidc.uiUrl({
            'oidc-error': outcome.refusal,
            ...(outcome.refusal === 'clash' && outcome.subject
              ? { 'oidc-subject': outcome.subject }
              : {}),
          }),
          bindingCookie('', 0, secure()),
        );
      },
    }),
    route({
      method: 'post',
      path: '/api/auth/oidc/session',
      summary:
        "The sign-in token of this browser's accepted sign-in through the directory (once, within two minutes): the same answer as POST /api/auth/login",
      tag: 'Health and auth',
      access: 'public',
      body: { type: 'object', additionalProperties: false },
      success: { status: 200, description: '{ token, expiresAt, user }', schema: sessionSchema },
      otherAnswers: {
        401: {
          description: 'No accepted sign-in is waiting for this browser, or its user is gone',
          schema: errorSchema,
        },
      },
      async handler(req) {
        const session = await deps.oidc.takeSession(req.cookies?.[OIDC_COOKIE]);
        return {
          headers: { 'set-cookie': bindingCookie('', 0, secure()), 'cache-control': 'no-store' },
          body: sessionAnswer(session),
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/auth/oidc/group-roles',
      summary: "The table mapping the provider's groups to roles",
      tag: 'Health and auth',
      access: ['admin'],
      success: {
        status: 200,
        description: '{ items: [{ group, roles }], roles: the role ids of §0.2 }',
        schema: {
          type: 'object',
          properties: {
            items: groupRolesSchema.properties.items,
            roles: { type: 'array', items: { type: 'string' } },
          },
          required: ['items', 'roles'],
        },
      },
      async handler() {
        return { body: { items: await deps.oidc.groupRoles(), roles: ROLE_IDS } };
      },
    }),
    route({
      method: 'put',
      path: '/api/auth/oidc/group-roles',
      summary:
        "Replaces the table mapping the provider's groups to roles (a role of §0.2 or an assignment group's code); each user's roles follow it at their next sign-in",
      tag: 'Health and auth',
      access: ['admin'],
      body: groupRolesSchema,
      success: {
        status: 200,
        description: '{ items: [{ group, roles }] } as stored',
        schema: {
          type: 'object',
          properties: { items: groupRolesSchema.properties.items },
          required: ['items'],
        },
      },
      async handler(req) {
        const { items } = req.body as { items: { group: string; roles: string[] }[] };
        return { body: { items: await deps.oidc.setGroupRoles(items, req.user!.username) } };
      },
    }),
    route({
      method: 'post',
      path: '/api/users/:username/identities',
      rules:
        'issuer may be left out only while the platform has a directory (OIDC_ISSUER): without one, 400 naming issuer. An identity linked already answers 409.',
      summary:
        'Links a user to a provider identity (issuer, subject): sign-in through the directory with it is then that user. Resolves a clash with a local user (the refused sign-in shows the subject); the issuer defaults to OIDC_ISSUER',
      tag: 'Health and auth',
      access: ['admin'],
      body: {
        type: 'object',
        properties: {
          issuer: { type: 'string', minLength: 1, maxLength: 1024 },
          subject: { type: 'string', minLength: 1, maxLength: 255 },
        },
        required: ['subject'],
        additionalProperties: false,
      },
      success: {
        status: 201,
        description: '{ username, identities: [{ issuer, subject }] }',
        schema: {
          type: 'object',
          properties: {
            username: { type: 'string' },
            identities: {
              type: 'array',
              items: {
                type: 'object',
                properties: { issuer: { type: 'string' }, subject: { type: 'string' } },
                required: ['issuer', 'subject'],
              },
            },
          },
          required: ['username', 'identities'],
        },
      },
      async handler(req) {
        const body = req.body as { issuer?: string; subject: string };
        const linked = await deps.oidc.link(req.params.username!, body, req.user!.username);
        return { status: 201, body: linked };
      },
    }),
  ];
}
