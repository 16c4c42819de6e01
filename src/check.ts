import {VFile, type Compatible} from 'vfile'
import {translationFormatOf} from './bilingual/formats.js'
import {pairWithSource} from './bilingual/source-document.js'
import type {TranslationFormat} from './bilingual/target-text.js'
import {checkTranslationFile} from './bilingual/translation-check.js'
import {resolveRules, type Options} from './options.js'
import {forEachTextParagraphRange, parse, type TextParagraphCache} from './format.js'
import {loadGlossary, resolveGlossary} from './glossary/index.js'
import type {Segment} from './paragraph.js'
import {byPlace, createRunner, formatOf, runRules, type ActiveRule} from './runner.js'
import {ConfigError} from './settings.js'

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
export async function check(input: Input, options: CheckOptions = {}): Promise<VFile> {
  return checkSync(input, await withGlossaryLoaded(options))
}

/** `options` with a glossary file path replaced by the file's entries (the async API reads files). */
export async function withGlossaryLoaded<Value extends Options>(options: Value): Promise<Value> {
  if (typeof options.glossary !== 'string') return options
  return {...options, glossary: await loadGlossary(options.glossary)}
}

/** Options of `check`: the shared options, and the format of a translation file. */
export interface CheckOptions extends Options {
  /**
   * Read the input as a translation file of this format; by default a path
   * ending in `.xlf`, `.xliff`, `.po`, `.tmx` or `.jsonl` picks it.
   */
  translation?: TranslationFormat
}

/** Options of `checkSync`: those of `check`, and a parse cache for callers that check one document often. */
export interface CheckSyncOptions extends CheckOptions {
  /** Parsed plain-text paragraphs kept between checks (an editor's open document). */
  paragraphCache?: TextParagraphCache
  /** Bilingual input: the aligned segments of the document, in order (see `checkPairs`). */
  segments?: readonly Segment[]
  /**
   * Replaces the resolved rules before they run over `text`, the document
   * about to be read: an editor wraps them to reuse findings between checks.
   */
  adaptRules?: (rules: ActiveRule[], text: string) => ActiveRule[]
}

/**
 * `check` without the promise, for callers that cannot await (the fixer's
 * passes, editors). A `glossary` given as a file path throws `ConfigError`.
 * A translation file (by its extension, or `options.translation`) is read as
 * source/target pairs, and a document with `options.sourceText` is paired
 * with it paragraph by paragraph; either way the messages point into the input.
 */
export function checkSync(input: Input, options: CheckSyncOptions = {}): VFile {
  const original = toFile(input)
  if (options.segments) return checkDocumentSync(original, options)
  const translation = options.translation ?? translationFormatOf(original.path)
  if (translation) {
    if (options.sourceText !== undefined) {
      throw new ConfigError('A translation file holds its own source: `sourceText` pairs a document with its original', 'sourceText')
    }
    return checkTranslationFile(original, translation, options, (text, aligned) => checkDocumentSync(new VFile(text), aligned))
  }
  if (options.sourceText !== undefined) {
    const segments = pairWithSource(String(original), options.sourceText, options.format ?? formatOf(original))
    const file = checkDocumentSync(original, {...options, segments})
    file.data.segments = segments
    return file
  }
  return checkDocumentSync(original, options)
}

// One document, read as the rules' format says, aligned with `options.segments` when given.
function checkDocumentSync(original: VFile, options: CheckSyncOptions): VFile {
  const resolved = resolveRules(options)
  const active = options.adaptRules ? options.adaptRules(resolved, String(original)) : resolved
  const glossary = resolveGlossary(options.glossary)
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
    runRules(parse(file, format), file, active, format, glossary, options.segments)
  }
  file.messages.sort(byPlace)
  return file
}
