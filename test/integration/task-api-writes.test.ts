import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { createReadModelHandlers, type ProjectionHandler } from '../../db/projector/handlers.ts';
import { createTaskRepository } from '../../db/repositories/tasks.repository.ts';
import { describeProcess } from '../../platform/platform.ts';
import { api, deployFixture, migrationFixtureXml, startInstance, waitFor } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

const PROCESS = 'fixture-task-writes';

interface TaskItem {
  id: string;
  name: string;
  state: string;
  assignee: string | null;
  processInstanceKey: string;
  record: { number: string } | null;
}

/** A user-task record as the exporter stores it, for the handler under test. */
function userTaskRecord(key: string, intent: string, value: Record<string, unknown>) {
  return {
    partitionId: 1,
    position: 1,
    key,
    valueType: 'USER_TASK',
    intent,
    recordType: 'EVENT',
    timestamp: Date.parse('2026-12-08T09:00:00Z'),
    value: { userTaskKey: key, ...value },
  };
}

describe('claim and complete answer without waiting for the projector', function () {
  this.timeout(180_000);

  describe('the projector never moves a task row back', () => {
    const key = '9100000000000000001';
    let db: Knex;
    let userTasks: ProjectionHandler;
    const apply = (intent: string, value: Record<string, unknown>) =>
      db.transaction((trx) => userTasks.apply(trx, userTaskRecord(key, intent, value) as never));
    const row = () => db('tasks').where({ key }).first('assignee', 'state', 'api_action');

    before(async () => {
      db = testContext().platform.db;
      userTasks = createReadModelHandlers(describeProcess).find(
        (h) => h.valueType === 'USER_TASK',
      )!;
      await db('tasks').where({ key }).delete();
      await apply('CREATED', {
        processInstanceKey: '9100000000000000000',
        processDefinitionKey: '9100000000000000002',
        elementId: 'Task_Review',
        elementInstanceKey: '9100000000000000003',
        bpmnProcessId: PROCESS,
        candidateGroupsList: ['service-desk'],
        assignee: '',
      });
    });

    after(async () => {
      await db('tasks').where({ key }).delete();
    });

    it("keeps the API's claim when an older assignment record is replayed after it", async () => {
      // given an earlier claim by someone else that the projector has not applied yet, and the
      // API's write of a newer, engine-accepted claim
      const token = `itsm-claim-${randomUUID()}`;
      const written = await createTaskRepository(db).writeAccepted(key, token, {
        assignee: 'resolver-l1',
      });
      expect(written?.assignee).to.equal('resolver-l1');

      // when the older record arrives
      await apply('ASSIGNED', { assignee: 'service-desk', action: 'assign' });

      // then the row stays as the API wrote it
      expect(await row()).to.deep.equal({
        assignee: 'resolver-l1',
        state: 'created',
        api_action: token,
      });

      // when the record of the API's own command arrives, then a newer unassignment
      await apply('ASSIGNED', { assignee: 'resolver-l1', action: token });
      expect(await row()).to.deep.equal({
        assignee: 'resolver-l1',
        state: 'created',
        api_action: null,
      });
      await apply('ASSIGNED', { assignee: '', action: 'unassign' });

      // then the row follows the engine again
      expect((await row()).assignee).to.equal(null);
    });

    it('drops an API write whose record the projector has already applied', async () => {
      // given the projector applied the claim's record, and a newer claim after it
      const token = `itsm-claim-${randomUUID()}`;
      await apply('ASSIGNED', { assignee: 'resolver-l1', action: token });
      await apply('ASSIGNED', { assignee: 'resolver-l2', action: `itsm-claim-${randomUUID()}` });

      // when the API's write of the first claim comes late
      const answer = await createTaskRepository(db).writeAccepted(key, token, {
        assignee: 'resolver-l1',
      });

      // then it changes nothing
      expect(answer?.assignee).to.equal('resolver-l2');
      expect(await row()).to.deep.equal({
        assignee: 'resolver-l2',
        state: 'created',
        api_action: null,
      });
    });

    it('never reopens a completed task, and keeps the state the API wrote', async () => {
      const token = `itsm-complete-${randomUUID()}`;
      await createTaskRepository(db).writeAccepted(key, token, {
        completedAt: new Date('2026-12-08T09:01:00Z'),
      });
      await apply('ASSIGNED', { assignee: 'service-desk', action: 'assign' });
      await apply('UPDATED', { candidateGroupsList: ['service-desk'] });
      expect(await row()).to.deep.include({ state: 'completed', assignee: 'resolver-l2' });
      await apply('COMPLETED', { action: token });
      expect(await row()).to.deep.equal({
        assignee: 'resolver-l2',
        state: 'completed',
        api_action: null,
      });
    });
  });

  describe('through the API with the projector stopped', () => {
    before(async () => {
      await deployFixture(
        PROCESS,
        migrationFixtureXml(1).replaceAll('"fixture-migration"', `"${PROCESS}"`),
      );
    });

    it('claims and completes ten tasks at once, each list read right after shows the change', async () => {
      // given ten open tasks in the service-desk queue
      const numbers = Array.from(
        { length: 10 },
        (_, i) => `TST-2026-8${String(Date.now() % 10000).padStart(4, '0')}${i}`,
      );
      const keys = await Promise.all(
        numbers.map((number) =>
          startInstance(PROCESS, { recordType: 'test', recordNumber: number, requestId: number }),
        ),
      );
      const tasks = await waitFor('the ten Review tasks', async () => {
        const list = await api<{ items: TaskItem[] }>(
          'GET',
          '/api/tasks?queue=service-desk&state=open&limit=500',
          { as: 'service-desk' },
        );
        const mine = list.body.items.filter((t) => keys.includes(t.processInstanceKey));
        return mine.length === 10 ? mine : undefined;
      });
      const projector = testContext().platform.projector!;
      await projector.stop();
      try {
        // when each is claimed while nothing is projected
        const claimed = await Promise.all(
          tasks.map((t) =>
            api<TaskItem>('POST', `/api/tasks/${t.id}/claim`, { as: 'service-desk' }),
          ),
        );

        // then every answer and the list read right after show the claims
        expect(claimed.map((c) => [c.status, c.body.assignee])).to.deep.equal(
          tasks.map(() => [200, 'service-desk']),
        );
        const mine = await api<{ items: TaskItem[] }>('GET', '/api/tasks?assignee=me&limit=500', {
          as: 'service-desk',
        });
        expect(mine.body.items.map((t) => t.id)).to.include.members(tasks.map((t) => t.id));

        // when each is completed
        const completed = await Promise.all(
          tasks.map((t) =>
            api<TaskItem>('POST', `/api/tasks/${t.id}/complete`, {
              as: 'service-desk',
              body: { data: {} },
            }),
          ),
        );

        // then the answers and the queue read right after show them completed
        expect(completed.map((c) => [c.status, c.body.state])).to.deep.equal(
          tasks.map(() => [200, 'completed']),
        );
        const open = await api<{ items: TaskItem[] }>(
          'GET',
          '/api/tasks?queue=service-desk&state=open&limit=500',
          { as: 'service-desk' },
        );
        expect(open.body.items.map((t) => t.id)).not.to.include.members(tasks.map((t) => t.id));
        const again = await api('POST', `/api/tasks/${tasks[0]!.id}/complete`, {
          as: 'service-desk',
          body: { data: {} },
        });
        expect(again.status).to.equal(409);
      } finally {
        projector.start();
      }

      // then, once the projector has caught up, the rows hold the engine's state and no marks
      const db = testContext().platform.db;
      const rows = await waitFor('the projector to apply the completions', async () => {
        const r = await db('tasks')
          .whereIn(
            'key',
            tasks.map((t) => t.id),
          )
          .select('state', 'assignee', 'api_action', 'applied_actions');
        return r.every((x) => x.api_action === null) ? r : undefined;
      });
      for (const r of rows) {
        expect(r).to.deep.include({ state: 'completed', assignee: 'service-desk' });
        expect(r.applied_actions).to.have.length(2);
      }
      await waitFor('the next step of every instance', async () => {
        const list = await api<{ items: TaskItem[] }>(
          'GET',
          '/api/tasks?queue=service-desk&state=open&limit=500',
          { as: 'service-desk' },
        );
        const next = list.body.items.filter(
          (t) => keys.includes(t.processInstanceKey) && t.name === 'Old step',
        );
        return next.length === 10 ? next : undefined;
      });
    });
  });
});
