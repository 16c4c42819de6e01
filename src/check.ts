import {VFile, type Compatible} from 'vfile'
import {resolveRules, type Options} from './config.js'
import {forEachTextParagraph, parse} from './format.js'
import {createRunner, formatOf, runRules} from './lint.js'

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
  return checkSync(input, options)
}

/** `check` without the promise, for callers that cannot await (the fixer's passes, editors). */
export function checkSync(input: Input, options: Options = {}): VFile {
  const active = resolveRules(options)
  const original = toFile(input)
  const file = new VFile({value: String(original), path: original.path, data: {...original.data}})
  const format = options.format ?? formatOf(file)
  if (format === 'text') {
    // Plain text never becomes one tree: each paragraph is parsed, checked and dropped.
    const runner = createRunner(String(file), file, active, format)
    let index = 0
    let previousEnd: number | undefined
    forEachTextParagraph(String(file), (paragraph) => {
      runner.paragraph(paragraph, index++, previousEnd)
      previousEnd = paragraph.position?.end.offset
    })
    runner.end()
  } else {
    runRules(parse(file, format), file, active, format)
  }
  file.messages.sort(
    (a, b) =>
      (a.place && 'start' in a.place ? a.place.start.offset! : 0) -
        (b.place && 'start' in b.place ? b.place.start.offset! : 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId))
  )
  return file
}
