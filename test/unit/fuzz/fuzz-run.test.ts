import { expect } from 'chai';
import {
  erroredOperations,
  failuresFromOutput,
  operationsByRole,
} from '../../../scripts/fuzz/run.ts';
import { openApiDocument } from '../../../server/openapi-document.ts';

type Doc = Parameters<typeof operationsByRole>[0];

describe('npm run fuzz: which role fuzzes what, and reading schemathesis output', () => {
  it('gives every operation but logout to exactly one role its x-roles allow (public ones to no token)', () => {
    // given: the API's document as the routes declare it
    const doc = openApiDocument() as Doc;
    // when
    const byRole = operationsByRole(doc);
    // then
    const seen: string[] = [];
    for (const [role, paths] of byRole)
      for (const [p, item] of Object.entries(paths))
        for (const [method, op] of Object.entries(item)) {
          const roles = op['x-roles'];
          const key = `${method.toUpperCase()} ${p}`;
          seen.push(key);
          if (roles === 'public') expect(role, key).to.equal('public');
          else if (roles === 'authenticated') expect(role, key).not.to.equal('public');
          else expect(roles, key).to.include(role);
        }
    const all = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(seen.sort()).to.deep.equal(all.filter((k) => k !== 'POST /api/auth/logout').sort());
  });

  it('reads the failures and the errored operations from the console output', () => {
    // given: the shape of schemathesis 4's console output
    const out = [
      '=================================== FAILURES ===================================',
      '______________________________ POST /api/auth/login _____________________________',
      '1. Test Case ID: c9645N',
      '',
      '- Undocumented status code',
      '',
      '    Received: 401',
      '',
      '=================================== ERRORS =====================================',
      '______________________ POST /api/processes/check ______________________',
      'Runtime Error',
      '=================================== SUMMARY ====================================',
    ].join('\n');
    // when / then
    expect(failuresFromOutput(out)).to.deep.equal([
      'POST /api/auth/login: Undocumented status code | Received: 401',
    ]);
    expect(erroredOperations(out)).to.deep.equal(['POST /api/processes/check']);
  });
});
