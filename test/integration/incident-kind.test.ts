import { expect } from 'chai';
import { api } from '../helpers/api.ts';
import { deployWorkflows, reportIncident, seeded } from '../helpers/incidents.ts';

interface CoreRecord extends Record<string, unknown> {
  number: string;
  sla: { clockType: string; dueAt: string | null; state: string }[];
}

/**
 * Where a field of `GET /api/incidents/:id` (api.md) is in `GET /api/records/incident/:id`
 * when the core names it otherwise; every other field has the same name there.
 */
const CORE_NAME: Record<string, string> = {
  type: 'incidentType',
  major: 'isMajor',
  security: 'isSecurity',
};

/** Values compared as instants (api.md answers them in Asia/Shanghai, the core in UTC). */
const instant = (v: unknown) => (typeof v === 'string' ? new Date(v).getTime() : v);

describe('incidents on the record core: /api/records/incident', function () {
  this.timeout(120_000);
  let ref: Awaited<ReturnType<typeof seeded>>;

  before(async () => {
    await deployWorkflows();
    ref = await seeded();
  });

  it('answers every field of GET /api/incidents/:id with the same value, and its history', async () => {
    // given
    const reported = await reportIncident({
      title: '核心记录 VPN 无法连接',
      description: '总部 VPN 网关拒绝连接',
      impact: 2,
      urgency: 2,
      customerId: ref.customer.id,
      serviceId: ref.ordinary.id,
      ciId: ref.ci7.id,
    });
    // when
    const legacy = await api<Record<string, unknown>>('GET', `/api/incidents/${reported.number}`, {
      as: 'service-desk',
    });
    const core = await api<CoreRecord>('GET', `/api/records/incident/${reported.number}`, {
      as: 'service-desk',
    });
    const history = await api<{ items: { action: string; actor: string }[] }>(
      'GET',
      `/api/records/incident/${reported.number}/history`,
      { as: 'service-desk' },
    );
    // then
    expect(legacy.status).to.equal(200);
    expect(core.status, JSON.stringify(core.body)).to.equal(200);
    const different: string[] = [];
    for (const [name, value] of Object.entries(legacy.body)) {
      if (['reporter', 'sla', 'history', 'ciIds'].includes(name)) continue;
      const coreValue = core.body[CORE_NAME[name] ?? name];
      const same = name.endsWith('At')
        ? instant(coreValue) === instant(value)
        : JSON.stringify(coreValue) === JSON.stringify(value);
      if (!same)
        different.push(`${name}: ${JSON.stringify(value)} vs ${JSON.stringify(coreValue)}`);
    }
    expect(different).to.deep.equal([]);
    expect(core.body).to.deep.include({
      type: 'incident',
      incidentType: null,
      title: '核心记录 VPN 无法连接',
      reporterName: '王伟',
      reporterContact: '138 0000 0000',
      customerId: ref.customer.id,
    });
    const sla = legacy.body.sla as { responseDueAt: string; resolutionDueAt: string };
    const due = (type: string) => core.body.sla.find((c) => c.clockType === type)?.dueAt;
    expect(instant(due('response'))).to.equal(instant(sla.responseDueAt));
    expect(instant(due('resolution'))).to.equal(instant(sla.resolutionDueAt));
    expect(history.status).to.equal(200);
    expect(history.body.items[0]).to.deep.include({ action: 'status', actor: 'service-desk' });
  });

  it('lists and filters incidents, exports them, and leaves the commands to /api/incidents', async () => {
    // given
    const p1 = await reportIncident({
      title: '核心记录 全网中断',
      impact: 1,
      urgency: 1,
      serviceId: ref.critical.id,
    });
    // when
    const list = await api<{ items: CoreRecord[]; total: number }>(
      'GET',
      `/api/records/incident?priority=P1&q=${encodeURIComponent('核心记录')}`,
      { as: 'incident-manager' },
    );
    const exported = await api<string>(
      'GET',
      `/api/records/incident/export?format=csv&priority=P1&q=${encodeURIComponent('核心记录')}`,
      { as: 'incident-manager' },
    );
    const command = await api('POST', `/api/records/incident/${p1.number}/cancel`, {
      as: 'incident-manager',
      body: { comment: 'x' },
    });
    const kinds = await api<{ items: { type: string; ownRoutes: boolean; path: string }[] }>(
      'GET',
      '/api/record-kinds',
      { as: 'service-desk' },
    );
    // then
    expect(list.status).to.equal(200);
    expect(list.body.items.map((i) => i.number)).to.deep.equal([p1.number]);
    expect(exported.status).to.equal(200);
    expect(String(exported.body)).to.include(p1.number).and.include('核心记录 全网中断');
    expect(command.status, 'the incident commands are at /api/incidents').to.be.oneOf([404, 405]);
    expect(kinds.body.items.find((k) => k.type === 'incident')).to.deep.include({
      ownRoutes: true,
      path: '/api/incidents',
      canCreate: true,
    });
  });

  it('creates an incident on the core by the rules of a report: priority from the matrix, clocks, process, and once per request id', async () => {
    // given
    const body = {
      title: '核心创建 门禁系统故障',
      channel: 'web',
      reporterName: '李娜',
      impact: 1,
      urgency: 1,
      serviceId: ref.critical.id,
      requestId: `core-create-${Date.now()}`,
    };
    // when
    const first = await api<CoreRecord>('POST', '/api/records/incident', {
      as: 'service-desk',
      body,
    });
    const again = await api<CoreRecord>('POST', '/api/records/incident', {
      as: 'service-desk',
      body,
    });
    const detail = await api<CoreRecord>('GET', `/api/records/incident/${first.body.number}`, {
      as: 'service-desk',
    });
    // then
    expect(first.status, JSON.stringify(first.body)).to.equal(201);
    expect(first.body).to.deep.include({
      type: 'incident',
      status: 'new',
      priority: 'P1',
      assignmentGroup: 'service-desk',
      reporterName: '李娜',
      serviceId: ref.critical.id,
    });
    expect(first.body.number).to.match(/^INC-\d{4}-\d{6}$/);
    expect(first.body.processInstanceKey).to.be.a('string');
    expect(again.status).to.equal(200);
    expect(again.body.number).to.equal(first.body.number);
    expect(detail.body.sla.map((c) => c.clockType).sort()).to.deep.equal([
      'resolution',
      'response',
    ]);
    const reports = await api<{ total: number }>(
      'GET',
      `/api/incidents?q=${encodeURIComponent('核心创建 门禁系统故障')}`,
      { as: 'service-desk' },
    );
    expect(reports.body.total).to.equal(1);
  });

  it('refuses a bad create on the core with 400 naming each field, and a customer the reporter may not choose with 403', async () => {
    // when
    const bad = await api<{ error: { details: { field: string }[] } }>(
      'POST',
      '/api/records/incident',
      { as: 'service-desk', body: { channel: 'pigeon', impact: 4, urgency: 2 } },
    );
    const foreign = await api('POST', '/api/records/incident', {
      as: 'resolver-l2',
      body: {
        title: 'x',
        channel: 'phone',
        reporterName: 'x',
        impact: 3,
        urgency: 3,
        customerId: ref.customer.id,
      },
    });
    // then
    expect(bad.status).to.equal(400);
    expect(bad.body.error.details.map((d) => d.field).sort()).to.deep.equal([
      'channel',
      'impact',
      'reporterName',
      'title',
    ]);
    expect(foreign.status).to.equal(403);
  });
});
