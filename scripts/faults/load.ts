import { apiCall, INCIDENT_PATHS } from '../bench/incident-flow.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The API, the users' tokens and the seeded ids the incident users need. */
export interface FaultLoadTarget {
  baseUrl: string;
  tokens: Record<string, string>;
  customerId: string;
  serviceId: string;
}

/** What the users saw: every answer by `METHOD route status`, and the incidents they reported. */
export interface FaultLoadTally {
  answers: Record<string, number>;
  /** Numbers of the incidents whose report was answered 201. */
  reported: string[];
  /** Incidents the users could not take to closure before their deadline. */
  unfinished: string[];
}

/** The route of a call for the tally (ids and numbers replaced). */
function routeOf(method: string, url: string): string {
  const pathOnly = url.split('?')[0]!;
  return `${method} ${pathOnly.replace(/\/(INC-[\w-]+|[0-9a-f-]{36}|\d{6,})(?=\/|$)/g, '/:id')}`;
}

interface TaskRow {
  id: string;
  elementId: string;
  assignee: string | null;
}

/**
 * People working incidents through the API while parts of the platform are killed: the
 * service desk reports one, then every user works the open tasks of it that are theirs (the
 * P4 path: triage, diagnose resolved at the first line, the customer's confirmation) until it
 * is closed, and reports the next. A refused or failed call is retried after a pause, as a
 * person would; every answer is tallied.
 */
export function startIncidentUsers(target: FaultLoadTarget, users: number) {
  const tally: FaultLoadTally = { answers: {}, reported: [], unfinished: [] };
  const steps = INCIDENT_PATHS.p4.steps(target.serviceId);
  let reporting = true;
  let workDeadline = Number.POSITIVE_INFINITY;

  const call = async <T>(method: string, url: string, as: string, body?: unknown) => {
    const key = routeOf(method, url);
    try {
      const res = await apiCall<T>(target.baseUrl, method, url, target.tokens[as], body);
      const k = `${key} ${res.status}`;
      tally.answers[k] = (tally.answers[k] ?? 0) + 1;
      return res;
    } catch (err) {
      const k = `${key} no answer (${(err as Error).name})`;
      tally.answers[k] = (tally.answers[k] ?? 0) + 1;
      return undefined;
    }
  };

  /** Reports one incident; retries until answered 201 or reporting stops. */
  const report = async (n: number): Promise<string | undefined> => {
    while (reporting) {
      const res = await call<{ number: string }>('POST', '/api/incidents', 'service-desk', {
        title: `故障注入 / fault run ${n}`,
        channel: 'phone',
        impact: 3,
        urgency: 2,
        customerId: target.customerId,
        serviceId: target.serviceId,
        reporter: { name: '王伟', contact: '138 0000 0000' },
      });
      if (res?.status === 201) {
        tally.reported.push(res.body.number);
        return res.body.number;
      }
      await sleep(500);
    }
    return undefined;
  };

  /** One round over the incident's open tasks; true once the incident is closed. */
  const workRound = async (number: string): Promise<boolean> => {
    for (const step of steps) {
      const list = await call<{ items: TaskRow[] }>(
        'GET',
        `/api/tasks?record=${encodeURIComponent(number)}&state=open`,
        step.as,
      );
      if (list?.status !== 200) continue;
      for (const task of list.body.items.filter((t) => t.elementId === step.elementId)) {
        if (task.assignee !== step.as) {
          const claim = await call('POST', `/api/tasks/${task.id}/claim`, step.as);
          if (claim?.status !== 200) continue;
        }
        await call('POST', `/api/tasks/${task.id}/complete`, step.as, { data: step.data });
      }
    }
    const incident = await call<{ status: string }>(
      'GET',
      `/api/incidents/${encodeURIComponent(number)}`,
      'service-desk',
    );
    return incident?.status === 200 && incident.body.status === 'closed';
  };

  /** Works the incident until it is closed or the deadline passes. */
  const work = async (number: string): Promise<void> => {
    while (Date.now() < workDeadline) {
      if (await workRound(number)) return;
      await sleep(300);
    }
    tally.unfinished.push(number);
  };

  let counter = 0;
  const user = async () => {
    while (reporting) {
      const number = await report(++counter);
      if (number) await work(number);
    }
  };
  const running = Promise.all(Array.from({ length: users }, user));

  return {
    tally,
    /** Works incidents the users did not report themselves (e.g. a report whose answer was lost). */
    work,
    /** Stops reporting; the users finish the incidents they hold within `deadlineMs`. */
    async stop(deadlineMs: number): Promise<void> {
      reporting = false;
      workDeadline = Date.now() + deadlineMs;
      await running;
    },
    /** For incidents worked after stop(): a new deadline. */
    setDeadline(ms: number) {
      workDeadline = Date.now() + ms;
    },
  };
}
