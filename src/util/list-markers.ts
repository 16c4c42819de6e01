// The list-marker reader of the enumeration rules: finds list markers, count
// announcements, infinitive openers, continuations and closers paragraph by
// paragraph, after the cheap prefilter of `list-hints.ts`.

import type {Paragraph} from '../paragraph.js'
import {closes, continues, records, scanHints} from './list-hints.js'
import {createSourceListReader, type SourceMarker} from './source-markers.js'
import {cardinal, cardinals, countWords, itemAdverbs, itemVerbs, ordinal, ordinals, romanNumerals} from './list-words.js'

// Shared by `enum-cardinal-marker`, `enum-sequence` and `enum-dangling`:
// they must agree on what counts as a list marker, so the three rules never
// contradict each other (and `fix` with all suggestions converges).

/**
 * How a list is numbered. `calque` is the cardinal of 一是/二要 ("Two is
 * to…"), `ordinal` the English word ("Second,", "the second is to"); the
 * numeral styles are `(1)`, `1.` at a line start, `I.` at a line start and `①`.
 * Chinese texts nest one style inside another, so each style is its own list.
 */
export type MarkerFamily = 'calque' | 'ordinal' | 'paren' | 'period' | 'roman' | 'circled'

/**
 * The words after a cardinal marker, which decide the ordinal that replaces
 * it: `to` ("Two to give"), `is to`, `is` ("The three is in accordance"),
 * `is the` (a noun phrase follows: "One is a…"), or a modal (`should`…).
 */
export type MarkerLink = 'to' | 'is to' | 'is' | 'is the' | 'modal'

/** One list marker candidate, with offsets into the original source. */
export interface ListMarker {
  family: MarkerFamily
  /** The number the marker stands for, from 1. */
  value: number
  /** Source offsets of the marker phrase, connecting words included ("Two is to"). */
  start: number
  end: number
  /** The marker phrase as written. */
  text: string
  /** Whether it opens its sentence (and so is, or should be, capitalised). */
  initial: boolean
  /** Whether it opens its paragraph (its line, in plain text). */
  lineStart: boolean
  /** Index of its paragraph in the document. */
  paragraph: number
  /**
   * For a marker that opens its line: the line right before it, when that
   * line has no marker and the line before that one opens with a marker —
   * an item that may have lost its own marker.
   */
  lostItem?: LineOpening
  /** Index of its sentence in the paragraph run. */
  sentence: number
  /** For `calque` markers: the words after the number. */
  link?: MarkerLink
  /** For `calque` markers: the word after the link ("seize" in "Two is to seize"). */
  next?: string
  /** For `calque` markers: whether the item opens with a verb phrase typical of list items ("do a good job"). */
  opensItem?: boolean
  /** The modal verb of a `modal` link, as written (`should`, `need to`). */
  modal?: string
  /** For `ordinal` markers: `ly` for "Firstly", `plain` for "First", `the` for "the first is to". */
  form?: 'plain' | 'ly' | 'the'
  /** Source offsets of the ordinal word alone (`ordinal` markers). */
  wordStart?: number
  wordEnd?: number
  /** Weak forms (lowercase mid-sentence, cardinals) need a neighbour to count; see `supported`. */
  weak: boolean
  /** Whether the marker is confirmed by the list around it. */
  supported: boolean
}

/** The first word of a line, where a lost marker would go. */
export interface LineOpening {
  /** Source offsets of the word. */
  start: number
  end: number
  word: string
  /** Whether the line opens with a verb phrase typical of a list item ("Do a good job…"). */
  itemVerb: boolean
}

/** A count announced before a list: "four aspects", "the following three points". */
export interface CountAnnouncement {
  value: number
  start: number
  end: number
  text: string
  sentence: number
}

/** A sentence that opens with an infinitive ("To play the leading role…"): where a lost marker may go. */
export interface InfinitiveSentence {
  /** Source offsets of the word `To`. */
  start: number
  end: number
  sentence: number
}

/** What the enumeration rules know about one run of lines (no blank line between them). */
export interface ListRun {
  markers: ListMarker[]
  announcements: CountAnnouncement[]
  infinitives: InfinitiveSentence[]
  /** Source offsets of "the other", "another"…: a second item named without a number. */
  continuations: number[]
  /** Source offsets of "Finally,", "Lastly,": a last item named without a number. */
  closers: number[]
}

// The word lists live in `list-words.ts`, shared with the hint scanner.
export {cardinals, ordinals, romanNumerals} from './list-words.js'

/** How far apart (in sentences) two markers of one list may be and still confirm each other. */
const supportWindow = 6

const opener = String.raw`[\s"“‘'(\[]*`
const link = String.raw`(is\s+to|are\s+to|is|to|should|must|shall|will|needs?\s+to|has\s+to)`

// "Thirdly is to keep…" (三是) is the same calque with an ordinal adverb for the number.
const calqueNumber = String.raw`(?:the\s+)?(?:${cardinal})|(?:${ordinal})ly`
const calqueInitial = new RegExp(String.raw`^${opener}(${calqueNumber})\s+${link}\s+([\p{L}\d][\p{L}\d'’-]*)`, 'diu')
// "1 is the testing scope" (1是), one item a line: a digit for the number, only with "is".
const digitInitial = /^[ \t"“]*([1-9]|10)\s+(is\s+to|is)\s+(\p{L}[\p{L}\d'’-]*)/du
// Inside a sentence, a marker follows a comma, a semicolon or "that", and the
// last one may take "and" ("…, and three is to"). The parser keeps a full stop
// before a lowercase word inside the sentence, so ". the second is to" is read
// here too (and is a sentence opening: see `afterStop`).
// A full-width mark (，；：) takes no space after it.
const middleLead = String.raw`(?:(?:[,;:]|[.!?]["”’')\]]*|\bthat)\s+|[，；：]\s*)(?:and\s+)?`
const afterStop = /^[.!?]/
const sentenceOpening = /^[\s"“‘'(\[]*[Tt]he\s/
const calqueMiddle = new RegExp(
  String.raw`${middleLead}(${calqueNumber})\s+${link}\s+([\p{L}\d][\p{L}\d'’-]*)`,
  'dgu'
)
// "The main practices: One is the…": a capitalised marker opens the list after a colon.
const calqueAfterColon = new RegExp(
  String.raw`:\s+(${cardinals.map(capitalise).join('|')})\s+${link}\s+([\p{L}\d][\p{L}\d'’-]*)`,
  'dgu'
)
const ordinalInitial = new RegExp(String.raw`^${opener}(${ordinal})(ly)?(\s+of\s+all)?(\s*[,:]|\s)`, 'iu')
const ordinalMiddle = new RegExp(String.raw`(?:(?:[,;:]|\bthat)\s+|[，；：]\s*)(?:and\s+)?(${ordinal})(ly)?,`, 'gu')
const theOrdinal = new RegExp(String.raw`(?:^${opener}|${middleLead})((?:the|The)\s+(${ordinal}))\s+(is\s+to)\s+(?=\p{Ll})`, 'dgu')
// The verb phrase of an item right after its marker ("do a good job", "strictly implement").
const itemPhrase = new RegExp(String.raw`^(?:(?:${itemAdverbs})\s+){0,2}(?:${itemVerbs})\b`, 'u')
const lineOpening = /^[\s"“‘'(\[]*(\p{Lu}[\p{L}'’-]*)/u
const openerCodes = new Set([...' \t\n\r"“‘\'(['].map((character) => character.charCodeAt(0)))
const parenNumeral = /(?:^[\s"“]*|[;:,]\s*)\((\d{1,2})\)\s/g
const periodNumeral = /^\s*(\d{1,2})\.\s+(?=\S)/
const romanNumeral = /^\s*(VIII|VII|VI|IV|IX|III|II|I|V|X)\.\s+(?=\p{Lu})/u
const circledNumeral = /[\u2460-\u2473]/g
const infinitive = new RegExp(String.raw`^${opener}(To)\s+(\p{Ll}+)`, 'u')
const announcement = new RegExp(
  String.raw`\b(${cardinals.slice(1).join('|')}|[2-9]|10)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${countWords})\b`,
  'giu'
)

const closer = /\b(?:finally|lastly|last but not least)\b/giu
const continuation = /\b(?:the other|another|the latter|the rest|the remaining)\b/giu

// "To this end", "To date"…: openers that are not an item's verb.
const notInfinitiveVerbs = new Set([
  'this', 'that', 'these', 'those', 'date', 'be', 'sum', 'conclude', 'me', 'us', 'them', 'him', 'her', 'the',
  'a', 'an', 'its', 'our', 'their', 'his', 'my', 'your', 'what', 'some', 'many', 'most', 'all', 'whom', 'which',
  'such', 'one', 'each', 'every', 'no', 'put', 'say', 'begin', 'start', 'tell'
])
const determiners = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'our', 'their', 'his', 'her', 'my', 'your'])

/**
 * Collects list markers paragraph by paragraph and hands over each finished
 * run of lines. Only small records are kept, never the paragraphs.
 */
export function createListReader(onRun: (run: ListRun) => void): {
  paragraph(paragraph: Paragraph): void
  end(): void
  /**
   * Bilingual input: the list markers of the source of paragraph `index`, a
   * paragraph of the run being handed to `onRun`; `undefined` without a source.
   */
  sourceMarkersOf(index: number): SourceMarker[] | undefined
} {
  // Every rule that reads lists reads their source's markers too, when there is a source.
  const sources = createSourceListReader()
  const emptyRun = (): ListRun => ({markers: [], announcements: [], infinitives: [], continuations: [], closers: []})
  let run = emptyRun()
  let sentences = 0
  // The paragraph last opened by a marker, and the opening of the paragraph
  // after it when that one has none: only a single unmarked line between two
  // marked ones is taken for an item that lost its marker.
  let markedParagraph = -1
  let unmarked: LineOpening | undefined

  return {
    sourceMarkersOf: sources.markersOf,
    paragraph(paragraph) {
      if (paragraph.blankLineBefore) flush()
      sources.read(paragraph)
      const read = readOnce(paragraph)
      // Sentence numbers only compare records of one run: before its first
      // record, how many sentences went by does not matter (and a paragraph
      // without a marker is then never parsed).
      const inRun = run.markers.length > 0 || run.announcements.length > 0 || run.infinitives.length > 0
      const base = inRun ? sentences : 0
      const opener = read.markers.find((marker) => marker.lineStart)
      const lostItem = opener && markedParagraph === paragraph.index - 2 ? unmarked : undefined
      if (opener) markedParagraph = paragraph.index
      unmarked = !opener && markedParagraph === paragraph.index - 1 ? openingOf(paragraph) : undefined
      for (const marker of read.markers) {
        run.markers.push({...marker, sentence: marker.sentence + base, lostItem: marker === opener ? lostItem : undefined})
      }
      for (const item of read.announcements) run.announcements.push({...item, sentence: item.sentence + base})
      for (const item of read.infinitives) run.infinitives.push({...item, sentence: item.sentence + base})
      for (const offset of read.continuations) run.continuations.push(offset)
      for (const offset of read.closers) run.closers.push(offset)
      const recorded = run.markers.length > 0 || run.announcements.length > 0 || run.infinitives.length > 0
      sentences = recorded ? base + sentenceCount(paragraph, read) : 0
    },
    end() {
      flush()
      // The paragraph read last is not kept past its document.
      lastParagraph = undefined
      lastRead = undefined
    }
  }

  function flush(): void {
    if (run.markers.length > 0) {
      run.markers.sort((a, b) => a.start - b.start)
      confirm(run.markers)
      onRun(run)
    }
    // A run ends at a blank line: no later run asks for the paragraphs read so far.
    sources.forget(Number.POSITIVE_INFINITY)
    run = emptyRun()
    sentences = 0
    markedParagraph = -1
    unmarked = undefined
  }
}

function openingOf(paragraph: Paragraph): LineOpening | undefined {
  const head = paragraph.text.slice(0, 64)
  const match = lineOpening.exec(head)
  if (!match) return undefined
  const from = match[0].length - match[1]!.length
  const [start, end] = paragraph.sourceRange(from, match[0].length)
  return {start, end, word: match[1]!, itemVerb: itemPhrase.test(head.slice(from).toLowerCase())}
}

// The three enumeration rules read every paragraph: its records are found
// once (sentences counted from 0) and copied into each rule's run.
interface ParagraphRead {
  markers: ListMarker[]
  announcements: CountAnnouncement[]
  infinitives: InfinitiveSentence[]
  continuations: number[]
  closers: number[]
  sentences?: number
}

const noMarkers: ListMarker[] = []
const noAnnouncements: CountAnnouncement[] = []
const noInfinitives: InfinitiveSentence[] = []
const noOffsets: number[] = []

// The paragraph read last: the three rules read the same paragraph one after
// the other, so one slot shares the work (a miss only reads it again).
let lastParagraph: Paragraph | undefined
let lastRead: ParagraphRead | undefined

function readOnce(paragraph: Paragraph): ParagraphRead {
  if (paragraph === lastParagraph) return lastRead!
  const text = paragraph.text
  const hints = scanHints(text)
  let read: ParagraphRead
  if (hints & records) {
    read = {markers: [], announcements: [], infinitives: [], continuations: [], closers: []}
    read.sentences = readParagraph(paragraph, read, 0, hints)
  } else {
    read = {markers: noMarkers, announcements: noAnnouncements, infinitives: noInfinitives, continuations: noOffsets, closers: noOffsets}
    if (hints & continues) read.continuations = offsets(paragraph, continuation)
    if (hints & closes) read.closers = offsets(paragraph, closer)
  }
  lastParagraph = paragraph
  lastRead = read
  return read
}

function offsets(paragraph: Paragraph, pattern: RegExp): number[] {
  const found: number[] = []
  for (const match of paragraph.text.matchAll(pattern)) found.push(paragraph.sourceOffset(match.index))
  return found
}

function sentenceCount(paragraph: Paragraph, read: ParagraphRead): number {
  if (read.sentences === undefined) {
    let count = 0
    for (const child of paragraph.node.children) if (child.type === 'SentenceNode') count++
    read.sentences = count
  }
  return read.sentences
}

function readParagraph(paragraph: Paragraph, run: ParagraphRead, firstSentence: number, hints: number): number {
  const text = paragraph.text
  let sentence = firstSentence
  let offset = 0
  const sentenceEnds: number[] = []
  // A marker at or before this offset opens the paragraph.
  let leadEnd = 0
  while (leadEnd < text.length && openerCodes.has(text.charCodeAt(leadEnd))) leadEnd++

  for (const child of paragraph.node.children) {
    const length = textLength(child)
    if (child.type === 'SentenceNode') {
      readSentence(text.slice(offset, offset + length), offset, sentence)
      sentenceEnds.push(offset + length)
      sentence++
    }
    offset += length
  }
  readLineNumerals()
  if (hints & continues) run.continuations = offsets(paragraph, continuation)
  if (hints & closes) run.closers = offsets(paragraph, closer)
  return sentence

  // "1." and "I." number lines, and the parser may cut "II." off as a
  // sentence of its own, so they are read on the lines of the paragraph.
  function readLineNumerals(): void {
    for (let from = 0; from !== -1; from = text.indexOf('\n', from) + 1 || -1) {
      const line = text.slice(from, from + 16)
      const period = periodNumeral.exec(line) ?? undefined
      if (period) addNumeral('period', Number(period[1]), from + period[0].indexOf(period[1]!), period[1]!.length + 1)
      const roman = romanNumeral.exec(line) ?? undefined
      if (roman) addNumeral('roman', romanValue(roman[1]!), from + roman[0].indexOf(roman[1]!), roman[1]!.length + 1)
      if (from >= text.length) break
    }
  }

  function addNumeral(family: MarkerFamily, value: number, from: number, length: number): void {
    let index = sentenceEnds.findIndex((end) => end > from)
    if (index === -1) index = sentenceEnds.length - 1
    const [start, end] = paragraph.sourceRange(from, from + length)
    run.markers.push({
      family,
      value,
      start,
      end,
      text: text.slice(from, from + length),
      initial: true,
      lineStart: from <= leadEnd,
      paragraph: paragraph.index,
      sentence: firstSentence + Math.max(index, 0),
      weak: false,
      supported: true
    })
  }

  // A sentence may hold several lines ("II. Measures\n1. Reform."): each line
  // opening is read like a sentence opening.
  function readSentence(value: string, base: number, index: number): void {
    type Found = Omit<ListMarker, 'start' | 'end' | 'text' | 'sentence' | 'supported' | 'lineStart' | 'paragraph'>
    const add = (marker: Found, from: number, to: number) => {
      const [start, end] = paragraph.sourceRange(base + from, base + to)
      run.markers.push({
        ...marker,
        start,
        end,
        text: value.slice(from, to),
        sentence: index,
        lineStart: base + from <= leadEnd,
        paragraph: paragraph.index,
        supported: !marker.weak
      })
    }

    for (const match of value.matchAll(parenNumeral)) {
      const from = match.index + match[0].indexOf('(')
      add({family: 'paren', value: Number(match[1]), initial: from === 0, weak: false}, from, from + match[1]!.length + 2)
    }
    for (const match of value.matchAll(circledNumeral)) {
      add({family: 'circled', value: match[0].charCodeAt(0) - 0x245f, initial: false, weak: false}, match.index, match.index + 1)
    }

    for (const match of value.matchAll(calqueMiddle)) readCalque(match, afterStop.test(match[0]), 0, true)
    for (const match of value.matchAll(calqueAfterColon)) readCalque(match, true, 0, true)

    for (const match of value.matchAll(ordinalMiddle)) {
      const from = match.index + match[0].lastIndexOf(match[1]!)
      const word = match[1]! + (match[2] ?? '')
      addOrdinal(match[1]!, match[2] ? 'ly' : 'plain', false, from, from + word.length, from + word.length, true)
    }
    for (const match of value.matchAll(theOrdinal)) {
      const [from] = match.indices![1]!
      const [, to] = match.indices![3]!
      const initial = afterStop.test(match[0]) || (match.index === 0 && sentenceOpening.test(match[0]))
      // Unlike "Two is to", a lone "The second is to…" is English: it needs
      // the rest of its list.
      add({family: 'ordinal', value: ordinals.indexOf(match[2]!) + 1, initial, form: 'the', weak: true}, from, to)
    }

    for (let from = 0; from !== -1; from = value.indexOf('\n', from) + 1 || -1) {
      readOpening(from)
      if (from >= value.length) break
    }

    function readOpening(at: number): void {
      const rest = value.slice(at)
      // A digit marker opens a line, as the hint scanner looks for it; a sentence may open with a figure.
      const opensLine = base + at === 0 || paragraph.text.charAt(base + at - 1) === '\n'
      const initialCalque = calqueInitial.exec(rest) ?? (opensLine ? digitInitial.exec(rest) : null) ?? undefined
      if (initialCalque) readCalque(initialCalque, true, at, false)

      // "Thirdly is to" was read as a calque above.
      const initialOrdinal = initialCalque && /ly$/i.test(initialCalque[1]!) ? undefined : (ordinalInitial.exec(rest) ?? undefined)
      if (initialOrdinal && /^\p{Lu}/u.test(initialOrdinal[1]!) && (initialOrdinal[2] || /[,:]/.test(initialOrdinal[4]!))) {
        const from = at + initialOrdinal[0].indexOf(initialOrdinal[1]!)
        const word = initialOrdinal[1]! + (initialOrdinal[2] ?? '')
        const phrase = word + (initialOrdinal[3] ?? '')
        if (!initialOrdinal[3] || initialOrdinal[1]!.toLowerCase() === 'first') {
          addOrdinal(initialOrdinal[1]!, initialOrdinal[2] ? 'ly' : 'plain', true, from, from + phrase.length, from + word.length, false)
        }
      }
      const opening = infinitive.exec(rest) ?? undefined
      if (opening && !notInfinitiveVerbs.has(opening[2]!)) {
        const from = at + opening[0].lastIndexOf('To', opening[0].length - opening[2]!.length)
        const [start, end] = paragraph.sourceRange(base + from, base + from + 2)
        run.infinitives.push({start, end, sentence: index})
      }
    }

    for (const match of value.matchAll(announcement)) {
      const [start, end] = paragraph.sourceRange(base + match.index, base + match.index + match[0].length)
      const number = match[1]!.toLowerCase()
      const count = /\d/.test(number) ? Number(number) : cardinals.indexOf(number) + 1
      run.announcements.push({value: count, start, end, text: match[0], sentence: index})
    }

    // "Four is to do a good job of…" opens a list item even when the markers
    // around it were lost; "Two is to be expected" does not.
    function opensItem(at: number): boolean {
      return itemPhrase.test(value.slice(at, at + 64))
    }

    function readCalque(match: RegExpMatchArray, initial: boolean, at: number, middle: boolean): void {
      const from = at + match.indices![1]![0]
      const to = at + match.indices![2]![1]
      const number = match[1]!
      const words = number.split(/\s+/)
      const numberWord = words.at(-1)!
      const hasThe = words.length > 1
      const digit = /^\d/.test(numberWord)
      // "The three is": a capital article, a lowercase number. "The Three
      // Represents", "Two Sessions" and other names are capitalised.
      if (!middle) {
        if (hasThe ? !/^The$/.test(words[0]!) || !/^\p{Ll}/u.test(numberWord) : !/^(?:\p{Lu}\p{Ll}+|\d+)$/u.test(numberWord)) return
      } else if (/\p{Lu}/u.test(number) && !(initial && match[0].startsWith(':'))) return
      const connector = match[2]!.replace(/\s+/g, ' ').toLowerCase()
      const next = match[3]!
      if (/^\d/.test(next) || cardinals.includes(next.toLowerCase()) || /^\p{Lu}/u.test(next)) return
      // An ordinal adverb takes only "is (to)": "Secondly, to…" and "Secondly should" are English or no list.
      const adverb = /ly$/i.test(numberWord)
      if (adverb && connector !== 'is' && connector !== 'is to') return
      // "The two are", "the one is" are plain English; "the three is" is not.
      if (hasThe && (numberWord.toLowerCase() === 'one' || !connector.startsWith('is'))) return
      const value = digit
        ? Number(numberWord)
        : (adverb ? ordinals.indexOf(numberWord.slice(0, -2).toLowerCase()) : cardinals.indexOf(numberWord.toLowerCase())) + 1
      let markerLink: MarkerLink
      let modal: string | undefined
      if (connector === 'to' || connector === 'is to' || connector === 'are to') markerLink = connector === 'to' ? 'to' : 'is to'
      else if (connector === 'is') markerLink = determiners.has(next.toLowerCase()) ? 'is the' : 'is'
      else {
        markerLink = 'modal'
        modal = match[2]!.replace(/\s+/g, ' ')
      }
      const item = opensItem(at + match.indices![3]![0])
      // A digit is a list marker only beside its neighbours: "3 is to be expected".
      const lone = initial && !digit && value >= 2 && (markerLink === 'to' || markerLink === 'is to') && item
      add({family: 'calque', value, initial, link: markerLink, modal, next, opensItem: item, weak: !lone}, from, to)
    }

    function addOrdinal(word: string, form: 'plain' | 'ly', initial: boolean, from: number, to: number, wordTo: number, weak: boolean): void {
      const [wordStart, wordEnd] = paragraph.sourceRange(base + from, base + wordTo)
      add({family: 'ordinal', value: ordinals.indexOf(word.toLowerCase()) + 1, initial, form, wordStart, wordEnd, weak}, from, to)
    }
  }
}

/**
 * Weak markers count only inside a list: a marker of the same family with a
 * neighbouring number (one apart, or two across a lost item) within a few
 * sentences. A lowercase "one" counts only when the next number follows it.
 */
function confirm(markers: ListMarker[]): void {
  const neighbours = (marker: ListMarker, other: ListMarker) => {
    if (other === marker || other.family !== marker.family) return false
    const distance = Math.abs(other.value - marker.value)
    return distance >= 1 && distance <= 2 && Math.abs(other.sentence - marker.sentence) <= supportWindow
  }
  // A lowercase "one" before no "two" is the pronoun, and confirms nothing.
  const pronoun = (marker: ListMarker) =>
    marker.weak &&
    marker.value === 1 &&
    !marker.initial &&
    !markers.some((other) => other.start > marker.start && neighbours(marker, other))
  const candidates = markers.filter((marker) => !pronoun(marker))
  for (const marker of markers) {
    if (!marker.weak) continue
    marker.supported = !pronoun(marker) && candidates.some((other) => neighbours(marker, other))
  }
}

function romanValue(numeral: string): number {
  return romanNumerals.indexOf(numeral) + 1
}

interface TextNode {
  type: string
  value?: string
  children?: TextNode[]
}

// Length of a node's share of `Paragraph.text`: leaf values, code counted as
// its one placeholder character (see `createParagraph`).
function textLength(node: TextNode): number {
  if (node.children) {
    let length = 0
    for (const child of node.children) length += textLength(child)
    return length
  }
  if (node.type === 'SourceNode') return 1
  return node.value?.length ?? 0
}

/** Capitalise the first letter of `word`. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** The ordinal for `value` ("second"), capitalised when `initial`. */
export function ordinalWord(value: number, initial: boolean): string {
  const word = ordinals[value - 1] ?? `number ${value}`
  return initial ? capitalise(word) : word
}
