import { expect } from 'chai';
import {
  DEFAULT_THRESHOLD_TABLE,
  hierarchicalRecipients,
  incidentEscalationPolicy,
} from '../../../lib/incident/escalation.ts';
import { DEFAULT_ESCALATION_POLICY, thresholdEscalation } from '../../../lib/sla/escalation.ts';
import { incidentSettingProblems, parseEscalationSetting } from '../../../lib/incident/settings.ts';
import { IncidentConfigError } from '../../../lib/incident/config-error.ts';

const levels = [
  { level: 'H1', notify: ['group-lead'] },
  { level: 'H2', notify: ['problem-manager', 'incident-manager'] },
  { level: 'H3', notify: ['group-department-head'] },
  { level: 'H4', notify: ['top-management'] },
];

describe('incident/settings: incident-escalation', () => {
  it('when the table is configured, a level informs its configured roles and group people', () => {
    // given
    const table = parseEscalationSetting({ levels, thresholds: DEFAULT_THRESHOLD_TABLE }).levels;
    const group = { code: 'resolver-l2', lead: 'li.lei', departmentHead: null };
    // when / then
    expect(hierarchicalRecipients('H1', group, table)).to.deep.equal(['user:li.lei']);
    expect(hierarchicalRecipients('H2', group, table)).to.deep.equal([
      'role:problem-manager',
      'role:incident-manager',
    ]);
    expect(hierarchicalRecipients('H3', group, table)).to.deep.equal(['role:department-head']);
    expect(hierarchicalRecipients('H0', group, table)).to.deep.equal([]);
  });

  it('when the levels are out of order, names each misplaced level', () => {
    // given
    const value = {
      levels: [levels[0], levels[2], levels[1], levels[3]],
      thresholds: DEFAULT_THRESHOLD_TABLE,
    };
    // when
    const fields = incidentSettingProblems('incident-escalation', value).map((p) => p.field);
    // then
    expect(fields).to.deep.equal(['value.levels.1.level', 'value.levels.2.level']);
  });

  it('when a level names an unknown or portal role, or repeats one, names it', () => {
    // given
    const value = {
      levels: [
        levels[0],
        { level: 'H2', notify: ['ceo', 'requester', 'incident-manager', 'incident-manager'] },
        levels[2],
        levels[3],
      ],
      thresholds: DEFAULT_THRESHOLD_TABLE,
    };
    // when
    const fields = incidentSettingProblems('incident-escalation', value).map((p) => p.field);
    // then
    expect(fields).to.deep.equal([
      'value.levels.1.notify.0',
      'value.levels.1.notify.1',
      'value.levels.1.notify.3',
    ]);
  });

  it('when a stored value lacks a level, parsing refuses it', () => {
    // given / when / then
    expect(() =>
      parseEscalationSetting({ levels: levels.slice(1), thresholds: DEFAULT_THRESHOLD_TABLE }),
    ).to.throw(IncidentConfigError, /incident-escalation/);
  });

  it('when the shipped table is read as a policy, every incident threshold plans what the shipped policy plans', () => {
    // given
    const policy = incidentEscalationPolicy(parseEscalationSetting(undefined).thresholds);
    // when / then
    for (const clockType of ['response', 'resolution'] as const)
      for (const priority of ['P1', 'P2', 'P3', 'P4'] as const)
        for (const level of [50, 75, 100]) {
          const key = { recordType: 'incident', clockType, priority, level } as const;
          expect(
            thresholdEscalation(policy, key),
            `${clockType} ${priority} ${level}`,
          ).to.deep.equal(thresholdEscalation(DEFAULT_ESCALATION_POLICY, key));
        }
  });

  it('when the table changes a row, the plan reaches its level and informs its recipients, keeping the breach and review', () => {
    // given the resolution breach at H4, informing the group's department head only
    const policy = incidentEscalationPolicy({
      ...DEFAULT_THRESHOLD_TABLE,
      resolution: [
        DEFAULT_THRESHOLD_TABLE.resolution[0]!,
        DEFAULT_THRESHOLD_TABLE.resolution[1]!,
        { row: 100, level: 'H4', notify: ['group-department-head'] },
      ],
      priorityExtras: [],
    });
    // when
    const plan = thresholdEscalation(policy, {
      recordType: 'incident',
      clockType: 'resolution',
      priority: 'P3',
      level: 100,
    });
    // then
    expect(plan).to.deep.include({
      hierarchicalLevel: 'H4',
      notify: [{ kind: 'group-role', role: 'department-head' }],
      recordBreach: true,
      informCustomer: true,
      atRiskReview: false,
    });
  });

  it('when a threshold row would lower the level of the row before, names it', () => {
    // given
    const value = {
      levels,
      thresholds: {
        ...DEFAULT_THRESHOLD_TABLE,
        response: [
          { row: 50, level: 'H2', notify: ['queue'] },
          { row: 75, level: 'H1', notify: ['service-desk-lead'] },
          { row: 100, level: null, notify: ['incident-manager'] },
        ],
      },
    };
    // when
    const fields = incidentSettingProblems('incident-escalation', value).map((p) => p.field);
    // then
    expect(fields).to.deep.equal(['value.thresholds.response.1.level']);
  });
});
