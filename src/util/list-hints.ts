// The hint scanner of the list-marker reader: one cheap pass over a paragraph
// that tells whether it may hold list records (and so must be parsed and read
// with the Unicode patterns of `list-markers.ts`), continuations or closers.

import {AsciiRunTable} from './ascii-runs.js'
import {chunkLength} from '../format.js'
import {asciiLettersEnd, isAsciiDigit, isAsciiLetter, isWhiteSpaceCode} from './char-codes.js'
import {cardinal, cardinals, countWords, ordinal, ordinals} from './list-words.js'

// Supersets of what the marker, announcement and infinitive patterns of
// `list-markers.ts` can match: a paragraph without any of it has no record
// but continuations and closers, and its tree is not needed. The number words
// are matched in any case, as the patterns match them.
const numeralHint = /\(\d|(?:^|\n)[ \t]*(?:\d\d?|[IVX]+)\.\s|(?:^|\n)[ \t"“]*\d\d?\s+is\s|[\u2460-\u2473]|To\s/
const calqueHint = new RegExp(String.raw`(?:${cardinal})\s+(?:is|are|to|should|must|shall|will|need|has)`, 'iu')
const ordinalHint = new RegExp(String.raw`(?:${ordinal})(?:ly|(?:\s+of\s+all)?\s*[,:]|\s+is\s)`, 'iu')
const countHint = new RegExp(countWords, 'iu')
const countNumberHint = new RegExp(String.raw`\b(?:${cardinal}|[2-9]|10)\s`, 'iu')

function mayHoldRecords(text: string): boolean {
  return (
    numeralHint.test(text) ||
    calqueHint.test(text) ||
    ordinalHint.test(text) ||
    (countHint.test(text) && countNumberHint.test(text))
  )
}

// What a paragraph may hold, found by `scanHints`: records (and so its tree is
// read), continuations, closers.
export const records = 1
export const continues = 2
export const closes = 4
const everything = records | continues | closes

// The words the hints look for, as lowercase runs of ASCII letters.
const enum Hint {
  Cardinal = 1,
  Number,
  Link,
  Ordinal,
  OrdinalLy,
  Count,
  Another,
  Other,
  The,
  Closer,
  To
}
const hintWords = new AsciiRunTable<Hint>([
  ['one', Hint.Cardinal],
  ...cardinals.slice(1).map((word) => [word, Hint.Number] as const),
  ...['is', 'are', 'to', 'should', 'must', 'shall', 'will', 'need', 'needs', 'has'].map((word) => [word, Hint.Link] as const),
  ...ordinals.map((word) => [word, Hint.Ordinal] as const),
  ...ordinals.map((word) => [`${word}ly`, Hint.OrdinalLy] as const),
  ...countWords.split('|').map((word) => [word, Hint.Count] as const),
  ['another', Hint.Another],
  ...['other', 'latter', 'rest', 'remaining'].map((word) => [word, Hint.Other] as const),
  ['the', Hint.The],
  ...['finally', 'lastly', 'least'].map((word) => [word, Hint.Closer] as const)
])
// After an ordinal: what `ordinalHint` asks of it.
const ordinalTail = /(?:(?:\s+of\s+all)?\s*[,:]|\s+is\s)/iuy
// The announcement pattern without its first `\b`: a sentence may start where
// the paragraph has no word boundary.
const announcementHint = new RegExp(
  String.raw`(?:${cardinals.slice(1).join('|')}|[2-9]|10)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${countWords})`,
  'iu'
)

/**
 * What the paragraph may hold, in one pass over its runs of ASCII letters
 * and digits. Every pattern of a record matches its number word, ordinal or
 * count word as a whole run (the parser never starts a sentence inside one),
 * so a paragraph is only read when `mayHoldRecords` matches and a run agrees:
 * a cardinal then white space and a linking word, an ordinal with its tail,
 * "To" and white space, `(1)`, or a count word after a number. Continuations
 * and closers are looked for when one of their words is there. Case is
 * ignored as the patterns ignore it; `ſ` and the Kelvin sign, which those
 * patterns also take for `s` and `k`, and text parsed in chunks, send the
 * paragraph to the patterns themselves.
 */
export function scanHints(text: string): number {
  const length = text.length
  if (length > chunkLength) return unpredicted(text)
  let found = 0
  let numbered = false
  let counted = false
  // The previous run of letters, for "the other" and "one is".
  let previous: Hint | undefined
  let previousEnd = -1
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code >= 0x80) {
      if (code === 0x17f || code === 0x212a) return unpredicted(text)
      if (code >= 0x2460 && code <= 0x2473) found |= records
      index++
      continue
    }
    if (code === 40 && isParenNumeral(text, index)) found |= records
    if ((index === 0 || code === 10) && mayNumberLine(text, code === 10 ? index + 1 : 0)) found |= records
    if (code >= 48 && code <= 57) {
      const start = index
      do index++
      while (index < length && isAsciiDigit(text.charCodeAt(index)))
      const size = index - start
      if ((size === 1 && code >= 50) || (size === 2 && code === 49 && text.charCodeAt(start + 1) === 48)) numbered = true
      continue
    }
    if (!isAsciiLetter(code)) {
      index++
      continue
    }
    const start = index
    index = asciiLettersEnd(text, start)
    const hint = hintWords.get(text, start, index)
    switch (hint) {
      case Hint.Number:
        numbered = true
        break
      case Hint.Link:
        if ((previous === Hint.Cardinal || previous === Hint.Number) && onlyWhiteSpace(text, previousEnd, start)) found |= records
        if (index - start === 2 && code === 84 && isWhiteSpaceCode(text.charCodeAt(index))) found |= records
        break
      case Hint.Ordinal:
        ordinalTail.lastIndex = index
        if (ordinalTail.test(text)) found |= records
        break
      case Hint.OrdinalLy:
        found |= records
        break
      case Hint.Count:
        counted ||= numbered
        break
      case Hint.Another:
        found |= continues
        break
      case Hint.Other:
        if (previous === Hint.The && previousEnd === start - 1 && text.charCodeAt(previousEnd) === 32) found |= continues
        break
      case Hint.Closer:
        found |= closes
        break
    }
    previous = hint
    previousEnd = index
  }
  if (counted && countHint.test(text) && countNumberHint.test(text) && announcementHint.test(text)) found |= records
  // Every record matches one of the older, looser hints as well.
  if (found & records && !mayHoldRecords(text)) found &= ~records
  return found
}

// `1. ` and `II. ` at a line start, as `numeralHint` takes them, and the `1 is` of a digit marker.
const lineNumeral = /[ \t]*(?:\d\d?|[IVX]+)\.\s|[ \t"“]*\d\d?\s+is\s/y

function mayNumberLine(text: string, at: number): boolean {
  lineNumeral.lastIndex = at
  return lineNumeral.test(text)
}

// Text the runs cannot predict is left to the patterns and the older hints.
function unpredicted(text: string): number {
  return mayHoldRecords(text) ? everything : continues | closes
}

// `(1) ` and `(12) `: what `parenNumeral` (in `list-markers.ts`) needs.
function isParenNumeral(text: string, at: number): boolean {
  if (!isAsciiDigit(text.charCodeAt(at + 1))) return false
  const close = isAsciiDigit(text.charCodeAt(at + 2)) ? at + 3 : at + 2
  return text.charCodeAt(close) === 41 && isWhiteSpaceCode(text.charCodeAt(close + 1))
}

function onlyWhiteSpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false
  for (let index = from; index < to; index++) if (!isWhiteSpaceCode(text.charCodeAt(index))) return false
  return true
}
