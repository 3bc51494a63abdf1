import { expect } from 'chai';
import express from 'express';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createLogger } from '../../../lib/logger.ts';
import { TooManyRequestsError } from '../../../server/errors.ts';
import {
  createErrorHandler,
  databaseErrorAnswer,
} from '../../../server/middleware/error-handler.ts';

/** A PostgreSQL error as pg's parser builds it, with knex's SQL prefix on the message. */
function pgError(code: string, message: string): pg.DatabaseError {
  const err = new pg.DatabaseError(
    `select * from "forms" where "id" = $1 - ${message}`,
    100,
    'error',
  );
  Object.assign(err, { code, severity: 'ERROR', routine: 'report_invalid_encoding' });
  return err;
}

/** Answers one request through the error handler with `err` thrown by the route. */
async function answerTo(
  err: unknown,
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const app = express();
  app.get('/x', () => {
    throw err;
  });
  app.use(createErrorHandler(createLogger('test', { quiet: true })));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
    return { status: res.status, headers: res.headers, body: (await res.json()) as never };
  } finally {
    server.close();
  }
}

describe('error handler: database errors and throttling', () => {
  it('when PostgreSQL refuses data (class 22), maps each SQLSTATE to 400 and integrity errors to 409/400', () => {
    // given
    const expected: [string, number][] = [
      ['22021', 400], // invalid byte sequence (a NUL in text)
      ['22P05', 400], // untranslatable character (a NUL in jsonb)
      ['22P02', 400], // invalid text representation (e.g. not a uuid)
      ['22001', 400], // value too long
      ['22003', 400], // numeric value out of range
      ['22007', 400], // invalid datetime format
      ['22008', 400], // datetime field overflow
      ['22012', 400], // division by zero: any other data exception
      ['23505', 409], // unique violation
      ['23503', 409], // foreign key violation
      ['23502', 400], // not null violation
      ['23514', 400], // check violation
    ];
    // when / then
    for (const [code, status] of expected)
      expect(databaseErrorAnswer(code)?.status, code).to.equal(status);
    for (const code of ['42P01', '08006', '40001', '53300'])
      expect(databaseErrorAnswer(code), code).to.equal(undefined);
  });

  it('when a route throws a PostgreSQL data error, answers 400 naming the problem without SQL or the database text', async () => {
    // given
    const err = pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00');
    // when
    const res = await answerTo(err);
    // then
    expect(res.status).to.equal(400);
    const error = res.body.error as { code: string; message: string };
    expect(error.code).to.equal('VALIDATION_FAILED');
    expect(error.message).to.match(/NUL/);
    const text = JSON.stringify(res.body);
    for (const leak of ['select', 'forms', '0x00', 'UTF8', 'encoding', '    at '])
      expect(text, leak).not.to.include(leak);
  });

  it('when a unique value is taken, answers 409 CONFLICT', async () => {
    // given
    const err = pgError(
      '23505',
      'duplicate key value violates unique constraint "users_username_unique"',
    );
    // when
    const res = await answerTo(err);
    // then
    expect(res.status).to.equal(409);
    expect((res.body.error as { code: string }).code).to.equal('CONFLICT');
    expect(JSON.stringify(res.body)).not.to.include('users_username_unique');
  });

  it('when another PostgreSQL error happens, it stays a 500 with the generic body', async () => {
    // given
    const err = pgError('42P01', 'relation "nope" does not exist');
    // when
    const res = await answerTo(err);
    // then
    expect(res.status).to.equal(500);
    expect(JSON.stringify(res.body)).not.to.include('nope');
  });

  it('when an error has a code but is not from PostgreSQL (a socket error), it is not mistaken for one', async () => {
    // given
    const err = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    // when
    const res = await answerTo(err);
    // then
    expect(res.status).to.equal(500);
  });

  it('when the database cannot be reached (starting up, refused, ended, no pooled connection), answers 503 DATABASE_UNAVAILABLE', async () => {
    // given: what pg and knex throw while PostgreSQL restarts
    const errors = [
      pgError('57P03', 'the database system is not yet accepting connections'),
      pgError('57P01', 'terminating connection due to administrator command'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:55650'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), {
        name: 'KnexTimeoutError',
      }),
    ];
    for (const err of errors) {
      // when
      const res = await answerTo(err);
      // then
      expect(res.status, err.message).to.equal(503);
      expect((res.body.error as { code: string }).code).to.equal('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(res.body)).not.to.include('55650');
    }
  });

  it('when too many requests are refused, answers 429 with Retry-After in seconds', async () => {
    // given
    const err = new TooManyRequestsError('Too many failed sign-ins', 42);
    // when
    const res = await answerTo(err);
    // then
    expect(res.status).to.equal(429);
    expect(res.headers.get('retry-after')).to.equal('42');
    expect(res.body.error).to.deep.include({ code: 'TOO_MANY_REQUESTS' });
  });
});
