import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { renderApplicationYaml } from '../../../engine/application-yaml.ts';
import { loadEngineConfig } from '../../../engine/config.ts';
import { checkPartitions } from '../../../engine/runtime.ts';

describe('engine partitions', () => {
  const ports = { grpc: 1, rest: 2, management: 3, command: 4, internal: 5 };

  it('are one unless ENGINE_PARTITIONS says otherwise, and reach the broker configuration', () => {
    expect(loadEngineConfig({}).ENGINE_PARTITIONS).to.equal(1);
    expect(loadEngineConfig({ ENGINE_PARTITIONS: '3' }).ENGINE_PARTITIONS).to.equal(3);
    expect(() => loadEngineConfig({ ENGINE_PARTITIONS: '0' })).to.throw(/ENGINE_PARTITIONS/);
    const yaml = parse(
      renderApplicationYaml({ dataDir: '/d', ports, clockControlled: false, partitions: 3 }),
    ) as { zeebe: { broker: { cluster: { partitionsCount: number } } } };
    expect(yaml.zeebe.broker.cluster.partitionsCount).to.equal(3);
  });

  it('a data folder keeps its count: another one is refused, saying what to do', () => {
    // given engine data created with one partition
    const stateDir = mkdtempSync(path.join(os.tmpdir(), 'itsm-partitions-'));
    checkPartitions(stateDir, 1);
    mkdirSync(path.join(stateDir, 'data'));
    writeFileSync(path.join(stateDir, 'data', 'raft-partition'), '');

    // when / then
    expect(() => checkPartitions(stateDir, 1)).not.to.throw();
    expect(() => checkPartitions(stateDir, 3)).to.throw(
      /was created with 1 partition\(s\); ENGINE_PARTITIONS=3 needs fresh engine data/,
    );
    expect(readFileSync(path.join(stateDir, 'partitions'), 'utf8').trim()).to.equal('1');
  });
});
