import type {Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import type {Format} from './rule.js'


// retext-english slows down superlinearly on one giant paragraph, and one of
// its plugins overflows the stack on a giant token (it spreads the token's
// parts into one call). Parsing at most this many characters at a time keeps
// both in bounds. Prefilters that reason about whole tokens give up past it,
// since a cut may fall inside a token.
export const chunkLength = 16_384

/**
 * retext-english's parser, hardened for hostile input: a long paragraph is
 * parsed in chunks cut at a sentence end or a space, and a plugin that
 * overflows the stack on a giant sentence (in Markdown and HTML, whole
 * paragraphs reach the plugins) leaves the sentence as it was.
 */
export class ParseOfficialese extends ParseEnglish {
  constructor() {
    super()
    this.tokenizeSentencePlugins = this.tokenizeSentencePlugins.map(guardPlugin)
    this.tokenizeParagraphPlugins = this.tokenizeParagraphPlugins.map(guardPlugin)
  }

  override tokenizeParagraph(value?: string | null): Paragraph {
    const text = value ?? ''
    if (text.length <= chunkLength) return super.tokenizeParagraph(text)
    let paragraph: Paragraph | undefined
    let from = 0
    let line = 1
    let lineStart = 0
    while (from < text.length) {
      const to = chunkEnd(text, from)
      const chunk = super.tokenizeParagraph(text.slice(from, to))
      shift(chunk, {line, column: from - lineStart + 1, offset: from})
      if (paragraph) {
        paragraph.children.push(...chunk.children)
        if (paragraph.position && chunk.position) paragraph.position.end = chunk.position.end
      } else {
        paragraph = chunk
      }
      for (let index = from; index < to; index++) {
        const code = text.charCodeAt(index)
        if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
          line++
          lineStart = index + 1
        }
      }
      from = to
    }
    return paragraph!
  }
}

function guardPlugin<Node>(plugin: (node: Node) => void): (node: Node) => void {
  return function (node) {
    try {
      plugin(node)
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
    }
  }
}

interface MarkdownNode {
  type: string
  value?: string
  children?: MarkdownNode[]
  position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
}

/**
 * A Markdown block cut into blocks of the same kind holding at most
 * `chunkLength` characters of text each. The converter to nlcst spreads each
 * block's tokens into one call, which overflows the stack on a giant block;
 * blocks on one line still make one paragraph, as before.
 */
function splitBlock<Node extends MarkdownNode>(node: Node, source: string): Node[] {
  if (node.type === 'text' && node.value && node.value.length > chunkLength && node.position?.start.offset !== undefined) {
    const pieces: Node[] = []
    const base = node.position.start.offset
    let start = node.position.start
    for (let from = 0; from < node.value.length; ) {
      const to = chunkEnd(node.value, from)
      const end = pointAt(source, base + to, start)
      pieces.push({...node, value: node.value.slice(from, to), position: {start, end}})
      start = end
      from = to
    }
    return pieces
  }
  if (!node.children) return [node]
  const groups: Node[] = []
  let group: MarkdownNode[] = []
  let length = 0
  for (const child of node.children.flatMap((child) => splitBlock(child, source))) {
    const size = textLength(child)
    if (group.length > 0 && length + size > chunkLength) {
      groups.push(withChildren(node, group))
      group = []
      length = 0
    }
    group.push(child)
    length += size
  }
  if (group.length > 0 || groups.length === 0) groups.push(withChildren(node, group))
  return groups
}

function withChildren<Node extends MarkdownNode>(node: Node, children: MarkdownNode[]): Node {
  const start = children[0]?.position?.start
  const end = children.at(-1)?.position?.end
  return {...node, children, position: start && end ? {start, end} : node.position}
}

function textLength(node: MarkdownNode): number {
  if (node.children) return node.children.reduce((sum, child) => sum + textLength(child), 0)
  return node.value?.length ?? 0
}

// The point of `offset`, counting lines from a known point before it.
function pointAt(source: string, offset: number, from: {line: number; column: number; offset?: number}) {
  let line = from.line
  let lineStart = (from.offset ?? 0) - (from.column - 1)
  for (let index = from.offset ?? 0; index < offset; index++) {
    const code = source.charCodeAt(index)
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1, offset}
}

// Where the chunk starting at `from` ends: after the last sentence end, else
// at the last space, in the second half of the window; else at the window's
// end, never between the halves of a surrogate pair.
function chunkEnd(text: string, from: number): number {
  const limit = from + chunkLength
  if (limit >= text.length) return text.length
  let space = -1
  for (let index = limit; index > from + chunkLength / 2; index--) {
    if (!/\s/.test(text[index]!)) continue
    if (/[.!?。！？]/.test(text[index - 1]!)) return index
    if (space === -1) space = index
  }
  if (space !== -1) return space
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}

/**
 * Parse a file into an nlcst tree whose positions point into its value:
 * plain text with retext-english's parser, one paragraph at a time (whole-document
 * parsing is superlinear); Markdown through remark and HTML through rehype,
 * leaving code, URLs and markup out of the prose.
 */
export function parse(file: VFile, format: Format): Root {
  if (format === 'markdown') {
    // Front matter is data, not prose: parsed as such, it is never checked or fixed.
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkRetext, ParseOfficialese)
    const tree = processor.parse(file)
    const value = String(file)
    if (value.length > chunkLength) tree.children = tree.children.flatMap((child) => splitBlock(child, value))
    return processor.runSync(tree, file) as Root
  }

  if (format === 'html') {
    const processor = unified().use(rehypeParse, {fragment: true}).use(rehypeRetext, ParseOfficialese)
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
  const parser = new ParseOfficialese()
  return forEachTextParagraphRange(value, (range, breakBefore) => {
    visit(parseTextParagraph(parser, value, range), breakBefore)
  })
}

/**
 * Parsed plain-text paragraphs kept by their text, positioned as if each began
 * the document, so that a checker run again and again over one document (an
 * editor) parses only the paragraphs that changed. A kept tree is never handed
 * to rules itself: each use gets a positioned copy.
 */
export interface TextParagraphCache {
  get(text: string): Paragraph | undefined
  set(text: string, paragraph: Paragraph): void
}

/** Parse one paragraph of plain text; positions point into `value`. */
export function parseTextParagraph(
  parser: ParseEnglish,
  value: {slice(start: number, end: number): string},
  range: TextParagraphRange,
  cache?: TextParagraphCache
): Paragraph {
  const text = value.slice(range.start, range.end)
  const base = {line: range.line, column: range.column, offset: range.start}
  if (!cache) {
    const paragraph = parser.tokenizeParagraph(text)
    shift(paragraph, base)
    return paragraph
  }
  let kept = cache.get(text)
  if (!kept) {
    kept = parser.tokenizeParagraph(text)
    cache.set(text, kept)
  }
  return copyShifted(kept as ShiftedNode, base) as Paragraph
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

// A copy of a kept tree at its place in the document: the same points
// `shift` would give a fresh parse there, in objects of its own.
function copyShifted(node: ShiftedNode, base: {line: number; column: number; offset: number}): ShiftedNode {
  const children = node.children
  if (!children) {
    const position = node.position
    if (!position) return {...node}
    return {...node, position: {start: movePoint(position.start, base), end: movePoint(position.end, base)}}
  }
  const copies = children.map((child) => copyShifted(child, base))
  const copy: ShiftedNode = {...node, children: copies}
  const first = copies[0]?.position
  const last = copies.at(-1)?.position
  if (first && last) copy.position = {start: first.start, end: last.end}
  return copy
}

function movePoint(
  point: {line: number; column: number; offset?: number},
  base: {line: number; column: number; offset: number}
): {line: number; column: number; offset: number} {
  return {
    line: point.line + base.line - 1,
    column: point.line === 1 ? point.column + base.column - 1 : point.column,
    offset: (point.offset ?? 0) + base.offset
  }
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
