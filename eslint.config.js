import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------
// Layers (DESIGN.md, "Layers and the direction of imports"). The exact check,
// with resolved paths, dynamic imports and worker URLs, is src/architecture.test.ts
// (rules in src/architectureRules.ts); this is the same table as lint patterns so
// editors flag a bad import as it is typed. Keep the two in step.
// ---------------------------------------------------------------------------

/** Relative imports into any of these layer folders (`../engine/x.ts`, `../../ui`), as a regex. */
const into = (...names) => `^\\.\\.?/(?:.*/)?(?:${names.join('|')})(?:/.*)?$`;
const VIEW = [
  'react',
  'react/**',
  'react-dom',
  'react-dom/**',
  'd3',
  'd3-*',
  'recharts',
  'recharts/**',
];
const STORE = ['zustand', 'zustand/**'];
const NODE = ['node:*'];

/**
 * What each layer may not import: `regex` for our folders, `group` (gitignore
 * syntax) for packages. `types: true` entries may still be imported with
 * `import type`. `node:*` is lifted for test files.
 * @type {Record<string, { summary: string, forbid: Array<{ group?: string[], regex?: string, types?: boolean }> }>}
 */
const LAYER_RULES = {
  lib: {
    summary: 'nothing of ours',
    forbid: [
      { regex: into('engine', 'scenario', 'worker', 'state', 'ui', 'cli') },
      { group: [...VIEW, ...STORE, 'comlink', ...NODE] },
    ],
  },
  engine: {
    summary: 'lib',
    forbid: [
      { regex: into('scenario', 'worker', 'state', 'ui', 'cli') },
      { group: [...VIEW, ...STORE, 'comlink', ...NODE] },
    ],
  },
  scenario: {
    summary: 'engine (its public index src/engine/index.ts only), lib',
    forbid: [
      { regex: into('worker', 'state', 'ui', 'cli') },
      // Anything inside engine/ except its index.
      { regex: '^\\.\\.?/(?:.*/)?engine/(?!index(?:\\.ts)?$).+$' },
      { group: [...VIEW, ...STORE, 'comlink', ...NODE] },
    ],
  },
  worker: {
    summary: 'engine, scenario, lib',
    forbid: [{ regex: into('state', 'ui', 'cli') }, { group: [...VIEW, ...STORE, ...NODE] }],
  },
  state: {
    summary: 'scenario, lib; the worker only through src/worker/client.ts; engine types only',
    forbid: [
      { regex: into('ui', 'cli') },
      // worker/ itself or anything inside it except client.ts.
      { regex: '^\\.\\.?/(?:.*/)?worker(?:/(?!client(?:\\.ts)?$).*)?$' },
      { regex: into('engine'), types: true },
      { group: ['d3', 'd3-*', 'recharts', 'recharts/**', 'comlink', ...NODE] },
    ],
  },
  ui: {
    summary: 'state, lib; types only from scenario and engine; never the worker or comlink',
    forbid: [
      { regex: into('worker', 'cli') },
      { regex: into('scenario', 'engine'), types: true },
      { group: ['comlink', ...NODE] },
    ],
  },
  cli: {
    summary: 'engine, scenario, lib',
    forbid: [{ regex: into('worker', 'state', 'ui') }, { group: [...VIEW, ...STORE, 'comlink'] }],
  },
};

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx'];

/** One `no-restricted-imports` config per layer (and one for its tests: flat config replaces, never merges, a rule's options). */
const layerConfigs = Object.entries(LAYER_RULES).flatMap(([name, { summary, forbid }]) => {
  const rule = (forTests) => [
    'error',
    {
      patterns: forbid
        .map(({ group, regex, types }) => ({
          ...(group
            ? { group: forTests ? group.filter((p) => !NODE.includes(p)) : group }
            : { regex }),
          caseSensitive: true,
          allowTypeImports: types ?? false,
          message: `Layer rule (DESIGN.md): ${name} may import ${summary}.`,
        }))
        .filter(({ group }) => group === undefined || group.length > 0),
    },
  ];
  return [
    {
      name: `distsim/layer/${name}`,
      files: [`src/${name}/**/*.{ts,tsx}`],
      ignores: TEST_FILES,
      rules: { '@typescript-eslint/no-restricted-imports': rule(false) },
    },
    {
      name: `distsim/layer/${name}/tests`,
      files: TEST_FILES.map((glob) => `src/${name}/${glob}`),
      rules: { '@typescript-eslint/no-restricted-imports': rule(true) },
    },
  ];
});

// Engine purity: no clock, timers, randomness or host globals (tests may use them).
const PURITY_MESSAGE =
  'The engine is deterministic and DOM-free: inject time and seeded random streams.';
const purityConfig = {
  name: 'distsim/engine-purity',
  files: ['src/engine/**/*.ts', 'src/lib/**/*.ts'],
  ignores: TEST_FILES,
  rules: {
    'no-restricted-globals': [
      'error',
      ...[
        'Date',
        'performance',
        'setTimeout',
        'setInterval',
        'setImmediate',
        'queueMicrotask',
        'requestAnimationFrame',
        'window',
        'document',
        'self',
        'globalThis',
        'crypto',
        'process',
      ].map((name) => ({ name, message: PURITY_MESSAGE })),
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: PURITY_MESSAGE },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "MetaProperty[meta.name='import']",
        message: 'The engine reads no environment or URLs: pass what it needs in the spec.',
      },
    ],
  },
};

export default defineConfig(
  globalIgnores(
    ['dist/', 'node_modules/', 'playwright-report/', 'test-results/', '.reports/'],
    'distsim/ignores',
  ),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'distsim/typescript',
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `import { type A }` keeps a runtime import under verbatimModuleSyntax; say `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports', prefer: 'type-imports' },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    name: 'distsim/browser',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'distsim/node',
    files: ['src/cli/**', 'bench/**', 'e2e/**', '*.config.{ts,js}', '.ci/**', ...TEST_FILES],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'distsim/react-hooks',
    files: ['src/ui/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  ...layerConfigs,
  purityConfig,
  {
    name: 'distsim/plain-js',
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
