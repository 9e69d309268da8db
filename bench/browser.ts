/**
 * What the browser benchmarks share: Debian's Chromium (or `CHROMIUM_PATH`),
 * launched headless without GPU, and the production build served by
 * `vite preview`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { build, preview, type InlineConfig } from 'vite';

const executablePath = [
  process.env['CHROMIUM_PATH'],
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
].find((p): p is string => p !== undefined && existsSync(p));

/** Headless Chromium as every benchmark runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...(executablePath !== undefined ? { executablePath } : {}),
    args: ['--disable-gpu', '--disable-quic'],
  });
}

/** Build the app and serve it on `port`; resolves to a function that stops the server. */
export async function servePreview(
  port: number,
  buildConfig: InlineConfig['build'] = {},
): Promise<() => Promise<void>> {
  await build({ logLevel: 'error', build: buildConfig });
  const server = await preview({ preview: { port, strictPort: true }, logLevel: 'error' });
  return () => new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
