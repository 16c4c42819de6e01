import {shippedGlossary} from '../glossary/index.js'
import {isExcepted, phraseFinder, phraseKey, phrasesByKey} from '../glossary/match.js'
import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {isTitleCase} from '../util/title-case.js'

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
      'Slogans come from the `slogans` table of the glossary (extend or override it with the `glossary` option). A quoted span that starts with a number word is checked (either curly mark may open or close it, as machine translation turns them); outside quotation marks a slogan of the table counts only where it cannot be plain English: an entry marked `unquoted` (a calque such as `four consciousness`), a slogan in capitals mid-sentence, or one named as the centre\'s (`the central eight provisions`). A slogan in the table is replaced by its official form, quotation marks kept (safe, unless the entry says `suggest`); another quoted two-word slogan whose noun stayed singular after the number gets a plural as a suggestion. A quoted span of two to four words whose number is followed by a word no number counts — a modal (`three must`), a negation (`four not pick`), another number (`five one batch`) or an adjective or verb of a slogan (`four early`) — is a slogan translated character by character, flagged with no replacement: its established form, where one exists, belongs in the table. So is a quoted span shaped like a Chinese numbered slogan: numbered parts repeated, joined by `and`, a comma or nothing (`three-check and three-look`, `one post two responsibilities`; not when every number is `one`, as in `one person, one file`), a number above one with an adjective and a singular noun (`twenty consecutive harvest`), or a number above one and a singular noun ending a phrase after a preposition (`joint review of 14 department`); a span in Title Case (a title of a work) is left alone there. Outside quotation marks, `double creation` and `village two committee` are flagged too. A slogan whose official form only adds a qualifier (`four forms` → `four forms of oversight`) is left alone when the qualifier follows the quotation. "Two sessions" and sayings such as "one country, two systems" are never flagged.',
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
        name: 'a noun whose plural means something else',
        input: 'Manage the rural collective "three capital" well.',
        messages: [
          '1:30-1:43: The numbered slogan `three capital` is translated word for word; give its established English form or spell it out'
        ]
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
        name: 'a slogan of repeated numbered parts, or with a singular noun after its number',
        input: 'Apply the "two-inspect and two-see" rule, reach the "nineteen straight harvest" and pass the "joint vetting of 12 bureau".',
        messages: [
          '1:12-1:35: The numbered slogan `two-inspect and two-see` is translated word for word; give its established English form or spell it out',
          '1:54-1:79: The numbered slogan `nineteen straight harvest` is translated word for word; give its established English form or spell it out',
          '1:95-1:121: The numbered slogan `joint vetting of 12 bureau` is translated word for word; give its established English form or spell it out'
        ]
      },
      {
        name: 'calques no English sentence writes, without quotation marks',
        input: 'The village two committee met on the three rural work and the double creation drive.',
        messages: [
          '1:5-1:26: The numbered slogan `village two committee` is translated word for word; give its established English form or spell it out',
          '1:38-1:54: Expected the official form `work relating to agriculture, rural areas and rural people` for the slogan `three rural work`',
          '1:63-1:78: The numbered slogan `double creation` is translated word for word; give its established English form or spell it out'
        ],
        outputAll: 'The village two committee met on the work relating to agriculture, rural areas and rural people and the double creation drive.'
      },
      {
        name: 'a slogan short of its official form',
        input: 'Use the "four forms" well.',
        messages: ['1:10-1:20: Expected the official form `four forms of oversight` for the slogan `four forms`'],
        outputAll: 'Use the "four forms of oversight" well.'
      },
      {
        name: 'the official qualifier after the quotation, sayings of one, and titles',
        input: 'Use the "four forms" of oversight, keep "one person, one file" and "one country, two systems", and read "Three Body Problem".',
        messages: []
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
    const calqueFinder = phraseFinder(calquesWithoutOneForm)

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
            const end = match.index + match[0].length
            quoted.push([match.index, end])
            check(paragraph, withoutTrailingPunctuation(inner.trimStart()), match.index + 1 + leading, text.slice(end, end + 4))
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
        if (isExcepted(text, start, end, phrase.entry)) continue
        const written = text.slice(start, end)
        const before = text.slice(Math.max(0, start - 9), start)
        const capitalMidSentence = /^\p{Lu}/u.test(written) && /[\p{Ll},;] $/u.test(before)
        if (!phrase.entry.unquoted && !capitalMidSentence && !/\bcentral $/i.test(before)) continue
        check(paragraph, written, start, text.slice(end, end + 4))
      }
      for (const {start, end} of calqueFinder.find(text)) {
        if (quoted.some(([from, to]) => start >= from && end <= to)) continue
        flagWordForWord(paragraph, text.slice(start, end), start)
      }
    }

    function flagWordForWord(paragraph: Paragraph, content: string, start: number): void {
      const [sourceStart, sourceEnd] = paragraph.sourceRange(start, start + content.length)
      context.report({
        start: sourceStart,
        end: sourceEnd,
        reason: `The numbered slogan \`${content}\` is translated word for word; give its established English form or spell it out`,
        expected: [],
        fix: 'flag'
      })
    }

    // `after`: the text just after the span (after its closing mark when quoted).
    function check(paragraph: Paragraph, content: string, start: number, after: string): void {
      const key = phraseKey(content)
      if (neverFlagged.has(key)) return
      const [sourceStart, sourceEnd] = paragraph.sourceRange(start, start + content.length)
      const hit = table.get(key)
      if (hit) {
        if (content === hit.entry.official) return
        // 'the "four forms" of oversight': the qualifier the official form adds follows the quotation.
        if (!hit.official && phraseKey(hit.entry.official).startsWith(`${key} of `) && /^\s*of\b/i.test(after)) return
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
      // A title of a work or a name in capitals ("Two Gentlemen of Verona") is no slogan to flag by its shape.
      if (calqueKeys.has(key) || isWordForWordSlogan(key) || (!isTitleCase(content) && isNumberedSloganShape(key))) {
        flagWordForWord(paragraph, content, start)
        return
      }
      if (!numberWord.test(key)) return
      const singular = /^(two|three|four|five|six|seven|eight|nine|ten) ([a-z]+)$/.exec(content)
      if (!singular) return
      // 三资 is "funds, assets and resources": "three capitals" would read as
      // cities, so a noun with no plural of its sense gets no plural offered.
      if (massNouns.has(singular[2]!)) {
        flagWordForWord(paragraph, content, start)
        return
      }
      if (!isCountableSingular(singular[2]!)) return
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
// The others are English sayings and official forms shaped like a numbered
// slogan ("one X, two Y").
const neverFlagged = new Set([
  'two sessions',
  'one country, two systems',
  'one country two systems',
  'one step forward, two steps back',
  'two steps forward, one step back',
  'one central task, two basic points',
  // 三会一课 in Xinhua and China Daily copy
  'three meetings and one lesson'
])

// Calques of 双创 and 村两委 no English sentence writes, found outside
// quotation marks too and flagged with no replacement: 双创 is "mass
// entrepreneurship and innovation" in one text and the campaigns for a
// civilized and a sanitary city in another, and 村两委 is "the village Party
// branch and village committee" or "the two village committees" as the
// sentence needs. The plural "village two committees" is `term-consistency`'s.
const calquesWithoutOneForm = [
  {official: 'double creation', variants: ['double creations', 'double-creation', 'double innovation']},
  {official: 'village two committee', variants: ["village's two committee", 'community two committee']}
]
const calqueKeys = new Set(calquesWithoutOneForm.flatMap((entry) => [entry.official, ...entry.variants]).map(phraseKey))

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

// Nouns whose plural names something else or nothing: a slogan built on one
// is a calque to spell out, not a plural to add.
const massNouns = new Set([
  'capital', 'work', 'security', 'safety', 'education', 'health', 'energy', 'power', 'construction',
  'development', 'supervision', 'management', 'service', 'protection', 'governance', 'information',
  'equipment', 'research', 'support', 'land', 'water', 'money', 'property', 'poverty', 'culture', 'ecology'
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
  // adjectives in the plural, which no English noun is: 五老 "five olds"
  'olds', 'youngs', 'earlies', 'steadies', 'honests', 'practicals', 'cleans', 'pures', 'bests',
  'enter', 'learn', 'grasp', 'ensure', 'promote', 'strengthen', 'improve', 'prevent', 'implement', 'consolidate', 'deepen',
  'entering', 'grasping', 'ensuring', 'promoting', 'strengthening', 'improving', 'preventing', 'implementing', 'consolidating',
  'deepening'
])

// A quoted span of two to four words whose number is followed by a word
// no count goes with: a slogan translated word for word.
function isWordForWordSlogan(key: string): boolean {
  const words = key.split(' ')
  if (words.length === 2 && cardinals.has(words[0]!) && verbsOfAListedSlogan.has(words[1]!)) return true
  return words.length >= 2 && words.length <= 4 && cardinals.has(words[0]!) && uncountedAfterNumber.has(words[1]!)
}

// Verbs after a number make a slogan only when nothing follows (五有 "five
// have"): "two have died" is a sentence.
const verbsOfAListedSlogan = new Set(['have', 'haves', 'has'])

// Numbers of a slogan's parts: 一 to 十, 双, 百, 千 and 万 ("ten thousand").
const sloganNumbers = new Set([...cardinals, 'one', 'double', 'hundred', 'thousand'])

// Numbers above one that want a plural noun, in words or as small figures
// (not years, not hotlines such as 110 or 12345).
function isPluralNumber(word: string): boolean {
  if (/^[1-9][0-9]?$/.test(word)) return word !== '1'
  return cardinals.has(word) || largerCardinals.has(word)
}

const largerCardinals = new Set([
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand'
])

// Function words and adverbs of direction: a part holding one is prose or a
// saying ("two birds with one stone", "two up, two down"), not a slogan.
const functionWords = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'or', 'but', 'is', 'are', 'was',
  'were', 'be', 'been', 'it', 'he', 'she', 'they', 'we', 'you', 'i', 'this', 'that', 'than', 'per', 'forward', 'back', 'up',
  'down', 'out', 'off', 'over'
])

// Words between a number and the singular noun of a slogan ("twenty
// consecutive harvest"): adjectives, words ending as adjectives do, and the
// words no number counts.
const sloganAdjectives = new Set([
  'key', 'major', 'big', 'great', 'good', 'new', 'main', 'basic', 'core', 'important', 'old', 'young', 'poor', 'small', 'straight',
  'large', 'special', 'local', 'rural', 'urban', 'national', 'provincial', 'municipal', 'typical', 'excellent',
  ...uncountedAfterNumber
])

function isAdjective(word: string): boolean {
  return sloganAdjectives.has(word) || /^[a-z]{3,}(?:ive|ous|ful|less)$/.test(word)
}

// Prepositions after which a number and its noun end a quoted phrase ("joint review of 14 department").
const prepositions = new Set(['of', 'for', 'with', 'by', 'from', 'among', 'across', 'covering', 'between'])

/**
 * Whether a quoted span is a Chinese numbered slogan by its shape:
 * - numbered parts repeated, joined by `and`, a comma or nothing ("three-check
 *   and three-look", "one post two responsibilities", "ten thousand cadres
 *   enter ten thousand household"), not every number `one` ("one person, one
 *   file" is English);
 * - a number above one, an adjective and a singular noun ("twenty
 *   consecutive harvest");
 * - a number above one and a singular noun ending a phrase after a
 *   preposition ("joint review of 14 department").
 */
function isNumberedSloganShape(key: string): boolean {
  const words = key.split(/[\s,、;-]+/).filter((word) => word.length > 0)
  if (words.length < 3 || words.length > 12) return false
  const last = words[words.length - 1]!
  if (sloganNumbers.has(words[0]!) && hasRepeatedParts(words)) return true
  if (words.length === 3 && isPluralNumber(words[0]!) && isAdjective(words[1]!) && isCountableSingular(last)) return true
  if (words.length > 6 || !isCountableSingular(last)) return false
  const number = words.length - 2
  const withAdjective = words.length - 3
  if (isPluralNumber(words[number]!) && prepositions.has(words[number - 1] ?? '')) return true
  return (
    withAdjective > 0 && isPluralNumber(words[withAdjective]!) && isAdjective(words[number]!) && prepositions.has(words[withAdjective - 1]!)
  )
}

// Parts "<number…> <one to three words>", joined by `and` or nothing.
function hasRepeatedParts(words: readonly string[]): boolean {
  let parts = 0
  let aboveOne = false
  let index = 0
  while (index < words.length) {
    if (parts > 0 && words[index] === 'and') index++
    if (!sloganNumbers.has(words[index] ?? '')) return false
    while (sloganNumbers.has(words[index] ?? '')) {
      if (words[index] !== 'one') aboveOne = true
      index++
    }
    let partWords = 0
    while (index < words.length && !sloganNumbers.has(words[index]!) && words[index] !== 'and') {
      if (functionWords.has(words[index]!) || /\d/.test(words[index]!)) return false
      partWords++
      index++
    }
    if (partWords === 0 || partWords > 3) return false
    parts++
  }
  return parts >= 2 && aboveOne
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
