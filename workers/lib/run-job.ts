import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Logger } from '../../lib/logger.ts';
import {
  BpmnError,
  IncidentError,
  isDatabaseUnreachable,
  TransientError,
} from '../../lib/errors.ts';
import type { ActivatedJob } from './job-port.ts';

/** What a worker's handler sees besides its validated input. */
export interface JobContext {
  /** int64 engine key, as a string: the idempotency key of the job's side effects. */
  jobKey: string;
  processInstanceKey: string;
  elementId: string;
  /** Retries left, including this attempt. */
  retries: number;
  headers: Readonly<Record<string, string>>;
  /** `<job type>#<job key>`: the actor written to the audit log for writes made by this job. */
  actor: string;
}

/** The parts of a worker definition run-job needs. */
export interface RunnableSpec<I, O> {
  type: string;
  bpmnErrors: readonly string[];
  handle(input: I, ctx: JobContext): Promise<O>;
}

const MAX_BACKOFF_MS = 300_000;
/** How often a job retries while the database cannot be reached. */
const DATABASE_OUTAGE_BACKOFF_MS = 5_000;

function describeValidation(what: string, errors: ErrorObject[] | null | undefined): string {
  const parts = (errors ?? []).map((e) => {
    const where = e.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : '';
    if (e.keyword === 'required') return `${String(e.params.missingProperty)} is required`;
    if (e.keyword === 'additionalProperties')
      return `${String(e.params.additionalProperty)} is not expected`;
    return `${where || '(root)'} ${e.message ?? 'is invalid'}`;
  });
  return `${what}: ${parts.join('; ')}`;
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 2000);
  return String(err).slice(0, 2000);
}

/**
 * The only place where an exception becomes an engine command.
 * Declared BpmnError → throw BPMN error; IncidentError or undeclared BpmnError → fail with
 * 0 retries (incident); the database unreachable → fail keeping the retries, again in 5 s;
 * anything else → fail with retries - 1 and a backoff. Retries are always passed explicitly.
 */
export function toJobOutcome<R>(
  err: unknown,
  job: ActivatedJob<R>,
  bpmnErrors: readonly string[],
): Promise<R> {
  if (err instanceof BpmnError && bpmnErrors.includes(err.code)) {
    return job.error({ errorCode: err.code, errorMessage: err.message, variables: err.variables });
  }
  if (err instanceof BpmnError) {
    return job.fail({
      errorMessage: `Undeclared BPMN error ${err.code} thrown by ${job.type}: ${err.message}`,
      retries: 0,
    });
  }
  if (err instanceof IncidentError) {
    return job.fail({ errorMessage: describe(err), retries: 0 });
  }
  // An outage of the database is not the job's fault: try again every few seconds without
  // spending a retry, so a Postgres restart raises no incident however long it takes.
  if (isDatabaseUnreachable(err)) {
    return job.fail({
      errorMessage: describe(err),
      retries: Math.max(1, job.retries),
      retryBackOff: DATABASE_OUTAGE_BACKOFF_MS,
    });
  }
  const retries = Math.max(0, job.retries - 1);
  const retryBackOff =
    err instanceof TransientError && err.retryAfterMs !== undefined
      ? err.retryAfterMs
      : Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.max(0, 3 - job.retries));
  return job.fail({ errorMessage: describe(err), retries, retryBackOff });
}

/**
 * Runs one job: validates its variables against the input schema, calls the handler,
 * validates the output, and ends the job with exactly one engine command.
 */
export async function runJob<I, O extends Record<string, unknown>, R>(
  spec: RunnableSpec<I, O>,
  isInput: ValidateFunction<I>,
  isOutput: ValidateFunction<O>,
  job: ActivatedJob<R>,
  log?: Logger,
): Promise<R> {
  const variables = structuredClone(job.variables ?? {});
  if (!isInput(variables)) {
    const message = describeValidation(
      `Input of ${spec.type} does not match its schema`,
      isInput.errors,
    );
    log?.warn(`job ${job.jobKey}: ${message}`);
    return job.fail({ errorMessage: message, retries: 0 });
  }
  const ctx: JobContext = {
    jobKey: job.jobKey,
    processInstanceKey: job.processInstanceKey,
    elementId: job.elementId,
    retries: job.retries,
    headers: job.customHeaders,
    actor: `${spec.type}#${job.jobKey}`,
  };
  let output: O;
  try {
    output = await spec.handle(variables, ctx);
  } catch (err) {
    if (!(err instanceof BpmnError && spec.bpmnErrors.includes(err.code))) {
      log?.warn(`job ${job.jobKey} (${spec.type}) failed: ${describe(err)}`);
    }
    return toJobOutcome(err, job, spec.bpmnErrors);
  }
  if (!isOutput(output)) {
    const message = describeValidation(
      `Output of ${spec.type} does not match its schema`,
      isOutput.errors,
    );
    log?.error(`job ${job.jobKey}: ${message}`);
    return job.fail({ errorMessage: message, retries: 0 });
  }
  return job.complete(output);
}
