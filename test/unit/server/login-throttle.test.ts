import { expect } from 'chai';
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  addressKey,
  afterFailure,
  NO_FAILURES,
  retryAfterSeconds,
  type ThrottleState,
} from '../../../lib/auth/login-throttle.ts';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);

/** The state after failures at the given minutes after T0, from no failures. */
function failAt(minutes: number[], rule = ACCOUNT_RULE): ThrottleState & { lockedNow: boolean } {
  let state: ThrottleState & { lockedNow: boolean } = { ...NO_FAILURES, lockedNow: false };
  for (const m of minutes) state = afterFailure(state, rule, T0 + m * MINUTE);
  return state;
}

describe('login throttling policy', () => {
  it('when an account fails 4 times in 15 minutes, it is not locked', () => {
    // given / when
    const state = failAt([0, 1, 2, 3]);
    // then
    expect(state.lockedNow).to.equal(false);
    expect(state.lockedUntil).to.equal(null);
    expect(state.failures).to.equal(4);
  });

  it('when an account fails the 5th time within 15 minutes, it is locked for 1 minute from then', () => {
    // given / when
    const state = failAt([0, 1, 2, 3, 4]);
    // then
    expect(state.lockedNow).to.equal(true);
    expect(state.lockedUntil).to.equal(T0 + 5 * MINUTE);
    expect(state.lockouts).to.equal(1);
    expect(state.failures).to.equal(0);
  });

  it('when failures are spread over more than 15 minutes, the window starts again and nothing locks', () => {
    // given / when: 4 failures, then 4 more 15 minutes after the first
    const state = failAt([0, 1, 2, 3, 15, 16, 17, 18]);
    // then
    expect(state.lockedUntil).to.equal(null);
    expect(state.failures).to.equal(4);
  });

  it('when locks follow one another, each lasts twice as long, up to 15 minutes', () => {
    // given: each round of 5 failures starts when the previous lock ends
    const lockMinutes: number[] = [];
    let state: ThrottleState = NO_FAILURES;
    let t = T0;
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 5; i++) state = afterFailure(state, ACCOUNT_RULE, t + i * 1000);
      // when
      lockMinutes.push((state.lockedUntil! - (t + 4000)) / MINUTE);
      t = state.lockedUntil!;
    }
    // then
    expect(lockMinutes).to.deep.equal([1, 2, 4, 8, 15, 15]);
  });

  it('when a whole window passes without failures after a lock ended, the next lock is short again', () => {
    // given: a first lock (ends at minute 5), a second (5 failures from minute 5: ends at 6 + 2)
    const twice = failAt([0, 1, 2, 3, 4, 5, 5, 5, 5, 6]);
    expect(twice.lockouts).to.equal(2);
    expect(twice.lockedUntil).to.equal(T0 + 8 * MINUTE);
    // when: the next failures come 15 minutes after that lock ended
    let state: ThrottleState = twice;
    for (let i = 0; i < 5; i++) state = afterFailure(state, ACCOUNT_RULE, T0 + (23 + i) * MINUTE);
    // then
    expect(state.lockouts).to.equal(1);
    expect(state.lockedUntil).to.equal(T0 + 28 * MINUTE);
  });

  it('when the window ends but the lock ended less than a window ago, the doubling goes on', () => {
    // given: a first lock from minute 4 to 5
    const once = failAt([0, 1, 2, 3, 4]);
    // when: 5 failures from minute 19 (window over, lock ended 14 minutes ago)
    let state: ThrottleState = once;
    for (let i = 0; i < 5; i++) state = afterFailure(state, ACCOUNT_RULE, T0 + (19 + i) * MINUTE);
    // then
    expect(state.lockouts).to.equal(2);
    expect(state.lockedUntil).to.equal(T0 + 25 * MINUTE);
  });

  it('when an address fails 19 times it is open, at the 20th it locks', () => {
    // given / when
    const minutes = Array.from({ length: 20 }, (_, i) => i * 0.5);
    const before = failAt(minutes.slice(0, 19), ADDRESS_RULE);
    const after = failAt(minutes, ADDRESS_RULE);
    // then
    expect(before.lockedUntil).to.equal(null);
    expect(after.lockedNow).to.equal(true);
    expect(after.lockedUntil).to.equal(T0 + 9.5 * MINUTE + MINUTE);
  });

  it('when asked how long to wait, answers whole seconds rounded up, and 0 once the lock ended', () => {
    // given
    const until = T0 + 60_000;
    // when / then
    expect(retryAfterSeconds(until, T0)).to.equal(60);
    expect(retryAfterSeconds(until, T0 + 59_001)).to.equal(1);
    expect(retryAfterSeconds(until, T0 + 59_999)).to.equal(1);
    expect(retryAfterSeconds(until, until)).to.equal(0);
    expect(retryAfterSeconds(null, T0)).to.equal(0);
  });
});

describe('login throttling: the key of a client address', () => {
  it('when the address is IPv4, plain or IPv4-mapped, the key is the address', () => {
    expect(addressKey('192.0.2.7')).to.equal('192.0.2.7');
    expect(addressKey('::ffff:127.0.0.1')).to.equal('127.0.0.1');
    expect(addressKey('::FFFF:192.0.2.7')).to.equal('192.0.2.7');
  });

  it('when the address is IPv6, the key is its /64 network, however it is written', () => {
    const expected = '2001:db8:0:1::/64';
    for (const ip of [
      '2001:db8:0:1::1',
      '2001:0db8:0000:0001:ffff:ffff:ffff:ffff',
      '2001:db8:0:1:a::b',
      '2001:db8:0:1::',
      '2001:db8:0:1::1%eth0',
    ])
      expect(addressKey(ip), ip).to.equal(expected);
    expect(addressKey('::1')).to.equal('0:0:0:0::/64');
    expect(addressKey('2001:db8::1')).to.equal('2001:db8:0:0::/64');
    expect(addressKey('2001:db8:0:2::1')).not.to.equal(expected);
  });
});
