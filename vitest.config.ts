import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // The JSON report feeds the summary line CI prints.
    reporters: ['default', ['json', {outputFile: 'test-results.json'}]]
  }
})
