import type {Paragraph as ParagraphNode, Root} from 'nlcst'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Glossary} from './glossary/types.js'
import {ParseOfficialese, parseTextParagraph, type TextParagraphCache, type TextParagraphRange} from './format.js'
import {createParagraph, createTextParagraph} from './paragraph.js'
import {ruleUrl, type Finding, type Format, type RuleVisitor} from './rule.js'
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
  glossary?: Glossary
): void {
  const runner = createRunner(String(file), file, rules, format, glossary)
  let index = 0
  let previousEnd: number | undefined
  visit(tree, 'ParagraphNode', function (node: ParagraphNode) {
    runner.paragraph(node, index++, previousEnd)
    previousEnd = node.position?.end.offset
    return SKIP
  })
  runner.end()
}

/** A document being checked one paragraph at a time. */
export interface Runner {
  paragraph(node: ParagraphNode, index: number, previousEnd: number | undefined): void
  /** A paragraph of plain text by its range; its tree is parsed only if a rule reads it. */
  textParagraph(range: TextParagraphRange, index: number, previousEnd: number | undefined): void
  end(): void
}

/**
 * Start checking a document whose full source is `source`; `cache` keeps the
 * parsed paragraphs of plain text between checks of the same document.
 */
export function createRunner(
  source: string,
  file: VFile,
  rules: ActiveRule[],
  format: Format,
  glossary?: Glossary,
  cache?: TextParagraphCache
): Runner {
  const place = location(source)
  const markup = format !== 'text'
  const parser = new ParseOfficialese()
  const proseRanges: Array<[number, number]> = []
  const visitors: RuleVisitor[] = rules.map((active) =>
    active.rule.create({
      options: active.options,
      source,
      format,
      glossary,
      report(finding) {
        emit(active, finding)
      }
    })
  )

  return {
    paragraph(node, index, previousEnd) {
      const blankLineBefore = hasBlankLine(previousEnd, node.position?.start.offset ?? 0)
      const paragraph = createParagraph(node, index, blankLineBefore, markup ? source : undefined)
      if (markup) proseRanges.push(...paragraph.proseRanges)
      for (const visitor of visitors) visitor.paragraph(paragraph)
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
      for (const visitor of visitors) visitor.paragraph(paragraph)
    },
    end() {
      for (const visitor of visitors) visitor.end?.()
    }
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

    const message = file.message(finding.reason, {
      place: {start: place.toPoint(start)!, end: place.toPoint(end)!},
      ruleId: rule.meta.id,
      source: MESSAGE_SOURCE
    })
    message.actual = source.slice(start, end)
    message.expected = expected
    message.url = ruleUrl(rule.meta.id)
    message.fatal = severity === 'error'
    message.autofix = level === 'safe'
    message.category = finding.category ?? rule.meta.category
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
