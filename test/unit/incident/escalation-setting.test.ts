import { expect } from 'chai';
import { hierarchicalRecipients } from '../../../lib/incident/escalation.ts';
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
    const table = parseEscalationSetting({ levels });
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
    const value = { levels: [levels[0], levels[2], levels[1], levels[3]] };
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
    expect(() => parseEscalationSetting({ levels: levels.slice(1) })).to.throw(
      IncidentConfigError,
      /incident-escalation/,
    );
  });
});
