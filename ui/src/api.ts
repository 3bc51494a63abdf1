import { t } from './i18n.ts';
import { signOut, token } from './session.ts';

/** One field the server refused, as `error.details` lists it. */
export interface FieldError {
  field: string;
  message: string;
}

/** A failed request, with the API's message (never a stack trace) and its field errors. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
  }
}

/** Called when the server no longer accepts the token (the app shows the login page). */
let onSignedOut: (message: string) => void = () => undefined;
export function whenSignedOut(handler: (message: string) => void): void {
  onSignedOut = handler;
}

function fieldErrors(details: unknown): FieldError[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null) return [];
    const { field, message } = d as Record<string, unknown>;
    return typeof message === 'string' ? [{ field: String(field ?? ''), message }] : [];
  });
}

/** Calls the API with the session's token; throws {@link ApiError} on any failure. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const bearer = token();
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(t('error.network'), 0, 'NETWORK');
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (res.ok) return json as T;
  const error = (json as { error?: Record<string, unknown> } | undefined)?.error;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : t('error.http', { status: res.status });
  const failure = new ApiError(
    message,
    res.status,
    typeof error?.code === 'string' ? error.code : 'HTTP_ERROR',
    fieldErrors(error?.details),
  );
  if (res.status === 401 && bearer) {
    signOut();
    onSignedOut(message);
  }
  throw failure;
}

/**
 * Downloads a file the API answers (e.g. a list as XLSX) under the name the server gives it;
 * a refusal throws {@link ApiError} with the API's message, as {@link api} does.
 */
export async function download(path: string): Promise<string> {
  const headers: Record<string, string> = {};
  const bearer = token();
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  let res: Response;
  try {
    res = await fetch(path, { headers });
  } catch {
    throw new ApiError(t('error.network'), 0, 'NETWORK');
  }
  if (!res.ok) {
    const json = (await res.json().catch(() => undefined)) as
      { error?: { message?: string; code?: string; details?: unknown } } | undefined;
    throw new ApiError(
      json?.error?.message || t('error.http', { status: res.status }),
      res.status,
      json?.error?.code ?? 'HTTP_ERROR',
      fieldErrors(json?.error?.details),
    );
  }
  const name =
    /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/** The text to show for any failure: the API's message, else a generic one. */
export function messageOf(err: unknown): string {
  return err instanceof ApiError ? err.message : t('error.unexpected');
}
