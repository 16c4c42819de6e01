import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {hostileText, markedDocument, mutate, type MarkedDocument} from './arbitraries.js'
import {allSetups, markupIsNeverEdited, textProperties, type Failure, type Setup} from './properties.js'

/** A failing input, with what it takes to reproduce it. */
export interface FuzzFailure extends Failure {
  input: string
  setup: Setup
  /** Index of the input in the run. */
  run: number
  origin: 'generated' | 'marked' | 'corpus'
}

/** What one fuzz run did. */
export interface FuzzSummary {
  runs: number
  failures: FuzzFailure[]
  /** Characters checked, over all inputs. */
  characters: number
  milliseconds: number
}

/** Options of `fuzz`. */
export interface FuzzOptions {
  runs: number
  seed: number
  /** Texts to mutate; `loadCorpus()` reads the shared corpus when it is there. */
  corpus?: string[]
  /** Stop after this many failures (default 1). */
  maxFailures?: number
  /** Called every `progressEvery` inputs (default 1000). */
  onProgress?: (done: number, failures: number) => void
  progressEvery?: number
}

/** A seeded generator of numbers in [0, 1) (mulberry32): a seed reproduces a run exactly. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Real texts to mutate: the repository's example translation, and, when a
 * corpus folder is named (`npm run fuzz -- --corpus <folder>`), its seed,
 * human references and MT output (with their Chinese sources) in documents of
 * a few segments. Tests name none: they read only the repository.
 */
export function loadCorpus(root?: string): string[] {
  const texts: string[] = [readFileSync(join(import.meta.dirname, '..', 'examples', 'party-building.txt'), 'utf8')]
  if (root === undefined) return texts
  const seed = join(root, 'seed')
  if (existsSync(seed)) {
    for (const name of readdirSync(seed)) texts.push(readFileSync(join(seed, name), 'utf8'))
  }
  const corpus = join(root, 'corpus')
  if (!existsSync(corpus)) return texts
  const lines: string[] = []
  for (const name of readdirSync(corpus)) {
    const path = join(corpus, name)
    if (name.endsWith('.txt')) lines.push(...readFileSync(path, 'utf8').split('\n').slice(0, 3000))
    if (name.startsWith('mqm-') && name.endsWith('.jsonl') && !name.includes('scores')) {
      for (const row of readFileSync(path, 'utf8').split('\n').slice(0, 3000)) {
        if (!row) continue
        const segment = JSON.parse(row) as {source?: string; target?: string}
        if (segment.target) lines.push(segment.target)
        if (segment.source && lines.length % 7 === 0) lines.push(segment.source)
      }
    }
  }
  for (let index = 0; index < lines.length; index += 6) {
    texts.push(lines.slice(index, index + 6).join(index % 12 === 0 ? '\n\n' : '\n'))
  }
  return texts
}

/**
 * Check `runs` inputs against every property: generated hostile text, Markdown
 * and HTML with known code and tags, and mutated corpus documents, each under
 * a setup taken in turn from both presets and every rule alone, in every format.
 */
export function fuzz(options: FuzzOptions): FuzzSummary {
  const {runs, seed} = options
  const corpus = options.corpus ?? []
  const maxFailures = options.maxFailures ?? 1
  const progressEvery = options.progressEvery ?? 1000
  const random = mulberry32(seed)
  const setups = allSetups()
  const failures: FuzzFailure[] = []
  const batch = 500
  let texts: string[] = []
  let documents: MarkedDocument[] = []
  let characters = 0
  const started = performance.now()
  let run = 0

  for (; run < runs && failures.length < maxFailures; run++) {
    if (run % batch === 0) {
      texts = fc.sample(hostileText, {seed: seed + run, numRuns: batch})
      documents = fc.sample(markedDocument, {seed: seed + run + 1, numRuns: batch})
    }
    const setup = {...setups[Math.floor(random() * setups.length)]!}
    const kind = random()
    let failure: Failure | undefined
    let input: string
    let origin: FuzzFailure['origin']
    if (kind < 0.2) {
      const document = documents[run % batch]!
      input = document.value
      origin = 'marked'
      failure = markupIsNeverEdited(document, setup)
      setup.format = document.format
    } else if (kind < 0.45 && corpus.length > 0) {
      input = mutate(corpus[Math.floor(random() * corpus.length)]!, random)
      origin = 'corpus'
      failure = textProperties(input, setup)
    } else {
      input = texts[run % batch]!
      origin = 'generated'
      failure = textProperties(input, setup)
    }
    characters += input.length
    if (failure) failures.push({...failure, input, setup: {...setup}, run, origin})
    if ((run + 1) % progressEvery === 0) options.onProgress?.(run + 1, failures.length)
  }

  return {runs: run, failures, characters, milliseconds: performance.now() - started}
}
