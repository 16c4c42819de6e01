import {shippedGlossary} from '../glossary/index.js'
import {phraseFinder, phraseKey, phrasesByKey} from '../glossary/match.js'
import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../rule.js'

/** Options of `numeric-slogan` (none: the slogans come from the `glossary` option). */
export type Options = Record<string, never>

/**
 * `numeric-slogan`: a numbered political slogan in quotation marks that is
 * not in its official form ("two maintenances" for the "Two Upholds"), or
 * whose noun stayed singular after the number ("two city").
 */
export default defineRule<Options>(
  {
    id: 'numeric-slogan',
    description: 'Find numbered political slogans that differ from their official English form or are translated word for word.',
    details:
      'Slogans come from the `slogans` table of the glossary (extend or override it with the `glossary` option). A quoted span that starts with a number word is checked (either curly mark may open or close it, as machine translation turns them); outside quotation marks a slogan of the table counts only where it cannot be plain English: an entry marked `unquoted` (a calque such as `four consciousness`), a slogan in capitals mid-sentence, or one named as the centre\'s (`the central eight provisions`). A slogan in the table is replaced by its official form, quotation marks kept (safe, unless the entry says `suggest`); another quoted two-word slogan whose noun stayed singular after the number gets a plural as a suggestion. A quoted span of two to four words whose number is followed by a word no number counts — a modal (`three must`), a negation (`four not pick`), another number (`five one batch`) or an adjective or verb of a slogan (`four early`) — is a slogan translated character by character, flagged with no replacement: its established form, where one exists, belongs in the table. "Two sessions" is never flagged.',
    category: 'terminology/inappropriate-for-context',
    fixes: ['safe', 'suggest', 'flag'],
    defaultOptions: {},
    examples: [
      {
        name: 'calques of the Two Upholds and Two Establishes',
        input: 'Officials must keep firmly in mind the "two establishments" and achieve the "two maintenances".',
        messages: [
          '1:41-1:59: Expected the official form `Two Establishes` for the slogan `two establishments`',
          '1:78-1:94: Expected the official form `Two Upholds` for the slogan `two maintenances`'
        ],
        output: 'Officials must keep firmly in mind the "Two Establishes" and achieve the "Two Upholds".'
      },
      {
        name: 'official form in the wrong case',
        input: 'Study the “four-pronged comprehensive strategy” closely.',
        messages: [
          '1:12-1:47: Expected the official form `Four-pronged Comprehensive Strategy` for the slogan `four-pronged comprehensive strategy`'
        ],
        output: 'Study the “Four-pronged Comprehensive Strategy” closely.'
      },
      {
        name: 'a singular noun after a number',
        input: 'Speed up the construction of the "two city".',
        messages: ['1:35-1:43: Expected a plural after `two` in the slogan `two city`; use `two cities`'],
        outputAll: 'Speed up the construction of the "two cities".'
      },
      {
        name: 'a calque that is also plain English stays a suggestion',
        input: 'Advance the "five in one" overall plan.',
        messages: ['1:14-1:25: Expected the official form `Five-sphere Integrated Plan` for the slogan `five in one`'],
        outputAll: 'Advance the "Five-sphere Integrated Plan" overall plan.'
      },
      {
        name: 'quotation marks turned the wrong way',
        input: 'Understand the ”two establishments“ deeply.',
        messages: ['1:17-1:35: Expected the official form `Two Establishes` for the slogan `two establishments`'],
        output: 'Understand the ”Two Establishes“ deeply.'
      },
      {
        name: 'a calque no English sentence writes, without quotation marks',
        input: 'Cadres should enhance the four consciousness.',
        messages: ['1:27-1:45: Expected the official form `Four Consciousnesses` for the slogan `four consciousness`'],
        output: 'Cadres should enhance the Four Consciousnesses.'
      },
      {
        name: 'the centre’s rules without quotation marks',
        input: 'Implement the central eight provisions strictly.',
        messages: ['1:23-1:39: Expected the official form `eight-point rules` for the slogan `eight provisions`'],
        outputAll: 'Implement the central eight-point rules strictly.'
      },
      {
        name: 'a slogan translated word for word',
        input: 'Meet the "three must" requirements, the "four not pick" rule and the "five one batch" measures.',
        messages: [
          '1:11-1:21: The numbered slogan `three must` is translated word for word; give its established English form or spell it out',
          '1:42-1:55: The numbered slogan `four not pick` is translated word for word; give its established English form or spell it out',
          '1:71-1:85: The numbered slogan `five one batch` is translated word for word; give its established English form or spell it out'
        ]
      },
      {
        name: 'an adjective no number counts',
        input: 'Apply the "four early" rule and curb the "two high" projects.',
        messages: [
          '1:12-1:22: The numbered slogan `four early` is translated word for word; give its established English form or spell it out',
          '1:43-1:51: The numbered slogan `two high` is translated word for word; give its established English form or spell it out'
        ]
      },
      {
        name: 'a provincial campaign in the table',
        input: 'Zhejiang pressed on with the "five water co-governance".',
        messages: ['1:31-1:55: Expected the official form `Five Water Treatment` for the slogan `five water co-governance`'],
        outputAll: 'Zhejiang pressed on with the "Five Water Treatment".'
      },
      {
        name: 'plural slogans and adjectives quoted before their noun',
        input: 'The "three noes", the "two musts", the "three rural" issues and the "four good" rural roads.',
        messages: []
      },
      {name: 'plain English without quotation marks', input: 'The bill has eight provisions and two safeguards.', messages: []},
      {name: 'a garbled slogan is no noun to pluralise', input: 'Carry out the "two a" work.', messages: []},
      {name: 'official forms', input: 'Uphold the "Two Establishes" and the "Two Upholds".', messages: []},
      {name: 'the two sessions', input: 'Delegates arrived for the "Two Sessions" and the "two sessions".', messages: []},
      {name: 'not in quotation marks', input: 'The two city governments signed two maintenances contracts.', messages: []},
      {name: 'quoted prose', input: 'He said "two people came" and left.', messages: []},
      {name: 'irregular and counted nouns', input: 'The "two children" policy and the "three percent" rule.', messages: []},
      {name: 'participles are no nouns', input: 'The "two guaranteed" and the "three missing" were named.', messages: []}
    ]
  },
  function (context) {
    const slogans = (context.glossary ?? shippedGlossary).slogans
    const table = phrasesByKey(slogans)
    const finder = phraseFinder(slogans)

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        const quoted: Array<[number, number]> = []
        for (const {openings, pattern} of quotedSpans) {
          // No opening mark, no quotation: most paragraphs end here.
          if (!openings.some((mark) => text.includes(mark))) continue
          pattern.lastIndex = 0
          for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
            const inner = match[1]!
            const leading = inner.length - inner.trimStart().length
            quoted.push([match.index, match.index + match[0].length])
            check(paragraph, withoutTrailingPunctuation(inner.trimStart()), match.index + 1 + leading)
          }
        }
        checkUnquoted(paragraph, quoted)
      }
    }

    // A slogan outside quotation marks counts where it cannot be plain
    // English: a calque no sentence writes (`unquoted` entries), a slogan in
    // capitals mid-sentence ("enhance the Four Consciousness"), or one named
    // as the centre's ("the central eight provisions").
    function checkUnquoted(paragraph: Paragraph, quoted: Array<[number, number]>): void {
      const text = paragraph.text
      for (const {start, end, phrase} of finder.find(text)) {
        if (phrase.official && text.slice(start, end) === phrase.entry.official) continue
        if (quoted.some(([from, to]) => start >= from && end <= to)) continue
        const written = text.slice(start, end)
        const before = text.slice(Math.max(0, start - 9), start)
        const capitalMidSentence = /^\p{Lu}/u.test(written) && /[\p{Ll},;] $/u.test(before)
        if (!phrase.entry.unquoted && !capitalMidSentence && !/\bcentral $/i.test(before)) continue
        check(paragraph, written, start)
      }
    }

    function check(paragraph: Paragraph, content: string, start: number): void {
      const key = phraseKey(content)
      if (!numberWord.test(key) || neverFlagged.has(key)) return
      const [sourceStart, sourceEnd] = paragraph.sourceRange(start, start + content.length)
      const hit = table.get(key)
      if (hit) {
        if (content === hit.entry.official) return
        // The official form in other letters is a spelling change, always safe.
        const safe = hit.official || hit.entry.fix === 'safe'
        context.report({
          start: sourceStart,
          end: sourceEnd,
          reason: `Expected the official form \`${hit.entry.official}\` for the slogan \`${content}\``,
          expected: [hit.entry.official],
          fix: safe ? 'safe' : 'suggest'
        })
        return
      }
      if (isWordForWordSlogan(key)) {
        context.report({
          start: sourceStart,
          end: sourceEnd,
          reason: `The numbered slogan \`${content}\` is translated word for word; give its established English form or spell it out`,
          expected: [],
          fix: 'flag'
        })
        return
      }
      const singular = /^(two|three|four|five|six|seven|eight|nine|ten) ([a-z]+)$/.exec(content)
      if (!singular || !isCountableSingular(singular[2]!)) return
      const expected = `${singular[1]} ${pluralOf(singular[2]!)}`
      context.report({
        start: sourceStart,
        end: sourceEnd,
        reason: `Expected a plural after \`${singular[1]}\` in the slogan \`${content}\`; use \`${expected}\``,
        expected: [expected],
        fix: 'suggest'
      })
    }
  }
)

// Double and single quotation marks around at most 80 characters, on word
// boundaries so that apostrophes and inch marks do not open a quotation; each
// with the marks that can open it.
// Machine translation turns curly marks the wrong way round (`”two
// establishes“`), so either curly mark may open or close.
const quotedSpans = [
  {openings: ['"', '“', '”'], pattern: /(?<![\p{L}\p{N}])["“”]([^"“”\n]{1,80})["”“](?![\p{L}\p{N}])/gu},
  {openings: ["'", '‘'], pattern: /(?<![\p{L}\p{N}])['‘]([^'‘’"“”\n]{1,80})['’](?![\p{L}\p{N}])/gu}
]

// US style puts a comma or full stop inside the quotation marks: `"two maintenances,"`.
function withoutTrailingPunctuation(content: string): string {
  let end = content.length
  while (end > 0 && ' \t\u00A0,.;:!?'.includes(content.charAt(end - 1))) end--
  return content.slice(0, end)
}

const numberWord = /^(?:two|three|four|five|six|seven|eight|nine|ten|first|second|third)\b/

// 两会 is "two sessions" in every style; its case varies and it is no calque.
const neverFlagged = new Set(['two sessions'])

// Words after a number that are not singular count nouns: irregular plurals,
// uncountable and measure words, and function words.
const notSingularNouns = new Set([
  'people', 'children', 'men', 'women', 'feet', 'teeth', 'mice', 'geese', 'police', 'cattle', 'data',
  'media', 'criteria', 'phenomena', 'personnel', 'staff', 'sheep', 'fish', 'deer', 'aircraft',
  'percent', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'yuan', 'mu', 'li',
  'more', 'less', 'fewer', 'together', 'each', 'apart', 'only', 'and', 'or', 'of', 'in', 'to', 'for',
  'per', 'on', 'at', 'by', 'with', 'from', 'times', 'fold', 'way', 'new', 'big', 'major', 'key', 'main',
  'the', 'are', 'can', 'may', 'will', 'not', 'all', 'one', 'but', 'nor', 'yet', 'who', 'which', 'that', 'this',
  'should', 'must', 'would', 'could', 'have', 'had', 'were', 'was', 'been', 'being', 'into', 'than', 'then',
  // adjectives quoted before the noun they qualify: 'the "three rural" issues'
  'good', 'rural', 'urban'
])

const cardinals = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'])

// Words no English count goes with: after a number they show a slogan
// translated character by character (三必须 "three must", 四个不摘 "four not
// pick", 五个一批 "five one batch", 四早 "four early"). Modals, negations and
// number words, and adjectives and verbs of Chinese numbered slogans; not
// "good", "new", "major" or "rural", which Xinhua quotes before a noun
// itself ("the 'three rural' issues").
const uncountedAfterNumber = new Set([
  'must', 'should', 'shall', 'ought',
  'no', 'not', 'non', 'never', "don't",
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'early', 'strict', 'solid', 'real', 'earnest', 'honest', 'high', 'low', 'clean', 'pure', 'green', 'safe',
  'stable', 'steady', 'strong', 'rich', 'beautiful', 'healthy', 'practical', 'firm', 'timely', 'accurate',
  'precise', 'hard', 'important', 'excellent', 'orderly', 'effective', 'fast', 'quick', 'clear', 'fair',
  'diligent', 'loyal', 'upright', 'thorough', 'prompt',
  'enter', 'learn', 'grasp', 'ensure', 'promote', 'strengthen', 'improve', 'prevent', 'implement', 'consolidate', 'deepen',
  'entering', 'grasping', 'ensuring', 'promoting', 'strengthening', 'improving', 'preventing', 'implementing', 'consolidating',
  'deepening'
])

// A quoted span of two to four words whose number is followed by a word
// no count goes with: a slogan translated word for word.
function isWordForWordSlogan(key: string): boolean {
  const words = key.split(' ')
  return words.length >= 2 && words.length <= 4 && cardinals.has(words[0]!) && uncountedAfterNumber.has(words[1]!)
}

// A participle or an adverb after the number ("two established") is no noun
// to pluralise, nor is a short word of a garbled slogan ("two a").
function isCountableSingular(word: string): boolean {
  return word.length > 2 && !/(?:s|ed|ing|ly)$/.test(word) && !notSingularNouns.has(word)
}

function pluralOf(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`
  if (/(?:x|z|ch|sh)$/.test(noun)) return `${noun}es`
  return `${noun}s`
}
