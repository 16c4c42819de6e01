import type {GlossaryEntry} from './types.js'

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
  find(text: string): PhraseMatch[]
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
 * A finder for the official forms and variants of `entries`. One regular
 * expression of literal alternatives, so a text is scanned once; built once
 * per table.
 */
export function phraseFinder(entries: readonly GlossaryEntry[]): PhraseFinder {
  const cached = cache.get(entries)
  if (cached) return cached

  const byKey = phrasesByKey(entries)
  const keys = [...byKey.keys()].filter((key) => key.length > 0).sort((a, b) => b.length - a.length)
  const pattern =
    keys.length === 0
      ? undefined
      : new RegExp(
          `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)(?:${keys.map(literal).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`,
          'giu'
        )

  const finder: PhraseFinder = {
    find(text) {
      if (!pattern) return []
      const found: PhraseMatch[] = []
      for (const match of text.matchAll(pattern)) {
        const phrase = byKey.get(phraseKey(match[0]))
        if (phrase) found.push({start: match.index, end: match.index + match[0].length, phrase})
      }
      return found
    }
  }
  cache.set(entries, finder)
  return finder
}

// A table phrase as a pattern: its characters literally, any run of spaces
// for a space, either apostrophe for an apostrophe.
function literal(key: string): string {
  return key
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]"))
    .join('[ \\t\\u00A0]+')
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
