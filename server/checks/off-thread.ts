import { InputError, UnavailableError, type FieldProblem } from '../errors.ts';
import type { FormExpression } from '../forms/form-safety.ts';
import type { FormValidationResult } from '../forms/form-schema.ts';
import type { DiagramFinding, ValidateDiagramOptions } from '../processes/validate-diagram.ts';
import { CheckLimitError, CheckPoolBusyError, runCheck } from './pool.ts';
import type { DiagramPayload, SubmissionPayload } from './worker.ts';

/**
 * The checks that a deployed form or diagram can make slow, run off the API's main thread
 * with a time limit (./pool.ts), with the same results as the functions they wrap. A form
 * whose expression runs past its limit is refused at deploy, or its submission answers 400
 * naming the expression; a diagram whose check runs past its limit is refused as too complex.
 */

/** Time limits in ms; tests may lower them. */
export const checkLimits = {
  /** One form submission's validation (its hide and read-only conditions) or a form's deploy check. */
  formMs: 2_000,
  /** One diagram's deploy checks (parse, lint, workers, forms); a 300-task diagram takes 1–2 s. */
  diagramMs: 10_000,
};

/**
 * `validateFormSubmission` in a worker thread.
 *
 * @throws InputError (400 FORM_TOO_COMPLEX) when the form's expressions take longer than
 *   {@link checkLimits}.formMs; UnavailableError when every worker is busy.
 */
export async function validateFormSubmissionOffThread(
  form: unknown,
  data: unknown,
  variables: Record<string, unknown> = {},
  options: { dynamicOptions?: Readonly<Record<string, readonly unknown[]>> } = {},
): Promise<FormValidationResult> {
  const payload: SubmissionPayload = {
    form,
    data,
    variables,
    dynamicOptions: options.dynamicOptions as Record<string, readonly unknown[]> | undefined,
  };
  try {
    return await runCheck<FormValidationResult>('submission', payload, checkLimits.formMs);
  } catch (err) {
    if (err instanceof CheckLimitError) {
      const expression =
        typeof err.lastStep === 'string' ? `expression "${err.lastStep}"` : 'expressions';
      const message = `The form's ${expression} ${tooMuch(err)} to evaluate, so the task cannot be completed with this form: ask a process owner to simplify it`;
      throw new InputError(message, [{ field: 'form', message }], 'FORM_TOO_COMPLEX');
    }
    throw busy(err);
  }
}

/**
 * The deploy checks of a form in a worker thread: `formSafetyProblems`, then each FEEL
 * expression evaluated once with no variables within {@link checkLimits}.formMs.
 *
 * @throws UnavailableError when every worker is busy.
 */
export async function checkFormOffThread(form: unknown): Promise<FieldProblem[]> {
  try {
    return await runCheck<FieldProblem[]>('form', form, checkLimits.formMs);
  } catch (err) {
    if (err instanceof CheckLimitError) {
      const at = err.lastStep as FormExpression | undefined;
      return [
        {
          field: at?.field ?? 'components',
          message: at
            ? `the expression "${at.expression}" ${tooMuch(err)} to evaluate even without any variables: simplify it (e.g. no nested "for" or "some" over large ranges)`
            : `the form ${tooMuch(err)} to check: simplify it`,
        },
      ];
    }
    throw busy(err);
  }
}

/**
 * `checkDiagram` in a worker thread (errors and warnings; not the facts). A check that runs
 * past {@link checkLimits}.diagramMs is one `TOO_COMPLEX` error.
 *
 * @throws UnavailableError when every worker is busy.
 */
export async function checkDiagramOffThread(
  xml: string,
  options: ValidateDiagramOptions,
): Promise<{ errors: DiagramFinding[]; warnings: DiagramFinding[] }> {
  const payload: DiagramPayload = {
    xml,
    expectedProcessId: options.expectedProcessId,
    knownJobTypes: [...options.knownJobTypes],
    knownFormIds: options.knownFormIds && [...options.knownFormIds],
  };
  try {
    return await runCheck('diagram', payload, checkLimits.diagramMs);
  } catch (err) {
    if (err instanceof CheckLimitError) {
      const message = `Checking the diagram ${tooMuch(err)}: it is too large or too complex; split it into smaller processes (call activities)`;
      return { errors: [{ code: 'TOO_COMPLEX', message }], warnings: [] };
    }
    throw busy(err);
  }
}

function tooMuch(err: CheckLimitError): string {
  return err.reason === 'time'
    ? `took longer than ${err.limitMs / 1000} s`
    : 'needed more memory than allowed';
}

function busy(err: unknown): unknown {
  return err instanceof CheckPoolBusyError
    ? new UnavailableError(`${err.message}; try again in a moment`)
    : err;
}

export { closeCheckPool as closeOffThreadChecks } from './pool.ts';
