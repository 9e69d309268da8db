/**
 * The import allowlist of DESIGN.md ("Layers and the direction of imports"), as
 * data, and a checker over one source file. `eslint.config.js` enforces the same
 * table with `no-restricted-imports` while editing; this checker is the exact
 * version (it resolves paths, and sees dynamic imports and worker URLs).
 * Keep the two in step.
 */
import { findForbiddenGlobals, findImports } from './architectureImports.ts';

export const LAYERS = ['lib', 'engine', 'scenario', 'worker', 'state', 'ui', 'cli'] as const;
export type Layer = (typeof LAYERS)[number];

interface LayerRule {
  /** Layers this one may import from (values and types). Its own layer is always allowed. */
  readonly imports: readonly Layer[];
  /** Layers this one may import from with `import type` only. */
  readonly typeImports: readonly Layer[];
  /** When set for a layer, only these modules of it may be imported (paths under src/, no extension). */
  readonly only: Partial<Record<Layer, readonly string[]>>;
  /** Packages this layer must not import: exact names, or prefixes ending in `*`. */
  readonly forbiddenPackages: readonly string[];
  /** How DESIGN.md says it, for the error message. */
  readonly summary: string;
}

const VIEW_PACKAGES = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'd3',
  'd3-*',
  'recharts',
  'recharts/*',
];
const PURE_PACKAGES = [...VIEW_PACKAGES, 'zustand', 'zustand/*', 'comlink', 'node:*'];

export const RULES: Readonly<Record<Layer, LayerRule>> = {
  lib: {
    imports: [],
    typeImports: [],
    only: {},
    forbiddenPackages: PURE_PACKAGES,
    summary: 'nothing of ours',
  },
  engine: {
    imports: ['lib'],
    typeImports: [],
    only: {},
    forbiddenPackages: PURE_PACKAGES,
    summary: 'lib',
  },
  scenario: {
    imports: ['engine', 'lib'],
    typeImports: [],
    only: { engine: ['src/engine/index'] },
    forbiddenPackages: PURE_PACKAGES,
    summary: 'engine (its public index src/engine/index.ts only), lib',
  },
  worker: {
    imports: ['engine', 'scenario', 'lib'],
    typeImports: [],
    only: {},
    forbiddenPackages: [...VIEW_PACKAGES, 'zustand', 'zustand/*', 'node:*'],
    summary: 'engine, scenario, lib',
  },
  state: {
    imports: ['scenario', 'lib', 'worker'],
    typeImports: ['engine'],
    only: { worker: ['src/worker/client'] },
    forbiddenPackages: ['d3', 'd3-*', 'recharts', 'recharts/*', 'comlink', 'node:*'],
    summary:
      'scenario, lib; the worker only through src/worker/client.ts; engine types only (import type)',
  },
  ui: {
    imports: ['state', 'lib'],
    typeImports: ['scenario', 'engine'],
    only: {},
    forbiddenPackages: ['comlink', 'node:*'],
    summary:
      'state, lib; types only (import type) from scenario and engine; never the worker or comlink',
  },
  cli: {
    imports: ['engine', 'scenario', 'lib'],
    typeImports: [],
    only: {},
    forbiddenPackages: [...VIEW_PACKAGES, 'zustand', 'zustand/*', 'comlink'],
    summary: 'engine, scenario, lib',
  },
};

/** Packages any test may use, whatever its layer. */
const TEST_PACKAGES = ['vitest', 'fast-check', 'node:*'];
/** Layers whose non-test code must not read the clock, draw `Math.random` or touch the DOM. */
const PURE_LAYERS: readonly Layer[] = ['lib', 'engine'];

export const isTestFile = (path: string): boolean => /\.test\.tsx?$/.test(path);

/** The layer of a path (`src/engine` itself included); `null` for files directly in src/, `undefined` otherwise. */
export function layerOf(path: string): Layer | null | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'src') return undefined;
  const layer = LAYERS.find((name) => name === parts[1]);
  if (layer) return layer;
  return parts.length === 2 ? null : undefined;
}

/** `dirname(from)/specifier`, normalized; a Vite query (`?worker`, `?raw`) is dropped. */
export function resolveRelative(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.replace(/\?.*$/, '').split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** A module's identity for `only`: no extension, and a folder import means its index. */
function moduleId(path: string): string {
  const bare = path.replace(/\.(tsx?|jsx?|mjs)$/, '');
  return /^src\/[^/]+$/.test(bare) ? `${bare}/index` : bare;
}

function matchesPackage(specifier: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? specifier.startsWith(pattern.slice(0, -1)) : specifier === pattern,
  );
}

function checkRelative(
  from: string,
  layer: Layer,
  specifier: string,
  typeOnly: boolean,
): string | undefined {
  const target = resolveRelative(from, specifier);
  const targetLayer = layerOf(target);
  if (targetLayer === layer) return undefined;
  if (targetLayer === undefined || targetLayer === null)
    return `reaches outside the layers (${target})`;
  const rule = RULES[layer];
  const allowed =
    rule.imports.includes(targetLayer) || (typeOnly && rule.typeImports.includes(targetLayer));
  if (!allowed) {
    const typeHint = rule.typeImports.includes(targetLayer) ? ' (use `import type`)' : '';
    return `${layer} may not import ${targetLayer}${typeHint}`;
  }
  const only = rule.only[targetLayer];
  if (only && !only.includes(moduleId(target)))
    return `${layer} may import ${targetLayer} only through ${only.join(', ')}.ts`;
  return undefined;
}

function checkImport(
  from: string,
  layer: Layer,
  specifier: string,
  typeOnly: boolean,
): string | undefined {
  if (specifier.startsWith('.')) return checkRelative(from, layer, specifier, typeOnly);
  if (specifier.startsWith('/'))
    return 'absolute import paths are not allowed; use a relative path';
  if (isTestFile(from) && matchesPackage(specifier, TEST_PACKAGES)) return undefined;
  return matchesPackage(specifier, RULES[layer].forbiddenPackages)
    ? `${layer} may not import the package ${specifier}`
    : undefined;
}

/**
 * Every broken rule in one file, as readable lines: `src/ui/X.tsx:3 imports '../worker/api.ts': …`.
 * `path` is relative to the repository root, with `/` separators.
 */
export function checkFile(path: string, source: string): string[] {
  const layer = layerOf(path);
  if (layer === null) return [];
  if (layer === undefined)
    return [`${path}: not in a layer of DESIGN.md (src/{${LAYERS.join(',')}}/)`];
  const problems: string[] = [];
  for (const ref of findImports(path, source)) {
    const why = checkImport(path, layer, ref.specifier, ref.typeOnly);
    if (why)
      problems.push(
        `${path}:${ref.line} imports '${ref.specifier}': ${why} — ${layer} may import: ${RULES[layer].summary}`,
      );
  }
  if (PURE_LAYERS.includes(layer) && !isTestFile(path)) {
    for (const use of findForbiddenGlobals(path, source)) {
      problems.push(
        `${path}:${use.line} uses ${use.name}: ${layer} must be deterministic and DOM-free (inject clocks and random streams)`,
      );
    }
  }
  return problems;
}
