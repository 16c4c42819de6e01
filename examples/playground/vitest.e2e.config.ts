import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// The playground's browser test: builds the page, serves it and drives Chromium.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // CI adds these counts to the unit tests' in its closing line.
    reporters: ['default', ['json', {outputFile: fileURLToPath(new URL('../../test-results-e2e.json', import.meta.url))}]]
  }
})
