/**
 * Fuzz the library: `npm run fuzz -- --runs 100000 --seed 42 --out failure.txt [--corpus ../shared]`.
 * Checks generated hostile text, Markdown and HTML, and mutated corpus
 * documents against the properties in `tests/properties.ts`; writes the first
 * failing input to `--out` (default `scratch/fuzz-failure-<seed>.txt`, with
 * `<out>.json` beside it saying how to reproduce it) and exits 1 on any failure.
 */
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {parseArgs} from 'node:util'
import {fuzz, loadCorpus} from '../tests/fuzz.js'

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '100000'},
    seed: {type: 'string'},
    out: {type: 'string'},
    'max-failures': {type: 'string', default: '1'},
    corpus: {type: 'string'}
  }
})

const runs = Number(values.runs)
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed)
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run fuzz -- [--runs N] [--seed S] [--out FILE] [--max-failures K] [--corpus DIR]')
  process.exit(2)
}

// A corpus folder (`--corpus ../shared`) adds its texts to the repository's example.
if (values.corpus !== undefined && !existsSync(values.corpus)) {
  console.error(`fuzz: no corpus at ${values.corpus}`)
  process.exit(2)
}
const corpus = loadCorpus(values.corpus)
console.log(`fuzz: ${runs} inputs, seed ${seed}, ${corpus.length} corpus documents to mutate`)
const progressEvery = Math.max(100, Math.min(5000, Math.round(runs / 20)))
const started = performance.now()
const summary = fuzz({
  runs,
  seed,
  corpus,
  maxFailures: Number(values['max-failures']),
  progressEvery,
  onProgress(done, failures) {
    const seconds = (performance.now() - started) / 1000
    console.log(`  ${done}/${runs}  ${(done / seconds).toFixed(0)} inputs/s  ${failures} failing`)
  }
})

const seconds = summary.milliseconds / 1000
console.log(
  `fuzz: ${summary.runs} inputs in ${seconds.toFixed(1)} s (${(summary.runs / seconds).toFixed(0)} inputs/s, ` +
    `${(summary.characters / seconds / 1024).toFixed(0)} KiB/s), ${summary.failures.length} failing`
)

if (summary.failures.length > 0) {
  const out = values.out ?? `scratch/fuzz-failure-${seed}.txt`
  mkdirSync(dirname(out), {recursive: true})
  const [first] = summary.failures
  writeFileSync(out, first!.input)
  writeFileSync(out + '.json', JSON.stringify({seed, ...first}, null, 2) + '\n')
  for (const failure of summary.failures) {
    console.log(`FAIL run ${failure.run} (${failure.origin}, ${JSON.stringify(failure.setup)}): ${failure.property}: ${failure.detail}`)
  }
  console.log(`fuzz: first failing input written to ${out}`)
  process.exit(1)
}
