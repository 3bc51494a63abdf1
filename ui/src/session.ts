/** The signed-in user, kept for the browser tab (sessionStorage), and the chosen language. */
export interface SessionUser {
  username: string;
  displayName: string;
  roles: string[];
  /** The user's language on the server (users.locale). */
  locale?: string;
}

const TOKEN = 'itsm.token';
const USER = 'itsm.user';

export function token(): string | null {
  return sessionStorage.getItem(TOKEN);
}

export function currentUser(): SessionUser | null {
  const raw = sessionStorage.getItem(USER);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SessionUser;
  } catch {
    return null;
  }
}

export function signIn(newToken: string, user: SessionUser): void {
  sessionStorage.setItem(TOKEN, newToken);
  sessionStorage.setItem(USER, JSON.stringify(user));
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(USER);
}
