/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The page's Content-Security-Policy, as index.html's meta tag gives it. `vite preview` also sends
 * it as a header, with what only a header can say (no framing), as a host should (README).
 */
const CONTENT_POLICY = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(new URL('./index.html', import.meta.url), 'utf8'),
)?.[1];
if (!CONTENT_POLICY) throw new Error('index.html has no Content-Security-Policy meta tag');

/**
 * The development server's hot reload injects inline scripts and styles, which the policy
 * refuses: it is left out of the page while developing, and kept in every build.
 */
const contentPolicyOnlyInBuilds: Plugin = {
  name: 'content-policy-only-in-builds',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(/\s*<!--[^>]*-->\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*\/>/, ''),
};

/** The largest file the service worker keeps: a shipped model's weights are about 1.2 MB. */
const LARGEST_CACHED_FILE = 8 * 1024 * 1024;

export default defineConfig({
  plugins: [
    react(),
    contentPolicyOnlyInBuilds,
    // Once loaded, the page and its models work offline: a generated service worker precaches
    // the app shell, the scripts, styles and fonts, and every shipped model's files.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'The Illustrated Transformer, live',
        short_name: 'Transformer, live',
        description:
          'A real trained Transformer runs in your browser and every figure is drawn from its numbers.',
        theme_color: '#fbfaf7',
        background_color: '#fbfaf7',
        display: 'standalone',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      // The icon is precached with every other SVG below; listing it twice would repeat it.
      includeManifestIcons: false,
      workbox: {
        // KaTeX's fonts come in three formats; browsers that run the engine all read woff2.
        globPatterns: ['**/*.{html,js,css,svg,woff2}', 'models/**/*.{json,safetensors}'],
        maximumFileSizeToCacheInBytes: LARGEST_CACHED_FILE,
        cleanupOutdatedCaches: true,
        // The page that installed the worker is served by it at once, not only after a reload.
        clientsClaim: true,
      },
    }),
  ],
  worker: { format: 'es' },
  preview: {
    headers: { 'Content-Security-Policy': `${CONTENT_POLICY}; frame-ancestors 'none'` },
  },
  build: { target: 'es2022', sourcemap: true },
  test: {
    // Browser tests live in test/e2e and run under Playwright, not here.
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
