import { expect } from 'chai';
import {
  engineDate,
  keyOf,
  parseRecordJson,
  toEngineRecord,
} from '../../../db/projector/engine-record.ts';

describe('engine records as the projector reads them', () => {
  it('when a key exceeds what a JS number holds exactly, keeps it as the exact string', () => {
    // given
    const text =
      '{"key": 9007199254740993, "position": 12, "value": {"processInstanceKey": 4503599627370497, "jobKey": -1}}';
    // when
    const json = parseRecordJson(text);
    const record = toEngineRecord({
      ...json,
      partitionId: 1,
      valueType: 'JOB',
      intent: 'CREATED',
      timestamp: 0,
    });
    // then
    expect(record.key).to.equal('9007199254740993');
    expect(record.position).to.equal(12);
    expect(keyOf(record.value, 'processInstanceKey')).to.equal('4503599627370497');
    expect(keyOf(record.value, 'jobKey')).to.equal(undefined);
  });

  it('when an engine date carries a zone id, parses the instant and ignores the id', () => {
    // given / when / then
    expect(engineDate('2026-11-23T23:46:13.194Z[Etc/UTC]')?.toISOString()).to.equal(
      '2026-11-23T23:46:13.194Z',
    );
    expect(engineDate('2026-11-24T07:46:13+08:00[Asia/Shanghai]')?.toISOString()).to.equal(
      '2026-11-23T23:46:13.000Z',
    );
    expect(engineDate('')).to.equal(undefined);
    expect(engineDate('not a date')).to.equal(undefined);
  });

  it('when a record is not a JSON object, says so', () => {
    expect(() => parseRecordJson('42')).to.throw('not a JSON object');
  });
});
