import { expect } from 'chai';
import {
  hashPassword,
  needsRehash,
  SCRYPT_N,
  UNKNOWN_USER_HASH,
  verifyPassword,
} from '../../../server/auth/passwords.ts';

/** verifyPassword's answer, or the error it threw. */
async function outcome(password: string, stored: string): Promise<unknown> {
  try {
    return await verifyPassword(password, stored);
  } catch (err) {
    return err;
  }
}

describe('password hashing', () => {
  it('when a password is hashed, verifies with the same password', async () => {
    // given
    const hash = await hashPassword('correct horse battery staple');
    // when
    const ok = await verifyPassword('correct horse battery staple', hash);
    // then
    expect(ok).to.equal(true);
    expect(hash).to.match(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(hash).not.to.include('correct horse');
  });

  it('when the password is wrong, does not verify', async () => {
    // given
    const hash = await hashPassword('s3cret-password');
    // when / then
    expect(await verifyPassword('s3cret-passworD', hash)).to.equal(false);
    expect(await verifyPassword('', hash)).to.equal(false);
    expect(await verifyPassword('s3cret-password ', hash)).to.equal(false);
  });

  it('when the same password is hashed twice, the hashes differ (random salt) and both verify', async () => {
    // given / when
    const a = await hashPassword('same-password');
    const b = await hashPassword('same-password');
    // then
    expect(a).not.to.equal(b);
    expect(await verifyPassword('same-password', a)).to.equal(true);
    expect(await verifyPassword('same-password', b)).to.equal(true);
  });

  it('when the stored hash is malformed, answers false instead of throwing', async () => {
    // given
    const good = await hashPassword('pw-123456');
    const [, , , , salt, key] = good.split('$');
    const malformed = [
      '',
      'pw-123456',
      'bcrypt$16384$8$1$AAAA$AAAA',
      'scrypt$16384$8$1$AAAA',
      `scrypt$abc$8$1$${salt}$${key}`,
      `scrypt$0$8$1$${salt}$${key}`,
      `scrypt$16384$8$1$${salt}$`,
      `scrypt$16384$8$1$${salt}$${key}$extra`,
    ];
    // when / then
    for (const stored of malformed) {
      expect(await outcome('pw-123456', stored), `against "${stored}"`).to.equal(false);
    }
  });

  it('when the stored hash has parameters scrypt refuses, answers false instead of throwing', async () => {
    // given: N not a power of two, negative, or beyond the memory limit
    const good = await hashPassword('pw-123456');
    const [, , , , salt, key] = good.split('$');
    const refused = [
      `scrypt$1000$8$1$${salt}$${key}`,
      `scrypt$-16384$8$1$${salt}$${key}`,
      `scrypt$1099511627776$8$1$${salt}$${key}`,
    ];
    // when / then
    for (const stored of refused) {
      expect(await outcome('pw-123456', stored), `against "${stored}"`).to.equal(false);
    }
  });

  it('when a hash was made at an older, lower cost, it still verifies and is marked for rehashing', async () => {
    // given
    const old = await hashPassword('pw-older-cost', 2 ** 12);
    const today = await hashPassword('pw-older-cost');
    // when / then
    expect(old.split('$')[1]).to.equal('4096');
    expect(await verifyPassword('pw-older-cost', old)).to.equal(true);
    expect(needsRehash(old)).to.equal(true);
    expect(today.split('$')[1]).to.equal(String(SCRYPT_N));
    expect(needsRehash(today)).to.equal(false);
  });

  it('when the user is unknown, the hash verified against has the same cost as real ones and never matches', async () => {
    // given
    const real = await hashPassword('pw-123456');
    // when / then
    expect(UNKNOWN_USER_HASH.split('$').slice(0, 4)).to.deep.equal(real.split('$').slice(0, 4));
    expect(await verifyPassword('', UNKNOWN_USER_HASH)).to.equal(false);
    expect(await verifyPassword('pw-123456', UNKNOWN_USER_HASH)).to.equal(false);
  });

  it('when a stored hash asks for more memory than allowed (N=2^18, r=8), answers false without deriving', async () => {
    // given
    const good = await hashPassword('pw-123456');
    const [, , , , salt, key] = good.split('$');
    // when / then
    expect(await outcome('pw-123456', `scrypt$${2 ** 18}$8$1$${salt}$${key}`)).to.equal(false);
  });
});
