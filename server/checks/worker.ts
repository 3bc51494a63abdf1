/**
 * The jobs of the check pool (./pool.ts), each run in a worker thread: their input comes as
 * `{ payload, port }`; each reports on `port` that it started and, as it goes, its step.
 */
import { evaluate } from 'feelin';
import type { FieldProblem } from '../errors.ts';
import { formExpressions, formSafetyProblems } from '../forms/form-safety.ts';
import { validateFormSubmission, type FormValidationResult } from '../forms/form-schema.ts';
import { feelMatches } from '../forms/safe-regex.ts';
import { checkDiagram, type DiagramFinding } from '../processes/validate-diagram.ts';
import type { JobInput, JobMessage } from './pool.ts';

/** Input of {@link submission}: the arguments of `validateFormSubmission`. */
export interface SubmissionPayload {
  form: unknown;
  data: unknown;
  variables: Record<string, unknown>;
  dynamicOptions?: Record<string, readonly unknown[]>;
}

/** Input of {@link diagram}: the arguments of `checkDiagram` (sets as arrays). */
export interface DiagramPayload {
  xml: string;
  expectedProcessId?: string;
  knownJobTypes: string[];
  knownFormIds?: string[];
}

/** Validates a task's form submission (hide conditions evaluated here, off the main thread). */
export function submission({ payload, port }: JobInput<SubmissionPayload>): FormValidationResult {
  const step = begin(port);
  return validateFormSubmission(sameForm(payload.form), payload.data, payload.variables, {
    dynamicOptions: payload.dynamicOptions,
    onExpression: step,
  });
}

/** The deploy checks of a diagram: blocking errors and lint warnings (the facts stay here). */
export async function diagram({
  payload,
  port,
}: JobInput<DiagramPayload>): Promise<{ errors: DiagramFinding[]; warnings: DiagramFinding[] }> {
  begin(port);
  const { errors, warnings } = await checkDiagram(payload.xml, {
    expectedProcessId: payload.expectedProcessId,
    knownJobTypes: payload.knownJobTypes,
    knownFormIds: payload.knownFormIds,
  });
  return { errors, warnings };
}

/**
 * The deploy checks of a form: {@link formSafetyProblems}, then each FEEL expression evaluated
 * once with no variables (each step is the `{ field, expression }` at hand), so that one slow by
 * itself is found at deploy rather than when a task is completed.
 */
export function form({ payload, port }: JobInput<unknown>): FieldProblem[] {
  const step = begin(port);
  const problems = formSafetyProblems(payload);
  for (const expression of formExpressions(payload)) {
    step(expression);
    try {
      evaluate(expression.expression, { matches: feelMatches });
    } catch {
      // a failing expression is not slow; form-js treats it as false as well
    }
  }
  return problems;
}

function begin(port: JobInput<unknown>['port']): (step: unknown) => void {
  const post = (message: JobMessage) => port.postMessage(message);
  post({ started: true });
  let last: unknown;
  return (step) => {
    if (step === last) return;
    last = step;
    post({ step });
  };
}

/**
 * Each job gets a copy of the form; handing the same object for the same JSON lets
 * form-schema reuse its parsed form and compiled validators (a handful of forms are hot).
 */
const forms = new Map<string, unknown>();
const MAX_CACHED_FORMS = 50;

function sameForm(form: unknown): unknown {
  const json = JSON.stringify(form);
  const cached = forms.get(json);
  if (cached !== undefined) return cached;
  if (forms.size >= MAX_CACHED_FORMS) forms.delete(forms.keys().next().value!);
  forms.set(json, form);
  return form;
}

/**
 * Piscina loads the module for its default export when a worker starts; under tsx only the
 * `require` path it tries first handles `.ts`, and that path stops at a module without one.
 * The jobs are called by name.
 */
export default function noJob(): never {
  throw new Error('Name the check to run (submission, diagram or form)');
}
