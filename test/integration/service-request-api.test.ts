/**
 * The service request routes (processes.md §2) through the HTTP API on the real engine and
 * Postgres: the request catalogue's admin routes (400 naming the field, 403 for others, 409 on
 * a taken code, audited writes, deactivation), the triage form's item picker, who sees which
 * request (requesters their own, customer contacts their customer's, staff all), and the
 * requester's cancellation before fulfilment (409 once fulfilment has started).
 */
import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import { api, waitFor } from '../helpers/api.ts';
import { deployWorkflows, openTask, work } from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

const db = () => testContext().platform.db;
const suffix = String(randomInt(100_000, 999_999));

interface ErrorBody {
  error: { code: string; message: string; details?: { field: string; message: string }[] };
}
interface Item {
  id: string;
  code: string;
  type: string;
  approvalPolicy: string;
  fulfilmentGroup: string;
  defaultImpact: number;
  defaultUrgency: number;
  withinAuthorisedScope: boolean;
  active: boolean;
}
interface RequestView {
  id: string;
  number: string;
  status: string;
  customerId: string | null;
  requesterId: string | null;
  sla: { clockType: string; state: string }[];
}

const fields = (body: ErrorBody) => (body.error.details ?? []).map((d) => d.field);

const newItem = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  nameZh: `测试目录项 ${code}`,
  nameEn: `Test item ${code}`,
  type: 'information',
  fulfilmentGroup: 'service-desk',
  ...extra,
});

async function raise(as: string, title: string): Promise<RequestView> {
  const res = await api<RequestView>('POST', '/api/service-requests', { as, body: { title } });
  expect(res.status, JSON.stringify(res.body)).to.equal(201);
  return res.body;
}

describe('service request routes: the catalogue, scopes and cancellation (§2)', function () {
  this.timeout(120_000);

  before(async () => {
    await deployWorkflows();
  });

  describe('request catalogue', () => {
    it('when an admin adds, changes and deactivates an item, each step answers, is audited, and others read only active items', async () => {
      // given an item code nobody has used
      const code = `REQ-T-${suffix}`;

      // when an admin adds it with the defaults of §2
      const created = await api<Item>('POST', '/api/request-items', {
        as: 'admin',
        body: newItem(code),
      });

      // then it is there with approval policy none and impact/urgency 3/3
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      expect(created.body).to.include({
        code,
        approvalPolicy: 'none',
        defaultImpact: 3,
        defaultUrgency: 3,
        withinAuthorisedScope: true,
        active: true,
      });

      // when the admin changes it to an access item approved by the asset owner and security
      const changed = await api<Item>('PATCH', `/api/request-items/${created.body.id}`, {
        as: 'admin',
        body: {
          type: 'access',
          approvalPolicy: 'asset-owner-and-security',
          approver: 'service-owner',
        },
      });
      expect(changed.status, JSON.stringify(changed.body)).to.equal(200);
      expect(changed.body).to.include({
        type: 'access',
        approvalPolicy: 'asset-owner-and-security',
      });

      // and a requester reads the catalogue: the item is offered
      const offered = await api<{ items: Item[] }>('GET', '/api/request-items', {
        as: 'requester',
      });
      expect(offered.body.items.map((i) => i.code)).to.include(code);

      // when the admin deactivates it
      const gone = await api<Item>('DELETE', `/api/request-items/${created.body.id}`, {
        as: 'admin',
      });
      expect(gone.status).to.equal(200);
      expect(gone.body.active).to.equal(false);

      // then requesters no longer see it, the admin still does, and every write is audited
      const after = await api<{ items: Item[] }>('GET', '/api/request-items', { as: 'requester' });
      expect(after.body.items.map((i) => i.code)).to.not.include(code);
      const hidden = await api('GET', `/api/request-items/${created.body.id}`, { as: 'requester' });
      expect(hidden.status).to.equal(404);
      const all = await api<{ items: Item[] }>('GET', '/api/request-items?includeInactive=true', {
        as: 'admin',
      });
      expect(all.body.items.map((i) => i.code)).to.include(code);
      const audit = await db()('audit_log')
        .where({ table_name: 'request_items', record_id: created.body.id })
        .orderBy('id')
        .select('action');
      expect(audit.map((a: { action: string }) => a.action)).to.deep.equal([
        'create',
        'update',
        'update',
      ]);
    });

    it('when the body is wrong, answers 400 naming the field and writes nothing', async () => {
      const code = `REQ-BAD-${suffix}`;
      const cases: [Record<string, unknown>, string][] = [
        [newItem(code, { type: 'teleportation' }), 'type'],
        [newItem(code, { defaultImpact: 7 }), 'defaultImpact'],
        [newItem(code, { approvalPolicy: 'anyone' }), 'approvalPolicy'],
        [newItem(code, { fulfilmentGroup: 'no-such-group' }), 'fulfilmentGroup'],
        [newItem(code, { approver: 'nobody-at-all' }), 'approver'],
        [newItem(code, { type: 'standard-change' }), 'changeTemplateId'],
        [{ ...newItem(code), nameEn: undefined }, 'nameEn'],
      ];
      for (const [body, field] of cases) {
        // when
        const res = await api<ErrorBody>('POST', '/api/request-items', { as: 'admin', body });
        // then
        expect(res.status, `${field}: ${JSON.stringify(res.body)}`).to.equal(400);
        expect(fields(res.body).join(' '), field).to.include(field);
      }
      expect(await db()('request_items').where({ code }).first()).to.equal(undefined);
    });

    it('when someone other than an admin writes, answers 403; a taken code is a 409; an unknown id a 404', async () => {
      // when the service desk tries to add an item
      const desk = await api<ErrorBody>('POST', '/api/request-items', {
        as: 'service-desk',
        body: newItem(`REQ-DESK-${suffix}`),
      });
      // then
      expect(desk.status).to.equal(403);
      const seeded = await db()('request_items').where({ code: 'REQ-INFO' }).first('id');
      const patch = await api('PATCH', `/api/request-items/${seeded.id}`, {
        as: 'incident-manager',
        body: { active: false },
      });
      expect(patch.status).to.equal(403);

      // when an admin adds a code that exists
      const taken = await api<ErrorBody>('POST', '/api/request-items', {
        as: 'admin',
        body: newItem('REQ-INFO'),
      });
      // then
      expect(taken.status, JSON.stringify(taken.body)).to.equal(409);
      expect(taken.body.error.code).to.equal('DUPLICATE');

      // when an unknown item is asked for
      const unknown = await api('GET', '/api/request-items/00000000-0000-4000-8000-000000000000', {
        as: 'admin',
      });
      expect(unknown.status).to.equal(404);
    });

    it('when the service desk opens the triage, the item picker offers the active items only', async () => {
      // given an inactive item and a new request
      const inactive = await api<Item>('POST', '/api/request-items', {
        as: 'admin',
        body: newItem(`REQ-OFF-${suffix}`, { active: false }),
      });
      expect(inactive.status).to.equal(201);
      const { number } = await raise('requester', '测试选择目录项 / picker test');

      // when the service desk opens the triage task
      const task = await openTask(number, 'UserTask_Triage', 'service-desk');
      const res = await api<{ variables: { itemOptions?: { value: string; label: string }[] } }>(
        'GET',
        `/api/tasks/${task.id}`,
        { as: 'service-desk' },
      );

      // then the active catalogue is offered, labelled with code and name, the inactive not
      const options = res.body.variables.itemOptions ?? [];
      const active = await db()('request_items').where({ active: true }).orderBy('code');
      expect(options.map((o) => o.value)).to.deep.equal(active.map((r: { id: string }) => r.id));
      expect(options.map((o) => o.value)).to.not.include(inactive.body.id);
      expect(options.find((o) => o.label.startsWith('REQ-INFO '))).to.not.equal(undefined);

      // and an item that is not offered is refused naming the field, the task stays open
      await api('POST', `/api/tasks/${task.id}/claim`, { as: 'service-desk' });
      const refused = await api<ErrorBody>('POST', `/api/tasks/${task.id}/complete`, {
        as: 'service-desk',
        body: {
          data: { itemId: inactive.body.id, impact: '3', urgency: '3', valid: true },
        },
      });
      expect(refused.status, JSON.stringify(refused.body)).to.equal(400);
      expect(fields(refused.body)).to.include('itemId');
    });
  });

  describe('service requests', () => {
    it('when a request is created with bad input, answers 400 naming the field and records nothing', async () => {
      const before = await db()('service_requests').count<{ count: string }[]>('id as count');
      const cases: [Record<string, unknown>, string][] = [
        [{}, 'title'],
        [{ title: 'x', impact: '7' }, 'impact'],
        [{ title: 'x', itemId: 'not-a-uuid' }, 'itemId'],
        [{ title: 'x', priority: 'P1' }, 'priority'],
      ];
      for (const [body, field] of cases) {
        const res = await api<ErrorBody>('POST', '/api/service-requests', {
          as: 'requester',
          body,
        });
        expect(res.status, `${field}: ${JSON.stringify(res.body)}`).to.equal(400);
        expect(fields(res.body).join(' '), field).to.include(field);
      }
      const after = await db()('service_requests').count<{ count: string }[]>('id as count');
      expect(after[0]!.count).to.equal(before[0]!.count);
    });

    it("when requests are read, a requester sees their own, a customer contact their customer's, staff all", async () => {
      // given a staff member's request and a customer contact's
      const own = await raise('requester', '需要一台显示器 / a monitor please');
      const contact = await raise('customer-contact', '开通邮箱 / a mailbox please');
      const customerA = await db()('customers').where({ code: 'CUST-A' }).first('id');

      // then the contact's request is their customer's, the requester's is theirs
      expect(contact.customerId).to.equal(customerA.id);
      const stored = await db()('service_requests').where({ number: own.number }).first();
      await waitFor('requester recorded', async () => {
        const row = await db()('service_requests').where({ number: own.number }).first();
        return row.requester_id === 'requester' ? row : undefined;
      });
      expect(stored.created_by).to.equal('requester');

      // when each reads the other's
      const foreign = await api('GET', `/api/service-requests/${contact.number}`, {
        as: 'requester',
      });
      const contactReadsStaff = await api('GET', `/api/service-requests/${own.number}`, {
        as: 'customer-contact',
      });
      // then neither exists for them
      expect(foreign.status).to.equal(404);
      expect(contactReadsStaff.status).to.equal(404);
      // and their lists hold only their own
      const list = await api<{ items: { number: string; createdBy: string }[] }>(
        'GET',
        '/api/service-requests?limit=200',
        { as: 'requester' },
      );
      expect(list.body.items.map((r) => r.createdBy)).to.satisfy((by: string[]) =>
        by.every((u) => u === 'requester'),
      );
      // while the service desk reads both
      for (const n of [own.number, contact.number]) {
        const staff = await api('GET', `/api/service-requests/${n}`, { as: 'service-desk' });
        expect(staff.status, n).to.equal(200);
      }
    });

    it('when triage finds a request not valid, it needs the reason, then rejects it, stops its clocks and tells the requester', async () => {
      // given a new request at its triage
      const info = await db()('request_items').where({ code: 'REQ-INFO' }).first('id');
      const { number } = await raise('requester', '给我整栋楼的门禁 / keys to the whole building');
      const task = await openTask(number, 'UserTask_Triage', 'service-desk');
      await api('POST', `/api/tasks/${task.id}/claim`, { as: 'service-desk' });
      const data = { itemId: info.id, impact: '3', urgency: '3', valid: false, isIncident: false };

      // when the service desk marks it not valid without a reason
      const bare = await api<ErrorBody>('POST', `/api/tasks/${task.id}/complete`, {
        as: 'service-desk',
        body: { data },
      });
      // then the reason is asked for and the task stays open
      expect(bare.status, JSON.stringify(bare.body)).to.equal(400);
      expect(fields(bare.body)).to.include('rejectReason');

      // when it gives the reason
      await work(task, 'service-desk', { ...data, rejectReason: '超出服务范围 / out of scope' });

      // then the request is rejected with it, its clocks stopped, and the requester told
      const rejected = await waitFor(`${number} rejected`, async () => {
        const r = await api<RequestView & { rejectReason: string | null }>(
          'GET',
          `/api/service-requests/${number}`,
          { as: 'service-desk' },
        );
        return r.body.status === 'rejected' ? r.body : undefined;
      });
      expect(rejected.rejectReason).to.equal('超出服务范围 / out of scope');
      expect(rejected.sla.map((c) => c.state)).to.deep.equal(['stopped', 'stopped']);
      const note = await waitFor('the rejection notice', async () =>
        db()('notifications')
          .where({ template: 'service-request.rejected', record_number: number })
          .first(),
      );
      expect(note).to.include({ recipient: 'requester' });
    });

    it('when the asset owner rejects an access request with a reason, the request is rejected and no second approval is asked for', async () => {
      // given an access request at its first approval
      const vpn = await db()('request_items').where({ code: 'REQ-VPN-ACCESS' }).first('id');
      const { number } = await raise('requester', '临时 VPN / temporary VPN');
      await work(await openTask(number, 'UserTask_Triage', 'service-desk'), 'service-desk', {
        itemId: vpn.id,
        impact: '3',
        urgency: '3',
        valid: true,
        isIncident: false,
      });
      const step1 = await openTask(number, 'UserTask_Approve', 'service-owner');

      // when the asset owner rejects it without a reason, then with one
      await api('POST', `/api/tasks/${step1.id}/claim`, { as: 'service-owner' });
      const bare = await api<ErrorBody>('POST', `/api/tasks/${step1.id}/complete`, {
        as: 'service-owner',
        body: { data: { decision: 'reject' } },
      });
      expect(bare.status, JSON.stringify(bare.body)).to.equal(400);
      expect(fields(bare.body)).to.include('comment');
      await work(step1, 'service-owner', {
        decision: 'reject',
        comment: '无业务理由 / no business need',
      });

      // then the request is rejected with the approver's reason
      const rejected = await waitFor(`${number} rejected`, async () => {
        const r = await api<RequestView & { rejectReason: string | null }>(
          'GET',
          `/api/service-requests/${number}`,
          { as: 'service-desk' },
        );
        return r.body.status === 'rejected' ? r.body : undefined;
      });
      expect(rejected.rejectReason).to.equal('无业务理由 / no business need');
      const security = await db()('tasks')
        .where({ element_id: 'UserTask_ApproveSecurity' })
        .whereRaw(
          'process_instance_key in (select process_instance_key from service_requests where number = ?)',
          [number],
        );
      expect(security).to.deep.equal([]);
    });

    it('when the service desk escalates a request, the incident manager is informed and an H2 escalation is recorded; a requester may not escalate', async () => {
      // given a request waiting for triage
      const { number, id } = await raise('requester', '升级测试 / to be escalated');
      await openTask(number, 'UserTask_Triage', 'service-desk');

      // when a requester tries to escalate it
      const own = await api<ErrorBody>('POST', `/api/service-requests/${number}/escalate`, {
        as: 'requester',
        body: { comment: '太慢了 / too slow' },
      });
      // then it is not theirs to do
      expect(own.status).to.equal(403);

      // when the service desk escalates it without a reason
      const bare = await api<ErrorBody>('POST', `/api/service-requests/${number}/escalate`, {
        as: 'service-desk',
        body: {},
      });
      // then the reason is asked for
      expect(bare.status).to.equal(400);
      expect(fields(bare.body)).to.include('comment');

      // when it escalates with a reason
      const done = await api<RequestView>('POST', `/api/service-requests/${number}/escalate`, {
        as: 'service-desk',
        body: { comment: '客户催办 / the customer is chasing' },
      });
      expect(done.status, JSON.stringify(done.body)).to.equal(200);

      // then the process records an H2 escalation by the service desk and informs the manager
      const row = await waitFor('the escalation row', async () =>
        db()('escalations').where({ record_type: 'service-request', record_id: id }).first(),
      );
      expect(row).to.include({
        kind: 'hierarchical',
        to_level: 'H2',
        reason: 'manual',
        by: 'service-desk',
      });
      const note = await waitFor('the notification', async () =>
        db()('notifications')
          .where({ template: 'service-request.escalated', record_number: number })
          .first(),
      );
      expect(note).to.not.equal(undefined);
    });

    it('when the requester cancels before fulfilment, the request is cancelled and its clocks stop; once in fulfilment, a cancel is a 409', async () => {
      // given a new request
      const { number } = await raise('requester', '取消测试 / to be cancelled');
      await openTask(number, 'UserTask_Triage', 'service-desk');

      // when the requester cancels it
      const cancelled = await api<RequestView>('POST', `/api/service-requests/${number}/cancel`, {
        as: 'requester',
        body: { comment: '不再需要 / no longer needed' },
      });

      // then it is cancelled at once, and the process ends with its clocks stopped
      expect(cancelled.status, JSON.stringify(cancelled.body)).to.equal(200);
      expect(cancelled.body.status).to.equal('cancelled');
      await waitFor(`${number} clocks stopped`, async () => {
        const r = await api<RequestView>('GET', `/api/service-requests/${number}`, {
          as: 'service-desk',
        });
        return r.body.sla.length === 2 && r.body.sla.every((c) => c.state === 'stopped')
          ? r.body
          : undefined;
      });
      const again = await api<ErrorBody>('POST', `/api/service-requests/${number}/cancel`, {
        as: 'requester',
        body: {},
      });
      expect(again.status).to.equal(409);

      // given another request that is in fulfilment
      const info = await db()('request_items').where({ code: 'REQ-INFO' }).first('id');
      const second = await raise('requester', '履行中取消 / cancel during fulfilment');
      await work(await openTask(second.number, 'UserTask_Triage', 'service-desk'), 'service-desk', {
        itemId: info.id,
        impact: '3',
        urgency: '3',
        valid: true,
        isIncident: false,
      });
      await openTask(second.number, 'UserTask_Fulfil', 'service-desk');

      // when the requester cancels it
      const late = await api<ErrorBody>('POST', `/api/service-requests/${second.number}/cancel`, {
        as: 'requester',
        body: {},
      });

      // then it is refused naming the status, and the request stays in fulfilment
      expect(late.status, JSON.stringify(late.body)).to.equal(409);
      expect(late.body.error.message).to.include('in_fulfilment');

      // and another requester cannot even see the first one to cancel it
      const stranger = await api('POST', `/api/service-requests/${second.number}/cancel`, {
        as: 'customer-contact',
        body: {},
      });
      expect(stranger.status).to.equal(404);
    });
  });
});
