import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Browser tests against the production build: one Chromium for the run, files one after another,
// since they share one app server and one simulator.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/browser-setup.ts', 'tests/e2e/global-setup.ts'],
    setupFiles: [],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    fileParallelism: false,
  },
})
