import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { projectRoot } from '../../lib/paths.ts';
import { testContext } from '../helpers/test-platform.ts';

const WORKFLOWS = path.join(projectRoot, 'workflows');

const FORM_IDS = [
  'incident-management.Triage',
  'incident-management.Diagnose',
  'incident-management.AtRiskReview',
  'incident-management.ConfirmResolution',
  'major-incident.AppointManager',
  'major-incident.StatusUpdate',
  'major-incident.MajorIncidentReport',
  'major-incident.Review',
];

const PROCESS_IDS = ['incident-management', 'major-incident'];

function resource(file: string) {
  return { name: path.basename(file), content: readFileSync(file) };
}

describe('incident diagrams on the real engine', () => {
  it('when the incident-management and major-incident diagrams and their forms are deployed directly, the engine accepts all of them', async () => {
    // given
    const resources = [
      ...FORM_IDS.map((id) => resource(path.join(WORKFLOWS, 'forms', `${id}.form`))),
      ...PROCESS_IDS.map((id) => resource(path.join(WORKFLOWS, `${id}.bpmn`))),
    ];

    // when
    const result = await testContext().platform.engine.deploy(resources);

    // then
    expect(result.forms.map((f) => f.formId)).to.have.members(FORM_IDS);
    expect(result.processes.map((p) => p.processId)).to.have.members(PROCESS_IDS);
    for (const p of result.processes) expect(p.version, p.processId).to.be.greaterThan(0);
  });
});
