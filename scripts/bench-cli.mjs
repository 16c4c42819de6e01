// One measurement of the built CLI for `npm run bench`, run by plain `node`
// as a user runs `officialese` (no TypeScript loader in the process, whose
// own thread would add to the peak RSS): prints `{"seconds": …, "rss": …}`.
//   node scripts/bench-cli.mjs <jobs> <file or folder> [more CLI arguments]
import {join, resolve} from 'node:path'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'

const [jobs, path, ...extra] = process.argv.slice(2)
const built = process.env.OFFICIALESE_DIST ?? 'dist'

// Reports are thrown away: the engine, the threads and the reporter still run.
const discard = (_chunk, ...rest) => {
  rest.find((item) => typeof item === 'function')?.()
  return true
}
const stdout = process.stdout.write
const stderr = process.stderr.write
process.stdout.write = discard
process.stderr.write = discard
process.argv = [process.argv[0], join(built, 'cli.js'), '--no-config', '--jobs', jobs, '--reporter', 'json', ...extra, path]

const start = performance.now()
await import(pathToFileURL(resolve(built, 'cli.js')).href)
const seconds = (performance.now() - start) / 1000
if (process.exitCode === 2) {
  stderr.call(process.stderr, 'bench-cli: the CLI failed\n')
} else {
  process.exitCode = 0
  stdout.call(process.stdout, JSON.stringify({seconds, rss: process.resourceUsage().maxRSS * 1024}) + '\n')
}
