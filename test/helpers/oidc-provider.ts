import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ProviderContext } from 'oidc-provider';
import type { OidcSettings } from '../../server/auth/oidc-config.ts';

/** A person of the test directory: devInteractions signs in with `sub` as the login. */
export interface DirectoryAccount {
  sub: string;
  preferred_username?: string;
  name?: string;
  email?: string;
  groups: string[];
}

/** A local OpenID provider on 127.0.0.1 with one confidential client. */
export interface TestOidcProvider {
  issuer: string;
  /** The platform's settings for this provider (OIDC_* as the environment would give them). */
  settings: OidcSettings;
  /** The directory's people by `sub`; tests add and change them. */
  accounts: Map<string, DirectoryAccount>;
  stop(): Promise<void>;
}

export const TEST_CLIENT_ID = 'itsm-platform';
/** The client's secret: a test value, in no log. */
const TEST_CLIENT_SECRET = 'oidc-test-client-secret-0123456789';

/**
 * Starts `oidc-provider` on 127.0.0.1 (a random port) with a static client whose redirect URI
 * is the platform's callback, `findAccount` answering from `accounts` (claims
 * `preferred_username`, `name`, `email`, `groups`), its development login form (any password)
 * and consent given for the platform's client, as a company directory would.
 */
export async function startTestOidcProvider(platformUrl: string): Promise<TestOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const redirectUri = `${platformUrl}/api/auth/oidc/callback`;
  const accounts = new Map<string, DirectoryAccount>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: {
      openid: ['sub'],
      profile: ['preferred_username', 'name'],
      email: ['email'],
      groups: ['groups'],
    },
    cookies: { keys: ['oidc-test-cookie-key-0123456789'] },
    // A signing key of its own per run, and lifetimes set (the provider warns about defaults).
    jwks: {
      keys: [
        generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
      ],
    },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => {
          const { sub, ...claims } = accounts.get(id) ?? account;
          return { sub, ...claims };
        },
      };
    },
    // The platform is a first-party client of the directory: no consent screen.
    async loadExistingGrant(ctx: ProviderContext) {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid profile email groups');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    settings: {
      issuer,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      redirectUri,
      scopes: 'openid profile email groups',
      groupsClaim: 'groups',
      displayName: 'Test directory',
    },
    accounts,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Cookies per origin, as a browser keeps them (names and values only). */
class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();
  header(url: URL): string {
    return [...(this.byOrigin.get(url.origin) ?? new Map<string, string>())]
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }
  store(url: URL, res: Response): void {
    const jar = this.byOrigin.get(url.origin) ?? new Map<string, string>();
    this.byOrigin.set(url.origin, jar);
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
  }
}

/** What a browser went through: where it ended, and its cookies for later requests. */
export interface BrowserTrip {
  /** The last URL, on the platform (the login page with ?oidc=… or ?oidc-error=…). */
  finalUrl: URL;
  /** Every URL the browser was sent to, in order. */
  visited: URL[];
  /** Sends a request from this browser (with its cookies). */
  fetch(url: string, init?: RequestInit): Promise<Response>;
}

/**
 * Plays a browser signing in through the provider: follows the platform's start, fills the
 * provider's login form with `login` (the account's sub), and follows the redirects back to
 * the platform's callback and from there to the login page. With `cancel`, presses the
 * provider's Cancel link instead of signing in.
 */
export async function signInThroughProvider(
  platformUrl: string,
  login: string,
  options: { startUrl?: string; cancel?: boolean } = {},
): Promise<BrowserTrip> {
  const jar = new CookieJar();
  const send = async (url: URL, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    const cookie = jar.header(url);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    jar.store(url, res);
    return res;
  };
  let url = new URL(options.startUrl ?? `${platformUrl}/api/auth/oidc/start`);
  const visited = [url];
  let res = await send(url);
  for (let hops = 0; hops < 20; hops++) {
    if (res.status >= 300 && res.status < 400) {
      await res.arrayBuffer();
      url = new URL(res.headers.get('location')!, url);
      visited.push(url);
      // The UI page itself is where the trip ends.
      if (url.origin === new URL(platformUrl).origin && !url.pathname.startsWith('/api/'))
        return { finalUrl: url, visited, fetch: (u, init) => send(new URL(u, platformUrl), init) };
      res = await send(url);
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"[^>]*method="post"/i.exec(html)?.[1];
    if (res.status !== 200 || !action)
      throw new Error(`The provider answered ${res.status} at ${url.href}: ${html.slice(0, 300)}`);
    const cancel = /<a href="([^"]+)">\[ Cancel \]<\/a>/.exec(html)?.[1];
    if (options.cancel && cancel) {
      url = new URL(cancel.replace(/&amp;/g, '&'), url);
      res = await send(url);
      continue;
    }
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1] ?? 'login';
    const form = new URLSearchParams(
      prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt },
    );
    url = new URL(action.replace(/&amp;/g, '&'), url);
    res = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
  }
  throw new Error('Too many redirects signing in through the provider');
}
