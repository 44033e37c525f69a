import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'web/dist', 'data', '.tmp', 'coverage', 'server/db/migrations', '.build'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '../../server/*'],
              message: 'shared/ and web/ must not import server code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*', '*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Only repositories (and the db layer, migrations tooling, tests, CLI bootstrap) talk to the database:
    // routes call services, services check access (<module>.access.ts) and call repositories.
    files: [
      'server/modules/**/*.routes.ts',
      'server/modules/**/*.service.ts',
      'server/modules/**/*.access.ts',
      'server/modules/demo/demo-assessments.ts',
      'server/modules/demo/demo-data.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/schema*', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'Routes call services, services call repositories; SQL lives in repositories.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
  },
);
