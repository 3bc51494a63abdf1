import { expect } from 'chai';
import type { Knex } from 'knex';
import {
  allocateRecordNumber,
  formatRecordNumber,
  numberingYear,
} from '../../../db/repositories/numbering.ts';

describe('record numbering (§0.3)', () => {
  it('when it is already New Year in Shanghai but not in UTC, numbers in the new year', () => {
    // given
    const afterMidnightInShanghai = new Date('2026-12-31T16:30:00Z');
    // when / then
    expect(numberingYear(afterMidnightInShanghai)).to.equal(2027);
  });

  it('when it is one second before midnight in Shanghai, numbers in the old year', () => {
    // given
    const lastSecond = new Date('2026-12-31T15:59:59Z');
    // when / then
    expect(numberingYear(lastSecond)).to.equal(2026);
    expect(numberingYear(new Date('2026-12-31T16:00:00Z'))).to.equal(2027);
    expect(numberingYear(new Date('2027-01-01T00:00:00+08:00'))).to.equal(2027);
  });

  it('when formatted, pads the sequence to six digits', () => {
    // given / when / then
    expect(formatRecordNumber('INC', 2026, 1)).to.equal('INC-2026-000001');
    expect(formatRecordNumber('SR', 2026, 42)).to.equal('SR-2026-000042');
    expect(formatRecordNumber('CHG', 2027, 999_999)).to.equal('CHG-2027-999999');
  });

  it('when the sequence passes 999999, grows to seven digits instead of wrapping', () => {
    // given / when / then
    expect(formatRecordNumber('INC', 2026, 1_000_000)).to.equal('INC-2026-1000000');
    expect(formatRecordNumber('INC', 2026, 1_234_567)).to.equal('INC-2026-1234567');
  });

  it('when the prefix is not two to four capitals, refuses before touching the database', async () => {
    // given
    const trx = {} as Knex.Transaction;
    // when / then
    for (const prefix of ['inc', 'I', 'INCID', 'IN-C', '', 'INC; drop table x']) {
      let error: unknown;
      try {
        await allocateRecordNumber(trx, prefix, new Date());
      } catch (err) {
        error = err;
      }
      expect(error, prefix).to.be.instanceOf(Error);
      expect((error as Error).message).to.match(/prefix/);
    }
  });
});
