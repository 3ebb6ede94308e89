import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      'no-console': ['error', { allow: ['error', 'warn'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/api/ speaks HTTP.' }],
    },
  },
  {
    files: ['src/api/**', 'src/sim/**', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-globals': 'off', 'no-console': 'off' },
  },
  {
    // A test server that shares the client's assumptions cannot catch them.
    files: ['src/sim/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message:
                'The simulator imports nothing from outside src/sim: it keeps its own table of types (platform-types.ts).',
            },
          ],
        },
      ],
    },
  },
)
