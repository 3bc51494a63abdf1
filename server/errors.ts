/**
 * Domain errors the routes throw; error-handler.ts is the one place that turns them into
 * HTTP answers. They say what was wrong in words a user can act on.
 */

/** One field's problem in a request. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Bad input: 400 VALIDATION_FAILED with each field named. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly details: FieldProblem[] | object[] = [],
    readonly code = 'VALIDATION_FAILED',
  ) {
    super(message);
  }
}

/** 401: no, unknown or expired token, or wrong credentials. */
export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError';
}

/** 403: signed in, but this role may not do this. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

/** 404: no such thing. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** 409: the current state does not allow this. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    message: string,
    readonly code = 'CONFLICT',
  ) {
    super(message);
  }
}

/** 503: a part the platform needs (the engine, the database) cannot be reached. */
export class UnavailableError extends Error {
  override readonly name = 'UnavailableError';
}

/** 429: too many attempts (e.g. failed sign-ins); the answer carries `Retry-After`. */
export class TooManyRequestsError extends Error {
  override readonly name = 'TooManyRequestsError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
