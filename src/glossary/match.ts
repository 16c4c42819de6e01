import type {GlossaryEntry} from './types.js'
import {asciiLettersEnd, isAsciiDigit, isAsciiLetter} from '../util/char-codes.js'

/** A phrase of a glossary table: an entry's official form or one of its variants. */
export interface Phrase {
  entry: GlossaryEntry
  /** Whether this is the entry's official form (which is never flagged). */
  official: boolean
  /** The phrase as written in the table. */
  value: string
}

/** A phrase found in a text: `[start, end)` are indices into that text. */
export interface PhraseMatch {
  start: number
  end: number
  phrase: Phrase
}

/** Finds the phrases of one table in a text, whole words only, longest first. */
export interface PhraseFinder {
  find(text: string): readonly PhraseMatch[]
}

/** Lowercase with runs of whitespace made one space and curly apostrophes straight: the key a phrase is looked up by. */
export function phraseKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase()
}

const cache = new WeakMap<readonly GlossaryEntry[], PhraseFinder>()
const tables = new WeakMap<readonly GlossaryEntry[], Map<string, Phrase>>()

/**
 * The phrases of a table by `phraseKey`, built once per table. Later entries
 * (a user's) win a shared variant; an official form beats a variant; an entry
 * without variants is switched off.
 */
export function phrasesByKey(entries: readonly GlossaryEntry[]): Map<string, Phrase> {
  let byKey = tables.get(entries)
  if (byKey) return byKey
  byKey = new Map()
  for (const entry of entries) {
    for (const value of entry.variants) byKey.set(phraseKey(value), {entry, official: false, value})
  }
  for (const entry of entries) {
    if (entry.variants.length > 0) byKey.set(phraseKey(entry.official), {entry, official: true, value: entry.official})
  }
  tables.set(entries, byKey)
  return byKey
}

/**
 * A finder for the official forms and variants of `entries`, built once per
 * table. The text is searched for the phrases' first words only, by a plain
 * pattern that runs fast; where one stands as a whole word, the phrases that
 * start with it are tried there. The result is that of one case-insensitive
 * alternation of all phrases, longest first, searched through the text.
 */
export function phraseFinder(entries: readonly GlossaryEntry[]): PhraseFinder {
  const cached = cache.get(entries)
  if (cached) return cached

  const byKey = phrasesByKey(entries)
  const keys = [...byKey.keys()].filter((key) => key.length > 0).sort((a, b) => b.length - a.length)
  const finder: PhraseFinder =
    keys.length === 0
      ? {find: () => noMatches}
      : keys.every(isIndexable)
        ? new IndexedFinder(keys, byKey)
        : new ScanningFinder(keys, byKey)
  cache.set(entries, finder)
  return finder
}

const noMatches: readonly PhraseMatch[] = []

// The alternatives of `keys` in their order, whole words only, as one pattern.
function phrasePattern(keys: readonly string[], flags: string): RegExp {
  // redos: literal phrases tried only at a word's start; each attempt reads at most one phrase and its spaces (timed linear to 1 MB)
  return new RegExp(
    `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)(?:${keys.map(literal).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`,
    flags
  )
}

// A table phrase as a pattern: its characters literally, any run of spaces
// for a space, either apostrophe for an apostrophe.
function literal(key: string): string {
  return key
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]"))
    .join('[ \\t\\u00A0]+')
}

// The text searched by the whole alternation: the reference the index must
// equal, used where the index cannot hold a phrase or read a text.
class ScanningFinder implements PhraseFinder {
  readonly #pattern: RegExp
  readonly #byKey: Map<string, Phrase>

  constructor(keys: readonly string[], byKey: Map<string, Phrase>) {
    this.#pattern = phrasePattern(keys, 'giu')
    this.#byKey = byKey
  }

  find(text: string): readonly PhraseMatch[] {
    let found: PhraseMatch[] | undefined
    for (const match of text.matchAll(this.#pattern)) {
      const phrase = this.#byKey.get(phraseKey(match[0]))
      if (phrase) (found ??= []).push({start: match.index, end: match.index + match[0].length, phrase})
    }
    return found ?? noMatches
  }
}

// Case-insensitive matching (`iu`) makes a character of the text equal to an
// ASCII letter of a phrase only when it is that letter in either case, the
// long s (ſ, for s) or the Kelvin sign (K, for k). So in a text without those
// two signs, a phrase that starts with an ASCII letter (and has no long s of
// its own) matches only where the text's whole run of ASCII letters, in any
// case, is the phrase's first run of ASCII letters.
function isIndexable(key: string): boolean {
  return isAsciiLetter(key.charCodeAt(0)) && !key.includes('\u017F')
}

// The long s and the Kelvin sign (written as escapes: it looks like K).
const asciiFoldingSigns = '[\\u017F\\u212A]'

function isAsciiFoldingSign(code: number): boolean {
  return code === 0x17f || code === 0x212a
}

// A class rather than closures: the finders of every table share one shape,
// so the search below stays monomorphic however many tables are read.
class IndexedFinder implements PhraseFinder {
  readonly #byKey: Map<string, Phrase>
  readonly #scanning: ScanningFinder
  // The first words, whole in their run of ASCII letters, in either case,
  // or a sign that sends the text to the whole alternation. ASCII-only and
  // without `u`, which V8 searches far faster than the alternation of
  // phrases with its Unicode lookbehind.
  readonly #firstWords: RegExp
  // The phrases (keys) by their first word, longest first: where a first
  // word starts, only they can match, in the alternation's order. Compared
  // character by character, not by a pattern of every phrase, which cost a
  // whole alternation per common first word ("county", "new") in a large table.
  readonly #byFirstWord = new Map<string, string[]>()
  // The first words (lowercase) by their first letter (`a` = 0).
  readonly #byLetter: string[][] = Array.from({length: 26}, () => [])

  constructor(keys: readonly string[], byKey: Map<string, Phrase>) {
    this.#byKey = byKey
    this.#scanning = new ScanningFinder(keys, byKey)
    const words = new Set(keys.map(firstAsciiRun))
    for (const word of words) this.#byLetter[word.charCodeAt(0) - 0x61]!.push(word)
    for (const key of keys) {
      const word = firstAsciiRun(key)
      const list = this.#byFirstWord.get(word)
      if (list) list.push(key)
      else this.#byFirstWord.set(word, [key])
    }
    this.#firstWords = new RegExp(`(?:${[...words].join('|')})(?![A-Za-z])|${asciiFoldingSigns}`, 'gi')
  }

  find(text: string): readonly PhraseMatch[] {
    let found: PhraseMatch[] | undefined
    const firstWords = this.#firstWords
    firstWords.lastIndex = 0
    while (firstWords.test(text)) {
      const end = firstWords.lastIndex
      if (isAsciiFoldingSign(text.charCodeAt(end - 1))) {
        firstWords.lastIndex = 0
        return this.#scanning.find(text)
      }
      // The whole run of letters ending at the first word found: a phrase
      // starts only at its start, after no letter or digit (the alternation's
      // lookbehind reads no further back than that).
      let start = end
      while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--
      if (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) continue
      if (!this.#startsPhrase(text, start, end)) continue
      const phraseStop = this.#matchAt(text, start, text.slice(start, end).toLowerCase())
      if (phraseStop === -1) continue
      const phrase = this.#byKey.get(phraseKey(text.slice(start, phraseStop)))
      if (phrase) (found ??= []).push({start, end: phraseStop, phrase})
      firstWords.lastIndex = phraseStop
    }
    return found ?? noMatches
  }

  // The end of the first phrase with first word `word` that stands whole at
  // `start`, longest first, as the alternation would take it; -1 when none.
  #matchAt(text: string, start: number, word: string): number {
    if (start > 0 && precededByWord(text, start)) return -1
    for (const key of this.#byFirstWord.get(word) ?? []) {
      const stop = wholePhraseEnd(text, start, key)
      if (stop !== -1) return stop
    }
    return -1
  }

  // Whether `text[start, end)` is, in any case, the first word of a phrase.
  #startsPhrase(text: string, start: number, end: number): boolean {
    for (const word of this.#byLetter[(text.charCodeAt(start) | 0x20) - 0x61]!) {
      if (word.length === end - start && sameAsciiLetters(text, start, word)) return true
    }
    return false
  }
}

const letterOrDigit = /[\p{L}\p{N}]/u

// The alternation's lookbehind: no letter or digit, nor one and a hyphen, before a phrase.
function precededByWord(text: string, start: number): boolean {
  const before = text.charAt(start - 1)
  if (letterOrDigit.test(before)) return true
  return before === '-' && start > 1 && letterOrDigit.test(text.charAt(start - 2))
}

// Where `key` (lowercase, single spaces, straight apostrophes) ends when it
// is read at `start` of `text` in any case, a run of spaces, tabs or no-break
// spaces for each space and either apostrophe for an apostrophe, and stands
// whole (no letter, digit or hyphen and letter after it); -1 otherwise.
function wholePhraseEnd(text: string, start: number, key: string): number {
  let at = start
  for (let index = 0; index < key.length; index++) {
    const expected = key.charAt(index)
    if (expected === ' ') {
      const from = at
      while (at < text.length && isPhraseSpace(text.charCodeAt(at))) at++
      if (at === from) return -1
      continue
    }
    const actual = text.charAt(at)
    if (expected === "'" ? actual !== "'" && actual !== '’' : actual !== expected && actual.toLowerCase() !== expected) return -1
    at++
  }
  const after = text.charAt(at)
  if (letterOrDigit.test(after)) return -1
  if (after === '-' && letterOrDigit.test(text.charAt(at + 1))) return -1
  return at
}

function isPhraseSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0
}

function firstAsciiRun(key: string): string {
  return key.slice(0, asciiLettersEnd(key, 1))
}

// Whether `text` from `start` holds `word` (lowercase ASCII letters) in any case.
function sameAsciiLetters(text: string, start: number, word: string): boolean {
  for (let offset = 0; offset < word.length; offset++) {
    if ((text.charCodeAt(start + offset) | 0x20) !== word.charCodeAt(offset)) return false
  }
  return true
}

/**
 * Whether the match at `[start, end)` of `text` sits inside one of the
 * entry's `except` phrases ("NATO Secretary General").
 */
export function isExcepted(text: string, start: number, end: number, entry: GlossaryEntry): boolean {
  if (!entry.except) return false
  const found = phraseKey(text.slice(start, end))
  for (const phrase of entry.except) {
    const key = phraseKey(phrase)
    const at = key.indexOf(found)
    if (at === -1) continue
    const window = text.slice(Math.max(0, start - at), start - at + key.length)
    if (start - at >= 0 && phraseKey(window) === key) return true
  }
  return false
}

/**
 * `replacement` cased like `actual`: when both are the same words spelled
 * differently (`Secretary General` → `Secretary-General`) each capitalised
 * word of `actual` capitalises its counterpart; otherwise a capital at the
 * start of `actual` (a sentence start) capitalises the first letter.
 * Capitals already in `replacement` ("Party") are kept.
 */
export function casedLike(replacement: string, actual: string): string {
  const actualWords = actual.split(/[\s-]+/)
  const words = replacement.split(/([\s-]+)/)
  const wordCount = Math.ceil(words.length / 2)
  if (wordCount === actualWords.length && letters(replacement) === letters(actual)) {
    return words
      .map((word, index) => (index % 2 === 0 && startsUpper(actualWords[index / 2]!) ? upperFirst(word) : word))
      .join('')
  }
  return startsUpper(actual) ? upperFirst(replacement) : replacement
}

function startsUpper(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function letters(value: string): string {
  return value.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()
}

/**
 * Where "the" before the phrase at `[start, end)` of `text` starts, when the
 * phrase ends its noun phrase (a mark, the end of the text or a word that
 * starts no noun follows it): an official form that takes no article
 * (`noArticle`: "Party building", "COVID-19") replaces the article too.
 */
export function droppableArticle(text: string, start: number, end: number): number | undefined {
  const article = /(?:^|[^\p{L}])([Tt]he[ \t\u00A0]+)$/u.exec(text.slice(Math.max(0, start - 8), start))
  if (!article) return undefined
  if (!phraseEnd.test(text.slice(end, end + 12))) return undefined
  return start - article[1]!.length
}

const phraseEnd =
  /^(?:[ \t\u00A0]*(?:[,.;:!?)\]”"’]|$)|[ \t\u00A0]+(?:of|in|and|or|to|for|with|is|are|was|were|has|have|had|will|would|should|must|at|on|by|as|into|from|since|that|which)(?!\p{L}))/u
