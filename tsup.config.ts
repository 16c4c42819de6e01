import {readdirSync} from 'node:fs'
import {defineConfig} from 'tsup'

// Each rule is its own entry so `retext-officialese/rules/<rule-id>` can be imported alone.
const ruleEntries = readdirSync('src/rules')
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.data.ts') && name !== 'index.ts')
  .map((name) => `src/rules/${name}`)

export default defineConfig({
  // The CLI's worker thread is loaded by path, so it is an entry of its own.
  entry: ['src/index.ts', 'src/cli.ts', 'src/cli/worker.ts', 'src/language-server.ts', ...ruleEntries],
  format: ['esm'],
  dts: true,
  clean: true,
  // No source maps: they would double the published files and point at sources that are not shipped.
  sourcemap: false,
  target: 'node20',
  splitting: true
})
