import {expect, it} from 'vitest'
import {fuzz, loadCorpus} from './fuzz.js'

// The fuzzer of `npm run fuzz`, in-process on a few thousand inputs: generated
// text, Markdown and HTML with known code and tags, and mutated corpus
// documents, under both presets and every rule alone.
it('keeps every property on 2000 fuzzed inputs', () => {
  const summary = fuzz({runs: 2000, seed: Number(process.env.FUZZ_SEED ?? 1), corpus: loadCorpus(), maxFailures: 5})
  const report = summary.failures.map(
    (failure) => `${failure.property}: ${failure.detail}\n  setup ${JSON.stringify(failure.setup)}\n  input ${JSON.stringify(failure.input)}`
  )
  expect(report).toEqual([])
  expect(summary.runs).toBe(2000)
})
