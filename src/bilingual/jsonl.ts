import {parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser'
import {TargetBuilder, TranslationFileError, isSurrogatePair, type TranslationDocument, type TranslationSegment} from './target-text.js'

const formatName = 'JSON Lines'

/**
 * Read JSON Lines: one object per line with string fields `source` and
 * `target` (other fields are ignored; a missing `target` is an empty one
 * whose findings point at the line's `source`). Blank lines are skipped.
 */
export function readJsonLines(text: string): TranslationDocument {
  const segments: TranslationSegment[] = []
  // A byte order mark is not part of the first line's JSON.
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let lineNumber = 0
  while (lineStart <= text.length) {
    lineNumber++
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    if (line.trim() !== '') segments.push(readLine(line, lineStart, lineNumber))
    lineStart = lineEnd + 1
  }
  return {segments}
}

function readLine(line: string, lineStart: number, lineNumber: number): TranslationSegment {
  const errors: ParseError[] = []
  const tree = parseTree(line, errors, {disallowComments: true, allowTrailingComma: false})
  const where = (offset: number) => `line ${lineNumber}, column ${offset + 1}`
  if (errors.length > 0) {
    const error = errors[0]!
    throw new TranslationFileError(`Cannot read ${formatName}: ${describe(printParseErrorCode(error.error))} at ${where(error.offset)}`, lineStart + error.offset)
  }
  if (!tree || tree.type !== 'object') {
    throw new TranslationFileError(`Cannot read ${formatName}: expected an object at ${where(0)}`, lineStart)
  }
  const source = field(tree, 'source')
  const target = field(tree, 'target')
  for (const [name, node] of [['source', source], ['target', target]] as const) {
    if (node && node.type !== 'string') {
      throw new TranslationFileError(`Cannot read ${formatName}: \`${name}\` is not a string at ${where(node.offset)}`, lineStart + node.offset)
    }
  }
  if (!source) throw new TranslationFileError(`Cannot read ${formatName}: no \`source\` at ${where(0)}`, lineStart)

  const id = String(lineNumber)
  if (!target) {
    const anchor = {start: lineStart + source.offset, end: lineStart + source.offset + source.length}
    return {id, source: source.value as string, target: '', spans: new TargetBuilder().build({anchor, joinable: false})}
  }
  const builder = new TargetBuilder()
  const start = lineStart + target.offset
  builder.piece(start + 1, escapeJsonString)
  decodeString(line, target.offset, lineStart, builder)
  const spans = builder.build({anchor: {start, end: start + target.length}, joinable: false})
  if (spans.text !== target.value) {
    throw new TranslationFileError(`Cannot read ${formatName}: the target at ${where(target.offset)} could not be mapped back to the file`, start)
  }
  return {id, source: source.value as string, target: spans.text, spans}
}

function field(object: Node, name: string): Node | undefined {
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? []
    if (key?.value === name) return value
  }
  return undefined
}

/** A JSON string's content: what `JSON.stringify` writes between the quotes. */
export function escapeJsonString(value: string): string {
  return JSON.stringify(value).slice(1, -1)
}

const simpleEscapes: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}

// Each character of a JSON string literal (at `offset` of `line`) with its span; `\uXXXX` is one code unit.
function decodeString(line: string, offset: number, lineStart: number, builder: TargetBuilder): void {
  let index = offset + 1
  while (index < line.length && line[index] !== '"') {
    if (line[index] !== '\\') {
      const width = isSurrogatePair(line, index, line.length) ? 2 : 1
      builder.push(line.slice(index, index + width), lineStart + index, lineStart + index + width)
      index += width
      continue
    }
    const escaped = line[index + 1]!
    if (escaped === 'u') {
      builder.push(String.fromCharCode(Number.parseInt(line.slice(index + 2, index + 6), 16)), lineStart + index, lineStart + index + 6)
      index += 6
    } else {
      builder.push(simpleEscapes[escaped] ?? escaped, lineStart + index, lineStart + index + 2)
      index += 2
    }
  }
}

function describe(code: string): string {
  return code.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase()
}
