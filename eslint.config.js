import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

// Imports flow one way: the shared floors → the features → the app. A feature never reaches into
// another feature: what two features need moves down to a shared floor (session/, api/, …).
const SHARED = ['lib', 'api', 'handler-types', 'i18n', 'ui', 'session']
const FEATURES = ['accounts', 'handlers']
/** An import that climbs out of the importing folder into one of these. */
const into = (...folders) => ({
  regex: `^(\\.\\./)+(features/)?(${folders.join('|')})(/|$)`,
  message:
    'Imports flow one way: shared (session, api, …) → features → app, and no feature imports another.',
})
const boundaries = [
  {
    files: SHARED.map((folder) => `src/${folder}/**`),
    rules: { 'no-restricted-imports': ['error', { patterns: [into('features', 'app')] }] },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [into('app', ...FEATURES.filter((other) => other !== feature))] },
      ],
    },
  })),
]

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
  ...boundaries,
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
