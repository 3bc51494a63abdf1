import { expect } from 'chai';
import { api, fixtureXml, instanceInState, startInstance } from '../helpers/api.ts';

interface Refusal {
  error: { message: string; details: { code: string; message: string; elementId?: string }[] };
}

/**
 * Diagrams made in Camunda Modeler (issue 13 item 1): its ids (`Process_0abc123`,
 * `paymentProcess`) are BPMN ids like any other; a diagram the platform cannot run is refused
 * with every reason at once, never first for the shape of its id.
 */
describe('diagrams from Camunda Modeler: any BPMN process id, every reason at once', function () {
  this.timeout(60_000);

  it("deploys and runs a diagram with the modeler's default id Process_0abc123", async () => {
    // given
    const xml = fixtureXml('msg-plain').replaceAll('"msg-plain"', '"Process_0abc123"');

    // when
    const deployed = await api<{ processId: string }>(
      'POST',
      '/api/processes/Process_0abc123/deploy',
      {
        as: 'process-owner',
        xml,
      },
    );
    const key = await startInstance('Process_0abc123');

    // then
    expect(deployed.status, JSON.stringify(deployed.body)).to.equal(201);
    expect(deployed.body.processId).to.equal('Process_0abc123');
    expect((await instanceInState(key, 'completed')).state).to.equal('completed');
  });

  it("refuses Camunda's paymentProcess with all its reasons: a job type no worker serves and a job-worker user task", async () => {
    // given: the example's shape: a service task for an outside worker and a job-worker user task
    const xml = fixtureXml('invalid-job-worker-user-task')
      .replaceAll('"invalid-job-worker-user-task"', '"paymentProcess"')
      .replace(
        '<bpmn:endEvent id="EndEvent_Done" name="Done">',
        `<bpmn:serviceTask id="Task_Charge" name="Charge credit card">
      <bpmn:extensionElements><zeebe:taskDefinition type="charge-credit-card" /></bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:endEvent id="EndEvent_Done" name="Done">`,
      );

    // when
    const res = await api<Refusal>('POST', '/api/processes/paymentProcess/deploy', {
      as: 'process-owner',
      xml,
    });

    // then
    expect(res.status).to.equal(400);
    const codes = res.body.error.details.map((d) => d.code);
    expect(codes).to.include.members(['UNKNOWN_JOB_TYPE', 'NOT_A_ZEEBE_USER_TASK']);
    expect(JSON.stringify(res.body)).to.contain('charge-credit-card').and.not.contain('kebab');
  });

  it('still refuses what is not a BPMN id, naming the process id', async () => {
    const res = await api<Refusal>('POST', '/api/processes/9lives/deploy', {
      as: 'process-owner',
      xml: fixtureXml('msg-plain'),
    });
    expect(res.status).to.equal(400);
    expect(res.body.error.details).to.deep.equal([
      { field: 'processId', message: 'must be a BPMN id (letters, digits, . - _)' },
    ]);
  });
});
