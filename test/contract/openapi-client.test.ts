import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { generatedSchema, SCHEMA_FILE } from '../../scripts/openapi-client.ts';

describe('contract: the typed client is generated from the routes as they are', () => {
  it('clients/typescript/schema.ts equals what `npm run openapi:client` generates now', async function () {
    this.timeout(60_000);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(
      committed === (await generatedSchema()),
      'run `npm run openapi:client` and commit',
    ).to.equal(true);
  });
});
