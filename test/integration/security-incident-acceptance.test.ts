/**
 * The acceptance scenarios of processes.md §4 (`security-incident`) on the real engine and
 * Postgres, through the REST API as the service desk and the security officer act. Change
 * management and security risk assessment do not exist yet: their start messages are read in
 * the outbox (`published_messages`). The incidents are run by the deployed
 * `incident-management`, the major incident by `major-incident`.
 */
import { expect } from 'chai';
import { api, waitFor } from '../helpers/api.ts';
import {
  clocks,
  deployWorkflows,
  incident,
  incidentWhen,
  openTask,
  reportIncident,
  resolveFromDiagnose,
  seeded,
  triage,
  work,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

const db = () => testContext().platform.db;

interface SecurityIncidentView {
  id: string;
  number: string;
  status: string;
  title: string;
  incidentId: string | null;
  incidentNumber: string | null;
  securityCategory: string | null;
  riskLevel: string | null;
  priority: string | null;
  personalDataInvolved: boolean | null;
  externalReportingRequired: boolean | null;
  containmentActions: string | null;
  evidencePreserved: boolean | null;
  recipients: string | null;
  reportedAt: string | null;
  lessonsLearned: string | null;
  controlsToChange: string[] | null;
  improvementOpportunities: string[] | null;
  riskReviewNeeded: boolean | null;
  closedAt: string | null;
  links: { type: string; number: string; relation: string }[];
}

interface ErrorBody {
  error: { code: string; message: string; details?: { field: string; message: string }[] };
}

async function sec(number: string, as = 'security-officer'): Promise<SecurityIncidentView> {
  const res = await api<SecurityIncidentView>('GET', `/api/security-incidents/${number}`, { as });
  expect(res.status, JSON.stringify(res.body)).to.equal(200);
  return res.body;
}

function secWhen(number: string, what: string, check: (s: SecurityIncidentView) => boolean) {
  return waitFor(`${number} ${what}`, async () => {
    const s = await sec(number);
    return check(s) ? s : undefined;
  });
}

/** The security incident raised for an incident, as the security officer reads it. */
async function secOfIncident(incidentNumber: string): Promise<SecurityIncidentView> {
  const row = await waitFor(`security incident of ${incidentNumber}`, async () => {
    const found: { number: string } | undefined = await db()('security_incidents')
      .where({ incident_number: incidentNumber })
      .first('number');
    return found;
  });
  return sec(String(row.number));
}

async function outboxOf(sourceNumber: string, messageName: string) {
  return db()('published_messages').where({
    source_number: sourceNumber,
    message_name: messageName,
  });
}

async function putSetting(key: string, value: unknown) {
  const res = await api('PUT', `/api/settings/${key}`, { as: 'admin', body: { value } });
  expect(res.status, JSON.stringify(res.body)).to.equal(200);
}

/** A security incident's assessment (form security-incident.Assess). */
function assessment(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    securityCategory: 'unauthorised-access',
    confidentialityImpact: 'high',
    integrityImpact: 'low',
    availabilityImpact: 'none',
    personalDataInvolved: false,
    riskLevel: 'medium',
    externalReportingRequired: false,
    ...overrides,
  };
}

async function assess(number: string, overrides: Record<string, unknown>) {
  const task = await openTask(number, 'UserTask_Assess', 'security-officer');
  expect(task.candidateGroups).to.deep.equal(['security-officer']);
  await work(task, 'security-officer', assessment(overrides));
}

/** An incident reported and triaged by the service desk with a security aspect. */
async function securityIncidentFromTriage(title: string, impact: number, urgency: number) {
  const ref = await seeded();
  const created = await reportIncident({ title, impact, urgency, customerId: ref.customer.id });
  await work(
    await openTask(created.number, 'UserTask_Triage', 'service-desk'),
    'service-desk',
    triage(ref.ordinary.id, { impact, urgency, category: 'security', isSecurity: true }),
  );
  await incidentWhen(created.number, 'in progress', (i) => i.status === 'in_progress');
  return { created, security: await secOfIncident(created.number) };
}

async function detect(body: Record<string, unknown>, as = 'security-officer') {
  return api<SecurityIncidentView & ErrorBody>('POST', '/api/security-incidents', { as, body });
}

describe('security incidents: acceptance scenarios of §4', function () {
  this.timeout(240_000);

  before(async () => {
    await deployWorkflows();
  });

  it('1. an incident triaged with isSecurity = true has a linked SEC-… and an assessment task in the security officer’s queue', async () => {
    // given an incident the service desk triages with a security aspect
    const { created, security } = await securityIncidentFromTriage(
      '可疑的管理员登录 / suspicious admin logins',
      2,
      2,
    );

    // then a SEC-… record linked to it exists, being assessed
    expect(security.number).to.match(/^SEC-\d{4}-\d{6}$/);
    expect(security.status).to.equal('assessing');
    expect(security.incidentNumber).to.equal(created.number);
    expect(security.incidentId).to.equal(created.id);
    expect(security.links).to.deep.include({
      type: 'incident',
      number: created.number,
      relation: 'raised-by',
    });
    // … and the assessment task is the security officer's (not the service desk's)
    const task = await openTask(security.number, 'UserTask_Assess', 'security-officer');
    expect(task.candidateGroups).to.deep.equal(['security-officer']);
    const deskTasks = await api<{ items: { elementId: string }[] }>(
      'GET',
      `/api/tasks?record=${security.number}&state=open`,
      { as: 'service-desk' },
    );
    expect((deskTasks.body.items ?? []).map((t) => t.elementId)).to.not.include('UserTask_Assess');
    // … and only the staff who need it read it
    const desk = await api('GET', `/api/security-incidents/${security.number}`, {
      as: 'service-desk',
    });
    expect(desk.status).to.be.oneOf([403, 404]);
    const contact = await api('GET', `/api/security-incidents/${security.number}`, {
      as: 'customer-contact',
    });
    expect(contact.status).to.be.oneOf([403, 404]);
    const manager = await api('GET', `/api/security-incidents/${security.number}`, {
      as: 'incident-manager',
    });
    expect(manager.status).to.equal(200);
  });

  it('2. a high risk on a P4 incident makes it P2, recalculates its clocks and notifies top management', async () => {
    // given the security floor lowered to P4, so a security incident can stay P4 after triage
    const stored = await db()('settings').where({ key: 'security-priority-floor' }).first();
    await putSetting('security-priority-floor', 'P4');
    try {
      const { created, security } = await securityIncidentFromTriage(
        '异常外联流量 / unusual outbound traffic',
        3,
        3,
      );
      expect((await incident(created.number)).priority).to.equal('P4');
      const before = (await clocks(created.number)).resolution!;

      // when the security officer assesses the risk as high
      await assess(security.number, { riskLevel: 'high' });

      // then the incident becomes P2 …
      await incidentWhen(created.number, 'P2', (i) => i.priority === 'P2');
      const assessed = await secWhen(
        security.number,
        'containing',
        (s) => s.status === 'containing',
      );
      expect(assessed.priority).to.equal('P2');
      expect(assessed.riskLevel).to.equal('high');
      // … its resolution clock runs on the P2 target (due sooner than on P4) …
      const after = await waitFor('resolution clock recalculated', async () => {
        const c = (await clocks(created.number)).resolution!;
        return Date.parse(c.dueAt) < Date.parse(before.dueAt) ? c : undefined;
      });
      expect(after.state).to.equal('running');
      const [targets] = await outboxOf(security.number, 'Msg_SlaTargetsChanged');
      expect(targets?.correlation_key).to.equal(created.number);
      // … and top management and the security officer are told, with an escalation to H4
      const sent = await waitFor('escalation notices', async () => {
        const rows = await db()('notifications').where({
          record_number: security.number,
          template: 'security-incident.escalated',
        });
        return rows.length >= 2 ? rows : undefined;
      });
      const recipients = sent.map((n: { recipient: string }) => n.recipient);
      expect(recipients).to.include('top-management');
      expect(recipients).to.include('security-officer');
      const escalations = await db()('escalations').where({
        record_type: 'security-incident',
        record_id: security.id,
      });
      expect(escalations.map((e: { to_level: string }) => e.to_level)).to.deep.equal(['H4']);
      // no major incident for a high risk
      expect((await incident(created.number)).major).to.equal(false);
    } finally {
      if (stored) await putSetting('security-priority-floor', stored.value);
      else await db()('settings').where({ key: 'security-priority-floor' }).delete();
    }
  });

  it('3. a critical risk starts major-incident for the linked incident', async () => {
    // given a security incident raised from a triaged incident
    const { created, security } = await securityIncidentFromTriage(
      '勒索软件加密文件服务器 / ransomware on the file server',
      2,
      2,
    );
    expect((await incident(created.number)).major).to.equal(false);

    // when the security officer assesses the risk as critical
    await assess(security.number, { riskLevel: 'critical', securityCategory: 'malware' });

    // then major-incident runs for the incident, which becomes P1
    await incidentWhen(created.number, 'major', (i) => i.major === true);
    await openTask(created.number, 'UserTask_AppointManager', 'incident-manager');
    expect((await incident(created.number)).priority).to.equal('P1');
    const [declared] = await outboxOf(security.number, 'Msg_MajorIncidentDeclared');
    expect(declared.correlation_key).to.equal(created.number);
    expect(declared.variables.declaredBy).to.equal('security-incident');
    // … and, critical being above high, it is escalated too
    const escalations = await waitFor('escalation', async () => {
      const rows = await db()('escalations').where({
        record_type: 'security-incident',
        record_id: security.id,
      });
      return rows.length ? rows : undefined;
    });
    expect(escalations.map((e: { reason: string }) => e.reason)).to.deep.equal([
      'security-risk-critical',
    ]);
    await waitFor('escalation notice', async () => {
      const rows = await db()('notifications').where({
        record_number: security.number,
        template: 'security-incident.escalated',
      });
      return rows.length >= 2 ? rows : undefined;
    });
  });

  it('4. an intrusion the security officer reports directly has a SEC-… and an INC-…, linked, and the incident raises no second security incident', async () => {
    // when the security officer reports a detected intrusion
    const res = await detect({
      title: '入侵检测告警：Web 服务器被植入后门 / IDS: backdoor on the web server',
      description: '凌晨 02:13 IDS 告警 / IDS alert at 02:13',
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    const number = res.body.number;
    expect(number).to.match(/^SEC-\d{4}-\d{6}$/);

    // then an INC-… exists for it and the two are linked, both ways
    const linked = await secWhen(number, 'linked', (s) => s.incidentNumber !== null);
    expect(linked.incidentNumber).to.match(/^INC-\d{4}-\d{6}$/);
    expect(linked.links).to.deep.include({
      type: 'incident',
      number: linked.incidentNumber,
      relation: 'reported',
    });
    const inc = await incident(linked.incidentNumber!);
    expect(inc.id).to.equal(linked.incidentId);
    const incidentLinks = await api<{
      links: { type: string; number: string; relation: string }[];
    }>('GET', `/api/records/incident/${inc.number}`, { as: 'incident-manager' });
    expect(incidentLinks.body.links).to.deep.include({
      type: 'security-incident',
      number,
      relation: 'reported-by',
    });
    const [reported] = await outboxOf(number, 'Msg_IncidentReported');
    expect(reported.variables.sourceType).to.equal('security-incident');

    // when the service desk triages that incident with a security aspect
    const ref = await seeded();
    await work(await openTask(inc.number, 'UserTask_Triage', 'service-desk'), 'service-desk', {
      ...triage(ref.ordinary.id, { category: 'security', isSecurity: true }),
    });
    // (the diagnose task comes after Gateway_Security and Gateway_Major)
    await openTask(inc.number, 'UserTask_Diagnose', 'service-desk');
    // then it raises no second security incident
    expect(await outboxOf(inc.number, 'Msg_SecurityIncidentRaised')).to.have.length(0);
    expect(await db()('security_incidents').where({ incident_id: inc.id })).to.have.length(1);
  });

  it('5. a review with a control change and a risk review requests an RFC and a risk assessment, and closes only after the incident is resolved', async () => {
    // given a directly detected security incident, assessed with external reporting required
    const res = await detect({ title: '员工邮箱账号被盗用 / a staff mailbox was taken over' });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    const number = res.body.number;
    const { incidentNumber } = await secWhen(number, 'linked', (s) => s.incidentNumber !== null);
    await assess(number, {
      securityCategory: 'data-leakage',
      personalDataInvolved: true,
      riskLevel: 'medium',
      externalReportingRequired: true,
    });
    // the incident's resolver group works with the security officer on containment
    const contain = await openTask(number, 'UserTask_ContainAndRecover', 'security-officer');
    expect(contain.candidateGroups).to.include('security-officer');
    await work(contain, 'security-officer', {
      containmentActions: '重置口令并吊销会话 / password reset, sessions revoked',
      evidencePreserved: true,
      eradicated: true,
      recovered: true,
    });
    await work(
      await openTask(number, 'UserTask_ExternalReport', 'security-officer'),
      'security-officer',
      {
        recipients: '客户信息安全负责人 / the customer’s CISO',
        // as the form's date-time picker sends it (minutes and the offset, no seconds)
        reportedAt: '2026-12-08T10:00+08:00',
        reference: 'EXT-2026-17',
      },
    );

    // when the review names one control change and asks for a risk review
    const review = await openTask(number, 'UserTask_Review', 'security-officer');
    const reviewing = await sec(number);
    expect(reviewing.status).to.equal('reviewing');
    expect(reviewing.containmentActions).to.contain('password reset');
    expect(reviewing.evidencePreserved).to.equal(true);
    expect(reviewing.recipients).to.contain('CISO');
    expect(reviewing.reportedAt).to.equal('2026-12-08T02:00:00.000Z');
    expect(reviewing.personalDataInvolved).to.equal(true);
    await work(review, 'security-officer', {
      lessonsLearned: '多因素认证未覆盖邮箱 / MFA did not cover mail',
      improvementOpportunities: [{ title: '钓鱼演练 / phishing drills' }],
      controlsToChange: [
        { title: '邮箱启用多因素认证 / MFA on mail', description: '全部员工 / all staff' },
      ],
      riskReviewNeeded: true,
    });

    // then an RFC and a security risk assessment are requested …
    // (the risk review is published last, after the improvement and the RFC)
    await waitFor('risk review requested', async () => {
      const rows = await outboxOf(number, 'Msg_SecurityRiskReviewRequested');
      return rows.length ? rows : undefined;
    });
    const changes = await outboxOf(number, 'Msg_ChangeRequested');
    expect(changes).to.have.length(1);
    expect(changes[0].variables.sourceType).to.equal('security-incident');
    expect(changes[0].variables.title).to.equal('邮箱启用多因素认证 / MFA on mail');
    expect(await outboxOf(number, 'Msg_SecurityRiskReviewRequested')).to.have.length(1);
    expect(await outboxOf(number, 'Msg_ImprovementProposed')).to.have.length(1);
    const reviewed = await secWhen(number, 'review recorded', (s) => s.lessonsLearned !== null);
    expect(reviewed.controlsToChange).to.deep.equal([
      '邮箱启用多因素认证 / MFA on mail: 全部员工 / all staff',
    ]);
    expect(reviewed.riskReviewNeeded).to.equal(true);
    // … but it does not close while the linked incident is open
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await sec(number)).status).to.equal('reviewing');

    // when the incident is triaged and resolved
    const ref = await seeded();
    await work(await openTask(incidentNumber!, 'UserTask_Triage', 'service-desk'), 'service-desk', {
      ...triage(ref.ordinary.id, { category: 'security' }),
    });
    await resolveFromDiagnose(incidentNumber!);

    // then the security incident closes
    const closed = await secWhen(number, 'closed', (s) => s.status === 'closed');
    expect(closed.closedAt).to.be.a('string');
  });

  it('refuses a create by anyone but the security officer (403), bad input with a 400 naming the field, and keeps nothing', async () => {
    const count = async () => Number((await db()('security_incidents').count({ n: '*' }))[0].n);
    const before = await count();

    // a service desk agent or a customer contact may not report one here
    for (const as of ['service-desk', 'incident-manager', 'customer-contact']) {
      const res = await detect({ title: 'intrusion' }, as);
      expect(res.status, `${as}: ${JSON.stringify(res.body)}`).to.equal(403);
    }
    // without a title, with a blank or too long one, or with a field it does not take
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'title'],
      [{ title: '' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ title: 'intrusion', riskLevel: 'critical' }, 'riskLevel'],
      [{ title: 'intrusion', description: 42 }, 'description'],
    ];
    for (const [body, field] of cases) {
      const res = await detect(body);
      expect(res.status, JSON.stringify(res.body)).to.equal(400);
      expect(
        (res.body.error.details ?? []).map((d) => d.field).join(' ') + res.body.error.message,
        JSON.stringify(res.body),
      ).to.contain(field);
    }
    expect(await count()).to.equal(before);

    // an assessment with a risk level the form does not offer is refused naming it
    const ok = await detect({ title: '端口扫描 / port scan' });
    expect(ok.status).to.equal(201);
    const task = await openTask(ok.body.number, 'UserTask_Assess', 'security-officer');
    const claim = await api('POST', `/api/tasks/${task.id}/claim`, { as: 'security-officer' });
    expect(claim.status).to.equal(200);
    const bad = await api<ErrorBody>('POST', `/api/tasks/${task.id}/complete`, {
      as: 'security-officer',
      body: { data: assessment({ riskLevel: 'extreme' }) },
    });
    expect(bad.status, JSON.stringify(bad.body)).to.equal(400);
    expect((bad.body.error.details ?? []).map((d) => d.field)).to.include('riskLevel');
    expect((await sec(ok.body.number)).riskLevel).to.equal(null);
  });
});
