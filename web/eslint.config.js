import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import i18next from 'eslint-plugin-i18next'
import tseslint from 'typescript-eslint'
import { defineConfig, globalIgnores } from 'eslint/config'

const features = ['agents', 'auth', 'conversations', 'floor', 'incidents', 'reports', 'rules']

// Features do not import each other; src/app composes them and shared code lives in src/lib.
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: features.filter((f) => f !== feature).flatMap((f) => [`@/features/${f}`, `@/features/${f}/*`, `**/features/${f}/*`, `../../${f}/*`]),
            message: 'Features must not import each other; move shared code to src/lib.',
          },
          { group: ['@/app/*', '**/app/*'], message: 'Features must not import the app shell.' },
        ],
      },
    ],
  },
}))

export default defineConfig([
  globalIgnores(['dist', 'e2e/artifacts', 'node_modules', 'src/lib/api.gen.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.app.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true, allowTypedFunctionExpressions: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // queryOptions factories rely on inference to carry the typed queryKey (TanStack's recommended pattern).
    files: ['src/**/api/*.ts', 'src/lib/stores.ts', 'src/lib/me.ts', 'src/lib/incidents-query.ts'],
    rules: { '@typescript-eslint/explicit-function-return-type': 'off' },
  },
  ...featureBoundaries,
  {
    // Every word a user reads comes from src/lib/locales (or the server's catalogue): no literal text in JSX.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        // Symbols and separators the layout draws (arrows, dots, dashes, quote marks) are not words.
        { mode: 'jsx-text-only', words: { exclude: ['[\\s0-9!-/:-@[-`{-~×−–·«»⇡⤓↕▲▼→…“”‘’]+'] } },
      ],
    },
  },
  {
    files: ['e2e/**/*.mjs'],
    extends: [js.configs.recommended],
    // page.evaluate callbacks run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
])
