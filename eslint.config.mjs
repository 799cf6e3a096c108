import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
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
