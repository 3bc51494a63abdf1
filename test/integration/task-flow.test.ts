import { expect } from 'chai';
import {
  api,
  deployFixture,
  fixtureForm,
  instanceInState,
  startInstance,
  waitFor,
  type InstanceDetail,
} from '../helpers/api.ts';

interface TaskItem {
  id: string;
  name: string;
  assignee: string | null;
  state: string;
  candidateGroups: string[];
  processInstanceKey: string;
  record: { type: string; number: string } | null;
}

describe('a process with a service task and a user task, through the API', () => {
  before(async () => {
    const form = await api('POST', '/api/forms/fixture-service-user.review/deploy', {
      as: 'process-owner',
      body: fixtureForm('fixture-service-user.review'),
    });
    expect(form.status, JSON.stringify(form.body)).to.equal(201);
    await deployFixture('fixture-service-user');
  });

  it('when a person claims and completes the task with valid data, the instance completes', async () => {
    // given
    const key = await startInstance('fixture-service-user', {
      recordType: 'test',
      recordNumber: 'TST-2026-000001',
    });
    const started = Date.now();
    const task = await waitFor('the task in the service-desk queue', async () => {
      const list = await api<{ items: TaskItem[] }>(
        'GET',
        '/api/tasks?queue=service-desk&state=open&limit=500',
        { as: 'service-desk' },
      );
      return list.body.items.find((t) => t.processInstanceKey === key);
    });
    const lagMs = Date.now() - started;
    expect(task.candidateGroups).to.deep.equal(['service-desk']);
    expect(task.record).to.deep.equal({ type: 'test', number: 'TST-2026-000001' });
    expect(lagMs, 'task visible within a second of the service task finishing').to.be.below(3000);

    // when
    const claimed = await api<TaskItem>('POST', `/api/tasks/${task.id}/claim`, {
      as: 'service-desk',
    });
    const mine = await api<{ items: TaskItem[] }>('GET', '/api/tasks?assignee=me&limit=500', {
      as: 'service-desk',
    });
    const invalid = await api<{ error: { code: string; details: { field: string }[] } }>(
      'POST',
      `/api/tasks/${task.id}/complete`,
      { as: 'service-desk', body: { data: { decision: 'maybe', extra: 1 } } },
    );
    const completed = await api('POST', `/api/tasks/${task.id}/complete`, {
      as: 'service-desk',
      body: { data: { comment: 'looks fine', decision: 'approve', score: 4 } },
    });
    const again = await api<{ error: { code: string } }>('POST', `/api/tasks/${task.id}/complete`, {
      as: 'service-desk',
      body: { data: { comment: 'again', decision: 'approve' } },
    });

    // then
    expect(claimed.status).to.equal(200);
    expect(claimed.body.assignee).to.equal('service-desk');
    expect(mine.body.items.map((t) => t.id)).to.include(task.id);
    expect(invalid.status).to.equal(400);
    const fields = invalid.body.error.details.map((d) => d.field);
    expect(fields).to.include.members(['comment', 'decision', 'extra']);
    expect(completed.status, JSON.stringify(completed.body)).to.equal(200);
    expect(again.status).to.equal(409);
    const done: InstanceDetail = await instanceInState(key, 'completed');
    expect(done.variables.decision).to.equal('approve');
    expect(done.variables.echoed).to.equal(true);
    expect(done.record).to.deep.equal({ type: 'test', number: 'TST-2026-000001' });
    const elementStates = done.elements.map((e) => `${e.elementId}:${e.state}`);
    expect(elementStates.length).to.be.greaterThan(2);
    expect(done.elements.every((e) => e.state === 'completed')).to.equal(true);
  });

  it('when a user outside the queue or another claimer acts, answers 403 and 409', async () => {
    // given
    const key = await startInstance('fixture-service-user');
    const task = await waitFor('the task', async () => {
      const list = await api<{ items: TaskItem[] }>(
        'GET',
        '/api/tasks?queue=service-desk&limit=500',
        {
          as: 'service-desk',
        },
      );
      return list.body.items.find((t) => t.processInstanceKey === key);
    });
    // when
    const outsider = await api('POST', `/api/tasks/${task.id}/claim`, { as: 'auditor' });
    const outsiderList = await api<{ items: TaskItem[] }>('GET', '/api/tasks', { as: 'auditor' });
    await api('POST', `/api/tasks/${task.id}/claim`, { as: 'service-desk' });
    const lead = await api('POST', `/api/tasks/${task.id}/complete`, {
      as: 'admin',
      body: { data: {} },
    });
    const unclaimed = await api<TaskItem>('POST', `/api/tasks/${task.id}/unclaim`, {
      as: 'service-desk',
    });
    const unknown = await api('GET', '/api/tasks/123456789', { as: 'service-desk' });
    // then
    expect(outsider.status).to.equal(403);
    expect(outsiderList.body.items.find((t) => t.id === task.id)).to.equal(undefined);
    expect(lead.status).to.equal(403);
    expect(unclaimed.status).to.equal(200);
    expect(unclaimed.body.assignee).to.equal(undefined);
    expect(unknown.status).to.equal(404);
  });
});
