import { expect } from 'chai';
import type { Task } from '../../../db/repositories/tasks.repository.ts';
import { localizeTask } from '../../../server/services/task.service.ts';

const task: Task = {
  id: '1',
  name: 'Accept and classify',
  processId: 'incident-management',
  processInstanceKey: '2',
  definitionKey: '3',
  elementId: 'UserTask_Triage',
  elementInstanceKey: '4',
  candidateGroups: ['service-desk'],
  candidateUsers: [],
  createdAt: new Date('2026-03-02T01:00:00Z'),
  state: 'open',
};
const labels = { UserTask_Triage: { 'zh-CN': '受理与分类' } };

describe('task names in the reader’s language (localizeTask)', () => {
  it('when the user reads zh-CN and the element has label.zh-CN, names the task with it', () => {
    // given / when
    const named = localizeTask(task, labels, 'zh-CN');
    // then
    expect(named.name).to.equal('受理与分类');
    expect(named.names).to.deep.equal({ en: 'Accept and classify', 'zh-CN': '受理与分类' });
  });

  it('when the user reads English (or any other locale), keeps the BPMN name', () => {
    expect(localizeTask(task, labels, 'en').name).to.equal('Accept and classify');
    expect(localizeTask(task, labels, 'fr').name).to.equal('Accept and classify');
  });

  it('when the element has no label.zh-CN, keeps the English name in both', () => {
    // given / when
    const named = localizeTask(task, { Other: { 'zh-CN': '别的' } }, 'zh-CN');
    const unlabelled = localizeTask(task, undefined, 'zh-CN');
    // then
    expect(named.name).to.equal('Accept and classify');
    expect(named.names['zh-CN']).to.equal('Accept and classify');
    expect(unlabelled.names).to.deep.equal({
      en: 'Accept and classify',
      'zh-CN': 'Accept and classify',
    });
  });
});
