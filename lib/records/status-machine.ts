/**
 * A kind's status machine (kind.ts): may a record move from one status to another, and is a
 * status final. The records repository asks this before every status change, so a diagram
 * or a command can never put a record where its kind does not allow.
 */
import type { StatusMachine } from './kind.ts';

/** Why a transition is refused, in words a process owner can act on. */
export class TransitionError extends Error {
  readonly from: string;
  readonly to: string;
  constructor(from: string, to: string, message: string) {
    super(message);
    this.name = 'TransitionError';
    this.from = from;
    this.to = to;
  }
}

/** Whether a status ends the lifecycle (the record is read-only there). */
export function isFinal(machine: StatusMachine, status: string): boolean {
  return machine.final.includes(status);
}

/** The statuses a record in `from` may move to (none from a final status). */
export function nextStatuses(machine: StatusMachine, from: string): readonly string[] {
  return machine.transitions[from] ?? [];
}

/**
 * Checks a move from `from` to `to`; staying in the same status is allowed (a worker that
 * runs twice sets the same status twice). Throws a TransitionError naming both statuses and
 * what `from` allows.
 */
export function checkTransition(machine: StatusMachine, from: string, to: string): void {
  if (!Object.hasOwn(machine.labels, to))
    throw new TransitionError(from, to, `"${to}" is not a status of this kind`);
  if (from === to) return;
  if (isFinal(machine, from))
    throw new TransitionError(from, to, `The record is ${from}, a final status: it is read-only`);
  const allowed = nextStatuses(machine, from);
  if (!allowed.includes(to)) {
    throw new TransitionError(
      from,
      to,
      `The record is ${from}; from there it may move to ${allowed.join(', ') || 'nothing'}, not ${to}`,
    );
  }
}

/** Every status reachable from the initial one (breadth first), for the kind's validation. */
export function reachableStatuses(machine: StatusMachine): Set<string> {
  const seen = new Set([machine.initial]);
  const queue = [machine.initial];
  while (queue.length) {
    for (const next of nextStatuses(machine, queue.shift()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
