import type {Paragraph, Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import type {Format} from './rule.js'

// A run of spaces and tabs holding at least one line break: where
// retext-english starts a new paragraph.
const paragraphBreak = /[ \t]*(?:\r\n|\n|\r)(?:[ \t]*(?:\r\n|\n|\r))*[ \t]*/g

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
  const parser = new ParseEnglish()
  const children: RootContent[] = []
  let from = 0
  let line = 1
  let lineStart = 0

  paragraphBreak.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = paragraphBreak.exec(value))) {
    addParagraph(match.index)
    children.push({
      type: 'WhiteSpaceNode',
      value: match[0],
      position: {start: point(match.index), end: point(match.index + match[0].length, true)}
    })
    from = match.index + match[0].length
  }

  addParagraph(value.length)
  return {type: 'RootNode', children, position: {start: {line: 1, column: 1, offset: 0}, end: point(value.length)}}

  function addParagraph(end: number): void {
    if (end <= from) return
    const paragraph = parser.tokenizeParagraph(value.slice(from, end))
    shift(paragraph, point(from))
    children.push(paragraph)
  }

  // Line numbers only move forward, so counting line breaks as we go stays linear.
  function point(offset: number, advance = false) {
    const result = {line, column: offset - lineStart + 1, offset}
    if (advance) {
      for (let index = from; index < offset; index++) {
        const code = value.charCodeAt(index)
        if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
          line++
          lineStart = index + 1
        }
      }
      result.line = line
      result.column = offset - lineStart + 1
    }
    return result
  }
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
