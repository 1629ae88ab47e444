// As the README's testing section gives it, with ts-jest for TypeScript.
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  globalSetup: '@dokklib/testing/jest/global-setup',
  globalTeardown: '@dokklib/testing/jest/global-teardown',
  setupFilesAfterEnv: ['@dokklib/testing/jest/setup'],
};
