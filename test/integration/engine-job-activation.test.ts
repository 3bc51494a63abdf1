/**
 * Jobs the gateway activates for a worker reach that worker even when the gateway answers after
 * the SDK's own timeout of the activation request (its long-poll time + 1 s). A Zeebe gateway
 * asks the partitions one after another, so on a busy machine with several partitions it answers
 * that late now and then; @camunda8/sdk 8.6 then dropped the jobs, and they waited for their job
 * timeout (seen on 3 partitions: the first msg-sender instance after start-up stayed at its
 * notify.send task). The gateway is the edge here: a gRPC server with the engine's own protocol
 * (the SDK's zeebe.proto) that answers the first activation late; the worker is the platform's
 * engine client's, as the job workers use it.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { expect } from 'chai';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createEngineClient } from '../../engine/client.ts';
import { waitFor } from '../helpers/api.ts';

interface ActivateRequest {
  type: string;
  worker: string;
  timeout: string;
  maxJobsToActivate: number;
  requestTimeout: string;
}

interface FakeGateway {
  address: string;
  activations: number;
  completed: string[];
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A gateway that activates one job on the first ActivateJobs request but answers only
 * `lateByMs` after the request's long-poll time; later requests find no job and end after
 * their long-poll time, as Zeebe's long polling does.
 */
async function startFakeGateway(jobKey: string, lateByMs: number): Promise<FakeGateway> {
  const require = createRequire(import.meta.url);
  const protoPath = path.join(
    path.dirname(require.resolve('@camunda8/sdk/package.json')),
    'dist/proto/zeebe.proto',
  );
  const definition = protoLoader.loadSync(protoPath, {
    keepCase: true,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  const loaded = grpc.loadPackageDefinition(definition) as unknown as {
    gateway_protocol: { Gateway: { service: grpc.ServiceDefinition } };
  };
  const server = new grpc.Server();
  const state: FakeGateway = {
    address: '',
    activations: 0,
    completed: [],
    stop: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
      }),
  };
  server.addService(loaded.gateway_protocol.Gateway.service, {
    Topology: (_call: unknown, callback: grpc.sendUnaryData<unknown>) =>
      callback(null, {
        brokers: [],
        clusterSize: 1,
        partitionsCount: 3,
        replicationFactor: 1,
        gatewayVersion: '8.5.8',
      }),
    ActivateJobs: (call: grpc.ServerWritableStream<ActivateRequest, unknown>) => {
      state.activations += 1;
      const first = state.activations === 1;
      const longPollMs = Number(call.request.requestTimeout);
      void (async () => {
        await sleep(longPollMs + (first ? lateByMs : 0));
        if (call.cancelled) return;
        if (first)
          call.write({
            jobs: [
              {
                key: jobKey,
                type: call.request.type,
                processInstanceKey: '2251799813685249',
                bpmnProcessId: 'msg-sender',
                processDefinitionVersion: 1,
                processDefinitionKey: '2251799813685248',
                elementId: 'Task_NotifyRequester',
                elementInstanceKey: '2251799813685250',
                customHeaders: '{}',
                worker: call.request.worker,
                retries: 3,
                deadline: String(Date.now() + Number(call.request.timeout)),
                variables: '{}',
                tenantId: '<default>',
              },
            ],
          });
        call.end();
      })();
    },
    CompleteJob: (
      call: grpc.ServerUnaryCall<{ jobKey: string }, unknown>,
      callback: grpc.sendUnaryData<unknown>,
    ) => {
      state.completed.push(String(call.request.jobKey));
      callback(null, {});
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  state.address = `127.0.0.1:${port}`;
  return state;
}

describe('job activation answered after the SDK gave up on the request', function () {
  this.timeout(60_000);

  it('when the gateway answers a long poll 1.5 s after its long-poll time, the worker still gets and completes the job', async () => {
    // given: a gateway that activates a job but answers 2.5 s after a 1 s long poll (the SDK
    // stops waiting after 2 s), and the platform's engine client pointed at it
    const gateway = await startFakeGateway('2251799813685251', 1_500);
    const engine = createEngineClient({
      version: '8.5.8',
      grpcAddress: gateway.address,
      restAddress: 'http://127.0.0.1:9',
      managementAddress: 'http://127.0.0.1:9',
    });
    const handled: string[] = [];
    // when: a job worker polls for the type
    const worker = engine.grpc.createWorker({
      taskType: 'itsm:notify.send:1',
      timeout: 60_000,
      maxJobsToActivate: 32,
      pollInterval: 100,
      longPoll: 1_000,
      taskHandler: (job) => {
        handled.push(String(job.key));
        return job.complete({});
      },
    });
    try {
      // then: the job the gateway activated late is handled and completed (its job timeout,
      // 60 s, is not waited for)
      await waitFor(
        'the late job to be completed',
        async () => (gateway.completed.length ? true : undefined),
        10_000,
      ).catch(() => undefined);
      expect(handled, 'jobs the worker handled').to.deep.equal(['2251799813685251']);
      expect(gateway.completed, 'jobs completed at the gateway').to.deep.equal([
        '2251799813685251',
      ]);
      expect(gateway.activations, 'the worker kept polling').to.be.greaterThan(1);
    } finally {
      await worker.close(2_000).catch(() => undefined);
      await gateway.stop();
    }
  });
});
