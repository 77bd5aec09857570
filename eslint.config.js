// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      'dist/**',
      'data/**',
      'node_modules/**',
      'src/web/static/**',
      'coverage/**',
      'eslint.config.js',
      // Plain-JS start helpers run by npm before any build exists; kept small and dependency-free.
      'scripts/*.mjs',
      // Plain JS so that no TypeScript loader adds to the memory it measures (bench/memory.ts runs it).
      'bench/memory-probe.mjs',
      // Plain JS so that they import any build's dist/ (the code before a change and after) without a loader.
      'bench/models/*.mjs',
      '.dev/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    // The engine is transport-free: it must not reach for a web framework, socket or driver.
    files: ['src/engine/**/*.ts', 'src/flows/**/*.ts', 'src/nlu/**/*.ts', 'src/knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fastify', '@fastify/*', 'ws', 'pg', '@electric-sql/*'],
              message: 'The engine sees interfaces only; adapters live in src/channels and src/store.',
            },
            {
              group: ['**/channels/**', '**/store/**'],
              message: 'The engine must not import adapters or storage drivers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Channel adapters see the engine's interface, the transcript and the router (src/channels/channel-kit.ts),
    // never the domain's internals or storage: a new channel is a new adapter, not a change elsewhere.
    files: ['src/channels/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/store/**',
                '**/flows/**',
                '**/cases/**',
                '**/handoff/**',
                '**/forms/**',
                '**/nlu/**',
                '**/knowledge/**',
                '**/auth/**',
                '**/services.js',
                '**/engine/handlers/**',
                '**/engine/dialogue*.js',
                '**/engine/turn-context.js',
                '**/engine/flow*.js',
              ],
              message:
                'Channels see only the engine, the transcript and the router (ChannelKit); ask for what you need there.',
            },
          ],
        },
      ],
    },
  },
  {
    // The console's browser code (src/web/console/, its own tsconfig with the DOM lib). It shares the server's
    // API types through `import type` only, so no server module reaches the bundle (scripts/console-bundle.ts
    // checks the bundle too); Node's modules and globals do not exist in a browser.
    files: ['src/web/console/**/*.ts', 'src/web/dashboard/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*', '../../**'],
              allowTypeImports: true,
              message: 'The console imports server modules for their types only: use `import type`.',
            },
            { group: ['node:*'], message: 'Node modules do not exist in the browser.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'process',
          'Buffer',
          'global',
          'require',
          'module',
          '__dirname',
          '__filename',
          'setImmediate',
        ].map((name) => ({ name, message: 'A Node global: the console runs in the browser.' })),
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
