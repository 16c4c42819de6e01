/** The translation file formats read as source/target pairs. */
export type TranslationFormat = 'xliff' | 'po' | 'tmx' | 'jsonl'

/** A translation file that cannot be read: the message is one line, with the place when known. */
export class TranslationFileError extends Error {
  override name = 'TranslationFileError'

  constructor(
    message: string,
    /** Offset in the file where reading failed, when known (an editor marks it). */
    readonly offset?: number
  ) {
    super(message)
  }
}

/**
 * A stretch of the file that holds target text written one way (an XML text
 * node, a CDATA section, one PO string literal, a JSON string): an edit that
 * stays inside it is written with its `escape`.
 */
export interface TargetPiece {
  /** File offset where the piece's text starts (after any opening quote or marker). */
  readonly start: number
  /** The text spelled as this piece requires, or `undefined` when it cannot be spelled there. */
  escape(text: string): string | undefined
}

/**
 * A decoded target and where each of its characters lies in the file. A
 * character spelled by an escape covers the escape's whole span; the second
 * half of a surrogate pair spelled by one escape starts at -1 (and the first
 * half ends at -1), since nothing in the file lies between them.
 */
export interface TargetSpans {
  /** The decoded target, as rules read it. */
  readonly text: string
  /** File offset where `text[index]` is spelled. */
  readonly starts: readonly number[]
  /** File offset where the spelling of `text[index]` ends. */
  readonly ends: readonly number[]
  /** Index in `pieces` of the piece spelling `text[index]`. */
  readonly pieceOf: readonly number[]
  readonly pieces: readonly TargetPiece[]
  /**
   * Whether an edit may run from one piece into the next, swallowing what lies
   * between (true in PO, where only quotes and a line break part two literals).
   */
  readonly joinable: boolean
  /**
   * Where findings on an empty target point: the empty target's place, or,
   * when the unit has no target at all, its source (never edited).
   */
  readonly anchor: {readonly start: number; readonly end: number}
}

/** One unit of a translation file: the decoded source, and the target with its place in the file. */
export interface TranslationSegment {
  /** The unit's name: an XLIFF or TMX unit id, a PO entry's line, a JSON Lines line. */
  readonly id: string
  readonly source: string
  readonly target: string
  readonly spans: TargetSpans
}

/** What a reader makes of a translation file. */
export interface TranslationDocument {
  readonly segments: TranslationSegment[]
}

/** Collects a target's characters piece by piece, with the file offsets of each. */
export class TargetBuilder {
  private text = ''
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private readonly pieceOf: number[] = []
  private readonly pieces: TargetPiece[] = []

  /** Start a piece at file offset `start`; the characters pushed next belong to it. */
  piece(start: number, escape: TargetPiece['escape']): void {
    this.pieces.push({start, escape})
  }

  /** Add `decoded` (one character, or a surrogate pair), spelled at `[start, end)` of the file. */
  push(decoded: string, start: number, end: number): void {
    const piece = this.pieces.length - 1
    if (decoded.length === 2) {
      this.text += decoded
      this.starts.push(start, -1)
      this.ends.push(-1, end)
      this.pieceOf.push(piece, piece)
      return
    }
    this.text += decoded
    this.starts.push(start)
    this.ends.push(end)
    this.pieceOf.push(piece)
  }

  /** The decoded text so far. */
  get value(): string {
    return this.text
  }

  /**
   * The target's spans. `trimLayout` drops white space at either end when it
   * holds a line break: the indentation of pretty-printed XML, not the translation.
   */
  build(options: {anchor: {start: number; end: number}; joinable: boolean; trimLayout?: boolean}): TargetSpans {
    let from = 0
    let to = this.text.length
    if (options.trimLayout) {
      from = layoutEnd(this.text)
      to = layoutStart(this.text, from)
    }
    return {
      text: this.text.slice(from, to),
      starts: this.starts.slice(from, to),
      ends: this.ends.slice(from, to),
      pieceOf: this.pieceOf.slice(from, to),
      pieces: this.pieces,
      joinable: options.joinable,
      anchor: options.anchor
    }
  }
}

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r'
}

// Where leading white space ends, when it holds a line break; else 0.
function layoutEnd(text: string): number {
  let index = 0
  let broken = false
  while (index < text.length && isSpace(text[index])) {
    if (text[index] === '\n') broken = true
    index++
  }
  return broken ? index : 0
}

// Where trailing white space starts, when it holds a line break; else the end.
function layoutStart(text: string, from: number): number {
  let index = text.length
  let broken = false
  while (index > from && isSpace(text[index - 1])) {
    if (text[index - 1] === '\n') broken = true
    index--
  }
  return broken ? index : text.length
}

/** A one-line place in a file, `line:column`, for error messages. */
export function lineColumn(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++
      lineStart = index + 1
    }
  }
  return `${line}:${offset - lineStart + 1}`
}

/** Whether `[index, index + 2)` of `text`, within `end`, is a surrogate pair. */
export function isSurrogatePair(text: string, index: number, end: number): boolean {
  if (index + 1 >= end) return false
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}
