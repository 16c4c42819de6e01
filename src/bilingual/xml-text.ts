import type {Element, Root, RootContent, ElementContent} from 'xast'
import {fromXml} from 'xast-util-from-xml'
import {TargetBuilder, TranslationFileError, isSurrogatePair, lineColumn} from './target-text.js'

/**
 * Inline elements whose content is the original document's code (a tag, a
 * placeholder), not text: XLIFF 1.2 and TMX `bpt`, `ept`, `ph`, `it`, `ut`,
 * XLIFF 2 `cp` (a code point XML cannot hold). Their content is left out of the
 * target, as are empty markers (`x`, `bx`, `ex`, `sc`, `ec`); elements that
 * wrap text (`g`, `pc`, `mrk`, `hi`, `sub`) keep it.
 */
const codeElements = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'cp'])

/** Parse XML, or throw a one-line `TranslationFileError` naming the place. */
export function parseXml(text: string, formatName: string): Root {
  try {
    return fromXml(text)
  } catch (error) {
    const cause = (error as {cause?: unknown}).cause
    const detail = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)
    const offset = (error as {place?: {offset?: number}}).place?.offset
    throw new TranslationFileError(`Cannot read ${formatName}: ${detail.split('\n', 1)[0]!.trim()}`, offset)
  }
}

/** An element's name without its namespace prefix. */
export function localName(element: Element): string {
  const colon = element.name.indexOf(':')
  return colon === -1 ? element.name : element.name.slice(colon + 1)
}

/** The element children of a node, by local name when `name` is given. */
export function childElements(node: Element | Root, name?: string): Element[] {
  const found: Element[] = []
  for (const child of node.children as Array<RootContent | ElementContent>) {
    if (child.type === 'element' && (name === undefined || localName(child) === name)) found.push(child)
  }
  return found
}

/** Every element below `node` named `name`, in document order, not looking inside one that is found. */
export function findElements(node: Element | Root, name: string): Element[] {
  const found: Element[] = []
  for (const child of childElements(node)) {
    if (localName(child) === name) found.push(child)
    else found.push(...findElements(child, name))
  }
  return found
}

/** An attribute by its local name (`lang` finds `xml:lang`), or `undefined`. */
export function attribute(element: Element, name: string): string | undefined {
  for (const [key, value] of Object.entries(element.attributes)) {
    if (typeof value !== 'string') continue
    if (key === name || key.slice(key.indexOf(':') + 1) === name) return value
  }
  return undefined
}

/** The file range of a node. */
export function rangeOf(node: {position?: {start: {offset?: number}; end: {offset?: number}}}): {start: number; end: number} {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

/** XML text as written in element content: `&`, `<` and `>` as entities. */
export function escapeXmlText(text: string): string | undefined {
  if (hasForbiddenCharacter(text)) return undefined
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

function escapeCdata(text: string): string | undefined {
  if (hasForbiddenCharacter(text) || text.includes(']]>')) return undefined
  return text
}

// Control characters other than tab and line breaks cannot appear in XML 1.0 at all.
function hasForbiddenCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) return true
    if (code === 0xfffe || code === 0xffff) return true
  }
  return false
}

/**
 * Collect the text of an element (a `<target>`, a `<seg>`) into `builder`:
 * each text node and CDATA section is a piece of its own, so an edit never
 * crosses an inline element. The decoding of each piece is checked against
 * the parser's; a disagreement refuses the file rather than misplace an edit.
 */
export function collectText(element: Element, file: string, builder: TargetBuilder, formatName: string): void {
  for (const child of element.children) {
    if (child.type === 'text') {
      const {start, end} = rangeOf(child)
      builder.piece(start, escapeXmlText)
      const before = builder.value.length
      decodeInto(file, start, end, true, builder)
      verify(child.value, builder.value.slice(before), file, start, formatName)
    } else if (child.type === 'cdata') {
      const {start, end} = rangeOf(child)
      const contentStart = start + '<![CDATA['.length
      builder.piece(contentStart, escapeCdata)
      const before = builder.value.length
      decodeInto(file, contentStart, end - ']]>'.length, false, builder)
      verify(child.value, builder.value.slice(before), file, start, formatName)
    } else if (child.type === 'element' && !codeElements.has(localName(child))) {
      collectText(child, file, builder, formatName)
    }
  }
}

// What was decoded here must be what the parser decoded for the node.
function verify(decoded: string, ours: string, file: string, offset: number, formatName: string): void {
  if (ours === decoded) return
  throw new TranslationFileError(`Cannot read ${formatName}: the text at ${lineColumn(file, offset)} could not be mapped back to the file`, offset)
}

/**
 * Decode raw XML character data `[start, end)` of `file` into `builder`, one
 * character at a time with its span: entities and character references
 * (when `entities`), and line breaks normalised to `\n` as XML requires.
 */
function decodeInto(file: string, start: number, end: number, entities: boolean, builder: TargetBuilder): void {
  let index = start
  while (index < end) {
    const code = file.charCodeAt(index)
    if (code === 13) {
      const next = file.charCodeAt(index + 1) === 10 && index + 1 < end ? index + 2 : index + 1
      builder.push('\n', index, next)
      index = next
      continue
    }
    if (entities && code === 38) {
      const close = file.indexOf(';', index)
      if (close !== -1 && close < end) {
        const decoded = decodeReference(file.slice(index + 1, close))
        if (decoded !== undefined) {
          builder.push(decoded, index, close + 1)
          index = close + 1
          continue
        }
      }
    }
    // A surrogate pair is one character: no edit may part its halves.
    const width = isSurrogatePair(file, index, end) ? 2 : 1
    builder.push(file.slice(index, index + width), index, index + width)
    index += width
  }
}


const namedReferences: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

function decodeReference(name: string): string | undefined {
  if (Object.hasOwn(namedReferences, name)) return namedReferences[name]
  if (name.startsWith('#')) {
    const hex = name[1] === 'x'
    const digits = name.slice(hex ? 2 : 1)
    if (digits.length === 0 || !(hex ? /^[\da-fA-F]+$/ : /^\d+$/).test(digits)) return undefined
    const code = Number.parseInt(digits, hex ? 16 : 10)
    if (code > 0x10ffff) return undefined
    return String.fromCodePoint(code)
  }
  return undefined
}

/** The decoded text of an element (a `<source>`), without layout white space. */
export function plainText(element: Element | undefined, file: string, formatName: string): string {
  if (!element) return ''
  const builder = new TargetBuilder()
  collectText(element, file, builder, formatName)
  return builder.build({anchor: rangeOf(element), joinable: false, trimLayout: true}).text
}

/**
 * Start a target's builder for a present `<target>`/`<seg>` element: a
 * childless element that is not self-closing gets an empty piece at its
 * content, so a fix can write into an empty target.
 */
export function targetBuilder(element: Element, file: string): TargetBuilder {
  const builder = new TargetBuilder()
  if (element.children.length === 0) {
    const {start, end} = rangeOf(element)
    // Attribute values cannot hold `<`: the only other one in a childless element starts its end tag.
    const endTag = file.lastIndexOf('<', end - 1)
    if (endTag > start) builder.piece(endTag, escapeXmlText)
  }
  return builder
}
