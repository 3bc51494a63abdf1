import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/paths.ts';
import { parseBpmn } from '../../server/processes/bpmn-model.ts';

/**
 * The platform takes any BPMN process id from users (Camunda Modeler's `Process_0abc123`);
 * the repository's own diagrams keep the spec's convention: kebab-case ids named like their
 * file (processes.md §0).
 */
describe('contract: the repository diagrams keep kebab-case process ids', () => {
  it('when workflows/ is read, each executable process id is kebab-case and its file name', async () => {
    const dir = path.join(projectRoot, 'workflows');
    const files = readdirSync(dir).filter((f) => f.endsWith('.bpmn'));
    expect(files.length).to.be.greaterThan(3);
    for (const file of files) {
      const facts = await parseBpmn(readFileSync(path.join(dir, file), 'utf8'));
      const ids = facts.processes.filter((p) => p.isExecutable).map((p) => p.id);
      expect(ids, file).to.deep.equal([file.replace(/\.bpmn$/, '')]);
      expect(ids[0], file).to.match(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
    }
  });
});
