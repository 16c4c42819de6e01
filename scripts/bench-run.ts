// One measurement of `npm run bench`, in its own process: prints
// `{"seconds": …, "rss": …}` (peak resident set size in bytes).
import {createReadStream, readFileSync, statSync} from 'node:fs'
import {Writable} from 'node:stream'
import {performance} from 'node:perf_hooks'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import retextQuotes from 'retext-quotes'
import retextRepeatedWords from 'retext-repeated-words'
import retextSentenceSpacing from 'retext-sentence-spacing'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {checkStream, checkSync} from '../src/index.js'
import {main} from '../src/cli/run.js'
import {forEachTextParagraph} from '../src/format.js'

const [tool, path, ...extra] = process.argv.slice(2)
// A folder is the many-files case, checked by the CLI; a file is read whole,
// except by the streaming run, which reads it in chunks.
const text = statSync(path!).isDirectory() || tool === 'officialese-stream' || tool === 'cli-file' ? '' : readFileSync(path!, 'utf8')

const runs: Record<string, () => Promise<void> | void> = {
  'parse-whole'() {
    new ParseEnglish().parse(text)
  },
  'parse-paragraphs'() {
    forEachTextParagraph(text, () => {})
  },
  async 'retext-pipeline'() {
    const processor = unified().use(retextEnglish).use(retextRepeatedWords).use(retextQuotes).use(retextSentenceSpacing)
    const file = new VFile(text)
    await processor.run(processor.parse(file), file)
  },
  async textlint() {
    const {createLinter} = await import('textlint')
    const {TextlintKernelDescriptor} = await import('@textlint/kernel')
    const {moduleInterop} = await import('@textlint/module-interop')
    const textPlugin = await import('@textlint/textlint-plugin-text')
    const unmatchedPair = await import('@textlint-rule/textlint-rule-no-unmatched-pair')
    const descriptor = new TextlintKernelDescriptor({
      rules: [{ruleId: 'no-unmatched-pair', rule: moduleInterop(unmatchedPair.default) as never}],
      plugins: [{pluginId: 'text', plugin: moduleInterop(textPlugin.default) as never}],
      filterRules: []
    })
    await createLinter({descriptor}).lintText(text, 'input.txt')
  },
  officialese() {
    checkSync(text)
  },
  async 'officialese-stream'() {
    let messages = 0
    for await (const _message of checkStream(createReadStream(path!))) messages++
    if (messages === 0) console.error('bench-run: no messages from the stream')
  },
  'cli-file': () => cli(1),
  'cli-jobs-1': () => cli(1),
  'cli-jobs-2': () => cli(2),
  'cli-many': () => cli(2)
}

// The command line from the sources, reports thrown away: engine, threads and
// all. Once the package is built, `npm run bench` runs the CLI rows with
// bench-cli.mjs instead, as a user runs the command.
async function cli(jobs: number): Promise<void> {
  const args = ['--no-config', '--jobs', String(jobs), '--reporter', 'json', ...extra, path!]
  const sink = new Writable({write: (_chunk, _encoding, done) => done()})
  const code = await main(args, {stdin: process.stdin, stdout: sink, stderr: sink, cwd: process.cwd()})
  if (code === 2) throw new Error('bench-run: the CLI failed')
}

const run = runs[tool!]
if (!run) {
  console.error(`bench-run: unknown tool ${tool}`)
  process.exit(2)
}

// The first run is what a fresh process pays (compiling and warming up
// included); later runs in the same process, while `--warm-budget` seconds
// last, give the warm throughput. The CLI rows run once: a command is a
// fresh process each time.
const warmRuns = tool!.startsWith('cli-') ? 0 : Number(process.env.BENCH_WARM_RUNS ?? 3)
const warmBudget = Number(process.env.BENCH_WARM_BUDGET ?? 60) * 1000
const start = performance.now()
await run()
const seconds = (performance.now() - start) / 1000
const warm: number[] = []
while (warm.length < warmRuns && performance.now() - start + seconds * 1000 < warmBudget) {
  const again = performance.now()
  await run()
  warm.push((performance.now() - again) / 1000)
}
warm.sort((a, b) => a - b)
const warmSeconds = warm.length > 0 ? warm[Math.floor((warm.length - 1) / 2)] : undefined
console.log(JSON.stringify({seconds, warmSeconds, rss: process.resourceUsage().maxRSS * 1024}))
