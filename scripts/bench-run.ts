// One measurement of `npm run bench`, in its own process: prints
// `{"seconds": …, "rss": …}` (peak resident set size in bytes).
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import retextQuotes from 'retext-quotes'
import retextRepeatedWords from 'retext-repeated-words'
import retextSentenceSpacing from 'retext-sentence-spacing'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {checkSync} from '../src/index.js'
import {forEachTextParagraph} from '../src/format.js'

const [tool, path] = process.argv.slice(2)
const text = readFileSync(path!, 'utf8')

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
  }
}

const run = runs[tool!]
if (!run) {
  console.error(`bench-run: unknown tool ${tool}`)
  process.exit(2)
}

const start = performance.now()
await run()
const seconds = (performance.now() - start) / 1000
console.log(JSON.stringify({seconds, rss: process.resourceUsage().maxRSS * 1024}))
