import { isDeepStrictEqual } from 'node:util';
import type { AuditRepository } from '../../db/repositories/audit.repository.ts';
import type { ReadModelRepository } from '../../db/repositories/read-model.repository.ts';
import { EngineError, type EngineClient } from '../../engine/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { ConflictError, InputError, NotFoundError, UnavailableError } from '../errors.ts';

/** A variable name the engine's FEEL expressions can refer to. */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,199}$/;

/** How long a write waits for the read model to show it before answering 503. */
const CATCH_UP_TIMEOUT_MS = 10_000;

/** Changes to running process instances made by people (the cockpit), audited. */
export function createProcessInstanceService(deps: {
  readModel: ReadModelRepository;
  audit: AuditRepository;
  engine: EngineClient;
  clock: Clock;
  /** Overrides the catch-up wait (tests). */
  catchUpTimeoutMs?: number;
}) {
  return {
    /**
     * Sets variables on the instance's own scope (e.g. to correct a value that broke a
     * worker's input schema before retrying its incident), audits the before and after, and
     * answers once the read model shows the new values.
     */
    async setVariables(
      key: string,
      variables: Record<string, unknown>,
      actor: string,
    ): Promise<{ key: string; variables: Record<string, unknown> }> {
      const names = Object.keys(variables);
      const invalid = names.filter((n) => !VARIABLE_NAME.test(n));
      if (invalid.length) {
        throw new InputError(
          `Not a valid variable name: ${invalid.map((n) => `"${n}"`).join(', ')}; use letters, digits and _ and start with a letter or _`,
          invalid.map((n) => ({
            field: `variables.${n}`,
            message: 'must be an identifier (letters, digits, _; not starting with a digit)',
          })),
        );
      }
      const instance = await deps.readModel.instance(key);
      if (!instance) throw new NotFoundError(`Process instance ${key} does not exist`);
      if (instance.state !== 'active' && instance.state !== 'incident')
        throw new ConflictError(
          `Process instance ${key} is ${instance.state}: only an active instance's variables can change`,
        );
      const before = await deps.readModel.scopeVariables(key, names);
      try {
        await deps.engine.setVariables(key, variables, true);
      } catch (err) {
        // The instance ended between the read and the command.
        if (err instanceof EngineError && err.kind === 'not-found')
          throw new ConflictError(`Process instance ${key} is no longer active`);
        throw err;
      }
      await deps.audit.append({
        table: 'process_instances',
        recordId: key,
        action: 'set-variables',
        before,
        after: variables,
        actor,
        at: deps.clock.now(),
      });
      // JSON round trip: the read model holds jsonb, so compare with what JSON makes of the input.
      const expected = JSON.parse(JSON.stringify(variables)) as Record<string, unknown>;
      const deadline = Date.now() + (deps.catchUpTimeoutMs ?? CATCH_UP_TIMEOUT_MS);
      for (;;) {
        const now = await deps.readModel.scopeVariables(key, names);
        if (names.every((n) => n in now && isDeepStrictEqual(now[n], expected[n])))
          return { key, variables: now };
        if (Date.now() > deadline)
          throw new UnavailableError(
            'The engine accepted the variables, but the instance view has not caught up yet; reload shortly',
          );
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

export type ProcessInstanceService = ReturnType<typeof createProcessInstanceService>;
