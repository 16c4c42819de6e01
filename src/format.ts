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
    const tree = processor.parse(file)
    // An empty document (or one of only NUL) parses to a root without a
    // position, which rehype-retext refuses: there is no prose to check.
    if (!tree.position) return {type: 'RootNode', children: []}
    return processor.runSync(tree, file) as Root
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

/** Where a paragraph of plain text lies: offsets and the point it starts at. */
export interface TextParagraphRange {
  start: number
  end: number
  line: number
  column: number
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
  return forEachTextParagraphRange(value, (range, breakBefore) => {
    visit(parseTextParagraph(parser, value, range), breakBefore)
  })
}

/** Parse one paragraph of plain text; positions point into `value`. */
export function parseTextParagraph(parser: ParseEnglish, value: string, range: TextParagraphRange): Paragraph {
  const paragraph = parser.tokenizeParagraph(value.slice(range.start, range.end))
  shift(paragraph, {line: range.line, column: range.column, offset: range.start})
  return paragraph
}

/**
 * Find the paragraphs of plain text without parsing them. A paragraph break is
 * a run of spaces and tabs holding at least one line break (where
 * retext-english starts a new paragraph).
 */
export function forEachTextParagraphRange(
  value: string,
  visit: (range: TextParagraphRange, breakBefore: WhiteSpace | undefined) => void
): WhiteSpace | undefined {
  let from = 0
  let line = 1
  let lineStart = 0
  let pendingBreak: WhiteSpace | undefined

  // Scanned by hand: a regular expression for a paragraph break backtracks
  // quadratically on long runs of spaces.
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
    visit({start: from, end, line, column: from - lineStart + 1}, pendingBreak)
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

// Every leaf has points of its own; a parent's points are its first and last
// leaf's (the tokenizer shares some and copies others, so set them again).
function shift(node: Paragraph, base: {line: number; column: number; offset: number}): void {
  shiftNode(node as ShiftedNode, base)
}

interface ShiftedNode {
  position?: Root['position']
  children?: ShiftedNode[]
}

function shiftNode(node: ShiftedNode, base: {line: number; column: number; offset: number}): void {
  const children = node.children
  if (!children) {
    const position = node.position
    if (!position) return
    for (const point of [position.start, position.end]) {
      if (point.line === 1) point.column += base.column - 1
      point.line += base.line - 1
      point.offset = (point.offset ?? 0) + base.offset
    }
    return
  }
  for (const child of children) shiftNode(child, base)
  const first = children[0]?.position
  const last = children.at(-1)?.position
  if (first && last) node.position = {start: first.start, end: last.end}
}
