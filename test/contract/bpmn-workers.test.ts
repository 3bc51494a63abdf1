import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import knexFactory from 'knex';
import { projectRoot } from '../../lib/paths.ts';
import { systemClock } from '../../lib/clock.ts';
import { parseBpmn, type BpmnFacts } from '../../server/processes/bpmn-model.ts';
import { validateDiagram } from '../../server/processes/validate-diagram.ts';
import { createDomain } from '../../domain/domain.ts';
import { createWorkers } from '../../workers/registry.ts';
import { testWorkers } from '../helpers/test-workers.ts';

/** Diagrams that must run on the platform: the repository's, and the valid test fixtures. */
function diagrams(): { file: string; xml: string; fixture: boolean }[] {
  const repo = path.join(projectRoot, 'workflows');
  const fixtures = path.join(projectRoot, 'test', 'fixtures', 'bpmn');
  const list = (dir: string, keep: (f: string) => boolean, fixture: boolean) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.bpmn') && keep(f))
      .map((f) => ({
        file: path.join(dir, f),
        xml: readFileSync(path.join(dir, f), 'utf8'),
        fixture,
      }));
  return [
    ...list(repo, () => true, false),
    // invalid-* fixtures are wrong on purpose; bench-* run on the raw SDK, not the platform.
    ...list(fixtures, (f) => !f.startsWith('invalid-') && !f.startsWith('bench-'), true),
  ];
}

function formIds(): string[] {
  const ids: string[] = [];
  for (const dir of [
    path.join(projectRoot, 'workflows', 'forms'),
    path.join(projectRoot, 'test', 'fixtures', 'forms'),
  ]) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.form'));
    } catch {
      continue;
    }
    for (const f of files)
      ids.push(String((JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { id: string }).id));
  }
  return ids;
}

// The registry builds repositories over a knex that never connects here: no I/O in this suite.
const offlineDb = knexFactory({ client: 'pg' });
const platformWorkers = createWorkers({
  db: offlineDb,
  engine: { publishMessage: async () => ({ key: '0' }), cancelInstance: async () => undefined },
  clock: systemClock,
  domain: createDomain({ db: offlineDb, clock: systemClock }),
});
const allWorkers = [...platformWorkers, ...testWorkers];

describe('contract: BPMN diagrams and workers', () => {
  const files = diagrams();
  const parsed = new Map<string, BpmnFacts>();
  before(async () => {
    for (const d of files) parsed.set(d.file, await parseBpmn(d.xml));
  });

  it('when the diagrams are listed, finds the repository workflows and the test fixtures', () => {
    expect(files.filter((f) => f.fixture).length).to.be.greaterThan(2);
  });

  it('when a diagram is read, its executable process id equals its file name', () => {
    for (const d of files) {
      const ids = parsed
        .get(d.file)!
        .processes.filter((p) => p.isExecutable)
        .map((p) => p.id);
      expect(ids, d.file).to.deep.equal([path.basename(d.file, '.bpmn')]);
    }
  });

  it('when each diagram is checked as the deploy route checks it, it has no finding', async () => {
    const knownJobTypes = allWorkers.map((w) => w.type);
    for (const d of files) {
      const findings = await validateDiagram(d.xml, {
        expectedProcessId: path.basename(d.file, '.bpmn'),
        knownJobTypes,
        knownFormIds: formIds(),
      });
      expect(findings, `${d.file}: ${findings.map((f) => f.message).join('; ')}`).to.deep.equal([]);
    }
  });

  it('when the job types of all diagrams are collected, every platform worker is used and every fixture worker too, and no retired one', () => {
    const used = new Set([...parsed.values()].flatMap((f) => f.serviceTasks.map((t) => t.jobType)));
    for (const w of allWorkers)
      if (w.retired)
        expect(
          used.has(w.type),
          `${w.type} is retired (${w.retired}) but a diagram uses it`,
        ).to.equal(false);
      else expect(used.has(w.type), `${w.type} is used by no diagram`).to.equal(true);
  });

  it('when a shipped diagram version was replaced, every job type it uses is still served (its running instances finish)', () => {
    // given the versions replaced in workflows/, kept in test/fixtures/shipped/
    const shipped = path.join(projectRoot, 'test', 'fixtures', 'shipped');
    const served = new Set(allWorkers.map((w) => w.type));
    const files = readdirSync(shipped).filter((f) => f.endsWith('.bpmn'));
    expect(files, 'shipped versions').to.have.length.greaterThan(0);
    for (const file of files) {
      // when its job types are read
      const xml = readFileSync(path.join(shipped, file), 'utf8');
      const types = [...xml.matchAll(/<zeebe:taskDefinition type="([^"]+)"/g)].map((m) => m[1]!);
      expect(types, file).to.have.length.greaterThan(0);
      // then a registered worker serves each
      for (const type of types)
        expect(served.has(type), `${file}: ${type} has no worker; keep it, retired`).to.equal(true);
    }
  });

  it('when a job type declares BPMN errors, every task of that type catches each of them', () => {
    const byType = new Map(allWorkers.map((w) => [w.type, w]));
    for (const [file, facts] of parsed) {
      for (const task of facts.serviceTasks) {
        const worker = task.jobType ? byType.get(task.jobType) : undefined;
        for (const code of worker?.bpmnErrors ?? []) {
          const caught = facts.caughtErrors.some(
            (c) =>
              (c.errorCode === code || c.errorCode === undefined) &&
              ((c.kind === 'boundary' && c.attachedToId === task.elementId) ||
                (c.kind === 'eventSubProcess' && c.processId === task.processId)),
          );
          expect(
            caught,
            `${path.basename(file)}: ${task.elementId} (${task.jobType}) does not catch ${code}`,
          ).to.equal(true);
        }
      }
    }
  });
});
