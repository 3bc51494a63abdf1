import { stringify } from 'yaml';
import { exporterRecordList } from '../lib/engine-records.ts';

/** The ports of an engine the platform starts; all bound to 127.0.0.1. */
export interface EnginePorts {
  grpc: number;
  rest: number;
  management: number;
  command: number;
  internal: number;
}

/**
 * The Postgres exporter's settings. All but the password are written into the broker's
 * configuration; the password reaches the broker through its environment only
 * (`exporterSecretEnv`), so no file holds it.
 */
export interface ExporterSettings {
  jarPath: string;
  jdbcUrl: string;
  username: string;
  password: string;
  /**
   * Records exported beside the projector's (`VALUE_TYPE` or `VALUE_TYPE:INTENT`), e.g. the job
   * records the benchmark counts; none in the platform itself.
   */
  extraRecords?: readonly string[];
}

/**
 * The project's own broker configuration (Zeebe 8.5 keys): one partition on 127.0.0.1 only,
 * small threads and segments for a 2-core machine, optional clock control, and our exporter.
 */
export function renderApplicationYaml(options: {
  dataDir: string;
  ports: EnginePorts;
  clockControlled: boolean;
  exporter?: ExporterSettings;
  /** Partitions of the one-broker cluster (1 unless ENGINE_PARTITIONS says otherwise). */
  partitions?: number;
}): string {
  const { dataDir, ports, clockControlled, exporter, partitions = 1 } = options;
  const config = {
    zeebe: {
      clock: { controlled: clockControlled },
      broker: {
        gateway: {
          enable: true,
          network: { host: '127.0.0.1', port: ports.grpc },
          security: { enabled: false, authentication: { mode: 'none' } },
        },
        network: {
          host: '127.0.0.1',
          commandApi: { port: ports.command },
          internalApi: { port: ports.internal },
        },
        data: {
          directory: dataDir,
          logSegmentSize: '16MB',
          snapshotPeriod: '5m',
          disk: { freeSpace: { processing: '128MB', replication: '64MB' } },
        },
        cluster: { clusterSize: 1, replicationFactor: 1, partitionsCount: partitions },
        // Several partitions on one CPU thread take turns: a deployment, which every partition
        // processes, then kept the first partition from answering within the gateway's 15 s.
        threads: { cpuThreadCount: partitions > 1 ? 2 : 1, ioThreadCount: 1 },
        experimental: { raft: { preallocateSegmentFiles: false } },
        exporters: exporter
          ? {
              [EXPORTER_ID]: {
                className: 'io.itsm.exporter.PostgresExporter',
                jarPath: exporter.jarPath,
                args: {
                  jdbcUrl: exporter.jdbcUrl,
                  username: exporter.username,
                  batchSize: 500,
                  flushIntervalMs: 50,
                  // Only what the projector applies (lib/engine-records.ts).
                  valueTypes: exporterRecordList(exporter.extraRecords),
                  flushAtOnce: 'USER_TASK:CREATED',
                },
              },
            }
          : {},
      },
    },
    server: { address: '127.0.0.1', port: ports.rest },
    management: { server: { address: '127.0.0.1', port: ports.management } },
  };
  return stringify(config);
}

/** The exporter's id in the broker configuration (`zeebe.broker.exporters.itsm`). */
export const EXPORTER_ID = 'itsm';

/**
 * The environment that gives the broker the exporter's password: Spring Boot binds
 * `ZEEBE_BROKER_EXPORTERS_ITSM_ARGS_PASSWORD` to `zeebe.broker.exporters.itsm.args.password`
 * (the same variable docker-compose.yml sets). A process's environment is readable only by
 * its own user (/proc/<pid>/environ is mode 400).
 */
export function exporterSecretEnv(exporter: ExporterSettings | undefined): Record<string, string> {
  return exporter
    ? { [`ZEEBE_BROKER_EXPORTERS_${EXPORTER_ID.toUpperCase()}_ARGS_PASSWORD`]: exporter.password }
    : {};
}
