/**
 * The server side of the web UI (issue 5) through the HTTP API: editing an instance's
 * variables and retrying its incident, monthly KPI series, SLA compliance, element templates
 * from the worker registry, the diagram check without deploying, and version counts.
 */
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { instantAt, localDateOf } from '../../lib/calendar/time-zone.ts';
import { projectRoot } from '../../lib/paths.ts';
import { RECORD_KINDS } from '../../lib/records/kinds/index.ts';
import { api, deployFixture, fixtureXml, instanceInState, startInstance } from '../helpers/api.ts';
import {
  deployWorkflows,
  incidentWhen,
  openTask,
  reportIncident,
  seeded,
  triage,
  work,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

interface ErrorAnswer {
  error: { code: string; message: string; details: { field: string; message: string }[] };
}

interface Kpi {
  id: string;
  actual: number | null;
  numerator: number;
  denominator: number;
}

interface Compliance {
  items: { priority: string; clockType: string; met: number; total: number; rate: number | null }[];
  breachedOpen: { priority: string; clockType: string; count: number }[];
}

interface Template {
  id: string;
  name: string;
  version: number;
  appliesTo: string[];
  elementType: { value: string };
  properties: { type: string; value?: string; binding: { type: string; name?: string } }[];
}

const db = () => testContext().platform.db;
const ZONE = 'Asia/Shanghai';
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** A fixture diagram under its own process id, so this file counts only its own instances. */
function deployAs(fixture: string, processId: string) {
  return deployFixture(processId, fixtureXml(fixture).replaceAll(`"${fixture}"`, `"${processId}"`));
}

async function versionCounts(processId: string) {
  const res = await api<{
    items: { version: number; active: number; completed: number; incident: number }[];
  }>('GET', `/api/processes/${processId}/versions`, { as: 'process-owner' });
  expect(res.status).to.equal(200);
  return res.body.items.map(({ version, active, completed, incident }) => ({
    version,
    active,
    completed,
    incident,
  }));
}

describe('UI support routes (issue 5)', function () {
  this.timeout(120_000);

  it('when a variable broke a worker, the incident manager corrects it and retries the incident, and the instance completes', async () => {
    // given: an instance whose `outcome` breaks the may-fail worker's input schema
    await deployAs('fixture-error-boundary', 'ui-vars');
    const key = await startInstance('ui-vars', { outcome: 42 });
    const failed = await instanceInState(key, 'incident');
    const incidentKey = failed.incidents[0]!.key;
    expect(await versionCounts('ui-vars')).to.deep.equal([
      { version: 1, active: 0, completed: 0, incident: 1 },
    ]);
    const url = `/api/process-instances/${key}/variables`;

    // when: wrong role, bad name, unknown instance
    const forbidden = await api<ErrorAnswer>('PUT', url, {
      as: 'service-desk',
      body: { variables: { outcome: 'pass' } },
    });
    const badName = await api<ErrorAnswer>('PUT', url, {
      as: 'incident-manager',
      body: { variables: { outcome: 'pass', '1st': true } },
    });
    const empty = await api<ErrorAnswer>('PUT', url, {
      as: 'incident-manager',
      body: { variables: {} },
    });
    const unknown = await api<ErrorAnswer>(
      'PUT',
      '/api/process-instances/9999999999999/variables',
      {
        as: 'incident-manager',
        body: { variables: { outcome: 'pass' } },
      },
    );

    // then
    expect(forbidden.status).to.equal(403);
    expect(badName.status).to.equal(400);
    expect(badName.body.error.details.map((d) => d.field)).to.deep.equal(['variables.1st']);
    expect(badName.body.error.message).to.include('"1st"');
    expect(empty.status).to.equal(400);
    expect(unknown.status).to.equal(404);
    expect((await instanceInState(key, 'incident')).variables.outcome, 'unchanged').to.equal(42);

    // when: the incident manager corrects the variable
    const set = await api<{ key: string; variables: Record<string, unknown> }>('PUT', url, {
      as: 'incident-manager',
      body: { variables: { outcome: 'pass', note: { by: 'cockpit', n: [1, 2] } } },
    });

    // then: answered once the instance view shows it, audited with before and after
    expect(set.status, JSON.stringify(set.body)).to.equal(200);
    expect(set.body.variables).to.deep.equal({
      outcome: 'pass',
      note: { by: 'cockpit', n: [1, 2] },
    });
    const shown = await api<{ variables: Record<string, unknown> }>(
      'GET',
      `/api/process-instances/${key}`,
      { as: 'process-owner' },
    );
    expect(shown.body.variables.outcome).to.equal('pass');
    const audit = await db()('audit_log')
      .where({ table_name: 'process_instances', record_id: key })
      .orderBy('id');
    expect(audit.map((a) => [a.action, a.actor, a.before, a.after])).to.deep.equal([
      [
        'set-variables',
        'incident-manager',
        { outcome: 42 },
        { outcome: 'pass', note: { by: 'cockpit', n: [1, 2] } },
      ],
    ]);

    // when: the incident manager retries the incident
    const resolved = await api(
      'POST',
      `/api/process-instances/${key}/incidents/${incidentKey}/resolve`,
      { as: 'incident-manager' },
    );

    // then
    expect(resolved.status).to.equal(204);
    const done = await instanceInState(key, 'completed');
    expect(done.variables.passed).to.equal(true);
    expect(await versionCounts('ui-vars')).to.deep.equal([
      { version: 1, active: 0, completed: 1, incident: 0 },
    ]);
    const late = await api<ErrorAnswer>('PUT', url, {
      as: 'process-owner',
      body: { variables: { outcome: 'reject' } },
    });
    expect(late.status).to.equal(409);
  });

  it('when one incident has been responded to, SLA compliance counts its response clock and the monthly KPI series matches /api/kpis month by month', async () => {
    // given
    await deployWorkflows();
    const ref = await seeded();
    const wide = q({ from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' });
    const before = await api<Compliance>('GET', `/api/sla/compliance?${wide}`, {
      as: 'service-desk',
    });
    expect(before.status).to.equal(200);
    const created = await reportIncident({ title: 'SLA 合规 / compliance', impact: 3, urgency: 3 });

    // when: the service desk triages it, which stops its response clock
    await work(
      await openTask(created.number, 'UserTask_Triage', 'service-desk'),
      'service-desk',
      triage(ref.ordinary.id, { impact: 3, urgency: 3 }),
    );
    await incidentWhen(created.number, 'responded', (i) => !!i.sla.respondedAt);
    const after = await api<Compliance>('GET', `/api/sla/compliance?${wide}`, {
      as: 'top-management',
    });

    // then
    const clock = await db()('sla_clocks')
      .where({ record_id: created.id, clock_type: 'response' })
      .first('priority', 'met', 'stopped_at');
    const priority = clock.priority ?? created.priority;
    const cell = (c: Compliance) =>
      c.items.find((i) => i.priority === priority && i.clockType === 'response')!;
    expect(after.status).to.equal(200);
    expect(after.body.items).to.have.length(8);
    expect(cell(after.body).total).to.equal(cell(before.body).total + 1);
    expect(cell(after.body).met).to.equal(cell(before.body).met + (clock.met ? 1 : 0));
    expect(cell(after.body).rate).to.equal(
      Math.round((cell(after.body).met / cell(after.body).total) * 10_000) / 10_000,
    );
    for (const i of after.body.items) if (i.total === 0) expect(i.rate).to.equal(null);
    expect(after.body.breachedOpen).to.have.length(8);
    const badPeriod = await api('GET', `/api/sla/compliance?${q({ from: 'soon' })}`, {
      as: 'auditor',
    });
    expect(badPeriod.status).to.equal(400);

    // when: the series of the month the clock stopped in and the month before
    const stopped = new Date(clock.stopped_at);
    const { year, month } = localDateOf(ZONE, stopped);
    const prev = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
    const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
    const from = new Date(instantAt(ZONE, { ...prev, day: 1 }, 0)).toISOString();
    const to = new Date(instantAt(ZONE, { ...next, day: 1 }, 0)).toISOString();
    const series = await api<{
      interval: string;
      items: { period: string; from: string; to: string; kpis: Kpi[] }[];
    }>('GET', `/api/kpis/series?${q({ from, to, interval: 'month' })}`, { as: 'service-desk' });

    // then: two months, each the same as /api/kpis for that month
    expect(series.status, JSON.stringify(series.body)).to.equal(200);
    expect(series.body.interval).to.equal('month');
    const pad = (m: number) => String(m).padStart(2, '0');
    expect(series.body.items.map((i) => i.period)).to.deep.equal([
      `${prev.year}-${pad(prev.month)}`,
      `${year}-${pad(month)}`,
    ]);
    expect(series.body.items[0]!.from).to.equal(from);
    expect(series.body.items[1]!.to).to.equal(to);
    for (const item of series.body.items) {
      const single = await api<{ items: Kpi[] }>(
        'GET',
        `/api/kpis?${q({ from: item.from, to: item.to })}`,
        { as: 'service-desk' },
      );
      expect(item.kpis, item.period).to.deep.equal(single.body.items);
    }
    const thisMonth = series.body.items[1]!.kpis.find((k) => k.id === 'incident-response-on-time')!;
    expect(thisMonth.denominator).to.be.greaterThan(0);

    // then: bad periods
    const tooLong = await api<ErrorAnswer>(
      'GET',
      `/api/kpis/series?${q({ from: '2020-01-01T00:00:00+08:00', to: '2023-01-02T00:00:00+08:00' })}`,
      { as: 'service-desk' },
    );
    const longest = await api(
      'GET',
      `/api/kpis/series?${q({ from: '2020-01-01T00:00:00+08:00', to: '2023-01-01T00:00:00+08:00' })}`,
      {
        as: 'service-desk',
      },
    );
    const emptyPeriod = await api('GET', `/api/kpis/series?${q({ from: to, to: from })}`, {
      as: 'service-desk',
    });
    const weekly = await api('GET', `/api/kpis/series?${q({ from, to, interval: 'week' })}`, {
      as: 'service-desk',
    });
    const garbage = await api('GET', `/api/kpis/series?${q({ from: 'last month' })}`, {
      as: 'service-desk',
    });
    expect(tooLong.status).to.equal(400);
    expect(tooLong.body.error.message).to.include('36 months');
    expect(longest.status).to.equal(200);
    expect(emptyPeriod.status).to.equal(400);
    expect(weekly.status).to.equal(400);
    expect(garbage.status).to.equal(400);
  });

  it('when the modeler asks for element templates, there is one per worker with its job type and inputs', async () => {
    // given
    const listed = await api<{
      items: {
        type: string;
        description: string;
        input: { properties?: object };
        retired?: string;
      }[];
    }>('GET', '/api/workers', { as: 'resolver-l2' });
    const retired = listed.body.items.filter((w) => w.retired).map((w) => w.type);
    expect(retired, 'job types kept for earlier diagram versions').to.include(
      'itsm:incident.cancel:1',
    );
    const workers = { body: { items: listed.body.items.filter((w) => !w.retired) } };
    // when
    const res = await api<Template[]>('GET', '/api/element-templates', { as: 'resolver-l2' });
    // then
    expect(res.status).to.equal(200);
    // one per worker but the retired, seven per record kind (create, set status, set fields,
    // link, record an approval, approval task, select due) and cancel where the kind says how
    const cancellable = RECORD_KINDS.filter((k) => k.cancel).length;
    expect(res.body.map((t) => t.id)).to.have.length(
      workers.body.items.length + 7 * RECORD_KINDS.length + cancellable,
    );
    for (const type of retired)
      expect(
        res.body.some((t) => t.properties.some((p) => p.value === type)),
        `${type} is retired: the modeler does not offer it`,
      ).to.equal(false);
    for (const w of workers.body.items) {
      const t = res.body.find((x) =>
        x.properties.some((p) => p.binding.type === 'zeebe:taskDefinition' && p.value === w.type),
      );
      expect(t, w.type).to.not.equal(undefined);
      expect(t!.name).to.equal(w.description);
      expect(t!.appliesTo).to.deep.equal(['bpmn:Task']);
      expect(t!.elementType).to.deep.equal({ value: 'bpmn:ServiceTask' });
      expect(
        t!.properties.filter((p) => p.binding.type === 'zeebe:input').map((p) => p.binding.name),
        w.type,
      ).to.deep.equal(Object.keys(w.input.properties ?? {}));
    }
  });

  it('when a diagram is checked, answers the findings the deploy route refuses it with, and deploys nothing', async () => {
    // given
    const invalid = readdirSync(path.join(projectRoot, 'test', 'fixtures', 'bpmn'))
      // invalid-engine-*: pass the platform's checks, only the engine refuses them (hostile-input)
      .filter((f) => f.startsWith('invalid-') && !f.startsWith('invalid-engine-'))
      .map((f) => f.replace(/\.bpmn$/, ''));
    expect(invalid.length).to.be.greaterThan(2);
    const deploymentsBefore = await db()('deployments').count<{ n: string }[]>({ n: '*' });

    // when / then: a valid fixture
    const valid = await api<{ ok: boolean; findings: unknown[] }>(
      'POST',
      '/api/processes/check?processId=fixture-error-boundary',
      { as: 'process-owner', xml: fixtureXml('fixture-error-boundary') },
    );
    expect(valid.status).to.equal(200);
    expect(valid.body).to.deep.include({ ok: true, findings: [] });
    const anyId = await api<{ ok: boolean }>('POST', '/api/processes/check', {
      as: 'process-owner',
      xml: fixtureXml('fixture-error-boundary'),
    });
    expect(anyId.body.ok).to.equal(true);

    // when / then: each invalid fixture, against the deploy route
    for (const name of invalid) {
      const checked = await api<{
        ok: boolean;
        findings: { code: string; elementId?: string; message: string }[];
      }>('POST', `/api/processes/check?processId=${name}`, {
        as: 'process-owner',
        xml: fixtureXml(name),
      });
      const deployed = await api<ErrorAnswer>('POST', `/api/processes/${name}/deploy`, {
        as: 'process-owner',
        xml: fixtureXml(name),
      });
      expect(checked.status, name).to.equal(200);
      expect(checked.body.ok, name).to.equal(false);
      expect(checked.body.findings.length, name).to.be.greaterThan(0);
      for (const f of checked.body.findings) expect(f.message, name).to.be.a('string');
      expect(deployed.status, name).to.equal(400);
      expect(checked.body.findings, name).to.deep.equal(deployed.body.error.details);
    }

    // then: nothing deployed; only the process owner may check; an empty body is refused
    const deploymentsAfter = await db()('deployments').count<{ n: string }[]>({ n: '*' });
    expect(deploymentsAfter).to.deep.equal(deploymentsBefore);
    const forbidden = await api('POST', '/api/processes/check', {
      as: 'incident-manager',
      xml: fixtureXml('fixture-error-boundary'),
    });
    expect(forbidden.status).to.equal(403);
    const empty = await api('POST', '/api/processes/check', { as: 'process-owner', xml: ' ' });
    expect(empty.status).to.equal(400);
  });
});
