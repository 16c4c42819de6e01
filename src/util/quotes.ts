import type {Paragraph} from '../paragraph.js'
import type {SourceWindow} from '../rule.js'
import {isWhiteSpaceCode} from './char-codes.js'

/** Double (`"“”`) or single (`'‘’`) quotation marks; apostrophes are single. */
export type QuoteKind = 'double' | 'single'

/**
 * What a mark does where it stands: opens or closes a quotation, is an
 * apostrophe (`party's`, `'80s`), or a foot/inch mark (`17"`, `5'10"`).
 */
export type QuoteRole = 'open' | 'close' | 'apostrophe' | 'measure'

/** A quotation mark or apostrophe in a paragraph's text. */
export interface QuoteMark {
  /** Index in `Paragraph.text`. */
  index: number
  char: string
  kind: QuoteKind
  /** Typewriter `"`/`'` rather than typographic `“”‘’`. */
  straight: boolean
  /**
   * The role the context gives the mark. For a curly mark this is the
   * glyph's own role, except that `’` and `‘` between letters are apostrophes.
   */
  role: QuoteRole
  /** Whether the neighbours alone left a straight mark's direction open (decided by whether a quotation was open). */
  guessed: boolean
  /** Index in the marks array of the mark it pairs with, or -1. */
  partner: number
  /** Whether the mark sits in a URL, where it is no quotation. */
  inUrl: boolean
  /**
   * A curly mark whose glyph points the wrong way for where it stands (`”`
   * after a space and before a word; `“` after a word and before a space;
   * `‘` after a word): its `role` follows the context, not the glyph.
   */
  misdirected: boolean
  /**
   * The second mark of a doubled straight `""` (as in text escaped for CSV):
   * it takes the role of the first, pairs with it, and counts for nothing else.
   */
  doubled: boolean
}

/** Every character this module treats as a quotation mark or apostrophe. */
export const quoteCharacters = '"\'“”‘’'

const straightDouble = '"'
const straightSingle = "'"

/** The typographic mark for a role: `“ ” ‘ ’`. */
export function curlyFor(kind: QuoteKind, role: QuoteRole): string {
  if (kind === 'double') return role === 'close' ? '”' : '“'
  return role === 'open' ? '‘' : '’'
}

/** The typewriter mark of a kind: `"` or `'`. */
export function straightFor(kind: QuoteKind): string {
  return kind === 'double' ? straightDouble : straightSingle
}

/** Whether a character is a quotation mark or apostrophe. */
export function isQuoteCharacter(character: string | undefined): boolean {
  return character !== undefined && character.length === 1 && isQuoteCode(character.charCodeAt(0))
}

// `"` `'` `‘` `’` `“` `”` as UTF-16 units.
function isQuoteCode(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d
}

// The ASCII fast paths below answer exactly as the Unicode classes would;
// only a character beyond ASCII goes to the regular expression.

/** Neighbours that leave a straight mark opening: start of text, space, an opening bracket, a dash or slash. */
export function opensAfter(character: string | undefined): boolean {
  if (character === undefined) return true
  const code = character.charCodeAt(0)
  if (code < 0x80 && character.length === 1) {
    return isAsciiSpace(code) || code === 0x28 || code === 0x5b || code === 0x7b || code === 0x3c || code === 0x2d || code === 0x2f
  }
  return /[\s([{<\-–—/]/u.test(character)
}

/** Neighbours that leave a straight mark closing: end of text, space, punctuation, a closing bracket, a dash. */
export function closesBefore(character: string | undefined): boolean {
  if (character === undefined) return true
  const code = character.charCodeAt(0)
  if (code < 0x80 && character.length === 1) return isAsciiSpace(code) || asciiClosers.includes(character)
  return /[\s.,;:!?…)\]}>\-–—/]/u.test(character)
}

const asciiClosers = '.,;:!?)]}>-/'

// `\s` within ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d)
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
}

/** A word character: letters, digits, marks, and the placeholder for inline code. */
export function isWordCharacter(character: string | undefined): boolean {
  if (character === undefined) return false
  const code = character.charCodeAt(0)
  if (code < 0x80 && character.length === 1) return isAsciiLetterOrDigit(code)
  return /[\p{L}\p{N}\p{M}\uFFFC]/u.test(character)
}

function isDigit(character: string | undefined): boolean {
  if (character === undefined) return false
  const code = character.charCodeAt(0)
  if (code < 0x80 && character.length === 1) return code >= 0x30 && code <= 0x39
  return /\p{Nd}/u.test(character)
}

// A URL runs to the next space or quotation mark; marks inside it are not quotes.
// It starts a word: the lookbehind keeps the scheme from being tried at every letter.
const urlPattern = /(?<![a-z\d+.-])(?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s"“”‘’<>]*/giu

/**
 * Find the quotation marks and apostrophes of a paragraph's text and infer
 * their roles. Straight marks take their direction from their neighbours
 * (`"` opens after start, space, `(` or a dash, else closes), and from
 * whether a quotation is open where the neighbours do not decide. Double
 * marks are paired in order; a closer pairs with the latest open mark.
 */
export function findQuoteMarks(text: string): QuoteMark[] {
  // The four quote rules read the same paragraph one after the other: scan
  // it once. The marks are never changed by their readers.
  if (text !== lastText) {
    lastMarks = scanQuoteMarks(text)
    lastText = text
  }
  return lastMarks
}

let lastText: string | undefined
let lastMarks: QuoteMark[] = []

// Shared by every paragraph without a mark; no reader changes the marks.
const noMarks: QuoteMark[] = []

function scanQuoteMarks(text: string): QuoteMark[] {
  let index = nextQuoteMark(text, 0)
  if (index === -1) return noMarks

  const urls: Array<[number, number]> = []
  if (mayHoldUrl(text)) {
    for (const match of text.matchAll(urlPattern)) urls.push([match.index, match.index + match[0].length])
  }

  // After the last non-space character a `“` has nothing left to open.
  const contentEnd = trimmedLength(text)
  const marks: QuoteMark[] = []
  const openDouble: number[] = []
  const openSingle: number[] = []
  let urlIndex = 0

  for (; index !== -1; index = nextQuoteMark(text, index + 1)) {
    const char = text[index]!
    while (urlIndex < urls.length && urls[urlIndex]![1] <= index) urlIndex++
    const inUrl = urlIndex < urls.length && urls[urlIndex]![0] <= index
    const kind: QuoteKind = char === '"' || char === '“' || char === '”' ? 'double' : 'single'
    const straight = char === straightDouble || char === straightSingle
    const open = kind === 'double' ? openDouble : openSingle
    const previous = marks.at(-1)
    const before = text[index - 1]
    const after = text[index + 1]
    const mark: QuoteMark = {index, char, kind, straight, role: 'open', guessed: false, partner: -1, inUrl, misdirected: false, doubled: false}

    // A mark right after another takes its cue from it: `"'Hi` opens twice, `'"` closes twice.
    const previousAdjacent = previous && previous.index === index - 1 ? previous : undefined
    const openBefore = previousAdjacent ? previousAdjacent.role === 'open' : opensAfter(before)
    const closeBefore = previousAdjacent ? previousAdjacent.role === 'close' : false

    if (char === straightDouble && previousAdjacent?.char === straightDouble && !previousAdjacent.doubled && !emptyQuotation(text, index)) {
      mark.role = previousAdjacent.role
      mark.doubled = true
      mark.partner = marks.length - 1
      marks.push(mark)
      continue
    }

    if (inUrl) mark.role = 'apostrophe'
    else if (!straight) {
      mark.role = curlyRole(char, before, after, open.length > 0)
      if (char === '”' && openBefore && isWordCharacter(after)) {
        mark.role = 'open'
        mark.misdirected = true
      } else if (
        char === '“' &&
        (index + 1 >= contentEnd ||
          (!openBefore && !isWordCharacter(after) && closesBeforeOrQuote(after)) ||
          // `trip, “ said Mrs. Sun` inside an open quotation: its closer, turned.
          (open.length > 0 && isBlank(before) && isBlank(after)))
      ) {
        mark.role = 'close'
        mark.misdirected = true
      } else if (char === '‘' && isWordCharacter(before)) {
        // `party‘s`, `workers‘ `: an apostrophe or a closer, both `’`.
        mark.role = isWordCharacter(after) || open.length === 0 ? 'apostrophe' : 'close'
        mark.misdirected = true
      }
    }
    else if (kind === 'double') {
      if (isDigit(before) && open.length === 0 && !isWordCharacter(after)) mark.role = 'measure'
      else decideStraight(mark, openBefore, closeBefore, before, after, open.length > 0)
    } else if (isWordCharacter(before) && isWordCharacter(after)) {
      mark.role = isDigit(before) && isDigit(after) ? 'measure' : 'apostrophe'
    } else if (openBefore && isDigit(after)) {
      mark.role = 'apostrophe'
    } else if (isDigit(before) && open.length === 0) {
      mark.role = 'measure'
    } else if (isWordCharacter(before) && open.length === 0 && closesBefore(after)) {
      // `workers' union`: no single quotation is open, so a possessive.
      mark.role = 'apostrophe'
    } else {
      decideStraight(mark, openBefore, closeBefore, before, after, open.length > 0)
    }

    const position = marks.length
    marks.push(mark)
    if (mark.role === 'open') open.push(position)
    else if (mark.role === 'close' && open.length > 0) {
      const partner = open.pop()!
      mark.partner = partner
      marks[partner]!.partner = position
    }
  }

  return marks
}

// A search for one class of plain characters runs natively, several times
// faster than reading the paragraph a character at a time.
const quoteMark = /["'‘’“”]/g

/** Index of the first quotation mark at or after `from`, or -1. */
function nextQuoteMark(text: string, from: number): number {
  quoteMark.lastIndex = from
  return quoteMark.test(text) ? quoteMark.lastIndex - 1 : -1
}

// Every match of `urlPattern` holds `://` or `www.` (in any case): without
// either the pattern cannot match, so it is not run.
const urlSign = /:\/\/|www\./i

function mayHoldUrl(text: string): boolean {
  return urlSign.test(text)
}

/** `text.trimEnd().length`, without making the trimmed string. */
function trimmedLength(text: string): number {
  let end = text.length
  while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
  return end
}

// `""` between a space and a space or punctuation: an empty quotation, two marks.
function emptyQuotation(text: string, second: number): boolean {
  return opensAfter(text[second - 2]) && closesBefore(text[second + 1])
}

function isBlank(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\u00A0'
}

function closesBeforeOrQuote(character: string | undefined): boolean {
  return closesBefore(character) || isQuoteCharacter(character)
}

function curlyRole(char: string, before: string | undefined, after: string | undefined, quotationOpen: boolean): QuoteRole {
  if (char === '“') return 'open'
  if (char === '”') return 'close'
  if (isWordCharacter(before) && isWordCharacter(after)) return 'apostrophe'
  if (char === '‘') return 'open'
  if (opensAfter(before) && isDigit(after)) return 'apostrophe'
  return quotationOpen ? 'close' : 'apostrophe'
}

function decideStraight(
  mark: QuoteMark,
  openBefore: boolean,
  closeBefore: boolean,
  before: string | undefined,
  after: string | undefined,
  quotationOpen: boolean
): void {
  const closeAfter = closesBefore(after)
  if (closeBefore) mark.role = 'close'
  // Before another mark (`""`, `"'`) only the side before tells.
  else if (isQuoteCharacter(after)) mark.role = openBefore ? 'open' : 'close'
  else if (openBefore && !closeAfter) mark.role = 'open'
  else if (!openBefore && closeAfter) mark.role = 'close'
  else if (before === undefined) mark.role = 'open'
  else if (after === undefined) mark.role = 'close'
  else if (!openBefore && !isWordCharacter(before) && !quotationOpen) {
    // `said:"Yes` — punctuation before, a word after, nothing open.
    mark.role = 'open'
  } else {
    mark.role = quotationOpen ? 'close' : 'open'
    mark.guessed = true
  }
}

/** Whether a paragraph's double quotes all pair up and no straight one was a guess. */
export function doublesPairUp(marks: QuoteMark[]): boolean {
  return marks.every(
    (mark) => mark.kind !== 'double' || mark.role === 'measure' || mark.inUrl || (mark.partner !== -1 && !mark.guessed)
  )
}

/** Whether a paragraph's quotes (double and single) all pair up and no straight one was a guess. */
export function quotesPairUp(marks: QuoteMark[]): boolean {
  return marks.every(
    (mark) =>
      mark.role === 'measure' || mark.role === 'apostrophe' || mark.inUrl || (mark.partner !== -1 && !mark.guessed)
  )
}

/**
 * A `“` that ends its paragraph after some text and pairs with nothing in it:
 * there is nothing left for it to open, so it is a closer typed the wrong way
 * round (`… the plan“`), of a quotation opened in an earlier paragraph or of
 * one whose opener was lost. Right after another quotation mark (`growth.” “`)
 * it is a stray mark instead, and is not returned.
 */
function turnedFinalCloser(text: string, marks: QuoteMark[]): QuoteMark | undefined {
  const last = marks.at(-1)
  if (!last || last.char !== '“' || last.role !== 'close' || last.partner !== -1) return undefined
  if (last.index + 1 < trimmedLength(text)) return undefined
  const before = previousContent(text, last.index)
  return before === undefined || isQuoteCharacter(before) ? undefined : last
}

/** The last character before `index` that is not white space. */
function previousContent(text: string, index: number): string | undefined {
  let before = index - 1
  while (before >= 0 && isWhiteSpaceCode(text.charCodeAt(before))) before--
  return before < 0 ? undefined : text[before]
}

/**
 * Whether a quotation left open at the end of its paragraph may run on into
 * the next one: speech does (`said: "We…`, `"We…`), opening at a paragraph
 * start, after punctuation or with a capital. A term quoted in the middle of
 * a sentence (`call the "12345 service line`, `a "warm holiday`) does not.
 */
function mayRunOn(text: string, mark: QuoteMark): boolean {
  if (!isWordCharacter(previousContent(text, mark.index))) return true
  const after = text[mark.index + 1]
  return after !== undefined && after !== after.toLowerCase()
}

/** A double quotation mark located in the source, kept after its paragraph is gone. */
export interface PlacedMark {
  start: number
  end: number
  char: string
}

/** What the quotation tracker concludes about marks across paragraphs. */
export type QuotationEvent =
  | {type: 'unclosed'; mark: PlacedMark}
  | {type: 'unopened'; mark: PlacedMark; continued: boolean}
  /** A paragraph-initial mark held as a possible displaced closer turned out to open a continued quotation. */
  | {type: 'reopened'; mark: PlacedMark}
  | {
      type: 'displaced'
      mark: PlacedMark
      /** Source offset just after the last character of the paragraph before. */
      previousProseEnd: number
      /** Whitespace right after the mark (`" Rios`), moved with it. */
      spaceAfter: number
      /**
       * The source from `previousProseEnd` to the end of the space after the
       * mark, read while both paragraphs are in the window: the event may come
       * a paragraph later.
       */
      text: string
    }

/** What the quotation tracker makes of one paragraph, for `quote-direction`. */
export interface TrackedParagraph {
  /** A paragraph-initial mark held as a possible displaced closer (reported by an event later). */
  candidate: QuoteMark | undefined
  /** A turned closer ending the paragraph (see `turnedFinalCloser`). */
  turned: QuoteMark | undefined
  /** Whether `turned` closes a quotation opened in an earlier paragraph. */
  turnedClosesEarlier: boolean
}

// Shared by every paragraph with neither (most): no reader changes it.
const nothingTracked: TrackedParagraph = {candidate: undefined, turned: undefined, turnedClosesEarlier: false}

/** How many paragraphs without quotation marks an open quotation may run through. */
const carryLimit = 3

/**
 * Follow double quotations across paragraphs. A paragraph may leave one
 * quotation open when the next paragraph opens again (the English convention
 * for a quotation of several paragraphs). A paragraph that begins with a
 * quote mark it never closes, while a quotation from before is open, begins
 * with the displaced closer of that quotation (the Chinese source put `”` at
 * the start of the next paragraph). Events may come a few paragraphs late, so
 * they carry what they need of the source (`source`, read in the window).
 */
export function createQuotationTracker(report: (event: QuotationEvent) => void, source: SourceWindow) {
  // The open quotation left by an earlier paragraph.
  let carried: PlacedMark | undefined
  // Whether it may run on into a paragraph that opens again (see `mayRunOn`).
  let carriedRunsOn = false
  let paragraphsSince = 0
  // A paragraph that began with an unclosed mark right after an open
  // paragraph: a continuation if the next paragraph opens again, else a displaced closer.
  let pendingStart: {mark: PlacedMark; previousProseEnd: number; spaceAfter: number; text: string} | undefined
  let previousProseEnd: number | undefined

  return {
    /** Take in a paragraph; returns the mark held as a possible displaced closer, and a turned closer, if any. */
    paragraph(paragraph: Paragraph, marks: QuoteMark[]): TrackedParagraph {
      // Most paragraphs hold no mark: nothing is allocated for them.
      const doubles = marks.length === 0 ? noMarks : marks.filter((mark) => mark.kind === 'double' && mark.role !== 'measure' && !mark.inUrl)
      const first = doubles[0]
      const initial = first !== undefined && first.index === leadingSpace(paragraph.text) ? first : undefined
      const startsOpen = initial?.role === 'open'

      if (pendingStart) {
        // The paragraph before began with a mark it never closed: if this one
        // opens again, that was a continued quotation; else a displaced closer.
        if (startsOpen) report({type: 'reopened', mark: pendingStart.mark})
        else {
          report({type: 'displaced', ...pendingStart})
          carried = undefined
        }
        pendingStart = undefined
      }

      // A closer turned the wrong way is `quote-direction`'s when it closes a
      // quotation from before, or stands alone (its opener lost); after
      // quotations of its own it may as well be a stray mark.
      const finalCloser = doubles.length === 0 ? undefined : turnedFinalCloser(paragraph.text, marks)
      const turned = finalCloser && (carried !== undefined || doubles.length === 1) ? finalCloser : undefined
      const unpaired = doubles.length === 0 ? noMarks : doubles.filter((mark) => mark.partner === -1 && mark !== turned)

      let consumed: QuoteMark | undefined
      let candidate: QuoteMark | undefined
      let turnedClosesEarlier = false
      if (carried && doubles.length > 0) {
        const opener = carried
        carried = undefined
        const firstUnopened = unpaired.find((mark) => mark.role === 'close')
        if (initial && unpaired.length === 1 && unpaired[0] === initial) {
          consumed = initial
          candidate = initial
          const mark = place(paragraph, initial)
          const from = previousProseEnd ?? paragraph.start
          const spaceAfter = spaceAt(paragraph.text, initial.index + 1)
          const displaced = {mark, previousProseEnd: from, spaceAfter, text: source.slice(from, mark.end + spaceAfter)}
          if (paragraphsSince === 0) {
            pendingStart = displaced
            carried = displaced.mark
            // It starts its paragraph: a continued quotation, if it is one.
            carriedRunsOn = true
          } else report({type: 'displaced', ...displaced})
        } else if (startsOpen && paragraphsSince === 0 && carriedRunsOn) {
          // A continued quotation opening again, as it should.
        } else if (firstUnopened) {
          consumed = firstUnopened
          report({type: 'unopened', mark: place(paragraph, firstUnopened), continued: true})
        } else if (turned) {
          turnedClosesEarlier = true
        } else {
          report({type: 'unclosed', mark: opener})
        }
      } else if (carried) {
        paragraphsSince++
        if (paragraphsSince > carryLimit) {
          report({type: 'unclosed', mark: carried})
          carried = undefined
        }
      }

      if (doubles.length > 0) paragraphsSince = 0
      if (unpaired.length > 0) {
        const unclosed: QuoteMark[] = []
        for (const mark of unpaired) {
          if (mark === consumed) continue
          if (mark.role === 'close') report({type: 'unopened', mark: place(paragraph, mark), continued: false})
          else unclosed.push(mark)
        }
        const last = unclosed.pop()
        for (const mark of unclosed) report({type: 'unclosed', mark: place(paragraph, mark)})
        if (last) {
          carried = place(paragraph, last)
          carriedRunsOn = mayRunOn(paragraph.text, last)
        }
      }

      const trimmed = trimmedLength(paragraph.text)
      previousProseEnd = trimmed > 0 ? paragraph.sourceOffset(trimmed - 1) + 1 : paragraph.start
      return candidate || turned ? {candidate, turned, turnedClosesEarlier} : nothingTracked
    },
    end(): void {
      if (pendingStart) {
        report({type: 'displaced', ...pendingStart})
        carried = undefined
      }
      pendingStart = undefined
      if (carried) report({type: 'unclosed', mark: carried})
      carried = undefined
    }
  }
}

/** Source range of a mark. */
export function place(paragraph: Paragraph, mark: QuoteMark): PlacedMark {
  const [start, end] = paragraph.sourceRange(mark.index, mark.index + 1)
  return {start, end, char: mark.char}
}

// `text.length - text.trimStart().length`, without making the trimmed string.
function leadingSpace(text: string): number {
  let start = 0
  while (start < text.length && isWhiteSpaceCode(text.charCodeAt(start))) start++
  return start
}

function spaceAt(text: string, index: number): number {
  let end = index
  while (end < text.length && (text[end] === ' ' || text[end] === '\t' || text[end] === '\u00A0')) end++
  return end - index
}
