/**
 * §0.8: `Msg_MajorIncidentDeclared` and `Msg_SecurityIncidentRaised` are keyed by the incident
 * number, so an incident has at most one major-incident instance however many declare it at
 * once, and a declaration that started nothing is closed in the outbox, never published again.
 * On the real engine and Postgres, through the API as the service desk and incident managers act.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { api, deployFixture, waitFor } from '../helpers/api.ts';
import {
  deployWorkflows,
  openTask,
  reportIncident,
  seeded,
  triagedIncident,
  triage,
  work,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

interface OutboxRow {
  correlation_key: string;
  message_key: string | null;
  publish_count: number;
  started_instance_key: string | null;
  closed_at: Date | null;
  closed_reason: string | null;
}

const db = () => testContext().platform.db;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function outboxOf(number: string, messageName: string): Promise<OutboxRow[]> {
  return db()('published_messages')
    .where({ source_number: number, message_name: messageName })
    .orderBy('published_at');
}

async function majorInstancesOf(number: string): Promise<{ key: string; state: string }[]> {
  return db()('process_instances')
    .where({ process_id: 'major-incident', record_number: number })
    .select('key', 'state');
}

describe('incident messages keyed by the incident number (§0.8)', function () {
  this.timeout(180_000);
  let ref: Awaited<ReturnType<typeof seeded>>;

  before(async () => {
    await deployWorkflows();
    ref = await seeded();
  });

  it('when two incident managers declare one incident major at once, one major-incident instance starts, and after a redeploy the second declaration is closed, not published again', async () => {
    // given: an incident in progress, not major
    const created = await triagedIncident(
      '两人同时宣布 / declared twice at once',
      ref.customer.id,
      ref.ordinary.id,
    );

    // when: both declare it at the same moment
    const declare = () =>
      api<{ major: boolean }>('POST', `/api/incidents/${created.number}/declare-major`, {
        as: 'incident-manager',
        body: { reason: '多个客户受影响 / several customers affected' },
      });
    const answers = await Promise.all([declare(), declare()]);

    // then: both were accepted, both messages went out keyed by the incident number …
    for (const a of answers) expect(a.status, JSON.stringify(a.body)).to.equal(200);
    const rows = await outboxOf(created.number, 'Msg_MajorIncidentDeclared');
    expect(rows.map((r) => r.correlation_key)).to.deep.equal([created.number, created.number]);
    // … and one instance started (time for a second one to show in the read model)
    await waitFor('one declaration to start major-incident', async () =>
      (await outboxOf(created.number, 'Msg_MajorIncidentDeclared')).some(
        (r) => r.started_instance_key,
      ),
    );
    await sleep(3_000);
    const instances = await majorInstancesOf(created.number);
    expect(instances, 'major-incident instances of the incident').to.have.length(1);
    const [started, other] = await outboxOf(created.number, 'Msg_MajorIncidentDeclared').then(
      (all) => [all.find((r) => r.started_instance_key), all.find((r) => !r.started_instance_key)],
    );
    expect(started?.started_instance_key).to.equal(instances[0]!.key);
    expect(other, 'the declaration that started nothing').to.not.equal(undefined);

    // when: major-incident is deployed again (a new version)
    const xml = readFileSync('workflows/major-incident.bpmn', 'utf8');
    await deployFixture('major-incident', `${xml}\n<!-- redeployed for ${created.number} -->\n`);
    await sleep(5_000); // the relay runs every 2 s

    // then: the second declaration is closed and was not published again; still one instance
    const after = await outboxOf(created.number, 'Msg_MajorIncidentDeclared');
    const closed = after.find((r) => !r.started_instance_key)!;
    expect(closed.publish_count, 'published once').to.equal(1);
    expect(closed.closed_reason).to.equal('correlation-key-started');
    expect(closed.closed_at).to.not.equal(null);
    expect(await majorInstancesOf(created.number)).to.have.length(1);
  });

  it('when triage finds a security aspect, Msg_SecurityIncidentRaised is keyed by the incident number', async () => {
    // given
    const created = await reportIncident({
      title: '可疑登录 / suspicious sign-ins',
      impact: 3,
      urgency: 2,
      customerId: ref.customer.id,
    });
    // when
    await work(
      await openTask(created.number, 'UserTask_Triage', 'service-desk'),
      'service-desk',
      triage(ref.ordinary.id, { isSecurity: true }),
    );
    // then
    const [row] = await waitFor('the security message in the outbox', async () => {
      const all = await outboxOf(created.number, 'Msg_SecurityIncidentRaised');
      return all.length ? all : undefined;
    });
    expect(row!.correlation_key).to.equal(created.number);
  });
});
