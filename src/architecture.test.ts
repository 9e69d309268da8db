/**
 * The layer allowlist of DESIGN.md, checked over every source file in src/.
 * The rules live in architectureRules.ts; this file walks the tree and proves
 * the checker can fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile } from './architectureRules.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(root, path).split(sep).join('/')] : [];
  });
}

describe('architecture', () => {
  const files = sourceFiles(join(root, 'src'));

  it('finds the source files', () => {
    expect(files).toContain('src/architectureRules.ts');
  });

  it('every import follows the layer table and the engine stays pure', { timeout: 60_000 }, () => {
    const problems = files.flatMap((file) =>
      checkFile(file, readFileSync(join(root, file), 'utf8')),
    );
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });
});

describe('the checker itself', () => {
  const bad = (path: string, source: string): string[] => checkFile(path, source);

  it('allows what the table allows', () => {
    const ok = [
      ['src/engine/a.ts', "import { x } from '../lib/assertNever.ts';"],
      [
        'src/scenario/a.ts',
        "import { run } from '../engine/index.ts';\nimport { y } from '../engine';",
      ],
      [
        'src/state/a.ts',
        "import { c } from '../worker/client.ts';\nimport type { S } from '../engine/spec.ts';",
      ],
      [
        'src/ui/A.tsx',
        "import type { N } from '../scenario/types.ts';\nimport { useX } from '../state/x.ts';",
      ],
      [
        'src/worker/client.ts',
        "import * as C from 'comlink';\nnew Worker(new URL('./sim.worker.ts', import.meta.url));",
      ],
      [
        'src/cli/main.ts',
        "import { readFileSync } from 'node:fs';\nimport { s } from '../scenario/index.ts';",
      ],
      [
        'src/cli/a.test.ts',
        "const root = new URL('../../', import.meta.url), up = new URL('..', import.meta.url);",
      ],
      ['src/engine/a.test.ts', "import { it } from 'vitest';\nconst t = Date.now();"],
      [
        'src/engine/b.ts',
        "// Math.random is banned here\nconst s = 'setTimeout';\nfor (const window of ws) window.count++;",
      ],
    ] as const;
    for (const [path, source] of ok) expect(bad(path, source), path).toEqual([]);
  });

  it('names the file and the forbidden import', () => {
    const [problem] = bad('src/ui/Canvas.tsx', "\nimport { client } from '../worker/client.ts';");
    expect(problem).toMatch(
      /^src\/ui\/Canvas\.tsx:2 imports '\.\.\/worker\/client\.ts': ui may not import worker/,
    );
  });

  it.each([
    ['src/lib/a.ts', "import { e } from '../engine/index.ts';"],
    ['src/engine/a.ts', "import type { S } from '../scenario/schema.ts';"],
    ['src/engine/a.ts', "import React from 'react';"],
    ['src/scenario/a.ts', "import { q } from '../engine/queue.ts';"],
    ['src/scenario/a.ts', "export * from '../engine/metrics/layout.ts';"],
    ['src/state/a.ts', "import { api } from '../worker/protocol.ts';"],
    ['src/state/a.ts', "import { step } from '../engine/index.ts';"],
    ['src/state/a.ts', "import { wrap } from 'comlink';"],
    ['src/ui/A.tsx', "const m = await import('../worker/client.ts');"],
    ['src/ui/A.tsx', "new Worker(new URL('../worker/sim.worker.ts', import.meta.url));"],
    ['src/ui/A.tsx', "import { presets } from '../scenario/presets.ts';"],
    ['src/ui/A.tsx', "import { type S } from '../engine/spec.ts';"],
    ['src/ui/A.tsx', "let x: import('../worker/protocol.ts').Speed;"],
    ['src/ui/A.tsx', "import { expose } from 'comlink';"],
    ['src/cli/main.ts', "import { useRun } from '../state/run.ts';"],
    ['src/worker/a.ts', "import { s } from '../state/store.ts';"],
    ['src/utils/a.ts', 'export const x = 1;'],
  ])('rejects %s: %s', (path, source) => {
    expect(bad(path, source)).toHaveLength(1);
  });

  it.each([
    'Math.random()',
    'Date.now()',
    'new Date()',
    'performance.now()',
    'setTimeout(f, 1)',
    'setInterval(f, 1)',
    'requestAnimationFrame(f)',
    'document.title',
    'window.innerWidth',
  ])('rejects %s in engine and lib code', (expr) => {
    expect(bad('src/engine/clock.ts', `export const f = () => ${expr};`)).toHaveLength(1);
    expect(bad('src/lib/clock.ts', `export const f = () => ${expr};`)).toHaveLength(1);
  });
});
