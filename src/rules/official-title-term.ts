import {shippedGlossary} from '../glossary/index.js'
import {casedLike, isExcepted, phraseFinder, phraseKey, phrasesByKey, type PhraseFinder} from '../glossary/match.js'
import type {GlossaryEntry} from '../glossary/types.js'
import {defineRule} from '../define-rule.js'
import {ownCopy} from '../util/own-copy.js'

/** Options of `official-title-term` (none: the titles come from the `glossary` option). */
export type Options = Record<string, never>

interface Candidate {
  start: number
  end: number
  actual: string
  entry: GlossaryEntry
  /** The organ written before the title in Chinese order ("municipal Party committee"), replaced with it. */
  organ?: string
}

/**
 * `official-title-term`: a machine rendering of an official title or organ
 * ("organization department minister") instead of its established English
 * form ("head of the Organization Department"), from the glossary's `titles`.
 */
export default defineRule<Options>(
  {
    id: 'official-title-term',
    description: 'Find machine renderings of official titles and use their established English forms.',
    details:
      'Titles come from the `titles` table of the glossary (extend or override it with the `glossary` option). A spelling change (`Secretary General` → `Secretary-General`) is safe; another word (`minister` → `head`) is only a suggestion, since ministries do have ministers. An entry with `requires` applies only in a document that contains one of those phrases, and a definite reference such as `the Commission` is left alone when the document names a body of that kind (`the National Health Commission`).',
    category: 'terminology/inappropriate-for-context',
    fixes: ['safe', 'suggest'],
    defaultOptions: {},
    examples: [
      {
        name: 'Party department head rendered as a minister',
        input: 'Organization department minister Bi Xiaoning attended the meeting.',
        messages: [
          '1:1-1:33: Expected the established form `Head of the Organization Department` for `Organization department minister`'
        ],
        outputAll: 'Head of the Organization Department Bi Xiaoning attended the meeting.'
      },
      {
        name: 'unhyphenated secretary-general',
        input: 'Secretary General Zhang Yonghai attended the meeting.',
        messages: ['1:1-1:18: Expected the established form `Secretary-General` for `Secretary General`'],
        output: 'Secretary-General Zhang Yonghai attended the meeting.'
      },
      {
        name: 'the municipal Party committee rendered as "the Commission"',
        input:
          'Su Rong, deputy secretary of the municipal Party committee, said that the Commission would hold a meeting.',
        messages: [
          '1:71-1:85: Expected the established form `the municipal Party committee` for `the Commission`'
        ],
        outputAll:
          'Su Rong, deputy secretary of the municipal Party committee, said that the municipal Party committee would hold a meeting.'
      },
      {
        name: 'context found later in the document',
        input: 'The Commission met on Monday.\n\nThe municipal Party committee set the agenda.',
        messages: ['1:1-1:15: Expected the established form `The municipal Party committee` for `The Commission`'],
        outputAll: 'The municipal Party committee met on Monday.\n\nThe municipal Party committee set the agenda.'
      },
      {
        name: 'a department head after the committee’s name',
        input: 'Attending were the municipal Party committee organization department minister Li Hua and others.',
        messages: [
          '1:20-1:78: Expected the established form `head of the Organization Department of the municipal Party committee` for `municipal Party committee organization department minister`'
        ],
        outputAll: 'Attending were the head of the Organization Department of the municipal Party committee Li Hua and others.'
      },
      {name: 'established forms', input: 'Bi Xiaoning, head of the Organization Department, and Secretary-General Zhang Yonghai.', messages: []},
      {name: 'a commission outside a Party text', input: 'The Commission published its report on Monday.', messages: []},
      {
        name: 'a named commission',
        input: 'The municipal Party committee and the National Health Commission met. The Commission said cases fell.',
        messages: []
      },
      {name: 'NATO keeps its own spelling', input: 'NATO Secretary General Jens Stoltenberg spoke.', messages: []},
      {name: 'a real minister', input: 'The foreign minister of the Republic of Korea arrived.', messages: []}
    ]
  },
  function (context) {
    const titles = (context.glossary ?? shippedGlossary).titles
    const finder = phraseFinder(titles)
    const contextFinder = requirementFinder(titles)
    const candidates: Candidate[] = []
    const contextsSeen = new Set<string>()
    const namedBodies = new Set<string>()
    const mayNameBody = namedBodyPrefilter(titles)

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        for (const match of contextFinder.find(text)) contextsSeen.add(ownCopy(phraseKey(match.phrase.value)))
        if (mayNameBody(text)) {
          for (const name of text.matchAll(namedBody)) namedBodies.add(ownCopy((name[1] ?? name[2] ?? '').toLowerCase()))
        }

        for (const {start, end, phrase} of finder.find(text)) {
          if (phrase.official || isExcepted(text, start, end, phrase.entry)) continue
          // "the municipal Party committee organization department minister":
          // a "head of …" form cannot follow the organ, so it takes it along.
          const organStart = phrase.entry.official.includes(' of ') ? organBefore(text, start) : undefined
          const [sourceStart, sourceEnd] = paragraph.sourceRange(organStart ?? start, end)
          // Kept to the end of the document: a copy, not a view into the paragraph.
          candidates.push({
            start: sourceStart,
            end: sourceEnd,
            actual: ownCopy(text.slice(organStart ?? start, end)),
            entry: phrase.entry,
            organ: organStart === undefined ? undefined : ownCopy(text.slice(organStart, start).trimEnd())
          })
        }
      },
      end() {
        for (const candidate of candidates) {
          const {entry, actual} = candidate
          if (entry.requires && !entry.requires.some((phrase) => contextsSeen.has(phraseKey(phrase)))) continue
          const head = definiteHead(actual)
          if (head && namedBodies.has(head)) continue
          const expected = candidate.organ === undefined ? casedLike(entry.official, actual) : withOrgan(entry.official, candidate.organ)
          if (expected === actual) continue
          context.report({
            start: candidate.start,
            end: candidate.end,
            // The prose as written: in plain text, the source text itself.
            actual,
            reason: `Expected the established form \`${expected}\` for \`${actual}\``,
            expected: [expected],
            fix: entry.fix === 'safe' ? 'safe' : 'suggest'
          })
        }
      }
    }
  }
)

// Words of a Party committee's name as Chinese order puts it before a title.
const organWords = new Set(['cpc', 'party', 'municipal', 'provincial', 'county', 'district', 'city', 'township', 'town', 'prefectural', 'committee'])
const lowercaseOrganWords = new Set(['municipal', 'provincial', 'county', 'district', 'city', 'township', 'town', 'prefectural', 'committee'])

// Where a committee's name written just before `start` begins ("… of the
// municipal Party committee organization department minister"), when it ends
// in "committee" and follows the start of the text, a mark or a function word.
function organBefore(text: string, start: number): number | undefined {
  let from = start
  let words = 0
  let last: string | undefined
  while (words < 5) {
    // redos: the input is the 24 characters before the title
    const word = /([\p{L}]+)[ \t\u00A0]+$/u.exec(text.slice(Math.max(0, from - 24), from))
    if (!word || !organWords.has(word[1]!.toLowerCase())) break
    last ??= word[1]!.toLowerCase()
    from -= word[0].length
    words++
  }
  if (words === 0 || last !== 'committee') return undefined
  const before = text.slice(Math.max(0, from - 5), from)
  return from === 0 || /(?:[,;:(]\s*|\b(?:the|of|and)\s+)$/i.test(before) ? from : undefined
}

// "head of the Organization Department" + "municipal Party committee": the
// organ follows the title, as English writes it.
function withOrgan(official: string, organ: string): string {
  const [first, ...rest] = organ.split(/\s+/)
  const organText = [lowercaseOrganWords.has(first!.toLowerCase()) ? first!.toLowerCase() : first!, ...rest].join(' ')
  return `${casedLike(official, organ)} of the ${organText}`
}

// A body the text names by more than its head noun: "National Health
// Commission", "Commission for Discipline Inspection". Its head noun is then
// no proof that "the Commission" means the Party committee.
// Tried only at word starts, so each word is read once.
const namedBody = /(?<![\p{L}'’-])(?!The )\p{Lu}[\p{L}'’-]*(?= (\p{Lu}\p{Ll}+)(?!\p{L}))|(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)(?= (?:for|of|on) \p{Lu})/gu

// "the Commission" → "commission": a definite reference by a head noun.
function definiteHead(actual: string): string | undefined {
  const match = /^the\s+(\p{Lu}\p{Ll}+)$/iu.exec(actual.trim())
  return match ? match[1]!.toLowerCase() : undefined
}

/**
 * A quick test that a paragraph may name a body by the head noun of a
 * definite reference in the table. Named bodies are only ever looked up by
 * such heads: a candidate's text, normalised, is a table phrase, so its head
 * is the second word of a phrase `the <head>` (`the Commission` →
 * `commission`). A name that lowercases to a head keeps its lowercase letters
 * after the first as they are, so the paragraph holds the head from its third
 * character on (not the second: `İ` lowercases to two characters).
 */
function namedBodyPrefilter(titles: readonly GlossaryEntry[]): (text: string) => boolean {
  let test = namedBodyPrefilters.get(titles)
  if (test) return test
  const tails = [...phrasesByKey(titles).keys()].flatMap((key) => {
    const head = /^the ([^ ]+)$/.exec(key)?.[1]
    return head === undefined ? [] : [head.slice(2)]
  })
  test = (text) => tails.some((tail) => text.includes(tail))
  namedBodyPrefilters.set(titles, test)
  return test
}

const namedBodyPrefilters = new WeakMap<readonly GlossaryEntry[], (text: string) => boolean>()

const requirementFinders = new WeakMap<readonly GlossaryEntry[], PhraseFinder>()

// One finder for the `requires` phrases of all entries, built once per table.
function requirementFinder(titles: readonly GlossaryEntry[]): PhraseFinder {
  let finder = requirementFinders.get(titles)
  if (!finder) {
    finder = phraseFinder(
      titles.flatMap((entry) => (entry.requires ? [{official: entry.requires[0]!, variants: entry.requires}] : []))
    )
    requirementFinders.set(titles, finder)
  }
  return finder
}
