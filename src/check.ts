import {VFile, type Compatible} from 'vfile'
import {resolveRules, type Options} from './options.js'
import {forEachTextParagraphRange, parse, type TextParagraphCache} from './format.js'
import {loadGlossary, resolveGlossary} from './glossary/index.js'
import type {Segment} from './paragraph.js'
import {createRunner, formatOf, runRules} from './runner.js'

/** Anything `check` and `fix` accept: a string, a buffer, or a VFile (its path picks the format). */
export type Input = Compatible

/** Turn an input into a VFile without changing its value. */
export function toFile(input: Input): VFile {
  return input instanceof VFile ? input : new VFile(input)
}

/**
 * Check a document: a new VFile (same value and path) whose `messages` are
 * the findings, in source order. Throws `ConfigError` for bad options.
 */
export async function check(input: Input, options: Options = {}): Promise<VFile> {
  return checkSync(input, await withGlossaryLoaded(options))
}

/** `options` with a glossary file path replaced by the file's entries (the async API reads files). */
export async function withGlossaryLoaded<Value extends Options>(options: Value): Promise<Value> {
  if (typeof options.glossary !== 'string') return options
  return {...options, glossary: await loadGlossary(options.glossary)}
}

/** Options of `checkSync`: those of `check`, and a parse cache for callers that check one document often. */
export interface CheckSyncOptions extends Options {
  /** Parsed plain-text paragraphs kept between checks (an editor's open document). */
  paragraphCache?: TextParagraphCache
  /** Bilingual input: the aligned segments of a plain-text document, in order (see `checkPairs`). */
  segments?: readonly Segment[]
}

/**
 * `check` without the promise, for callers that cannot await (the fixer's
 * passes, editors). A `glossary` given as a file path throws `ConfigError`.
 */
export function checkSync(input: Input, options: CheckSyncOptions = {}): VFile {
  const active = resolveRules(options)
  const glossary = resolveGlossary(options.glossary)
  const original = toFile(input)
  const file = new VFile({value: String(original), path: original.path, data: {...original.data}})
  const format = options.format ?? formatOf(file)
  if (format === 'text') {
    // Plain text never becomes one tree: each paragraph is parsed, checked and dropped.
    const runner = createRunner(String(file), file, active, format, glossary, options.paragraphCache, options.segments)
    let index = 0
    let previousEnd: number | undefined
    forEachTextParagraphRange(String(file), (range) => {
      runner.textParagraph(range, index++, previousEnd)
      previousEnd = range.end
    })
    runner.end()
  } else {
    if (options.segments?.length) throw new TypeError('Aligned segments are read from plain text only')
    runRules(parse(file, format), file, active, format, glossary)
  }
  file.messages.sort(
    (a, b) =>
      (a.place && 'start' in a.place ? a.place.start.offset! : 0) -
        (b.place && 'start' in b.place ? b.place.start.offset! : 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId))
  )
  return file
}
