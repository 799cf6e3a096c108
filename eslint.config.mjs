import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'build-parity/', 'out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Node-side code: the build, tests, the emulator, the demo.
    files: ['scripts/**', 'tests/**', 'emulator/**', 'demo/**', '*.cjs', '*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Facts run in jest and, bundled, in a real Apps Script project: no Node, no jest, no emulator.
    files: ['tests/emulator/facts/**/*.ts'],
    languageOptions: { globals: { console: 'readonly' } },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', '../*', 'jest', '@jest/*'] }],
      'no-restricted-globals': ['error', 'describe', 'it', 'test', 'jest', 'require', 'process', 'Buffer', '__dirname',
        'SpreadsheetApp', 'FormApp', 'DocumentApp', 'DriveApp', 'PropertiesService', 'LockService', 'CacheService',
        'Session', 'ScriptApp', 'Utilities', 'Logger', 'HtmlService', 'Charts'],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/emulator/**', '**/tests/**', '**/demo/**'] }] },
  },
  {
    // The domain core knows nothing of Google: no Apps Script globals, no emulator.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'SpreadsheetApp', 'HtmlService', 'PropertiesService', 'ScriptApp',
        'LockService', 'Utilities', 'Session', 'Logger', 'CacheService', 'FormApp', 'DocumentApp', 'DriveApp'],
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/emulator/**', '**/client/**', '**/tests/**', '**/demo/**'] }],
    },
  },
);
