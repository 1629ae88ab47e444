/**
 * One jest run for the whole monorepo. Unit tests (`*.test.ts`) and integration tests
 * (`*.int.test.ts`) run together; integration tests share one DynamoDB Local started by the
 * global setup below, and each test file creates its own table.
 */
'use strict';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/packages',
    '<rootDir>/examples',
    '<rootDir>/bench',
    '<rootDir>/reliability',
    '<rootDir>/consumer',
  ],
  testMatch: ['**/*.test.ts'],
  // consumer/cjs and consumer/esm are a user's projects, tested by consumer/consumer-suite.test.ts.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/consumer/(cjs|esm)/'],
  modulePathIgnorePatterns: ['<rootDir>/consumer/(cjs|esm)/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@dokklib/core$': '<rootDir>/packages/core/src/index.ts',
    '^@dokklib/decorators$': '<rootDir>/packages/decorators/src/index.ts',
    '^@dokklib/testing$': '<rootDir>/packages/testing/src/index.ts',
    '^@dokklib/testing/jest$': '<rootDir>/packages/testing/src/jest/index.ts',
    '^@dokklib/testing/in-memory$': '<rootDir>/packages/testing/src/in-memory/standalone.ts',
    '^@dokklib/testing/jest/(setup|global-setup|global-teardown)$':
      '<rootDir>/packages/testing/src/jest/$1.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  globalSetup: '<rootDir>/test/jest-global-setup.ts',
  globalTeardown: '<rootDir>/test/jest-global-teardown.ts',
  testTimeout: 30000,
};
