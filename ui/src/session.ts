import type { Answer } from './types.ts';

/** The signed-in user as POST /api/auth/login answers it, kept for the browser tab (sessionStorage). */
export type SessionUser = Answer<'/api/auth/login', 'post'>['user'];

const TOKEN = 'itsm.token';
const USER = 'itsm.user';
/** The record kinds the user may read (GET /api/record-kinds), read once per sign-in. */
const RECORD_KINDS = 'itsm.recordKinds';

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
  sessionStorage.removeItem(RECORD_KINDS);
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(USER);
  sessionStorage.removeItem(RECORD_KINDS);
}

/** The record kinds kept for this sign-in, or undefined when not read yet. */
export function cachedRecordKinds<T>(): T[] | undefined {
  const raw = sessionStorage.getItem(RECORD_KINDS);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T[];
  } catch {
    return undefined;
  }
}

/** Keeps the record kinds for this sign-in (cleared at sign-in and sign-out). */
export function cacheRecordKinds(kinds: unknown[]): void {
  sessionStorage.setItem(RECORD_KINDS, JSON.stringify(kinds));
}
