import { Camunda8 } from '@camunda8/sdk';
import type { JSON, JSONDoc } from '@camunda8/sdk/dist/zeebe/types.js';
import { userTaskRestPrefix, createClockControl, type EngineClockControl } from './engine-api.ts';

/** Where the engine is: gRPC gateway, REST API and management port. */
export interface EngineAddresses {
  version: string;
  grpcAddress: string;
  restAddress: string;
  managementAddress: string;
}

/** What one deployment created, by resource. */
export interface DeploymentResult {
  processes: { processId: string; version: number; key: string; resourceName: string }[];
  forms: { formId: string; version: number; key: string; resourceName: string }[];
}

/** A resource to deploy: a `.bpmn` or `.form` file's name and content. */
export interface DeployResource {
  name: string;
  content: Buffer;
}

/** Thrown when the engine answers a command with an error or cannot be reached. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    message: string,
    /** `unavailable` when the engine could not be reached; `rejected` when it refused the command. */
    readonly kind: 'unavailable' | 'rejected' | 'not-found',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

type GrpcClient = ReturnType<Camunda8['getZeebeGrpcApiClient']>;

/** What a job-activation stream of the SDK's gRPC client (a grpc-js call) looks like here. */
interface ActivationStream {
  on(event: string, listener: (...args: never[]) => void): unknown;
  removeAllListeners(...args: unknown[]): unknown;
  destroy(error?: Error): unknown;
  cancel?(): void;
}

/** How long a stream the SDK gave up on may wait for the gateway's answer before it is cancelled. */
export const LATE_ACTIVATION_GRACE_MS = 60_000;

/**
 * @camunda8/sdk 8.6 ends a job-activation request on its own timer, one second after the
 * request's long-poll time, by destroying the stream without cancelling the gRPC call. The
 * gateway asks the partitions one after another, so on a busy machine with several partitions
 * its answer can come later than that: the call is still open, the gateway sends the jobs it
 * activated, the destroyed stream drops them, and they stay activated and unworked until their
 * job timeout (60 s; seen on 3 partitions right after start-up, when all workers poll at once).
 * Here such a stream stays readable until the gateway ends the call, and jobs that arrive after
 * the SDK gave up go to the worker that asked for them; a gateway that never ends the call is
 * cancelled after {@link LATE_ACTIVATION_GRACE_MS} (it then makes its jobs activatable again).
 */
export function keepLateActivatedJobs(worker: unknown, graceMs = LATE_ACTIVATION_GRACE_MS): void {
  const client = (worker as { grpcClient?: Record<string, unknown> }).grpcClient;
  const open = client?.activateJobsStream;
  if (!client || typeof open !== 'function') return;
  client.activateJobsStream = async (...args: unknown[]) => {
    const stream = (await open.apply(client, args)) as Partial<ActivationStream> | undefined;
    if (
      !stream ||
      typeof stream.on !== 'function' ||
      typeof stream.removeAllListeners !== 'function' ||
      typeof stream.destroy !== 'function'
    )
      return stream;
    const s = stream as ActivationStream;
    const on = s.on.bind(s);
    const removeAll = s.removeAllListeners.bind(s);
    const destroy = s.destroy.bind(s);
    // The worker's own handler of activated jobs, attached after this function returns.
    const handlers: ((response: unknown) => void)[] = [];
    let ended = false;
    let abandoned = false;
    let grace: NodeJS.Timeout | undefined;
    const forward = (response: unknown) => {
      if (abandoned) for (const h of handlers) h(response);
    };
    const onEnd = () => {
      ended = true;
      clearTimeout(grace);
      if (abandoned) destroy();
    };
    const watch = () => {
      on('data', forward);
      on('status', onEnd);
      on('close', onEnd);
      // The SDK removed its listeners; an error ending the call must not be left unhandled.
      on('error', onEnd);
    };
    s.on = (event: string, listener: (...a: never[]) => void) => {
      if (event === 'data') handlers.push(listener as (response: unknown) => void);
      return on(event, listener);
    };
    s.removeAllListeners = (...a: unknown[]) => {
      const result = removeAll(...a);
      watch();
      return result;
    };
    s.destroy = (error?: Error) => {
      if (ended || error) return destroy(error);
      // The SDK's client-side timeout: keep reading until the gateway ends the call.
      abandoned = true;
      grace ??= setTimeout(() => {
        s.cancel?.();
        destroy();
      }, graceMs);
      grace.unref?.();
      return s;
    };
    watch();
    return s;
  };
}

function classify(err: unknown, what: string): EngineError {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: number } | undefined)?.code;
  // gRPC status 14 = UNAVAILABLE, 4 = DEADLINE_EXCEEDED; 5 = NOT_FOUND.
  // A connection closed mid-call (13 INTERNAL) means an unreachable engine, not a refusal.
  const connectionLost = code === 13 && /closed|connection/i.test(message);
  if (
    code === 14 ||
    code === 4 ||
    connectionLost ||
    /UNAVAILABLE|ECONNREFUSED|DEADLINE|No connection/i.test(message)
  ) {
    return new EngineError(`The engine could not be reached (${what})`, 'unavailable', {
      cause: err,
    });
  }
  if (code === 5 || /NOT_FOUND/.test(message)) {
    return new EngineError(`${what}: ${message}`, 'not-found', { cause: err });
  }
  return new EngineError(`${what}: ${message}`, 'rejected', { cause: err });
}

/**
 * The platform's one door to the engine: the `@camunda8/sdk` gRPC client for deployments,
 * instances, messages, incidents and workers, and plain REST for the user-task commands,
 * with the version-specific bits taken from engine-api.ts.
 */
export function createEngineClient(addresses: EngineAddresses) {
  const camunda = new Camunda8({
    ZEEBE_GRPC_ADDRESS: addresses.grpcAddress,
    ZEEBE_REST_ADDRESS: addresses.restAddress,
    CAMUNDA_OAUTH_DISABLED: true,
    CAMUNDA_SECURE_CONNECTION: false,
    CAMUNDA_LOG_LEVEL: 'error',
    zeebeGrpcSettings: {
      ZEEBE_CLIENT_LOG_LEVEL: 'NONE',
      ZEEBE_GRPC_CLIENT_MAX_RETRIES: 2,
      ZEEBE_GRPC_CLIENT_MAX_RETRY_TIMEOUT_SECONDS: 3,
      ZEEBE_GRPC_CLIENT_INITIAL_CONNECTION_TOLERANCE_MS: 3000,
    },
  });
  const grpc: GrpcClient = camunda.getZeebeGrpcApiClient();
  // Every job worker of this client keeps the jobs the gateway activates for it late.
  const createWorker = grpc.createWorker.bind(grpc) as (...a: unknown[]) => unknown;
  (grpc as { createWorker: unknown }).createWorker = (...a: unknown[]) => {
    const worker = createWorker(...a);
    keepLateActivatedJobs(worker);
    return worker;
  };
  const restPrefix = `${addresses.restAddress}${userTaskRestPrefix(addresses.version)}/user-tasks`;
  const clock: EngineClockControl = createClockControl(addresses.version, {
    rest: addresses.restAddress,
    management: addresses.managementAddress,
  });

  async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw classify(err, what);
    }
  }

  async function userTaskCommand(
    what: string,
    method: string,
    url: string,
    body?: object,
  ): Promise<void> {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (err) {
      throw new EngineError(`The engine could not be reached (${what})`, 'unavailable', {
        cause: err,
      });
    }
    if (res.ok) return;
    const text = await res.text();
    let detail = text;
    try {
      const parsed = JSON.parse(text) as { detail?: string; title?: string };
      detail = parsed.detail ?? parsed.title ?? text;
    } catch {
      // not JSON
    }
    const kind = res.status === 404 ? 'not-found' : res.status >= 500 ? 'unavailable' : 'rejected';
    throw new EngineError(`${what}: ${detail}`, kind);
  }

  return {
    version: addresses.version,
    addresses,
    /** The SDK's gRPC client, for the worker runtime only. */
    grpc,
    clock,

    async deploy(resources: DeployResource[]): Promise<DeploymentResult> {
      const res = await call('Deploying', () =>
        grpc.deployResources(
          resources.map((r) =>
            r.name.endsWith('.form')
              ? { name: r.name, form: r.content }
              : { name: r.name, process: r.content },
          ),
        ),
      );
      const result: DeploymentResult = { processes: [], forms: [] };
      for (const d of res.deployments as Record<string, Record<string, unknown>>[]) {
        if (d.process) {
          result.processes.push({
            processId: String(d.process.bpmnProcessId),
            version: Number(d.process.version),
            key: String(d.process.processDefinitionKey),
            resourceName: String(d.process.resourceName),
          });
        } else if (d.form) {
          result.forms.push({
            formId: String(d.form.formId),
            version: Number(d.form.version),
            key: String(d.form.formKey),
            resourceName: String(d.form.resourceName),
          });
        }
      }
      return result;
    },

    async createInstance(processId: string, variables: Record<string, unknown>) {
      const res = await call(`Starting ${processId}`, () =>
        grpc.createProcessInstance({ bpmnProcessId: processId, variables: variables as JSONDoc }),
      );
      return {
        key: String(res.processInstanceKey),
        processId: res.bpmnProcessId,
        version: Number(res.version),
      };
    },

    async publishMessage(message: {
      name: string;
      correlationKey: string;
      variables?: Record<string, unknown>;
      timeToLiveMs: number;
      messageId?: string;
    }): Promise<{ key: string }> {
      const res = await call(`Publishing ${message.name}`, () =>
        grpc.publishMessage({
          name: message.name,
          correlationKey: message.correlationKey,
          variables: (message.variables ?? {}) as Record<string, JSON>,
          timeToLive: message.timeToLiveMs,
          messageId: message.messageId,
        }),
      );
      return { key: String(res.key) };
    },

    async cancelInstance(key: string): Promise<void> {
      await call('Cancelling the instance', () => grpc.cancelProcessInstance(key));
    },

    async setVariables(
      scopeKey: string,
      variables: Record<string, unknown>,
      local = false,
    ): Promise<void> {
      await call('Setting variables', () =>
        grpc.setVariables({ elementInstanceKey: scopeKey, variables: variables as JSONDoc, local }),
      );
    },

    /** Moves a running instance to another process version (Zeebe's MigrateProcessInstance). */
    async migrateInstance(
      key: string,
      targetDefinitionKey: string,
      mapping: readonly { sourceElementId: string; targetElementId: string }[],
    ): Promise<void> {
      await call('Migrating the instance', () =>
        grpc.migrateProcessInstance({
          processInstanceKey: key,
          migrationPlan: {
            targetProcessDefinitionKey: targetDefinitionKey,
            mappingInstructions: mapping.map((m) => ({ ...m })),
          },
        }),
      );
    },

    async updateJobRetries(jobKey: string, retries: number): Promise<void> {
      await call('Updating job retries', () => grpc.updateJobRetries({ jobKey, retries }));
    },

    async resolveIncident(incidentKey: string): Promise<void> {
      await call('Resolving the incident', () => grpc.resolveIncident({ incidentKey }));
    },

    /**
     * Waits until the gateway knows a leader for every partition: the broker reports ready
     * a moment before the gateway can route commands to it.
     */
    async waitForTopology(timeoutMs = 60_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          const t = await grpc.topology();
          const leaders = new Set(
            t.brokers.flatMap((b) =>
              b.partitions
                .filter((p) => String(p.role) === 'LEADER' || Number(p.role) === 0)
                .map((p) => p.partitionId),
            ),
          );
          if (t.partitionsCount > 0 && leaders.size >= t.partitionsCount) return;
        } catch {
          // gateway not answering yet
        }
        if (Date.now() > deadline)
          throw new EngineError(
            `The engine at ${addresses.grpcAddress} has no partition leader after ${timeoutMs / 1000} s`,
            'unavailable',
          );
        await new Promise((r) => setTimeout(r, 200));
      }
    },

    async isReady(): Promise<boolean> {
      try {
        const res = await fetch(`${addresses.managementAddress}/actuator/health/readiness`, {
          signal: AbortSignal.timeout(2000),
        });
        return res.ok;
      } catch {
        return false;
      }
    },

    /** `action` travels into the engine's USER_TASK records (the API's token, see TaskService). */
    assignUserTask(key: string, assignee: string, action?: string) {
      return userTaskCommand('Assigning the task', 'POST', `${restPrefix}/${key}/assignment`, {
        assignee,
        allowOverride: true,
        ...(action ? { action } : {}),
      });
    },
    unassignUserTask(key: string) {
      return userTaskCommand('Unassigning the task', 'DELETE', `${restPrefix}/${key}/assignee`);
    },
    completeUserTask(key: string, variables: Record<string, unknown>, action?: string) {
      return userTaskCommand('Completing the task', 'POST', `${restPrefix}/${key}/completion`, {
        variables,
        ...(action ? { action } : {}),
      });
    },

    /** Closes the gRPC channel (and stops any workers created on it). */
    async close(): Promise<void> {
      await grpc.close(2000).catch(() => undefined);
    },
  };
}

/** The platform's engine client. */
export type EngineClient = ReturnType<typeof createEngineClient>;
