/**
 * The `[default]`s of incident management (§1, §0.5) are admin settings: an admin changes one
 * through `PUT /api/settings/:key`, the next incident follows it, and a value of the wrong
 * shape is refused with a 400 naming the field. Each test puts the setting back as it found it.
 */
import { expect } from 'chai';
import { api, waitFor, type ApiAnswer } from '../helpers/api.ts';
import {
  beijingDate,
  clocks,
  DAY_MS,
  deployWorkflows,
  incident,
  incidentWhen,
  moveClockTo,
  openTask,
  plainWeekday,
  reportIncident,
  resolveFromDiagnose,
  seeded,
  triage,
  triagedIncident,
  work,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

interface ErrorBody {
  error?: { code: string; details?: { field: string; message: string }[] };
}

const db = () => testContext().platform.db;
const fieldsOf = (res: ApiAnswer<ErrorBody>) => (res.body.error?.details ?? []).map((d) => d.field);

const putSetting = (key: string, value: unknown, as = 'admin') =>
  api<ErrorBody & { value?: unknown }>('PUT', `/api/settings/${key}`, { as, body: { value } });

/** Remembers a setting's stored value; `restore()` puts it back (or removes a row it added). */
async function remember(key: string): Promise<{ restore: () => Promise<void> }> {
  const before = await api<{ value: unknown; stored: boolean }>('GET', `/api/settings/${key}`, {
    as: 'admin',
  });
  return {
    async restore() {
      if (before.status === 404 || !before.body.stored) await db()('settings').where({ key }).del();
      else expect((await putSetting(key, before.body.value)).status).to.equal(200);
    },
  };
}

async function outboxOf(number: string, messageName: string) {
  return db()('published_messages').where({ source_number: number, message_name: messageName });
}

/** A CI of its own, so incidents of other tests never count towards recurrence here. */
async function freshCi(): Promise<string> {
  const res = await api<{ id: string }>('POST', '/api/configuration-items', {
    as: 'admin',
    body: { name: `recurrence test ${Date.now()}`, type: 'switch' },
  });
  expect(res.status, JSON.stringify(res.body)).to.equal(201);
  return res.body.id;
}

const accepted = {
  serviceRestored: true,
  resolutionAccepted: true,
  confirmedBy: '王伟',
  confirmationChannel: 'phone',
  rating: 5,
  comment: '谢谢',
};

describe('incident management: [default]s are admin settings', function () {
  this.timeout(180_000);
  let ref: Awaited<ReturnType<typeof seeded>>;

  before(async () => {
    await deployWorkflows();
    ref = await seeded();
  });

  it('answers the shipped default while no admin has set one, then the stored value', async () => {
    // given no stored row
    const setting = await remember('incident-recurrence');
    await db()('settings').where({ key: 'incident-recurrence' }).del();
    try {
      // when / then
      const shipped = await api('GET', '/api/settings/incident-recurrence', { as: 'admin' });
      expect(shipped.status).to.equal(200);
      expect(shipped.body).to.deep.equal({
        key: 'incident-recurrence',
        value: { count: 3, windowDays: 30 },
        stored: false,
        updatedAt: null,
        updatedBy: null,
      });
      await putSetting('incident-recurrence', { count: 4, windowDays: 14 });
      const stored = await api<{ value: unknown; stored: boolean; updatedBy: string }>(
        'GET',
        '/api/settings/incident-recurrence',
        { as: 'admin' },
      );
      expect(stored.body).to.include({ stored: true, updatedBy: 'admin' });
      expect(stored.body.value).to.deep.equal({ count: 4, windowDays: 14 });
      expect((await api('GET', '/api/settings/no-such-setting', { as: 'admin' })).status).to.equal(
        404,
      );
    } finally {
      await setting.restore();
    }
  });

  describe('refuses values of the wrong shape, naming the field', () => {
    for (const [key, value, field] of [
      ['incident-recurrence', { count: 0, windowDays: 30 }, 'value.count'],
      ['incident-recurrence', { count: 3 }, 'value.windowDays'],
      ['incident-recurrence', { count: 3, windowDays: 30, days: 1 }, 'value.days'],
      ['security-priority-floor', 'P5', 'value'],
      [
        'incident-business-days',
        { returnVisit: 'three', majorReport: 2, majorReview: 5 },
        'value.returnVisit',
      ],
      [
        'incident-business-days',
        { returnVisit: 3, majorReport: 0, majorReview: 5 },
        'value.majorReport',
      ],
    ] as const) {
      it(`${key} = ${JSON.stringify(value)} → 400 naming ${field}`, async () => {
        // given
        const setting = await remember(key);
        const before = await api('GET', `/api/settings/${key}`, { as: 'admin' });
        // when
        const res = await putSetting(key, value);
        // then
        expect(res.status, JSON.stringify(res.body)).to.equal(400);
        expect(fieldsOf(res)).to.include(field);
        const after = await api('GET', `/api/settings/${key}`, { as: 'admin' });
        expect(after.status).to.equal(before.status);
        expect(after.body).to.deep.equal(before.body);
        await setting.restore();
      });
    }

    it('only an admin may change them', async () => {
      // when
      const res = await putSetting('security-priority-floor', 'P1', 'incident-manager');
      // then
      expect(res.status).to.equal(403);
    });
  });

  it('incident-recurrence { count: 2 }: the second incident on a CI and category asks for a problem with both', async () => {
    // given an admin lowers the recurrence count to 2, and a CI no other test uses
    const setting = await remember('incident-recurrence');
    try {
      expect(
        (await putSetting('incident-recurrence', { count: 2, windowDays: 30 })).status,
      ).to.equal(200);
      const ciId = await freshCi();
      const closeOne = async () => {
        const created = await reportIncident({
          title: '核心交换机丢包 / packet loss',
          impact: 3,
          urgency: 2,
          ciId,
          customerId: ref.customer.id,
        });
        await work(
          await openTask(created.number, 'UserTask_Triage', 'service-desk'),
          'service-desk',
          triage(ref.ordinary.id, { category: 'network', ciIds: [ciId] }),
        );
        await resolveFromDiagnose(created.number);
        await work(
          await openTask(created.number, 'UserTask_ConfirmResolution', 'customer-contact'),
          'customer-contact',
          accepted,
        );
        await incidentWhen(created.number, 'closed', (i) => i.status === 'closed');
        return created.number;
      };

      // when the first incident on the CI is closed, then the second
      const first = await closeOne();
      const second = await closeOne();

      // then the second recurs (with the default of 3 it would not) and the first did not
      const [problem] = await waitFor('problem requested', async () => {
        const rows = await outboxOf(second, 'Msg_ProblemRequested');
        return rows.length ? rows : undefined;
      });
      expect(problem.variables.relatedIncidents).to.have.members([first, second]);
      expect(await outboxOf(first, 'Msg_ProblemRequested')).to.have.length(0);
    } finally {
      await setting.restore();
    }
  });

  it('security-priority-floor P1: a P3 triaged as security becomes P1', async () => {
    // given an admin raises the security floor to P1
    const setting = await remember('security-priority-floor');
    try {
      expect((await putSetting('security-priority-floor', 'P1')).status).to.equal(200);
      const created = await reportIncident({
        title: '可疑登录 / suspicious logins',
        impact: 2,
        urgency: 2,
        customerId: ref.customer.id,
      });
      expect(created.priority).to.equal('P3');

      // when the service desk triages it as a security incident
      await work(
        await openTask(created.number, 'UserTask_Triage', 'service-desk'),
        'service-desk',
        triage(ref.ordinary.id, { impact: 2, urgency: 2, category: 'security', isSecurity: true }),
      );

      // then its priority is the configured floor, not the shipped P2
      const triaged = await incidentWhen(created.number, 'P1', (i) => i.priority === 'P1');
      expect(triaged.priority).to.equal('P1');
    } finally {
      await setting.restore();
    }
  });

  it('incident-business-days { returnVisit: 2 }: resolved on Thursday 10:00, the return visit is due Monday 10:00', async () => {
    // given an admin shortens the return visit to 2 business days, and an incident reported on
    // a Thursday 10:00 in Beijing of a week without holidays (CN-STD: Mon–Fri 09:00–18:00)
    const thursday = await plainWeekday(4);
    const setting = await remember('incident-business-days');
    try {
      expect(
        (
          await putSetting('incident-business-days', {
            returnVisit: 2,
            majorReport: 2,
            majorReview: 5,
          })
        ).status,
      ).to.equal(200);
      await moveClockTo(thursday);
      const created = await reportIncident({
        title: '打印机无法连接 / printer offline',
        impact: 3,
        urgency: 2,
        customerId: ref.customer.id,
        serviceId: ref.ordinary.id,
      });
      await work(
        await openTask(created.number, 'UserTask_Triage', 'service-desk'),
        'service-desk',
        triage(ref.ordinary.id, {}),
      );

      // when the service desk resolves it
      const resolved = await resolveFromDiagnose(created.number);

      // then the confirmation is due two business days later: the Monday after, at the same
      // time of day (the default 3 would be Tuesday)
      const resolvedAt = new Date(resolved.sla.resolvedAt!);
      expect(beijingDate(resolvedAt), 'resolved on the Thursday').to.equal(beijingDate(thursday));
      const confirm = await openTask(
        created.number,
        'UserTask_ConfirmResolution',
        'customer-contact',
      );
      const wholeSeconds = (d: Date) => Math.floor(d.getTime() / 1000);
      const monday = new Date(resolvedAt.getTime() + 4 * 86_400_000);
      expect(wholeSeconds(new Date(confirm.dueAt!))).to.equal(wholeSeconds(monday));
      expect(beijingDate(new Date(confirm.dueAt!))).to.equal(
        beijingDate(new Date(thursday.getTime() + 4 * DAY_MS)),
      );
    } finally {
      await setting.restore();
    }
  });

  it('incident-business-days { majorReport: 1, majorReview: 3 }: restored on Monday 10:00, the report is due Tuesday and the review Thursday', async () => {
    // given an admin changes the major-incident due days, and a P1 on a critical service
    // reported on a Monday 10:00 in Beijing of a week without holidays (CN-STD)
    const monday = await plainWeekday(1);
    const setting = await remember('incident-business-days');
    try {
      const days = { returnVisit: 3, majorReport: 1, majorReview: 3 };
      expect((await putSetting('incident-business-days', days)).status).to.equal(200);
      await moveClockTo(monday);
      const created = await reportIncident({
        title: 'ERP 全面中断 / ERP down',
        impact: 1,
        urgency: 1,
        customerId: ref.customer.id,
        serviceId: ref.critical.id,
      });
      await work(
        await openTask(created.number, 'UserTask_Triage', 'service-desk'),
        'service-desk',
        triage(ref.critical.id, {
          impact: 1,
          urgency: 1,
          category: 'application',
          firstLineResolvable: false,
        }),
      );
      await incidentWhen(created.number, 'major', (i) => i.major);
      await work(
        await openTask(created.number, 'UserTask_AppointManager', 'incident-manager'),
        'incident-manager',
        {
          majorIncidentManager: 'major-incident-manager',
          updateIntervalMinutes: 30,
          continuitySuggested: false,
        },
      );
      const update = await openTask(
        created.number,
        'UserTask_StatusUpdate',
        'major-incident-manager',
      );

      // when the resolver restores the service and the manager gives the last update
      const routed = await incident(created.number);
      await work(
        await openTask(created.number, 'UserTask_Diagnose', routed.assignmentGroup),
        routed.assignmentGroup,
        {
          workNote: '切换备用库 / failed over',
          outcome: 'resolved',
          resolutionCode: 'fixed',
          resolution: 'ERP 已恢复 / ERP is back',
          workaroundUsed: false,
          serviceRestored: true,
          unplannedOutage: false,
          problemSuspected: false,
        },
      );
      const resolved = await incidentWhen(
        created.number,
        'resolved',
        (i) => i.status === 'resolved',
      );
      await work(update, 'major-incident-manager', {
        statusSummary: '服务已恢复 / service restored',
        customerMessage: 'ERP 已恢复 / ERP is back',
      });

      // then the report is due one business day after the restoration (Tuesday), the review
      // three (Thursday), at the same time of day; the defaults 2 and 5 give Wednesday and Monday
      const restoredAt = new Date(resolved.sla.resolvedAt!);
      expect(beijingDate(restoredAt), 'restored on the Monday').to.equal(beijingDate(monday));
      const wholeSeconds = (d: Date) => Math.floor(d.getTime() / 1000);
      const report = await openTask(
        created.number,
        'UserTask_MajorIncidentReport',
        'major-incident-manager',
      );
      expect(wholeSeconds(new Date(report.dueAt!))).to.equal(
        wholeSeconds(new Date(restoredAt.getTime() + 1 * 86_400_000)),
      );
      expect(beijingDate(new Date(report.dueAt!))).to.equal(
        beijingDate(new Date(monday.getTime() + 1 * DAY_MS)),
      );
      await work(report, 'major-incident-manager', {
        timeline: '10:00 中断；10:05 恢复',
        impact: { customers: 'CUST-A', services: 'ERP', durationMinutes: 5 },
        rootCause: '主数据库磁盘故障 / primary database disk failure',
        actionsTaken: '切换备用库 / failover',
      });
      const review = await openTask(created.number, 'UserTask_Review', 'incident-manager');
      expect(wholeSeconds(new Date(review.dueAt!))).to.equal(
        wholeSeconds(new Date(restoredAt.getTime() + 3 * 86_400_000)),
      );
      expect(beijingDate(new Date(review.dueAt!))).to.equal(
        beijingDate(new Date(monday.getTime() + 3 * DAY_MS)),
      );
    } finally {
      await setting.restore();
    }
  });
  it('sla-resume-reminder { businessDays: 1 }: paused on a Monday 10:00, the reminder is Tuesday at the same time', async () => {
    // given an admin shortens the resume reminder to one business day, and an incident in
    // diagnosis on a Monday 10:00 in Beijing of a week without holidays (CN-STD)
    const monday = await plainWeekday(1);
    const setting = await remember('sla-resume-reminder');
    try {
      expect((await putSetting('sla-resume-reminder', { businessDays: 1 })).status).to.equal(200);
      await moveClockTo(monday);
      const created = await reportIncident({
        title: '邮箱无法登录 / cannot log in to mail',
        impact: 2,
        urgency: 2,
        customerId: ref.customer.id,
      });
      await work(
        await openTask(created.number, 'UserTask_Triage', 'service-desk'),
        'service-desk',
        triage(ref.ordinary.id, { impact: 2, urgency: 2, category: 'access' }),
      );
      const diagnose = await openTask(created.number, 'UserTask_Diagnose', 'service-desk');
      await api('POST', `/api/tasks/${diagnose.id}/claim`, { as: 'service-desk' });

      // when the service desk waits for the customer
      const paused = await api('POST', `/api/incidents/${created.number}/pause`, {
        as: 'service-desk',
        body: { reason: 'awaiting_customer_information' },
      });
      expect(paused.status, JSON.stringify(paused.body)).to.equal(200);

      // then the reminder is one business day after the pause: the Tuesday, same time of day
      // (the default 3 would be Thursday)
      const reminder = await waitFor('the resume reminder', async () => {
        const instance = await api<{ variables: Record<string, unknown> }>(
          'GET',
          `/api/process-instances/${created.processInstanceKey}`,
          { as: 'process-owner' },
        );
        const at = instance.body.variables.resumeReminderAt;
        return typeof at === 'string' ? new Date(at) : undefined;
      });
      const pausedAt = new Date(
        (await clocks(created.number)).resolution!.events.find((e) => e.event === 'pause')!.at,
      );
      expect(beijingDate(pausedAt), 'paused on the Monday').to.equal(beijingDate(monday));
      expect(Math.floor(reminder.getTime() / 1000)).to.equal(
        Math.floor((pausedAt.getTime() + DAY_MS) / 1000),
      );
      expect(beijingDate(reminder)).to.equal(beijingDate(new Date(monday.getTime() + DAY_MS)));
    } finally {
      await setting.restore();
    }
  });

  it('sla-resume-reminder refuses zero days, naming the field', async () => {
    const res = await putSetting('sla-resume-reminder', { businessDays: 0 });
    expect(res.status).to.equal(400);
    expect(fieldsOf(res)).to.deep.equal(['value.businessDays']);
    const shipped = await api('GET', '/api/settings/sla-resume-reminder', { as: 'admin' });
    expect(shipped.body).to.include({ stored: false });
  });
});

describe('incident management: pause reasons, exemption policy and escalation table are admin settings (§0.5)', function () {
  this.timeout(180_000);
  let ref: Awaited<ReturnType<typeof seeded>>;

  before(async () => {
    await deployWorkflows();
    ref = await seeded();
  });

  /** Puts back each setting the test changed, also when it failed. */
  async function withSettings(keys: string[], body: () => Promise<void>): Promise<void> {
    const remembered = await Promise.all(keys.map((key) => remember(key)));
    try {
      await body();
    } finally {
      for (const setting of remembered) await setting.restore();
    }
  }

  /** §0.5 "Escalation actions per threshold" [default] for incidents, written out by hand. */
  const shippedThresholds = {
    response: [
      { row: 50, level: null, notify: ['queue', 'assignee'] },
      { row: 75, level: 'H1', notify: ['service-desk-lead'] },
      { row: 100, level: 'H2', notify: ['incident-manager'] },
    ],
    resolution: [
      { row: 50, level: 'H1', notify: ['assignee', 'group-lead'] },
      { row: 75, level: 'H2', notify: ['incident-manager'] },
      { row: 100, level: 'H3', notify: ['group-department-head', 'service-level-manager'] },
    ],
    priorityExtras: [
      { priority: 'P1', clock: 'resolution', row: 100, level: 'H4', notify: ['top-management'] },
    ],
  };

  it('answers the shipped defaults while no admin has set them', async () => {
    for (const key of ['sla-pause-reasons', 'sla-exemption-policy', 'incident-escalation']) {
      await withSettings([key], async () => {
        // given no stored row
        await db()('settings').where({ key }).del();
        // when
        const res = await api<{ value: unknown; stored: boolean }>('GET', `/api/settings/${key}`, {
          as: 'admin',
        });
        // then the §0.5 [default]s, written out here by hand
        expect(res.status).to.equal(200);
        expect(res.body.stored).to.equal(false);
        const expected: Record<string, unknown> = {
          'sla-pause-reasons': [
            {
              code: 'awaiting_customer_information',
              labelZh: '等待客户提供信息',
              labelEn: 'Awaiting information from the customer',
            },
            {
              code: 'awaiting_customer_confirmation',
              labelZh: '等待客户确认上门或维护时间',
              labelEn: "Awaiting the customer's confirmation of a visit or maintenance window",
            },
            {
              code: 'customer_hold',
              labelZh: '客户要求暂缓',
              labelEn: 'Hold requested by the customer',
            },
          ],
          'sla-exemption-policy': {
            roles: ['incident-manager'],
            reasons: [
              { code: 'customer_caused', labelZh: '客户原因', labelEn: 'Customer-caused' },
              { code: 'force_majeure', labelZh: '不可抗力', labelEn: 'Force majeure' },
              {
                code: 'third_party_out_of_scope',
                labelZh: '约定范围外的第三方原因',
                labelEn: 'Third party outside the agreed scope',
              },
              {
                code: 'sla_exclusion',
                labelZh: 'SLA约定的免责情形',
                labelEn: 'Exclusion agreed in the SLA',
              },
            ],
          },
          'incident-escalation': {
            levels: [
              { level: 'H1', notify: ['group-lead'] },
              { level: 'H2', notify: ['incident-manager'] },
              { level: 'H3', notify: ['group-department-head', 'service-level-manager'] },
              { level: 'H4', notify: ['management-representative', 'top-management'] },
            ],
            thresholds: shippedThresholds,
          },
        };
        expect(res.body.value).to.deep.equal(expected[key]);
      });
    }
  });

  describe('refuses values of the wrong shape, naming the field', () => {
    const reason = (code: string) => ({ code, labelEn: `Label ${code}`, labelZh: `原因 ${code}` });
    const levels = [
      { level: 'H1', notify: ['group-lead'] },
      { level: 'H2', notify: ['incident-manager'] },
      { level: 'H3', notify: ['group-department-head'] },
      { level: 'H4', notify: ['top-management'] },
    ];
    for (const [key, value, field] of [
      ['sla-pause-reasons', [], 'value'],
      ['sla-pause-reasons', [reason('customer_hold'), reason('customer_hold')], 'value.1.code'],
      ['sla-pause-reasons', [reason('Customer Hold')], 'value.0.code'],
      ['sla-pause-reasons', [{ code: 'customer_hold', labelEn: 'Hold' }], 'value.0.labelZh'],
      ['sla-pause-reasons', Array.from({ length: 31 }, (_, i) => reason(`reason_${i}`)), 'value'],
      [
        'sla-exemption-policy',
        { roles: ['customer-contact'], reasons: [reason('x')] },
        'value.roles.0',
      ],
      ['sla-exemption-policy', { roles: [], reasons: [reason('x')] }, 'value.roles'],
      [
        'sla-exemption-policy',
        {
          roles: ['incident-manager'],
          reasons: [reason('force_majeure'), reason('force_majeure')],
        },
        'value.reasons.1.code',
      ],
      ['sla-exemption-policy', { roles: ['incident-manager'] }, 'value.reasons'],
      [
        'incident-escalation',
        { levels: [levels[1], levels[0], levels[2], levels[3]], thresholds: shippedThresholds },
        'value.levels.0.level',
      ],
      [
        'incident-escalation',
        { levels: levels.slice(0, 3), thresholds: shippedThresholds },
        'value.levels',
      ],
      [
        'incident-escalation',
        {
          levels: [levels[0], { level: 'H2', notify: ['chief-executive'] }, levels[2], levels[3]],
          thresholds: shippedThresholds,
        },
        'value.levels.1.notify.0',
      ],
      [
        'incident-escalation',
        {
          levels: [levels[0], levels[1], { level: 'H3', notify: [] }, levels[3]],
          thresholds: shippedThresholds,
        },
        'value.levels.2.notify',
      ],
      ['incident-escalation', { levels }, 'value.thresholds'],
      [
        'incident-escalation',
        {
          levels,
          thresholds: {
            ...shippedThresholds,
            // the breach would lower the level reached at 75 %
            resolution: [
              shippedThresholds.resolution[0],
              shippedThresholds.resolution[1],
              { row: 100, level: 'H1', notify: ['service-level-manager'] },
            ],
          },
        },
        'value.thresholds.resolution.2.level',
      ],
      [
        'incident-escalation',
        {
          levels,
          thresholds: {
            ...shippedThresholds,
            response: [
              shippedThresholds.response[1],
              shippedThresholds.response[0],
              shippedThresholds.response[2],
            ],
          },
        },
        'value.thresholds.response.0.row',
      ],
      [
        'incident-escalation',
        {
          levels,
          thresholds: {
            ...shippedThresholds,
            priorityExtras: [
              {
                priority: 'P1',
                clock: 'resolution',
                row: 100,
                level: 'H4',
                notify: ['customer-contact'],
              },
            ],
          },
        },
        'value.thresholds.priorityExtras.0.notify.0',
      ],
    ] as const) {
      it(`${key} = ${JSON.stringify(value).slice(0, 80)} → 400 naming ${field}`, async () => {
        // given
        const setting = await remember(key);
        const before = await api('GET', `/api/settings/${key}`, { as: 'admin' });
        try {
          // when
          const res = await putSetting(key, value);
          // then
          expect(res.status, JSON.stringify(res.body)).to.equal(400);
          expect(fieldsOf(res), JSON.stringify(res.body)).to.include(field);
          const after = await api('GET', `/api/settings/${key}`, { as: 'admin' });
          expect(after.body).to.deep.equal(before.body);
        } finally {
          await setting.restore();
        }
      });
    }
  });

  it('sla-pause-reasons: a reason the admin adds pauses the clock with its label, one the admin removed is refused naming the allowed codes', async () => {
    await withSettings(['sla-pause-reasons'], async () => {
      // given an admin replaces "hold requested by the customer" by "awaiting site access"
      const reasons = [
        {
          code: 'awaiting_customer_information',
          labelZh: '等待客户提供信息',
          labelEn: 'Awaiting information from the customer',
        },
        {
          code: 'awaiting_site_access',
          labelZh: '等待客户开放机房',
          labelEn: 'Awaiting access to the customer site',
        },
      ];
      expect((await putSetting('sla-pause-reasons', reasons)).status).to.equal(200);
      const created = await triagedIncident(
        '机房门禁 / site access',
        ref.customer.id,
        ref.ordinary.id,
      );

      // when the service desk pauses for the removed reason
      const removed = await api<ErrorBody>('POST', `/api/incidents/${created.number}/pause`, {
        as: 'service-desk',
        body: { reason: 'customer_hold' },
      });
      // then 400 naming the field, listing the codes of the setting
      expect(removed.status, JSON.stringify(removed.body)).to.equal(400);
      expect(removed.body.error?.details).to.deep.equal([
        {
          field: 'reason',
          message: 'must be one of awaiting_customer_information, awaiting_site_access',
        },
      ]);
      expect((await incident(created.number)).status).to.equal('in_progress');

      // when the service desk pauses for the added reason
      const paused = await api<{ status: string }>(
        'POST',
        `/api/incidents/${created.number}/pause`,
        { as: 'service-desk', body: { reason: 'awaiting_site_access' } },
      );

      // then the incident is pending, its resolution clock paused, and the history names the
      // admin's label (written by itsm:sla.pause-clock:1)
      expect(paused.status, JSON.stringify(paused.body)).to.equal(200);
      expect(paused.body.status).to.equal('pending');
      const resolution = (await clocks(created.number)).resolution!;
      expect(resolution.events.find((e) => e.event === 'pause')).to.include({
        reason: 'awaiting_site_access',
      });
      const view = await incident(created.number);
      expect(view.history.map((h) => h.details.text)).to.include(
        'Pending: Awaiting access to the customer site; the resolution SLA clock is paused',
      );
    });
  });

  it('sla-exemption-policy: a role the admin adds may exempt for a reason the admin adds; a removed reason is refused', async () => {
    await withSettings(['sla-exemption-policy'], async () => {
      // given an incident in progress; by default the service desk lead may not exempt
      const created = await triagedIncident(
        '园区停电 / campus power cut',
        ref.customer.id,
        ref.ordinary.id,
      );
      const exempt = (as: string, reason: string) =>
        api<ErrorBody & { exempt?: boolean; exemptReason?: string }>(
          'POST',
          `/api/incidents/${created.number}/exempt`,
          { as, body: { reason } },
        );
      expect((await exempt('service-desk-lead', 'force_majeure')).status).to.equal(403);

      // when an admin lets the service desk lead exempt, for force majeure or a planned power cut
      expect(
        (
          await putSetting('sla-exemption-policy', {
            roles: ['incident-manager', 'service-desk-lead'],
            reasons: [
              { code: 'force_majeure', labelZh: '不可抗力', labelEn: 'Force majeure' },
              { code: 'planned_power_cut', labelZh: '计划停电', labelEn: 'Planned power cut' },
            ],
          })
        ).status,
      ).to.equal(200);

      // then a reason no longer in the list is refused, naming the field and the allowed codes
      const refused = await exempt('incident-manager', 'customer_caused');
      expect(refused.status, JSON.stringify(refused.body)).to.equal(400);
      expect(refused.body.error?.details).to.deep.equal([
        { field: 'reason', message: 'must be one of force_majeure, planned_power_cut' },
      ]);
      // and the service desk lead exempts for the added reason
      const done = await exempt('service-desk-lead', 'planned_power_cut');
      expect(done.status, JSON.stringify(done.body)).to.equal(200);
      const after = await incident(created.number);
      expect(after).to.include({ exempt: true, exemptReason: 'planned_power_cut' });
      // a role outside the policy still may not
      expect((await exempt('service-desk', 'force_majeure')).status).to.equal(403);
    });
  });

  it('incident-escalation: a manual escalation to H2 informs the role the admin configured instead of the incident manager', async () => {
    await withSettings(['incident-escalation'], async () => {
      // given an admin has H2 inform the service level manager, and an incident in progress
      expect(
        (
          await putSetting('incident-escalation', {
            levels: [
              { level: 'H1', notify: ['group-lead'] },
              { level: 'H2', notify: ['service-level-manager'] },
              { level: 'H3', notify: ['group-department-head'] },
              { level: 'H4', notify: ['top-management'] },
            ],
            thresholds: shippedThresholds,
          })
        ).status,
      ).to.equal(200);
      const created = await triagedIncident(
        '核心业务缓慢 / core system slow',
        ref.customer.id,
        ref.ordinary.id,
      );

      // when an agent escalates by hand twice (H0 → H1 → H2)
      for (const level of ['H1', 'H2']) {
        const res = await api<{ escalationLevel: string }>(
          'POST',
          `/api/incidents/${created.number}/escalate`,
          { as: 'service-desk', body: { reason: `需要支持 / need help (${level})` } },
        );
        expect(res.status, JSON.stringify(res.body)).to.equal(200);
        expect(res.body.escalationLevel).to.equal(level);
      }

      // then reaching H2 informed the service level manager and not the incident manager
      const escalated = await waitFor('the H2 notice', async () => {
        const rows: { recipient_type: string; recipient: string; data: { level: string } }[] =
          await db()('notifications').where({
            record_number: created.number,
            template: 'incident.escalated',
            channel: 'in-app',
          });
        const h2 = rows.filter((r) => r.data.level === 'H2');
        return h2.length ? h2 : undefined;
      });
      expect(escalated.map((r) => `${r.recipient_type}:${r.recipient}`)).to.deep.equal([
        'role:service-level-manager',
      ]);
    });
  });
  it('incident-escalation: the first warning of the resolution clock reaches the level and the role the admin configured', async () => {
    // given a customer whose incidents have 100 minutes to resolution on CN-24x7 (50/75/100),
    // and an admin who has the first warning reach H2 and inform the problem manager only
    const code = `ESC-${Date.now()}`;
    const customer = await api<{ id: string }>('POST', '/api/customers', {
      as: 'admin',
      body: {
        code,
        nameZh: '升级客户',
        nameEn: 'Escalation customer',
        serviceIds: [ref.ordinary.id],
      },
    });
    expect(customer.status, JSON.stringify(customer.body)).to.equal(201);
    const target = await api('POST', '/api/sla-targets', {
      as: 'admin',
      body: {
        recordType: 'incident',
        clockType: 'resolution',
        priority: null,
        customerId: customer.body.id,
        duration: { amount: 100, unit: 'minutes' },
        calendar: 'CN-24x7',
      },
    });
    expect(target.status, JSON.stringify(target.body)).to.equal(201);
    await withSettings(['incident-escalation'], async () => {
      const resolution = [
        { row: 50, level: 'H2', notify: ['problem-manager'] },
        ...shippedThresholds.resolution.slice(1),
      ];
      expect(
        (
          await putSetting('incident-escalation', {
            levels: [
              { level: 'H1', notify: ['group-lead'] },
              { level: 'H2', notify: ['incident-manager'] },
              { level: 'H3', notify: ['group-department-head', 'service-level-manager'] },
              { level: 'H4', notify: ['management-representative', 'top-management'] },
            ],
            thresholds: { ...shippedThresholds, resolution },
          })
        ).status,
      ).to.equal(200);
      const created = await triagedIncident(
        '存储告警 / storage alarm',
        customer.body.id,
        ref.ordinary.id,
      );
      const start = (await clocks(created.number)).resolution!.events.find(
        (e) => e.event === 'start',
      )!;

      // when the engine clock passes 50 minutes after the resolution clock started
      await moveClockTo(new Date(new Date(start.at).getTime() + 50 * 60_000));

      // then the incident is at H2 (the default would be H1) and only the problem manager was
      // warned (the default: the assignee and the resolver lead)
      const escalated = await incidentWhen(
        created.number,
        'escalated by the first threshold',
        (i) => i.escalationLevel !== 'H0',
      );
      expect(escalated.escalationLevel).to.equal('H2');
      const notices: { recipient_type: string; recipient: string }[] = await db()(
        'notifications',
      ).where({
        record_number: created.number,
        template: 'incident.sla-at-risk',
        channel: 'in-app',
      });
      expect(notices.map((n) => `${n.recipient_type}:${n.recipient}`)).to.deep.equal([
        'role:problem-manager',
      ]);
    });
  });
});
