/** One jest run for every suite: unit (domain), emulator (its own facts), e2e (the built bundle). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.base.json' }] },
  globalSetup: '<rootDir>/tests/support/global-setup.cjs',
  moduleFileExtensions: ['ts', 'js', 'json'],
};
