import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/paths.ts';
import { createAuditRepository } from '../../db/repositories/audit.repository.ts';
import { api, instanceInState, startInstance, waitFor } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

interface Finding {
  code: string;
  message: string;
  elementId?: string;
  field?: string;
}
interface Refusal {
  error: { code: string; message: string; details: Finding[] };
}
interface JobTypeItem {
  type: string;
  owner: 'platform' | 'external';
  name: string;
  active: boolean;
  retired?: string;
  input: Record<string, unknown>;
}

const examples = path.join(projectRoot, 'test', 'fixtures', 'camunda-examples');
const example = (name: string) => readFileSync(path.join(examples, name), 'utf8');

/** The job types of Camunda's examples, as an admin registers them for their outside workers. */
const EXAMPLE_TYPES: Record<string, { name: string; input?: object; output?: object }> = {
  callKids: { name: 'Call the kids' },
  checkProgress: {
    name: 'Check progress',
    output: {
      type: 'object',
      properties: { progress: { enum: ['in bed', 'dressing', 'ready'] } },
      required: ['progress'],
    },
  },
  'credit-deduction': {
    name: 'Deduct customer credit',
    input: {
      type: 'object',
      properties: {
        customerId: { type: 'string', description: 'The paying customer' },
        orderTotal: { type: 'number' },
      },
      required: ['customerId', 'orderTotal'],
    },
    output: { type: 'object', properties: { creditSufficient: { type: 'boolean' } } },
  },
  'charge-credit-card': {
    name: 'Charge credit card',
    input: {
      type: 'object',
      properties: { cardNumber: { type: 'string' }, openAmount: { type: 'number' } },
      required: ['cardNumber'],
    },
  },
  tweet: { name: 'Publish on Twitter' },
  'send-rejection': { name: 'Send rejection notification' },
  'notify-supplier': { name: 'Notify supplier' },
};

const deploy = (processId: string, xml: string) =>
  api<Refusal & { version: number }>('POST', `/api/processes/${processId}/deploy`, {
    as: 'process-owner',
    xml,
  });

const register = (type: string, extra: Record<string, unknown> = {}) =>
  api<Refusal & JobTypeItem>('POST', '/api/job-types', {
    as: 'admin',
    body: { type, ...EXAMPLE_TYPES[type], ...extra },
  });

/** Registers a type, or activates it again when an earlier test registered it already. */
async function registerActive(type: string): Promise<void> {
  const res = await register(type);
  if (res.status === 409) {
    const put = await api('PUT', `/api/job-types/${type}`, { as: 'admin', body: { active: true } });
    expect(put.status, JSON.stringify(put.body)).to.equal(200);
  } else expect(res.status, JSON.stringify(res.body)).to.equal(201);
}

/** A job-worker user task made a Zeebe user task, as the modeler's conversion does. */
const asZeebeUserTasks = (xml: string) =>
  xml.replace(
    /(<bpmn:userTask\b[^>]*>\s*<bpmn:extensionElements>)/g,
    '$1\n        <zeebe:userTask />',
  );

/**
 * External job types (issue 13 item 3): an admin registers the job types a worker outside the
 * platform serves, so Camunda's example diagrams deploy; until then they are refused with every
 * reason at once.
 */
describe('external job types: Camunda example diagrams deploy once their job types are registered', function () {
  this.timeout(120_000);

  before(async () => {
    const form = await api('POST', '/api/forms/review-tweet/deploy', {
      as: 'process-owner',
      body: JSON.parse(example('review-tweet.form')),
    });
    expect(form.status, JSON.stringify(form.body)).to.equal(201);
  });

  after(async () => {
    // Later test files expect these types unknown (modeler-diagrams refuses charge-credit-card).
    for (const type of Object.keys(EXAMPLE_TYPES))
      await api('PUT', `/api/job-types/${type}`, { as: 'admin', body: { active: false } });
  });

  it('refuses GetUpProcess, paymentProcess, TwitterDemoProcess and a Process_… diagram with every reason at once', async () => {
    // given: no external job type registered
    const diagrams = {
      GetUpProcess: ['callKids', 'checkProgress'],
      paymentProcess: ['credit-deduction', 'charge-credit-card'],
      TwitterDemoProcess: ['tweet', 'send-rejection'],
      Process_0k5n1sa: ['notify-supplier'],
    };
    for (const [processId, types] of Object.entries(diagrams)) {
      // when
      const res = await deploy(processId, example(`${processId}.bpmn`));

      // then
      expect(res.status, processId).to.equal(400);
      const unknown = res.body.error.details.filter((d) => d.code === 'UNKNOWN_JOB_TYPE');
      expect(
        unknown.map((d) => /job type "([^"]+)"/.exec(d.message)?.[1]),
        processId,
      ).to.have.members(types);
      const userTasks = res.body.error.details.filter((d) => d.code === 'NOT_A_ZEEBE_USER_TASK');
      expect(
        userTasks.map((d) => d.elementId),
        processId,
      ).to.deep.equal(
        processId === 'TwitterDemoProcess'
          ? ['ReviewTweetTask']
          : processId === 'Process_0k5n1sa'
            ? ['Activity_0x8k2qd']
            : [],
      );
    }
  });

  it('once an admin registers their job types, deploys them, and an outside worker completes the payment', async () => {
    // given
    for (const type of Object.keys(EXAMPLE_TYPES)) await registerActive(type);

    // when
    const getUp = await deploy('GetUpProcess', example('GetUpProcess.bpmn'));
    const payment = await deploy('paymentProcess', example('paymentProcess.bpmn'));
    const twitterAsIs = await deploy('TwitterDemoProcess', example('TwitterDemoProcess.bpmn'));
    const twitter = await deploy(
      'TwitterDemoProcess',
      asZeebeUserTasks(example('TwitterDemoProcess.bpmn')),
    );
    const modelerIds = await deploy(
      'Process_0k5n1sa',
      asZeebeUserTasks(example('Process_0k5n1sa.bpmn')),
    );

    // then: deployed; Twitter as it is still refused, now only for its job-worker user task
    expect(getUp.status, JSON.stringify(getUp.body)).to.equal(201);
    expect(payment.status, JSON.stringify(payment.body)).to.equal(201);
    expect(twitterAsIs.status).to.equal(400);
    expect(twitterAsIs.body.error.details.map((d) => d.code)).to.deep.equal([
      'NOT_A_ZEEBE_USER_TASK',
    ]);
    expect(twitter.status, JSON.stringify(twitter.body)).to.equal(201);
    expect(modelerIds.status, JSON.stringify(modelerIds.body)).to.equal(201);

    // when: an instance reaches the jobs, which a worker outside the platform completes
    const key = await startInstance('paymentProcess', {
      customerId: 'C-1',
      orderTotal: 42,
      cardNumber: '4111',
    });
    const { grpc } = testContext().platform.engine;
    const completeOne = async (type: string, variables: Record<string, boolean>) => {
      const job = await waitFor(`a ${type} job`, async () => {
        const [found] = await grpc.activateJobs({
          type,
          worker: 'outside-worker',
          timeout: 60_000,
          maxJobsToActivate: 1,
          requestTimeout: 1_000,
        });
        return found;
      });
      await grpc.completeJob({ jobKey: job.key, variables });
    };
    await completeOne('credit-deduction', { creditSufficient: false });
    await completeOne('charge-credit-card', {});

    // then
    const done = await instanceInState(key, 'completed');
    expect(done.elements.map((e) => e.elementId)).to.include('Task_ChargeCreditCard');
  });

  it('lists every job type: the platform’s own (retired marked) and the external ones', async () => {
    // given
    await registerActive('charge-credit-card');

    // when
    const res = await api<{ items: JobTypeItem[] }>('GET', '/api/job-types', {
      as: 'process-owner',
    });

    // then
    expect(res.status).to.equal(200);
    const platform = res.body.items.filter((i) => i.owner === 'platform');
    const byType = new Map(res.body.items.map((i) => [i.type, i]));
    expect(platform.length).to.be.greaterThan(10);
    expect(platform.every((i) => i.type.startsWith('itsm:'))).to.equal(true);
    const retired = platform.filter((i) => i.retired);
    expect(retired.length, 'some platform types are retired').to.be.greaterThan(0);
    expect(retired.every((i) => i.active === false)).to.equal(true);
    expect(byType.get('charge-credit-card')).to.deep.include({
      owner: 'external',
      name: 'Charge credit card',
      active: true,
    });
  });

  it('offers active external types as element templates, marked external, built from their input schema', async () => {
    // given
    await registerActive('credit-deduction');

    // when
    const res = await api<
      {
        id: string;
        name: string;
        description: string;
        properties: { type: string; value?: string; binding: { type: string; name?: string } }[];
      }[]
    >('GET', '/api/element-templates', { as: 'process-owner' });

    // then
    const template = res.body.find((t) => t.id === 'external.credit-deduction');
    expect(template, 'the credit-deduction template').to.not.equal(undefined);
    expect(template!.name).to.equal('Deduct customer credit (external)');
    expect(template!.description).to.match(/^External job type credit-deduction/);
    expect(template!.properties[0]).to.deep.include({ type: 'Hidden', value: 'credit-deduction' });
    expect(
      template!.properties
        .filter((p) => p.binding.type === 'zeebe:input')
        .map((p) => p.binding.name),
    ).to.deep.equal(['customerId', 'orderTotal']);
  });

  it('does not list deployed external job types among the unserved ones', async () => {
    // given: paymentProcess deployed above uses credit-deduction and charge-credit-card
    // when
    const res = await api<{ items: { jobType: string }[] }>('GET', '/api/workers/unserved', {
      as: 'process-owner',
    });
    // then
    expect(res.status).to.equal(200);
    const unserved = res.body.items.map((i) => i.jobType);
    expect(unserved).to.not.include('charge-credit-card');
    expect(unserved).to.not.include('callKids');
  });

  it('refuses bad registrations with 400 naming the field, a platform type, a duplicate with 409', async () => {
    // given
    await registerActive('tweet');
    const platformType = 'itsm:notify.send:1';

    // when
    const answers = {
      platform: await register(platformType, { name: 'Mine now' }),
      namespace: await register('itsm:mine:1', { name: 'Mine' }),
      expression: await register('=jobType', { name: 'Computed' }),
      spaces: await register('charge card', { name: 'Spaces' }),
      notSchema: await register('bad-schema', {
        name: 'Bad',
        input: { type: 'object', properties: 5 },
      }),
      notObject: await register('bad-output', { name: 'Bad', output: { type: 'array' } }),
      badRef: await register('bad-ref', { name: 'Bad', input: { $ref: '#/nowhere' } }),
      duplicate: await register('tweet'),
      asProcessOwner: await api<Refusal>('POST', '/api/job-types', {
        as: 'process-owner',
        body: { type: 'po-type', name: 'Not mine to add' },
      }),
    };

    // then
    const field = (r: { body: Refusal }) => r.body.error.details.map((d) => d.field);
    expect(answers.platform.status).to.equal(400);
    expect(field(answers.platform)).to.deep.equal(['type']);
    expect(answers.platform.body.error.details[0]!.message).to.contain("platform's own workers");
    expect(answers.namespace.status).to.equal(400);
    expect(field(answers.namespace)).to.deep.equal(['type']);
    expect(answers.expression.status).to.equal(400);
    expect(field(answers.expression)).to.include('type');
    expect(answers.spaces.status).to.equal(400);
    expect(field(answers.spaces)).to.include('type');
    expect(answers.notSchema.status).to.equal(400);
    expect(field(answers.notSchema)).to.deep.equal(['input']);
    expect(answers.notSchema.body.error.message).to.contain('ajv');
    expect(answers.notObject.status).to.equal(400);
    expect(field(answers.notObject)).to.deep.equal(['output']);
    expect(answers.badRef.status).to.equal(400);
    expect(answers.badRef.body.error.message).to.contain('nowhere');
    expect(answers.duplicate.status).to.equal(409);
    expect(answers.asProcessOwner.status).to.equal(403);
    const listed = await api<{ items: JobTypeItem[] }>('GET', '/api/job-types', { as: 'admin' });
    const types = listed.body.items.map((i) => i.type);
    for (const t of ['itsm:mine:1', 'bad-schema', 'bad-output', 'bad-ref', 'po-type'])
      expect(types).to.not.include(t);
  });

  it('a deactivated type no longer deploys; deleting one a deployed version uses is refused naming it', async () => {
    // given: notify-supplier is used by the deployed Process_0k5n1sa
    await registerActive('notify-supplier');

    // when
    const deactivated = await api<JobTypeItem>('PUT', '/api/job-types/notify-supplier', {
      as: 'admin',
      body: { active: false },
    });
    const redeploy = await deploy(
      'Process_0k5n1sa',
      asZeebeUserTasks(example('Process_0k5n1sa.bpmn')).replace('Supplier notified', 'Done'),
    );
    const deleted = await api<Refusal>('DELETE', '/api/job-types/notify-supplier', {
      as: 'admin',
    });
    const unserved = await api<{ items: { jobType: string }[] }>('GET', '/api/workers/unserved', {
      as: 'admin',
    });

    // then
    expect(deactivated.status).to.equal(200);
    expect(deactivated.body.active).to.equal(false);
    expect(redeploy.status).to.equal(400);
    expect(redeploy.body.error.details.map((d) => d.code)).to.deep.equal(['UNKNOWN_JOB_TYPE']);
    expect(deleted.status).to.equal(409);
    expect(deleted.body.error.message).to.contain('Process_0k5n1sa v1');
    expect(unserved.body.items.map((i) => i.jobType)).to.not.include('notify-supplier');
  });

  it('deletes a type no deployed version uses, and audits registration, change and removal', async () => {
    // given
    const type = `unused-${Date.now()}`;
    const created = await api('POST', '/api/job-types', {
      as: 'admin',
      body: { type, name: 'Unused', description: 'Never in a diagram' },
    });
    const changed = await api('PUT', `/api/job-types/${type}`, {
      as: 'admin',
      body: { name: 'Still unused' },
    });

    // when
    const deleted = await api('DELETE', `/api/job-types/${type}`, { as: 'admin' });
    const again = await api('DELETE', `/api/job-types/${type}`, { as: 'admin' });

    // then
    expect(created.status).to.equal(201);
    expect(changed.status).to.equal(200);
    expect(deleted.status).to.equal(204);
    expect(again.status).to.equal(404);
    const audit = await createAuditRepository(testContext().platform.db).forRecord(
      'external_job_types',
      type,
    );
    expect(audit.map((a) => [a.action, a.actor])).to.deep.equal([
      ['create', 'admin'],
      ['update', 'admin'],
      ['delete', 'admin'],
    ]);
    expect(audit[1]!.after).to.deep.equal({ name: 'Still unused' });
  });
});
