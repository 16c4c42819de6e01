import type {Paragraph as ParagraphNode, Root} from 'nlcst'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import type {Glossary} from './glossary/types.js'
import {ParseOfficialese, parseTextParagraph, type TextParagraphCache, type TextParagraphRange} from './format.js'
import {createParagraph, createTextParagraph, type Paragraph, type Segment} from './paragraph.js'
import {ruleUrl, type Finding, type Format, type RuleVisitor, type SourceWindow} from './rule.js'
import type {ActiveRule} from './settings.js'

export type {ActiveRule} from './settings.js'

declare module 'vfile-message' {
  interface VFileMessage {
    /** Whether `expected[0]` may be applied unattended (a SAFE fix). */
    autofix?: boolean
    /** MQM error category, such as `fluency/punctuation`. */
    category?: string
  }
}

/** The `source` field of every message this library emits. */
export const MESSAGE_SOURCE = 'retext-officialese'

/** Infer the format from a file's extension. */
export function formatOf(file: VFile): Format {
  const extname = (file.extname ?? '').toLowerCase()
  if (extname === '.md' || extname === '.markdown') return 'markdown'
  if (extname === '.html' || extname === '.htm') return 'html'
  return 'text'
}

/**
 * Run rules over an nlcst tree whose positions point into `file`'s value:
 * paragraph by paragraph, each rule keeping its own document-scope state.
 */
export function runRules(
  tree: Root,
  file: VFile,
  rules: ActiveRule[],
  format: Format = formatOf(file),
  glossary?: Glossary,
  segments?: readonly Segment[]
): void {
  const runner = createRunner(String(file), file, rules, format, glossary, undefined, segments)
  let index = 0
  let previousEnd: number | undefined
  visit(tree, 'ParagraphNode', function (node: ParagraphNode) {
    runner.paragraph(node, index++, previousEnd)
    previousEnd = node.position?.end.offset
    return SKIP
  })
  runner.end()
}

/** The order of `check`: by start offset, then rule id. */
export function byPlace(a: VFileMessage, b: VFileMessage): number {
  return startOf(a) - startOf(b) || String(a.ruleId).localeCompare(String(b.ruleId))
}

function startOf(message: VFileMessage): number {
  const place = message.place
  return place && 'start' in place ? (place.start.offset ?? 0) : 0
}

/** A document being checked one paragraph at a time. */
export interface Runner {
  paragraph(node: ParagraphNode, index: number, previousEnd: number | undefined): void
  /** A paragraph of plain text by its range; its tree is parsed only if a rule reads it. */
  textParagraph(range: TextParagraphRange, index: number, previousEnd: number | undefined): void
  end(): void
}

/**
 * The text a runner reads: the whole document, or what a stream still holds of
 * it (`checkStream`). Offsets are always those of the whole document.
 */
export interface RunnerSource extends SourceWindow {
  /** Length of the text received so far: the whole text's once it has all arrived. */
  readonly length: number
  /** Line and column (from 1) of any offset up to `length`. */
  toPoint(offset: number): {line: number; column: number; offset: number}
}

/** The whole document as a runner's source. */
export function wholeSource(value: string): RunnerSource {
  const place = location(value)
  return {
    length: value.length,
    slice: (start, end) => value.slice(start, end),
    toPoint: (offset) => place.toPoint(offset) as {line: number; column: number; offset: number}
  }
}

// Reads outside the window are bugs that only show when the text is streamed,
// so tests (and `OFFICIALESE_DEBUG=1`) check them on every run.
const environment = (globalThis as {process?: {env?: Record<string, string | undefined>}}).process?.env
const checkWindow = Boolean(environment?.['VITEST'] || environment?.['OFFICIALESE_DEBUG'])

/**
 * Start checking a document whose source is `source` (the whole text, or a
 * stream's window of it); `cache` keeps the parsed paragraphs of plain text
 * between checks of the same document. `segments` (bilingual input, in
 * order, not overlapping) give each paragraph its aligned source, and are
 * handed to rules once their paragraphs have been read.
 */
export function createRunner(
  value: string | RunnerSource,
  file: VFile,
  rules: ActiveRule[],
  format: Format,
  glossary?: Glossary,
  cache?: TextParagraphCache,
  segments: readonly Segment[] = []
): Runner {
  const source = typeof value === 'string' ? wholeSource(value) : value
  const wholeText = typeof value === 'string' ? value : undefined
  const markup = format !== 'text'
  const parser = new ParseOfficialese()
  const proseRanges: Array<[number, number]> = []
  // The window of plain text (see `SourceWindow`): rules may read
  // `[windowStart, windowEnd)`; Markdown and HTML are always read whole.
  let windowStart = 0
  let windowEnd = markup ? Number.POSITIVE_INFINITY : 0
  let previousStart: number | undefined
  // The next segment not yet handed to rules.
  let nextSegment = 0
  const visitors: RuleVisitor[] = rules.map((active) =>
    active.rule.create({
      options: active.options,
      format,
      glossary,
      slice(start, end) {
        if (checkWindow) assertInWindow(active.rule.meta.id, start, end)
        return source.slice(start, end)
      },
      report(finding) {
        emit(active, finding)
      }
    })
  )

  return {
    paragraph(node, index, previousEnd) {
      const blankLineBefore = hasBlankLine(previousEnd, node.position?.start.offset ?? 0)
      const markupSource = markup ? (wholeText ?? source.slice(0, source.length)) : undefined
      const paragraph = createParagraph(node, index, blankLineBefore, markupSource)
      if (markup) proseRanges.push(...paragraph.proseRanges)
      read(paragraph)
    },
    textParagraph(range, index, previousEnd) {
      const paragraph = createTextParagraph(
        source,
        range.start,
        range.end,
        index,
        hasBlankLine(previousEnd, range.start),
        () => parseTextParagraph(parser, source, range, cache)
      )
      read(paragraph)
    },
    end() {
      finishSegments(Number.POSITIVE_INFINITY)
      // Document-level findings carry their own `actual`: nothing is read now.
      if (!markup) windowStart = windowEnd = Number.POSITIVE_INFINITY
      for (const visitor of visitors) visitor.end?.()
    }
  }

  function read(paragraph: Paragraph): void {
    finishSegments(paragraph.start)
    const segment = segments[nextSegment]
    if (segment && segment.start <= paragraph.start && paragraph.start < segment.end) paragraph.segment = segment
    if (!markup) openWindow(paragraph.start, paragraph.end)
    for (const visitor of visitors) visitor.paragraph?.(paragraph)
  }

  // Hand rules every segment that ends at or before `offset`; while one is
  // read, the window is its target (a target of several paragraphs included).
  function finishSegments(offset: number): void {
    while (nextSegment < segments.length) {
      const segment = segments[nextSegment]!
      if (segment.end > offset) break
      nextSegment++
      if (!markup) {
        windowStart = segment.start
        windowEnd = segment.end
      }
      for (const visitor of visitors) visitor.segment?.(segment)
    }
  }

  // The window of a plain-text paragraph: from the paragraph before it to the
  // line break that ends it (its blanks, and the first break character).
  function openWindow(start: number, end: number): void {
    windowStart = previousStart ?? start
    previousStart = start
    let after = end
    while (after < source.length) {
      const character = source.slice(after, after + 1)
      if (character !== ' ' && character !== '\t') {
        if (character === '\n' || character === '\r') after++
        break
      }
      after++
    }
    windowEnd = after
  }

  function inWindow(start: number, end: number): boolean {
    return start >= windowStart && Math.min(end, source.length) <= windowEnd
  }

  function assertInWindow(ruleId: string, start: number, end: number): void {
    if (inWindow(start, end)) return
    throw new Error(
      `${ruleId} read the source at ${start}-${end}, outside the window ${windowStart}-${windowEnd} a stream keeps`
    )
  }

  function hasBlankLine(previousEnd: number | undefined, start: number): boolean {
    if (markup || previousEnd === undefined) return true
    return /\n[ \t]*\r?\n|\r[ \t]*\r/.test(source.slice(previousEnd, start))
  }

  function emit(active: ActiveRule, finding: Finding): void {
    const {rule, severity} = active
    const start = clamp(finding.start)
    const end = Math.max(start, clamp(finding.end))
    const expected = finding.expected ?? []
    let level = finding.fix ?? (expected.length > 0 ? 'suggest' : 'flag')
    if (expected.length === 0) level = 'flag'
    // An edit across markup or code would destroy it: offer it, never apply it.
    if (level === 'safe' && markup && !insideProse(start, end)) level = 'suggest'

    const message = withoutStack(() =>
      file.message(finding.reason, {
        place: {start: source.toPoint(start), end: source.toPoint(end)},
        ruleId: rule.meta.id,
        source: MESSAGE_SOURCE
      })
    )
    message.actual = actualOf(rule.meta.id, finding, start, end)
    message.expected = expected
    message.url = ruleUrl(rule.meta.id)
    message.fatal = severity === 'error'
    message.autofix = level === 'safe'
    message.category = finding.category ?? rule.meta.category
  }

  // A finding inside the window takes its text from there; one the window has
  // moved past (reported later, as from `end()`) brings it in `actual`.
  function actualOf(ruleId: string, finding: Finding, start: number, end: number): string {
    if (inWindow(start, end)) return source.slice(start, end)
    if (finding.actual === undefined) {
      if (checkWindow) assertInWindow(ruleId, start, end)
      return source.slice(start, end)
    }
    if (checkWindow && wholeText !== undefined && finding.actual !== wholeText.slice(start, end)) {
      throw new Error(`${ruleId} reported \`${finding.actual}\` as the text at ${start}-${end}`)
    }
    return finding.actual
  }

  function clamp(offset: number): number {
    return Math.min(Math.max(0, Math.trunc(offset) || 0), source.length)
  }

  function insideProse(start: number, end: number): boolean {
    let low = 0
    let high = proseRanges.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const range = proseRanges[middle]!
      if (range[1] < start) low = middle + 1
      else if (range[0] > start) high = middle - 1
      else if (end <= range[1]) return true
      else low = middle + 1
    }
    return false
  }
}

/**
 * Run `create` without capturing a stack trace: a message is an `Error`, and
 * capturing where the library made it costs more than the rest of the message
 * (which then throws the stack away) on a document with thousands of findings.
 */
export function withoutStack<Value>(create: () => Value): Value {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return create()
  } finally {
    Error.stackTraceLimit = limit
  }
}
