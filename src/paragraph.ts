import type {Paragraph as ParagraphNode} from 'nlcst'

/**
 * Stands in for a piece of source code (Markdown inline code, HTML `<code>`)
 * in `Paragraph.text`, so that no rule matches inside code.
 */
export const CODE_PLACEHOLDER = '\uFFFC'

/**
 * One aligned unit of a bilingual document (a translation file's unit, or a
 * paragraph paired with its original): the Chinese source, and where its
 * English target lies in the checked text. Rules that compare the two read
 * `source`; a monolingual rule never sees it.
 */
export interface Segment {
  /** The unit's name in its file: an XLIFF or TMX unit id, a PO entry's line, a JSON Lines line. */
  readonly id: string
  /** The source text, decoded (no markup, no escapes). */
  readonly source: string
  /** The target text, exactly the checked text of `[start, end)`. */
  readonly target: string
  /** Offset of the target in the checked text. */
  readonly start: number
  /** End offset (exclusive) of the target in the checked text. */
  readonly end: number
}

/**
 * One paragraph as rules see it: the nlcst node, its prose as a string, and
 * a map from that string back to offsets in the original source. In plain
 * text the string is exactly the source slice; in Markdown and HTML markup
 * is left out of it, so a match may cover markup the fix must not destroy.
 */
export interface Paragraph {
  node: ParagraphNode
  /** The prose of the paragraph: its leaves' values, code replaced by `CODE_PLACEHOLDER`. */
  text: string
  /** Source offset where the paragraph starts. */
  start: number
  /** Source offset where the paragraph ends. */
  end: number
  /** Position of the paragraph in the document, from 0. */
  index: number
  /** Whether a blank line (or a block boundary in Markdown/HTML) separates it from the paragraph before. */
  blankLineBefore: boolean
  /** Source offset of `text[index]`; `text.length` maps to the paragraph's end. */
  sourceOffset(index: number): number
  /** Source range of `text.slice(start, end)`. */
  sourceRange(start: number, end: number): [number, number]
  /**
   * Source ranges holding nothing but prose, in order: an edit inside one of
   * them cannot damage markup or code.
   */
  proseRanges: Array<[number, number]>
  /** Bilingual input only: the aligned segment whose target holds this paragraph. */
  segment?: Segment
}

/**
 * A paragraph of plain text: its text is the source slice itself, so the nlcst
 * node is only built (by `parse`) when a rule asks for it.
 */
export function createTextParagraph(
  source: {slice(start: number, end: number): string},
  start: number,
  end: number,
  index: number,
  blankLineBefore: boolean,
  parse: () => ParagraphNode
): Paragraph {
  let node: ParagraphNode | undefined
  return {
    get node() {
      node ??= parse()
      return node
    },
    text: source.slice(start, end),
    start,
    end,
    index,
    blankLineBefore,
    proseRanges: [[start, end]],
    sourceOffset(at) {
      return start + Math.min(Math.max(at, 0), end - start)
    },
    sourceRange(from, to) {
      const sourceStart = this.sourceOffset(from)
      return [sourceStart, Math.max(sourceStart, this.sourceOffset(to))]
    }
  }
}

interface Leaf {
  textStart: number
  textEnd: number
  sourceStart: number
  sourceEnd: number
  /** Whether the source slice is exactly the leaf's value (no markup, reference or code). */
  exact: boolean
}

interface NlcstLike {
  type: string
  value?: string
  children?: NlcstLike[]
  position?: {start: {offset?: number}; end: {offset?: number}}
}

/** Build the rules' view of one nlcst paragraph whose positions point into the source. */
export function createParagraph(
  node: ParagraphNode,
  index: number,
  blankLineBefore: boolean,
  source?: string
): Paragraph {
  const leaves: Leaf[] = []
  let text = ''

  collect(node as NlcstLike)

  const start = node.position?.start.offset ?? leaves[0]?.sourceStart ?? 0
  const end = node.position?.end.offset ?? leaves.at(-1)?.sourceEnd ?? start

  const proseRanges: Array<[number, number]> = []
  for (const leaf of leaves) {
    if (!leaf.exact) continue
    const last = proseRanges.at(-1)
    if (last && last[1] === leaf.sourceStart) last[1] = leaf.sourceEnd
    else proseRanges.push([leaf.sourceStart, leaf.sourceEnd])
  }

  return {
    node,
    text,
    proseRanges,
    start,
    end,
    index,
    blankLineBefore,
    sourceOffset(at) {
      return toSource(at, false)
    },
    sourceRange(from, to) {
      const sourceStart = toSource(from, false)
      return [sourceStart, to <= from ? sourceStart : toSource(to, true)]
    }
  }

  // Leaves are re-anchored in Markdown and HTML (see `anchor`), so parents
  // take their positions from their first and last leaf again.
  function collect(current: NlcstLike): void {
    if (current.children) {
      const first = leaves.length
      for (const child of current.children) collect(child)
      if (source !== undefined && current.position && leaves.length > first) {
        current.position = {
          start: {...current.position.start, offset: leaves[first]!.sourceStart},
          end: {...current.position.end, offset: leaves.at(-1)!.sourceEnd}
        }
      }
      return
    }

    const value =
      current.type === 'SourceNode' ? CODE_PLACEHOLDER : (current.value ?? '')
    if (value.length === 0) return
    const previousEnd = leaves.at(-1)?.sourceEnd ?? node.position?.start.offset ?? 0
    let sourceStart = current.position?.start.offset ?? previousEnd
    let sourceEnd = current.position?.end.offset ?? sourceStart + value.length
    if (source !== undefined && current.type !== 'SourceNode') {
      ;[sourceStart, sourceEnd] = anchor(source, value, sourceStart, sourceEnd, previousEnd, current.type === 'WhiteSpaceNode')
      if (current.position) {
        current.position = {
          start: {...current.position.start, offset: sourceStart},
          end: {...current.position.end, offset: sourceEnd}
        }
      }
    }
    leaves.push({
      textStart: text.length,
      textEnd: text.length + value.length,
      sourceStart,
      sourceEnd,
      exact:
        current.type !== 'SourceNode' &&
        (source === undefined
          ? sourceEnd - sourceStart === value.length
          : source.slice(sourceStart, sourceEnd) === value)
    })
    text += value
  }

  // An end index maps through the leaf holding the character before it, so a
  // range never swallows markup that follows its last character.
  function toSource(at: number, isEnd: boolean): number {
    if (leaves.length === 0) return start
    const probe = isEnd ? at - 1 : at
    if (probe >= text.length) return leaves.at(-1)!.sourceEnd
    if (probe < 0) return leaves[0]!.sourceStart
    let low = 0
    let high = leaves.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (leaves[middle]!.textStart <= probe) low = middle
      else high = middle - 1
    }
    const leaf = leaves[low]!
    if (!leaf.exact) return isEnd ? leaf.sourceEnd : leaf.sourceStart
    return leaf.sourceStart + (at - leaf.textStart)
  }
}

/**
 * Markdown and HTML converters place each token by counting characters from
 * the start of its text node, so a character reference (`&amp;`), an escape
 * (`\\*`) or a stripped byte order mark shifts every later token. Find the
 * token where it really is: at its place or a little after the token before,
 * spelled out or through references and escapes (its range then covers them
 * whole, so the token is not exact and no SAFE edit lands in it). Tokens never
 * overlap, and the search is bounded so that a long document stays linear.
 */
function anchor(
  source: string,
  value: string,
  start: number,
  end: number,
  previousEnd: number,
  whiteSpace: boolean
): [number, number] {
  const from = Math.max(previousEnd, 0)
  if (start >= from) {
    const found = spelledAt(source, value, start)
    if (found !== undefined) return [start, found]
  }
  // White space spelled neither at its place nor right after the token before
  // stands for markup (`<br>`, a hard break, the line ending between blocks):
  // searching on for it would anchor it, and every token after it, too far on.
  if (whiteSpace) {
    const found = spelledAt(source, value, from)
    if (found !== undefined) return [from, found]
    const anchored = Math.max(start, from)
    return [anchored, Math.max(anchored, end)]
  }
  const limit = Math.min(source.length, from + anchorReach)
  for (let at = from; at <= limit; at++) {
    const found = spelledAt(source, value, at)
    if (found !== undefined) return [at, found]
  }
  const anchored = Math.max(start, from)
  return [anchored, Math.max(anchored, end)]
}

const anchorReach = 64
const characterReference = /^&(?:#[xX][\da-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z\d]{1,31});/

/**
 * Where `value` ends if the source spells it from `at`: literally, or with
 * character references and backslash escapes standing for single characters.
 */
function spelledAt(source: string, value: string, at: number): number | undefined {
  const literal = source.startsWith(value, at) ? at + value.length : undefined
  // A literal `&` or `\\` may itself begin a reference or escape of the token.
  if (literal !== undefined && !/[&\\]/.test(value)) return literal
  let position = at
  let index = 0
  while (index < value.length) {
    const code = source.charCodeAt(position)
    const character = String.fromCodePoint(value.codePointAt(index)!)
    if (code === 38) {
      const reference = characterReference.exec(source.slice(position, position + 40))
      if (reference && referenceMatches(reference[0], character)) {
        position += reference[0].length
        index += character.length
        continue
      }
    }
    if (code === 92 && source.startsWith(character, position + 1) && /^[!-/:-@[-`{-~]$/.test(character)) {
      position += 1 + character.length
      index += character.length
      continue
    }
    if (!source.startsWith(character, position)) return literal
    position += character.length
    index += character.length
  }
  return position
}

// A numeric reference must decode to the character; a named one is taken on trust.
function referenceMatches(reference: string, character: string): boolean {
  if (reference[1] !== '#') return true
  const hex = reference[2] === 'x' || reference[2] === 'X'
  const code = Number.parseInt(reference.slice(hex ? 3 : 2, -1), hex ? 16 : 10)
  return code === character.codePointAt(0) || (code === 0 && character === '\ufffd')
}
