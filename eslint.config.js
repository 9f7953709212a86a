// Lint rules, including the layering of the architecture (docs/architecture.md):
// main/common runs anywhere, main/core runs under plain Node, only main/electron and preload
// may touch Electron, and the renderer may import only main/common from main/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';
import noImportCycle from './scripts/eslint/no-import-cycle.mjs';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'zlib',
  'http',
  'url',
  'stream',
  'events',
  'util',
  'worker_threads',
];
const electronBan = { name: 'electron', message: 'Only main/electron and preload may import electron.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // A module that reaches itself again through its imports (types included) cannot be read,
    // tested or moved on its own; shared pieces go to a module of their own (docs/contributing.md).
    plugins: { dateline: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'dateline/no-import-cycle': 'error' },
  },
  {
    // The page is untrusted and text runs through these on every call: no regular expression whose
    // time can grow faster than its input (docs/security.md, "Bounded work").
    files: ['main/**', 'renderer/**', 'preload/**'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['main/common/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            { group: nodeBuiltins, message: 'main/common is isomorphic: no Node built-ins.' },
            {
              group: ['**/core/**', '**/electron/**', '**/host/**', '**/cli/**', 'react', 'react-dom', 'slate-react'],
              message: 'main/common depends on nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/core/**', 'main/host/**', 'main/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'Services never depend on the Electron glue or the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node: talk to window.dateline.' },
            {
              group: ['**/main/core/**', '**/main/electron/**', '**/main/host/**', '**/main/cli/**', '**/preload/**'],
              message: 'The renderer may import only main/common from main/.',
            },
          ],
        },
      ],
    },
  },
);
