/**
 * The few engine calls that differ between Zeebe versions, in one place: the prefix of the
 * user-task REST commands and clock control. Everything else goes through the gRPC API,
 * which 8.5 and later share.
 */

/** REST path prefix of the user-task commands: `/v1` on 8.5, `/v2` from 8.6. */
export function userTaskRestPrefix(version: string): string {
  const [major, minor] = version.split('.').map(Number);
  return major === 8 && (minor ?? 0) <= 5 ? '/v1' : '/v2';
}

/** Moving and reading the engine's clock (only with clock control on; tests and demos). */
export interface EngineClockControl {
  /** Current engine time in epoch milliseconds. */
  now(): Promise<number>;
  /** Moves the clock forward by `ms` (forward only: a pin or a move back stalls the broker). */
  add(ms: number): Promise<number>;
}

async function expectOk(res: Response, what: string): Promise<unknown> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what} failed with HTTP ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : {};
}

function epochOf(body: unknown): number {
  if (body && typeof body === 'object') {
    const o = body as Record<string, unknown>;
    if (typeof o.epochMilli === 'number') return o.epochMilli;
    if (typeof o.instant === 'string') return Date.parse(o.instant);
  }
  throw new Error(`Unexpected clock response: ${JSON.stringify(body)}`);
}

/** Clock control for a version: the actuator on 8.5, the REST API from 8.6. */
export function createClockControl(
  version: string,
  addresses: { rest: string; management: string },
): EngineClockControl {
  if (userTaskRestPrefix(version) === '/v1') {
    const url = `${addresses.management}/actuator/clock`;
    return {
      async now() {
        return epochOf(await expectOk(await fetch(url), 'Reading the engine clock'));
      },
      async add(ms) {
        if (!(ms > 0)) throw new Error('The engine clock only moves forward');
        const res = await fetch(`${url}/add`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ offsetMilli: ms }),
        });
        return epochOf(await expectOk(res, 'Moving the engine clock'));
      },
    };
  }
  return {
    async now() {
      throw new Error(`Reading the engine clock is not supported on Zeebe ${version}`);
    },
    async add() {
      throw new Error(`Moving the engine clock by an offset is not supported on Zeebe ${version}`);
    },
  };
}
