/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Tests that convert with LibreOffice or drive Chromium take seconds; on a shared 2-core machine under load the
  // default 5 s ran out for tests that pass alone in one or two.
  testTimeout: 30_000,
};
