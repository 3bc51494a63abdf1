import { expect } from 'chai';
import {
  canSee,
  COCKPIT_ROLES,
  INTERNAL_ROLES,
  isInternal,
  isOwnCustomers,
  mayReportFor,
  scopeFilter,
  scopeOf,
  STAFF_ROLES,
} from '../../../server/access/record-access.ts';
import { ROLE_IDS } from '../../../server/auth/roles.ts';
import { COCKPIT_ROLES as UI_COCKPIT_ROLES } from '../../../ui/src/cockpit/roles.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

const user = (username: string, roles: string[], customerId?: string) => ({
  username,
  roles,
  ...(customerId ? { customerId } : {}),
});

const contactOfB = user('contact-b', ['customer-contact', 'requester'], B);
const deskAgent = user('service-desk', ['service-desk', 'requester']);
const finance = user('finance', ['finance', 'requester']);
const incidentOfA = { customerId: A, createdBy: 'service-desk' };

describe('record access rule (server/access/record-access.ts)', () => {
  it('scopes staff to all records, a contact to their customer, anyone else to their own', () => {
    expect(scopeOf(deskAgent)).to.deep.equal({ kind: 'all' });
    expect(scopeOf(contactOfB)).to.deep.equal({ kind: 'customer', customerId: B });
    expect(scopeOf(user('lost', ['customer-contact']))).to.deep.equal({
      kind: 'customer',
      customerId: null,
    });
    expect(scopeOf(finance)).to.deep.equal({ kind: 'own', username: 'finance' });
  });

  it('lets a contact of B see none of A’s records, and a requester only what they created', () => {
    expect(canSee(incidentOfA, contactOfB)).to.equal(false);
    expect(canSee({ customerId: B, createdBy: 'x' }, contactOfB)).to.equal(true);
    expect(canSee({ customerId: null }, user('lost', ['customer-contact']))).to.equal(false);
    expect(canSee(incidentOfA, finance)).to.equal(false);
    expect(canSee({ customerId: A, createdBy: 'finance' }, finance)).to.equal(true);
    expect(canSee(incidentOfA, deskAgent)).to.equal(true);
    // the customer part alone (customer-scoped task queues), whatever other roles the user has
    expect(isOwnCustomers(incidentOfA, { ...deskAgent, customerId: B })).to.equal(false);
    expect(isOwnCustomers({ customerId: B }, contactOfB)).to.equal(true);
    expect(isOwnCustomers({ customerId: null }, deskAgent)).to.equal(false);
  });

  it('turns a scope into column filters (a contact without a customer matches no row)', () => {
    expect(scopeFilter({ kind: 'all' })).to.deep.equal({});
    expect(scopeFilter({ kind: 'own', username: 'u' })).to.deep.equal({ createdBy: 'u' });
    expect(scopeFilter({ kind: 'customer', customerId: B })).to.deep.equal({ customerId: B });
    expect(scopeFilter({ kind: 'customer', customerId: null })).to.deep.equal({
      customerId: '00000000-0000-0000-0000-000000000000',
    });
  });

  it('lets only the service desk (and incident manager, admin) report for another customer', () => {
    expect(mayReportFor(A, deskAgent)).to.equal(true);
    expect(mayReportFor(A, user('lead', ['service-desk-lead']))).to.equal(true);
    expect(mayReportFor(A, user('im', ['incident-manager']))).to.equal(true);
    expect(mayReportFor(A, user('auditor', ['auditor', 'requester']))).to.equal(false);
    expect(mayReportFor(A, user('l2', ['resolver-l2']))).to.equal(false);
    expect(mayReportFor(A, contactOfB)).to.equal(false);
    expect(mayReportFor(B, contactOfB)).to.equal(true);
    expect(mayReportFor(undefined, finance)).to.equal(true);
  });

  it('keeps the role lists consistent: cockpit roles see all records, the UI shows the cockpit to the same roles', () => {
    for (const role of COCKPIT_ROLES) expect(STAFF_ROLES, role).to.include(role);
    for (const role of STAFF_ROLES) expect(INTERNAL_ROLES, role).to.include(role);
    expect(INTERNAL_ROLES).to.not.include.members(['customer-contact']);
    expect(INTERNAL_ROLES).to.not.include.members(['requester']);
    expect(INTERNAL_ROLES.length).to.equal(ROLE_IDS.length - 2);
    expect([...UI_COCKPIT_ROLES].sort()).to.deep.equal([...COCKPIT_ROLES].sort());
    expect(isInternal(contactOfB)).to.equal(false);
    expect(isInternal(user('r', ['requester']))).to.equal(false);
    expect(isInternal(finance)).to.equal(true);
  });
});
