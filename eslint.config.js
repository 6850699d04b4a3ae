import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'reports/', 'test-results/', 'playwright-report/', 'data/', '.tmp/', 'fixtures/files/generated/', 'dist/', 'examples/consumer/reports/', 'examples/consumer/test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
      // The installed package is compiled JS run by Node itself (scripts/build-package.ts): a relative import
      // names its file, as Node needs; tsc rewrites .ts to .js.
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
          selector: `${node}[source.value=/^\\.\\.?\\//]:not([source.value=/\\.(ts|js|json)$/])`,
          message: 'A relative import names its file with its extension (./x.ts, not ./x): Node needs it in the installed package.',
        })),
      ],
    },
  },
);
