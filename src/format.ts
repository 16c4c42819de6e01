import type {Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import type {Format} from './rule.js'


/**
 * Parse a file into an nlcst tree whose positions point into its value:
 * plain text with retext-english's parser, one paragraph at a time (whole-document
 * parsing is superlinear); Markdown through remark and HTML through rehype,
 * leaving code, URLs and markup out of the prose.
 */
export function parse(file: VFile, format: Format): Root {
  if (format === 'markdown') {
    const processor = unified().use(remarkParse).use(remarkRetext, ParseEnglish)
    return processor.runSync(processor.parse(file), file) as Root
  }

  if (format === 'html') {
    const processor = unified().use(rehypeParse, {fragment: true}).use(rehypeRetext, ParseEnglish)
    return processor.runSync(processor.parse(file), file) as Root
  }

  return parseText(String(file))
}

/** Parse plain text paragraph by paragraph, as retext-english would parse it whole. */
export function parseText(value: string): Root {
  const children: RootContent[] = []
  const trailingBreak = forEachTextParagraph(value, (paragraph, breakBefore) => {
    if (breakBefore) children.push(breakBefore)
    children.push(paragraph)
  })
  if (trailingBreak) children.push(trailingBreak)
  const end = children.at(-1)?.position?.end ?? {line: 1, column: 1, offset: 0}
  return {type: 'RootNode', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/**
 * Parse plain text one paragraph at a time and hand each to `visit` with the
 * line-break whitespace before it, so no tree of the whole document is ever
 * held in memory. Returns the line-break whitespace that ends the text, if any.
 */
export function forEachTextParagraph(
  value: string,
  visit: (paragraph: Paragraph, breakBefore: WhiteSpace | undefined) => void
): WhiteSpace | undefined {
  const parser = new ParseEnglish()
  let from = 0
  let line = 1
  let lineStart = 0
  let pendingBreak: WhiteSpace | undefined

  // A paragraph break is a run of spaces and tabs holding at least one line
  // break (where retext-english starts a new paragraph). Scanned by hand: a
  // regular expression for it backtracks quadratically on long runs of spaces.
  const lineBreak = /[\n\r]/g
  let match: RegExpExecArray | null
  while ((match = lineBreak.exec(value))) {
    let breakStart = match.index
    while (breakStart > from && isBlank(value.charCodeAt(breakStart - 1))) breakStart--
    let breakEnd = match.index
    while (breakEnd < value.length && isBreakSpace(value.charCodeAt(breakEnd))) breakEnd++
    addParagraph(breakStart)
    const start = point(breakStart)
    advance(breakStart, breakEnd)
    pendingBreak = {
      type: 'WhiteSpaceNode',
      value: value.slice(breakStart, breakEnd),
      position: {start, end: point(breakEnd)}
    }
    from = breakEnd
    lineBreak.lastIndex = breakEnd
  }

  addParagraph(value.length)
  return pendingBreak

  function addParagraph(end: number): void {
    if (end <= from) return
    const paragraph = parser.tokenizeParagraph(value.slice(from, end))
    shift(paragraph, point(from))
    visit(paragraph, pendingBreak)
    pendingBreak = undefined
  }

  function point(offset: number) {
    return {line, column: offset - lineStart + 1, offset}
  }

  // Line numbers only move forward, so counting line breaks as we go stays linear.
  function advance(start: number, to: number): void {
    for (let index = start; index < to; index++) {
      const code = value.charCodeAt(index)
      if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
        line++
        lineStart = index + 1
      }
    }
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9
}

function isBreakSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

function shift(node: Paragraph, base: {line: number; column: number; offset: number}): void {
  // The tokenizer shares point objects between neighbouring nodes.
  const seen = new Set<object>()
  const stack: Array<{position?: Root['position']; children?: unknown[]}> = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const position = current.position
    if (position) {
      for (const point of [position.start, position.end]) {
        if (seen.has(point)) continue
        seen.add(point)
        if (point.line === 1) point.column += base.column - 1
        point.line += base.line - 1
        point.offset = (point.offset ?? 0) + base.offset
      }
    }
    if (current.children) stack.push(...(current.children as typeof stack))
  }
}
