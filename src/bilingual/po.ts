import gettextParser from 'gettext-parser'
import {TargetBuilder, TranslationFileError, isSurrogatePair, lineColumn, type TranslationDocument, type TranslationSegment} from './target-text.js'

const formatName = 'PO'

interface Character {
  decoded: string
  start: number
  end: number
}

interface StringToken {
  kind: 'string'
  /** Offset of the opening quote. */
  start: number
  /** Offset after the closing quote. */
  end: number
  quote: string
  characters: Character[]
}

interface KeyToken {
  kind: 'key'
  name: string
  start: number
  line: number
}

type Token = StringToken | KeyToken

interface Entry {
  line: number
  context: string
  msgid: string
  plural?: string
  /** The string literals of the first `msgstr`, in order. */
  target?: StringToken[]
  /** Where the first `msgstr` keyword starts. */
  targetKey?: number
}

/**
 * Read a gettext PO file: `msgid` is the source, `msgstr` the target (of a
 * plural entry, `msgstr[0]`, the singular: the other forms are not read).
 * The header entry and obsolete (`#~`) entries are skipped. gettext-parser
 * validates the file and decodes it; a small lexer over the same grammar
 * finds where each `msgstr` literal lies, and the file is refused unless both
 * read every entry alike.
 */
export function readPo(text: string): TranslationDocument {
  let parsed: {translations: Record<string, Record<string, {msgid: string; msgid_plural?: string; msgstr: string[]}>>}
  try {
    parsed = gettextParser.po.parse(text, {validation: true})
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const line = (error as {lineNumber?: unknown}).lineNumber
    throw new TranslationFileError(
      `Cannot read ${formatName}: ${message.replace(/^Error parsing PO data: /, '').split('\n', 1)[0]}`,
      typeof line === 'number' ? lineOffset(text, line) : undefined
    )
  }

  const entries = entriesOf(lex(text), text)
  const segments: TranslationSegment[] = []
  let expected = 0
  for (const [context, table] of Object.entries(parsed.translations)) {
    expected += Object.keys(table).filter((msgid) => context !== '' || msgid !== '').length
  }

  for (const entry of entries) {
    if (entry.context === '' && entry.msgid === '') continue
    const parsedEntry = parsed.translations[entry.context]?.[entry.msgid]
    const literals = entry.target ?? []
    const builder = new TargetBuilder()
    for (const literal of literals) {
      builder.piece(literal.start + 1, (value) => escapePo(value, literal.quote))
      for (const character of literal.characters) builder.push(character.decoded, character.start, character.end)
    }
    const anchorStart = entry.targetKey ?? literals[0]?.start ?? 0
    // Literals parted by nothing but white space may be joined by an edit; a comment between them may not be lost.
    const joinable = literals.every((literal, index) => index === 0 || text.slice(literals[index - 1]!.end, literal.start).trim() === '')
    const spans = builder.build({anchor: {start: anchorStart, end: literals.at(-1)?.end ?? anchorStart}, joinable})
    if (!parsedEntry || parsedEntry.msgstr[0] !== spans.text || (parsedEntry.msgid_plural ?? undefined) !== entry.plural) {
      throw new TranslationFileError(`Cannot read ${formatName}: the entry at line ${entry.line} could not be mapped back to the file`, lineOffset(text, entry.line))
    }
    segments.push({id: String(entry.line), source: entry.msgid, target: spans.text, spans})
  }

  if (segments.length !== expected) {
    throw new TranslationFileError(`Cannot read ${formatName}: ${expected} entries were parsed but ${segments.length} were found in the file`)
  }
  return {segments}
}

// Where line `line` (from 1) starts.
function lineOffset(text: string, line: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset)
    if (next === -1) break
    offset = next + 1
  }
  return offset
}

/** A PO string literal's content: backslash, its quote, and line breaks and tabs escaped. */
export function escapePo(value: string, quote = '"'): string {
  let result = ''
  for (const character of value) {
    if (character === '\\') result += '\\\\'
    else if (character === quote) result += '\\' + quote
    else if (character === '\n') result += '\\n'
    else if (character === '\t') result += '\\t'
    else if (character === '\r') result += '\\r'
    else result += character
  }
  return result
}

// Keys and strings as gettext-parser's lexer sees them; comments, obsolete
// lines (`#~`) included, are skipped to the end of their line.
function lex(text: string): Token[] {
  const tokens: Token[] = []
  let line = 1
  let index = 0
  while (index < text.length) {
    const character = text[index]!
    if (character === '\n') {
      line++
      index++
    } else if (/\s/.test(character)) {
      index++
    } else if (character === '#') {
      const end = text.indexOf('\n', index)
      index = end === -1 ? text.length : end
    } else if (character === '"' || character === "'") {
      const token = lexString(text, index, character)
      tokens.push(token)
      index = token.end
    } else {
      const start = index
      while (index < text.length && /[\w\-[\]]/.test(text[index]!)) index++
      if (index === start) index++
      tokens.push({kind: 'key', name: text.slice(start, index), start, line})
    }
  }
  return tokens
}

function lexString(text: string, start: number, quote: string): StringToken {
  const characters: Character[] = []
  let index = start + 1
  while (index < text.length && text[index] !== quote) {
    const character = text[index]!
    if (character === '\n') break
    if (character !== '\\') {
      const width = isSurrogatePair(text, index, text.length) ? 2 : 1
      characters.push({decoded: text.slice(index, index + width), start: index, end: index + width})
      index += width
      continue
    }
    const escaped = text[index + 1]
    if (escaped === undefined) break
    // A backslash before a line break continues the string on the next line.
    if (escaped !== '\n') {
      const decoded = escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped === 'r' ? '\r' : escaped
      characters.push({decoded, start: index, end: index + 2})
    }
    index += 2
  }
  if (text[index] !== quote) {
    throw new TranslationFileError(`Cannot read ${formatName}: the string at ${lineColumn(text, start)} is not closed on its line`, start)
  }
  return {kind: 'string', start, end: index + 1, quote, characters}
}

// Keys take the strings after them; entries form as gettext-parser forms them.
function entriesOf(tokens: Token[], text: string): Entry[] {
  const entries: Entry[] = []
  let context = ''
  let current: Entry | undefined
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'key') continue
    const strings: StringToken[] = []
    while (tokens[index + 1]?.kind === 'string') strings.push(tokens[++index] as StringToken)
    const value = strings.map((literal) => literal.characters.map((character) => character.decoded).join('')).join('')
    const name = token.name.toLowerCase()
    if (name === 'msgctxt') {
      context = value
    } else if (name === 'msgid') {
      current = {line: token.line, context, msgid: value}
      entries.push(current)
      context = ''
    } else if (name === 'msgid_plural') {
      if (current) current.plural = value
      context = ''
    } else if (name.startsWith('msgstr')) {
      if (current && current.target === undefined) {
        current.target = strings
        current.targetKey = token.start
      }
      context = ''
    } else {
      throw new TranslationFileError(`Cannot read ${formatName}: unexpected \`${token.name}\` at ${lineColumn(text, token.start)}`, token.start)
    }
  }
  return entries
}
