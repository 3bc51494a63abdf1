/** What the cockpit pages share: who may see and act, API shapes, the XML read, a state badge. */
import { ApiError } from '../api.ts';
import { h } from '../dom.ts';
import { t, type Key } from '../i18n.ts';
import { currentUser, token } from '../session.ts';
import { COCKPIT_ROLES } from './roles.ts';
import type { components } from '../../../clients/typescript/schema.ts';

/** Roles that may edit an instance's variables and retry its incidents (the API's access). */
export const OPERATOR_ROLES = ['process-owner', 'incident-manager', 'admin'];

function hasAny(roles: readonly string[]): boolean {
  const user = currentUser();
  return Boolean(user && user.roles.some((r) => roles.includes(r)));
}

/** Whether the signed-in user sees the cockpit. */
export function seesCockpit(): boolean {
  return hasAny(COCKPIT_ROLES);
}

/** Whether a route (the hash without `#`) is one of the cockpit's. */
export function isCockpitRoute(route: string): boolean {
  return /^\/cockpit(?:[/?]|$)/.test(route);
}

/** Whether the signed-in user may edit variables and retry incidents. */
export function operates(): boolean {
  return hasAny(OPERATOR_ROLES);
}

/** Who may move running instances to another version (the API's MIGRATION_ROLES). */
export const MIGRATION_ROLES = ['process-owner', 'admin'];

export function migrates(): boolean {
  return hasAny(MIGRATION_ROLES);
}

export type InstanceState = 'active' | 'completed' | 'canceled' | 'incident';

/** An instance as the instance list answers it (generated from the OpenAPI document). */
export type InstanceSummary = components['schemas']['InstanceSummary'];

/** One instance with its elements, open incidents and variables. */
export type InstanceDetail = components['schemas']['Instance'];

/** A deployed process version. */
export type ProcessVersion = components['schemas']['ProcessVersion'];

/** The state of an instance as a coloured badge. */
export function stateBadge(state: string): HTMLElement {
  const key = `cockpit.state.${state}` as Key;
  return h(
    'span',
    { class: `cockpit-state cockpit-state-${state}`, 'data-state': state },
    t(key) === key ? state : t(key),
  );
}

/** A process's name: the glossary's where known, else the diagram's, else its id. */
export function processName(processId: string, name?: string): string {
  const key = `cockpit.process.${processId}` as Key;
  const known = t(key);
  return known !== key ? known : name || processId;
}

/** Reads a text answer (the BPMN XML), with the same error handling as the JSON calls. */
export async function apiText(path: string): Promise<string> {
  const headers: Record<string, string> = {};
  const bearer = token();
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  let res: Response;
  try {
    res = await fetch(path, { headers });
  } catch {
    throw new ApiError(t('error.network'), 0, 'NETWORK');
  }
  const text = await res.text();
  if (res.ok) return text;
  let message = t('error.http', { status: res.status });
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown; code?: unknown } };
    if (typeof parsed.error?.message === 'string' && parsed.error.message)
      message = parsed.error.message;
  } catch {
    // not JSON: keep the generic message
  }
  throw new ApiError(message, res.status, 'HTTP_ERROR');
}
