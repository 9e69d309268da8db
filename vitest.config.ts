import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Not e2e/: those are Playwright specs.
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
      environment: 'node',
      // Where `--reporter=json` writes (CI adds up this file with Playwright's).
      outputFile: { json: '.reports/vitest.json' },
    },
  }),
);
