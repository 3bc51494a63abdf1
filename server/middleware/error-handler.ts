import { shortEngineMessage } from '../processes/engine-message.ts';
import type { ErrorRequestHandler } from 'express';
import { EngineError } from '../../engine/client.ts';
import { isDatabaseUnreachable } from '../../lib/errors.ts';
import type { Logger } from '../../lib/logger.ts';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
  UnavailableError,
} from '../errors.ts';

/** The body of every error answer (api.md). */
export interface ErrorBody {
  error: { code: string; message: string; details: unknown[] };
}

function body(code: string, message: string, details: unknown[] = []): ErrorBody {
  return { error: { code, message, details } };
}

/** An error PostgreSQL answered (pg's DatabaseError, possibly rethrown by knex). */
interface DatabaseErrorLike {
  message: string;
  code: string;
  severity: string;
}

function isDatabaseError(err: unknown): err is DatabaseErrorLike {
  const e = err as Partial<DatabaseErrorLike> | null;
  return (
    typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string'
  );
}

/**
 * The answer to a PostgreSQL error that a request's data caused, by SQLSTATE: data
 * exceptions (class 22: bytes that are not text, a malformed id or number, a value too
 * long, a number or date out of range) are 400, a taken unique value or a missing or still
 * referenced row 409, other integrity violations 400. Undefined for anything else (a server
 * fault: 500). The messages never carry SQL or the database's own words.
 */
export function databaseErrorAnswer(
  sqlState: string,
): { status: number; code: string; message: string } | undefined {
  const invalid = (message: string) => ({ status: 400, code: 'VALIDATION_FAILED', message });
  switch (sqlState) {
    case '22021':
    case '22P05':
      return invalid(
        'The request contains characters that cannot be stored as text (e.g. a NUL character)',
      );
    case '22P02':
      return invalid('A value in the request does not have the expected form (e.g. an id)');
    case '22001':
      return invalid('A value in the request is longer than allowed');
    case '22003':
      return invalid('A number in the request is out of range');
    case '22007':
    case '22008':
      return invalid('A date or time in the request is not valid or out of range');
    case '23505':
      return { status: 409, code: 'CONFLICT', message: 'This already exists' };
    case '23503':
      return {
        status: 409,
        code: 'CONFLICT',
        message: 'This refers to something that does not exist, or is still referred to',
      };
    case '23502':
    case '23514':
      return invalid('A value in the request is missing or not allowed');
  }
  if (sqlState.startsWith('22')) return invalid('A value in the request is not valid');
  return undefined;
}

/** The one place errors become HTTP status codes; internals never reach the client. */
export function createErrorHandler(log: Logger): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    if (err instanceof InputError)
      return res.status(400).json(body(err.code, err.message, err.details));
    if (err instanceof UnauthenticatedError)
      return res.status(401).json(body('UNAUTHENTICATED', err.message));
    if (err instanceof ForbiddenError) return res.status(403).json(body('FORBIDDEN', err.message));
    if (err instanceof NotFoundError) return res.status(404).json(body('NOT_FOUND', err.message));
    if (err instanceof ConflictError) return res.status(409).json(body(err.code, err.message));
    if (err instanceof TooManyRequestsError) {
      res.setHeader('Retry-After', String(err.retryAfterSeconds));
      return res.status(429).json(body('TOO_MANY_REQUESTS', err.message));
    }
    if (err instanceof UnavailableError)
      return res.status(503).json(body('UNAVAILABLE', err.message));
    if (err instanceof EngineError && err.kind === 'unavailable') {
      const cause = err.cause instanceof Error ? err.cause.message : err.cause;
      log.warn(cause === undefined ? err.message : `${err.message}: ${String(cause)}`);
      return res
        .status(503)
        .json(
          body(
            'ENGINE_UNAVAILABLE',
            `${err.message}. The engine did not confirm the command, so it may or may not have taken effect: check before trying again.`,
          ),
        );
    }
    // The engine refused a command the route did not anticipate (e.g. starting a process that
    // has no none start event, or a job that is already gone): the caller's request cannot be
    // carried out in the current state, which is not a server fault.
    if (err instanceof EngineError && err.kind === 'not-found') {
      log.warn(err.message);
      return res.status(404).json(body('NOT_FOUND', shortEngineMessage(err.message)));
    }
    if (err instanceof EngineError && err.kind === 'rejected') {
      log.warn(err.message);
      return res
        .status(409)
        .json(
          body(
            'ENGINE_REJECTED',
            `The engine refused this; nothing was changed. ${shortEngineMessage(err.message)}`,
          ),
        );
    }
    if (isDatabaseUnreachable(err)) {
      log.warn(`the database could not be reached: ${(err as Error).message}`);
      return res
        .status(503)
        .json(
          body(
            'DATABASE_UNAVAILABLE',
            'The database could not be reached; try again shortly. If this was a change, check whether it was saved before trying again.',
          ),
        );
    }
    if (isDatabaseError(err)) {
      const answer = databaseErrorAnswer(err.code);
      if (answer) {
        // The database's message may quote the SQL and the values: the log only.
        log.warn(`database refused a request (${err.code}): ${err.message}`);
        return res.status(answer.status).json(body(answer.code, answer.message));
      }
    }
    // express.json() parse failures and oversize bodies carry a status and type.
    const status = (err as { status?: number }).status;
    const type = (err as { type?: string }).type;
    if (type === 'entity.parse.failed') {
      return res.status(400).json(body('VALIDATION_FAILED', 'The request body is not valid JSON'));
    }
    if (type === 'entity.too.large')
      return res.status(413).json(body('TOO_LARGE', 'The request body is too large'));
    if (status && status >= 400 && status < 500) {
      return res.status(status).json(body('BAD_REQUEST', 'The request could not be read'));
    }
    log.error('unexpected error', err);
    return res
      .status(500)
      .json(body('INTERNAL', 'An unexpected error occurred; it has been logged.'));
  };
}
