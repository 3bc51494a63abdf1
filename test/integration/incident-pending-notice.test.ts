/**
 * §1 / §0.5 rule 2: the customer is told when their incident goes pending and when work on it
 * resumes, once per transition. Through the API as the service desk acts, on the real engine;
 * the notices are read as the customer contact sees them (in-app) and as mail arrives.
 */
import { expect } from 'chai';
import { api, waitFor } from '../helpers/api.ts';
import { deployWorkflows, seeded, triagedIncident } from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

interface NotificationRow {
  channel: string;
  recipient_type: string;
  recipient: string;
  template: string;
  data: Record<string, unknown>;
}

const db = () => testContext().platform.db;

function noticesOf(number: string, template: string): Promise<NotificationRow[]> {
  return db()('notifications').where({ record_number: number, template }).orderBy('recipient');
}

describe('incident pending and resumed: the customer is told (§1, §0.5)', function () {
  this.timeout(180_000);
  let ref: Awaited<ReturnType<typeof seeded>>;

  before(async () => {
    await deployWorkflows();
    ref = await seeded();
  });

  it('when the service desk sets the incident pending and resumes it, the customer contact gets one notice of each, in both languages', async () => {
    // given: an incident of CUST-A (customer of the development user customer-contact) in progress
    const created = await triagedIncident(
      '打印队列卡住 / print queue stuck',
      ref.customer.id,
      ref.ordinary.id,
    );
    const mailTo = 'customer-contact@itsm.local';
    const mailsAbout = (subject: RegExp) =>
      testContext().mail.messages.filter(
        (m) =>
          m.to.includes(mailTo) && m.subject.includes(created.number) && subject.test(m.subject),
      );

    // when: the service desk waits for the customer's information
    const paused = await api<{ status: string }>('POST', `/api/incidents/${created.number}/pause`, {
      as: 'service-desk',
      body: { reason: 'awaiting_customer_information' },
    });

    // then: one pending notice to the contact, naming the reason in both languages
    expect(paused.status, JSON.stringify(paused.body)).to.equal(200);
    const pending = await noticesOf(created.number, 'incident.pending');
    expect(pending.filter((n) => n.channel === 'in-app').map((n) => n.recipient)).to.deep.equal([
      'customer-contact',
    ]);
    expect(pending[0]!.data).to.include({
      reasonZh: '等待客户提供信息',
      reasonEn: 'Awaiting information from the customer',
    });
    const pendingMail = await waitFor('the pending mail', async () => mailsAbout(/on hold/)[0]);
    expect(pendingMail.subject).to.include('等待客户提供信息');
    expect(pendingMail.text).to.include('Awaiting information from the customer');

    // when: a second pause is refused (already pending), then two resume at the same moment
    const again = await api('POST', `/api/incidents/${created.number}/pause`, {
      as: 'service-desk',
      body: { reason: 'customer_hold' },
    });
    expect(again.status).to.equal(409);
    const resumes = await Promise.all(
      [1, 2].map(() =>
        api<{ status: string }>('POST', `/api/incidents/${created.number}/resume`, {
          as: 'service-desk',
          body: {},
        }),
      ),
    );

    // then: in progress again, and one resumed notice (in-app and mail) for the one transition
    for (const r of resumes) expect(r.status, JSON.stringify(r.body)).to.equal(200);
    const resumed = await noticesOf(created.number, 'incident.resumed');
    expect(resumed.filter((n) => n.channel === 'in-app').map((n) => n.recipient)).to.deep.equal([
      'customer-contact',
    ]);
    await waitFor('the resumed mail', async () => mailsAbout(/has resumed/)[0]);
    expect(mailsAbout(/has resumed/)).to.have.length(1);
    expect(mailsAbout(/on hold/)).to.have.length(1);
    expect(await noticesOf(created.number, 'incident.pending')).to.have.length(pending.length);
  });
});
