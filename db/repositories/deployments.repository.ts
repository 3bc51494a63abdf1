import type { Knex } from 'knex';

/** One deployment of one resource, from the repository's `workflows/` or from the modeler. */
export interface DeploymentEntry {
  resourceName: string;
  resourceKind: 'process' | 'form';
  resourceId: string;
  checksum: string;
  source: 'repository' | 'modeler';
  deployedBy?: string;
  version?: number;
  key?: string;
  at: Date;
}

/** The deployment ledger: what was deployed when, from where, with which checksum. */
export function createDeploymentRepository(db: Knex | Knex.Transaction) {
  return {
    async record(e: DeploymentEntry): Promise<void> {
      await db('deployments').insert({
        resource_name: e.resourceName,
        resource_kind: e.resourceKind,
        resource_id: e.resourceId,
        checksum: e.checksum,
        source: e.source,
        deployed_by: e.deployedBy ?? null,
        version: e.version ?? null,
        key: e.key ?? null,
        deployed_at: e.at,
      });
    },
    /** Checksum of the last deployment of a file from the repository, if any. */
    async lastRepositoryChecksum(resourceName: string): Promise<string | undefined> {
      const row = await db('deployments')
        .where({ resource_name: resourceName, source: 'repository' })
        .orderBy('id', 'desc')
        .first('checksum');
      return row?.checksum;
    },
  };
}
export type DeploymentRepository = ReturnType<typeof createDeploymentRepository>;
