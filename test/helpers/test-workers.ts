import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../../workers/lib/define-worker.ts';
import { BpmnError } from '../../lib/errors.ts';

/** Switches the tests flip to steer the fixture workers. */
export const testWorkerControl = {
  /** While true, `itsm:test.may-fail:1` throws a plain error (retried, then an incident). */
  failing: false,
  /** Counts calls per job type. */
  calls: new Map<string, number>(),
};

function count(type: string) {
  testWorkerControl.calls.set(type, (testWorkerControl.calls.get(type) ?? 0) + 1);
}

const anyInput: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: true,
};

/** `itsm:test.echo:1`: completes with `echoed: true`. Used by fixture-service-user and fixture-timer. */
export const echoWorker = defineWorker<Record<string, never>, { echoed: boolean }>({
  type: 'itsm:test.echo:1',
  description: 'Test fixture: completes at once',
  input: anyInput,
  output: {
    type: 'object',
    properties: { echoed: { type: 'boolean' } },
    required: ['echoed'],
    additionalProperties: false,
  },
  async handle() {
    count('itsm:test.echo:1');
    return { echoed: true };
  },
});

interface MayFailInput {
  outcome?: string;
}

/**
 * `itsm:test.may-fail:1`: `outcome = "reject"` throws the declared BPMN error TEST_REJECTED;
 * `outcome = "undeclared"` throws an undeclared one; with `failing` on, it fails transiently.
 * Its input schema requires `outcome` to be a string when given, so a number breaks it.
 */
export const mayFailWorker = defineWorker<MayFailInput, { passed: boolean }>({
  type: 'itsm:test.may-fail:1',
  description: 'Test fixture: passes, rejects with a BPMN error, or fails',
  input: {
    type: 'object',
    properties: {
      outcome: { type: 'string', nullable: true, enum: ['pass', 'reject', 'undeclared', null] },
    },
    required: [],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: { passed: { type: 'boolean' } },
    required: ['passed'],
    additionalProperties: false,
  },
  bpmnErrors: ['TEST_REJECTED'],
  async handle({ outcome }) {
    count('itsm:test.may-fail:1');
    if (outcome === 'reject') throw new BpmnError('TEST_REJECTED', 'The fixture rejected it');
    if (outcome === 'undeclared') throw new BpmnError('NOT_DECLARED', 'An undeclared code');
    if (testWorkerControl.failing) throw new Error('The fixture is failing on purpose');
    return { passed: true };
  },
});

/** `itsm:test.notify:1`: the message end event of fixture-message-events. */
export const notifyTestWorker = defineWorker<Record<string, never>, Record<string, never>>({
  type: 'itsm:test.notify:1',
  description: 'Test fixture: message end event',
  input: anyInput,
  output: { type: 'object', properties: {}, required: [], additionalProperties: false },
  async handle() {
    count('itsm:test.notify:1');
    return {};
  },
});

/** The fixture workers, registered beside the platform's own in integration tests. */
export const testWorkers = [echoWorker, mayFailWorker, notifyTestWorker];
