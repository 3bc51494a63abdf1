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

  it('lists and filters incidents, exports them, and leaves reporting and commands to /api/incidents', async () => {
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
    const created = await api('POST', '/api/records/incident', {
      as: 'service-desk',
      body: { title: 'x', channel: 'phone', reporterName: 'x', impact: 3, urgency: 3 },
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
    expect(created.status).to.be.oneOf([404, 405]);
    expect(kinds.body.items.find((k) => k.type === 'incident')).to.deep.include({
      ownRoutes: true,
      path: '/api/incidents',
    });
  });
});
