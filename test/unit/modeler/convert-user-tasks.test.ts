import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { projectRoot } from '../../../lib/paths.ts';
import {
  isJobWorkerUserTask,
  jobWorkerUserTasks,
  type ModdleElement,
  type ShapeLike,
} from '../../../ui/src/modeler/convert-user-tasks.ts';

/** The flow elements of a fixture's process, as diagram elements (type and business object). */
async function elementsOf(file: string): Promise<ShapeLike[]> {
  const moddle = BpmnModdle({ zeebe: zeebeSchema });
  const xml = readFileSync(path.join(projectRoot, 'test', 'fixtures', file), 'utf8');
  const { rootElement } = await moddle.fromXML(xml);
  const process = (rootElement.get('rootElements') as ModdleElement[])[0]!;
  return (process.get('flowElements') as (ModdleElement & { id: string })[]).map((bo) => ({
    id: bo.id,
    type: bo.$type,
    businessObject: bo,
  }));
}

describe('modeler: finding job-worker user tasks to convert', () => {
  it("when Camunda's Twitter demo is read, its review task is a job-worker user task", async () => {
    // given
    const elements = await elementsOf('camunda-examples/TwitterDemoProcess.bpmn');
    // when
    const found = jobWorkerUserTasks(elements);
    // then
    expect(found.map((e) => e.id)).to.deep.equal(['ReviewTweetTask']);
  });

  it('when a user task has zeebe:userTask, or an element is no user task, it is not offered', async () => {
    // given: a diagram with a Zeebe user task and service tasks
    const elements = await elementsOf('bpmn/fixture-service-user.bpmn');
    // when / then
    expect(elements.some((e) => e.type === 'bpmn:UserTask')).to.equal(true);
    expect(jobWorkerUserTasks(elements)).to.deep.equal([]);
    for (const e of elements.filter((x) => x.type !== 'bpmn:UserTask'))
      expect(isJobWorkerUserTask(e.businessObject), e.id).to.equal(false);
  });
});
