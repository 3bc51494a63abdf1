import type { ErrorRequestHandler } from 'express';
import { EngineError } from '../../engine/client.ts';
import type { Logger } from '../../lib/logger.ts';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
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
    if (err instanceof UnavailableError)
      return res.status(503).json(body('UNAVAILABLE', err.message));
    if (err instanceof EngineError && err.kind === 'unavailable') {
      log.warn(
        `${err.message}: ${err.cause instanceof Error ? err.cause.message : String(err.cause)}`,
      );
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
      return res.status(404).json(body('NOT_FOUND', err.message));
    }
    if (err instanceof EngineError && err.kind === 'rejected') {
      log.warn(err.message);
      return res
        .status(409)
        .json(
          body('ENGINE_REJECTED', `The engine refused this; nothing was changed. ${err.message}`),
        );
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
