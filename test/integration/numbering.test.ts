import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import { allocateRecordNumber } from '../../db/repositories/numbering.ts';
import { testContext } from '../helpers/test-platform.ts';

/** A prefix no other test uses, so each test starts from an empty sequence. */
function freshPrefix(): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return `Q${Array.from({ length: 3 }, () => letters[randomInt(26)]).join('')}`;
}

const sequenceOf = (number: string) => Number(number.split('-').at(-1));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const AT = new Date('2026-06-01T08:00:00Z');

describe('record numbering in transactions (real Postgres)', () => {
  it('when many transactions allocate at once, each gets a distinct number and together they are consecutive', async () => {
    // given
    const db = testContext().platform.db;
    const prefix = freshPrefix();
    const n = 25;
    // when: each holds its transaction open a little after allocating, so they overlap
    const numbers = await Promise.all(
      Array.from({ length: n }, () =>
        db.transaction(async (trx) => {
          const number = await allocateRecordNumber(trx, prefix, AT);
          await sleep(randomInt(5, 25));
          return number;
        }),
      ),
    );
    // then
    expect(new Set(numbers).size).to.equal(n);
    expect(numbers.map(sequenceOf).sort((a, b) => a - b)).to.deep.equal(
      Array.from({ length: n }, (_, i) => i + 1),
    );
    expect(numbers.every((x) => x.startsWith(`${prefix}-2026-`))).to.equal(true);
    expect(numbers).to.include(`${prefix}-2026-000001`);
  });

  it('when a transaction rolls back, its number is given back to the next one (gap-free)', async () => {
    // given
    const db = testContext().platform.db;
    const prefix = freshPrefix();
    const first = await db.transaction((trx) => allocateRecordNumber(trx, prefix, AT));
    // when
    let rolledBack: string | undefined;
    await db
      .transaction(async (trx) => {
        rolledBack = await allocateRecordNumber(trx, prefix, AT);
        throw new Error('the record insert failed');
      })
      .catch(() => undefined);
    const next = await db.transaction((trx) => allocateRecordNumber(trx, prefix, AT));
    // then
    expect(first).to.equal(`${prefix}-2026-000001`);
    expect(rolledBack).to.equal(`${prefix}-2026-000002`);
    expect(next).to.equal(`${prefix}-2026-000002`);
  });

  it('when a waiting transaction follows one that rolls back, it takes the number given back', async () => {
    // given
    const db = testContext().platform.db;
    const prefix = freshPrefix();
    let release!: () => void;
    const holding = new Promise<void>((r) => (release = r));
    let allocated!: () => void;
    const firstAllocated = new Promise<void>((r) => (allocated = r));
    // when: A allocates and holds the row lock; B queues behind it; A rolls back
    const a = db
      .transaction(async (trx) => {
        const number = await allocateRecordNumber(trx, prefix, AT);
        allocated();
        await holding;
        throw new Error(`rolled back ${number}`);
      })
      .catch((err: Error) => err.message);
    await firstAllocated;
    const b = db.transaction((trx) => allocateRecordNumber(trx, prefix, AT));
    await sleep(200);
    release();
    // then
    expect(await a).to.equal(`rolled back ${prefix}-2026-000001`);
    expect(await b).to.equal(`${prefix}-2026-000001`);
  });

  it('when the year turns in Shanghai, the new year starts at 000001 and the old one goes on', async () => {
    // given
    const db = testContext().platform.db;
    const prefix = freshPrefix();
    const lastSecondOf2026 = new Date('2026-12-31T15:59:59Z');
    const firstSecondOf2027 = new Date('2026-12-31T16:00:00Z');
    // when
    const old1 = await db.transaction((trx) => allocateRecordNumber(trx, prefix, lastSecondOf2026));
    const old2 = await db.transaction((trx) => allocateRecordNumber(trx, prefix, lastSecondOf2026));
    const new1 = await db.transaction((trx) =>
      allocateRecordNumber(trx, prefix, firstSecondOf2027),
    );
    const old3 = await db.transaction((trx) => allocateRecordNumber(trx, prefix, lastSecondOf2026));
    const new2 = await db.transaction((trx) =>
      allocateRecordNumber(trx, prefix, firstSecondOf2027),
    );
    // then
    expect([old1, old2, old3]).to.deep.equal([
      `${prefix}-2026-000001`,
      `${prefix}-2026-000002`,
      `${prefix}-2026-000003`,
    ]);
    expect([new1, new2]).to.deep.equal([`${prefix}-2027-000001`, `${prefix}-2027-000002`]);
  });

  it('when two prefixes allocate in the same year, each has its own sequence', async () => {
    // given
    const db = testContext().platform.db;
    const [p1, p2] = [freshPrefix(), freshPrefix()];
    // when
    const a = await db.transaction((trx) => allocateRecordNumber(trx, p1, AT));
    const b = await db.transaction((trx) => allocateRecordNumber(trx, p2, AT));
    // then
    expect(a).to.equal(`${p1}-2026-000001`);
    expect(b).to.equal(`${p2}-2026-000001`);
  });
});
