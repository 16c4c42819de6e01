import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// The browser tests: the playground (built, served and driven in Chromium)
// and the CLI's HTML report (opened from disk).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['e2e/**/*.test.ts', '../../tests/browser/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // CI adds these counts to the unit tests' in its closing line.
    reporters: ['default', ['json', {outputFile: fileURLToPath(new URL('../../test-results-e2e.json', import.meta.url))}]]
  }
})
