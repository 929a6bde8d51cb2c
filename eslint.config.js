'use strict';
/**
 * Lint: typescript-eslint's recommended rules, no eval or string-built code, no HTML from strings, and the
 * architecture rule that the engine stays pure (no hosts, front ends, Office.js, DOM, ExcelJS or file I/O).
 */
const tseslint = require('typescript-eslint');

const NO_HTML_INJECTION = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Text from cells is never turned into HTML: render it as text.',
};

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'scratch/', 'test-output/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', NO_HTML_INJECTION],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with React or textContent.' },
        { property: 'outerHTML', message: 'Render text with React or textContent.' },
        { property: 'insertAdjacentHTML', message: 'Render text with React or textContent.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/hosts/**', '**/taskpane/**', '**/web/**', '**/cli/**'], message: 'The engine never imports hosts or front ends.' },
            { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'docx', 'fs', 'path', 'os', 'child_process'], message: 'The engine is pure: no workbook API, UI or I/O.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'Office', 'Excel', 'fetch', 'process'],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The page's few JavaScript modules (what TypeScript cannot compile for the tests, e.g. `import.meta`).
    files: ['src/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { Worker: 'readonly', URL: 'readonly' } },
  },
);
