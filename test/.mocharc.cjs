// npm test: unit, contract and integration suites on a real Postgres and a real engine that
// the global fixtures start, and the UI's browser tests (Chromium). TEST_SPEC=<glob> runs only
// those files (with the same fixtures).
'use strict';
module.exports = {
  'node-option': ['import=tsx'],
  spec: process.env.TEST_SPEC
    ? process.env.TEST_SPEC.split(',')
    : [
        'test/unit/**/*.test.ts',
        'test/contract/**/*.test.ts',
        'test/integration/**/*.test.ts',
        'test/browser/**/*.test.ts',
      ],
  require: ['test/global-fixtures.ts'],
  reporter: 'test/reporter.cjs',
  timeout: 60000,
  parallel: false,
};
