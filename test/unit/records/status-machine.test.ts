import { expect } from 'chai';
import type { StatusMachine } from '../../../lib/records/kind.ts';
import {
  checkTransition,
  isFinal,
  reachableStatuses,
  TransitionError,
} from '../../../lib/records/status-machine.ts';

const l = (s: string) => ({ en: s, 'zh-CN': s });
const machine: StatusMachine = {
  initial: 'new',
  labels: { new: l('New'), open: l('Open'), done: l('Done'), orphan: l('Orphan') },
  final: ['done'],
  transitions: { new: ['open'], open: ['done', 'new'] },
};

describe('records/status-machine', () => {
  it('allows a move the machine lists', () => {
    // given / when / then
    expect(() => checkTransition(machine, 'new', 'open')).not.to.throw();
    expect(() => checkTransition(machine, 'open', 'done')).not.to.throw();
  });

  it('allows staying in the same status (a worker that runs twice)', () => {
    expect(() => checkTransition(machine, 'open', 'open')).not.to.throw();
  });

  it('refuses a move the machine does not list, naming what the status allows', () => {
    // when
    const attempt = () => checkTransition(machine, 'new', 'done');
    // then
    expect(attempt)
      .to.throw(TransitionError)
      .with.property('message', 'The record is new; from there it may move to open, not done');
  });

  it('refuses any move out of a final status: a closed record is read-only', () => {
    expect(() => checkTransition(machine, 'done', 'open')).to.throw(
      /final status: it is read-only/,
    );
  });

  it('refuses a status the kind does not have', () => {
    expect(() => checkTransition(machine, 'new', 'cancelled')).to.throw(
      '"cancelled" is not a status of this kind',
    );
  });

  it('knows final statuses and which statuses can be reached', () => {
    expect(isFinal(machine, 'done')).to.equal(true);
    expect(isFinal(machine, 'open')).to.equal(false);
    expect([...reachableStatuses(machine)].sort()).to.deep.equal(['done', 'new', 'open']);
  });
});
