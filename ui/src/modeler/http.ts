/**
 * Requests of the modeler that the app's JSON helper does not cover: BPMN XML bodies (alone or
 * inside JSON, with forms), the XML of a version as text, and the deploy refusal's findings with
 * their codes and elements.
 */
import { flash, go } from '../nav.ts';
import { t } from '../i18n.ts';
import { signOut, token } from '../session.ts';

/** One reason a diagram cannot be deployed (the deploy route's 400 details, the check's findings). */
export interface Finding {
  code: string;
  message: string;
  elementId?: string;
  rule?: string;
  resource?: string;
}

/** A refusal or failure: the API's message and, for a refused diagram, every finding. */
export class ModelerRequestError extends Error {
  override readonly name = 'ModelerRequestError';
  constructor(
    message: string,
    readonly status: number,
    readonly findings: Finding[] = [],
  ) {
    super(message);
  }
}

function findingsOf(details: unknown): Finding[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null) return [];
    const r = d as Record<string, unknown>;
    if (typeof r.message !== 'string') return [];
    return [
      {
        code: typeof r.code === 'string' ? r.code : String(r.field ?? 'INVALID'),
        message: r.message,
        ...(typeof r.elementId === 'string' ? { elementId: r.elementId } : {}),
        ...(typeof r.rule === 'string' ? { rule: r.rule } : {}),
      },
    ];
  });
}

/** Sends a request (XML body when `xml` is given); answers the body text, throws on failure. */
export async function request(method: string, path: string, xml?: string): Promise<string> {
  return send(method, path, xml, 'application/xml');
}

/** Sends a request with a JSON body; answers the body text, throws as {@link request} does. */
export async function requestJson(method: string, path: string, body: unknown): Promise<string> {
  return send(method, path, JSON.stringify(body), 'application/json');
}

async function send(
  method: string,
  path: string,
  body: string | undefined,
  contentType: string,
): Promise<string> {
  const headers: Record<string, string> = {};
  const bearer = token();
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['content-type'] = contentType;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body });
  } catch {
    throw new ModelerRequestError(t('error.network'), 0);
  }
  const text = await res.text();
  if (res.ok) return text;
  let error: Record<string, unknown> | undefined;
  try {
    error = (JSON.parse(text) as { error?: Record<string, unknown> }).error;
  } catch {
    error = undefined;
  }
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : t('error.http', { status: res.status });
  if (res.status === 401 && bearer) {
    signOut();
    flash('error', `${t('login.expired')} (${message})`);
    go('#/login');
  }
  throw new ModelerRequestError(message, res.status, findingsOf(error?.details));
}

/** The text to show for a failure of {@link request}. */
export function failureText(err: unknown): string {
  return err instanceof ModelerRequestError ? err.message : t('error.unexpected');
}
