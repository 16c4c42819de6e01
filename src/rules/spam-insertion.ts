import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {escortWords, gamblingWords, sentenceOpeners, spamPlaces, sugarProduce, sugarWords} from './spam-insertion.data.js'

/** Options of `spam-insertion` (none). */
export type Options = Record<string, never>

// `bare` is `Sugar` without a dating word, spam only beside a place ("Malaysia Sugar").
type Kind = 'sugar' | 'bare' | 'escort' | 'gambling'

// The spam keywords, anywhere, even inside a run of letters ("villagesSugar
// daddyRevitalization"); longest first, so that `escorts` is not cut to `escort`.
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
const keyword = new RegExp(
  `sugar ?(?:${alternatives(sugarWords)})|pinoy ?sugar|${alternatives(escortWords)}|${alternatives(gamblingWords)}|sugar`,
  'giu'
)
const places = new Set(spamPlaces)
const openers = new Set(sentenceOpeners)
const sentenceMark = /[.!?;。！？；]/
const produce = new Set(sugarProduce)
const letter = /\p{L}/u
const lower = /\p{Ll}/u
const upper = /\p{Lu}/u

/**
 * `spam-insertion`: search-engine spam words injected into a scraped page
 * ("to Sugar baby keep close contact", "villagesSugar daddyRevitalization").
 */
export default defineRule<Options>(
  {
    id: 'spam-insertion',
    description: 'Find spam words injected into the text of a scraped page.',
    details: [
      'Hacked Chinese government and news pages carry keywords of sugar-dating, escort and casino sites injected into their text, and machine translation keeps them: `to Sugar baby keep close contact`, `villagesSugar daddyRevitalization`. Such words are deleted.',
      '',
      'A keyword fused into the words around it with a capital at the seam (`villagesSugar daddyRevitalization`) is spam beyond doubt: a sugar-dating keyword there is removed safely; `escort`, `casino` and `betting` are English words that a lost space may have fused, so they get a suggestion. A sugar-dating keyword standing alone gets a suggestion too. `escort` alone is flagged only beside a place the spam names (`Manila escort`), and gambling words alone never (`a police escort`, `a crackdown on online casinos`). `Sugar Baby watermelons` is a melon. `Sugar` alone is spam only with a place of the spam, fused into the text or standing between two sentences (`development.Malaysia Sugar The members`): `Malaysia\'s sugar imports`, `Singapore sugar prices` and the `Philippine Sugar Regulatory Administration` are English.'
    ].join('\n'),
    category: 'accuracy/addition',
    fixes: ['safe', 'suggest'],
    defaultOptions: {},
    examples: [
      {
        name: 'a keyword fused into the text',
        input: 'The practice activities of rural villagesSugar daddyRevitalization began.',
        messages: ['1:42-1:53: Remove the spam keyword `Sugar daddy` injected into the page'],
        output: 'The practice activities of rural villages Revitalization began.'
      },
      {
        name: 'a keyword standing alone',
        input: 'Cadres should dare to take responsibility and to Sugar baby keep close contact with the masses.',
        messages: ['1:50-1:61: Remove the spam keyword `Sugar baby` injected into the page'],
        outputAll: 'Cadres should dare to take responsibility and to keep close contact with the masses.'
      },
      {
        name: 'a place and Sugar between two sentences',
        input: 'Output rose by 8 percent.Singapore Sugar The county then held a meeting.',
        messages: ['1:26-1:41: Remove the spam keyword `Singapore Sugar` injected into the page'],
        outputAll: 'Output rose by 8 percent. The county then held a meeting.'
      },
      {
        name: 'sugar in the news',
        input:
          "Malaysia's sugar imports grew. Singapore sugar prices fell, the Philippine Sugar Regulatory Administration met, and sugarcane from Malaysia. Sugar was cheap.",
        messages: []
      },
      {
        name: 'English words that spam also uses',
        input:
          'A police escort led the convoy; officers escorted the pupils and closed online casinos and betting dens. Farmers grew Sugar Baby watermelons.',
        messages: []
      },
      {
        name: 'escort and casino words fused or beside a place',
        input: 'The grid workEscort was praised, and Manila escort ads and the fundCasino grants appeared.',
        messages: [
          '1:14-1:20: Remove the spam keyword `Escort` injected into the page',
          '1:38-1:52: Remove the spam keyword `Manila escort` injected into the page',
          '1:68-1:74: Remove the spam keyword `Casino` injected into the page'
        ],
        outputAll: 'The grid work was praised, and ads and the fund grants appeared.'
      }
    ]
  },
  function (context) {
    return {
      paragraph(paragraph) {
        const text = paragraph.text
        keyword.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = keyword.exec(text))) {
          const word = match[0].toLowerCase()
          const kind: Kind =
            word === 'sugar'
              ? 'bare'
              : word.startsWith('sugar') || word.startsWith('pinoy')
                ? 'sugar'
                : escortWords.includes(word)
                  ? 'escort'
                  : 'gambling'
          checkKeyword(paragraph, kind, match.index, match.index + match[0].length)
        }
      }
    }

    function checkKeyword(paragraph: Paragraph, kind: Kind, from: number, to: number): void {
      const text = paragraph.text
      // A place of the spam before or after the keyword belongs to it.
      const keywordStart = text[from]!
      const placeBefore = placeEndingAt(text, from)
      if (placeBefore !== undefined) from = placeBefore
      const placeAfter = placeStartingAt(text, to)
      if (placeAfter !== undefined) to = placeAfter
      const withPlace = placeBefore !== undefined || placeAfter !== undefined

      const gluedBefore = letter.test(text[from - 1] ?? '')
      const gluedAfter = letter.test(text[to] ?? '')
      // Fused at a seam of case: "villagesSugar", "daddyRevitalization".
      const seamBefore = gluedBefore && lower.test(text[from - 1]!) && upper.test(text[from]!)
      const seamAfter = gluedAfter && lower.test(text[to - 1]!) && upper.test(text[to]!)
      if ((gluedBefore && !seamBefore) || (gluedAfter && !seamAfter)) return
      const fused = seamBefore || seamAfter

      if (!fused) {
        if (kind === 'gambling') return
        // "escort Malaysian fishermen" is English: the spam writes `Escort`, or `escort` with a place of its own.
        if (kind === 'escort' && !(withPlace && (upper.test(keywordStart) || spamOnlyPlace(text.slice(from, to))))) return
        if (kind === 'sugar' && produce.has(wordAt(text, to).toLowerCase())) return
        // "Malaysia's sugar imports", "Philippine Sugar Regulatory Administration": the spam
        // stands between two sentences (".Malaysia Sugar The members").
        if (kind === 'bare' && !(withPlace && betweenSentences(text, from, to))) return
      }
      if (kind === 'bare' && !withPlace) return

      const keywordText = text.slice(from, to)
      let replacement = ''
      let end = to
      if (seamBefore && seamAfter) replacement = ' '
      else if (!fused && text[to] === ' ' && from > 0 && text[from - 1] === ' ') end = to + 1
      const [start, sourceEnd] = paragraph.sourceRange(from, end)
      context.report({
        start,
        end: sourceEnd,
        reason: `Remove the spam keyword \`${keywordText}\` injected into the page`,
        expected: [replacement],
        fix: fused && (kind === 'sugar' || kind === 'bare') ? 'safe' : 'suggest'
      })
    }
  }
)

// Whether `[from, to)` ends one sentence and the next starts after it: a
// sentence mark (or the paragraph's start) before, and a word that opens a
// sentence, or the paragraph's end, after.
function betweenSentences(text: string, from: number, to: number): boolean {
  let before = from
  while (before > 0 && text[before - 1] === ' ') before--
  if (before > 0 && !sentenceMark.test(text[before - 1]!)) return false
  const next = wordAt(text, to)
  if (next === '') return to === text.length || sentenceMark.test(text[to] ?? '')
  return upper.test(next[0]!) && openers.has(next.toLowerCase())
}

// The start of a spam place that ends at `index` after a space, or fused.
function placeEndingAt(text: string, index: number): number | undefined {
  let end = index
  if (text[end - 1] === ' ') end--
  let start = end
  while (start > 0 && letter.test(text[start - 1]!) && end - start < 12) start--
  // A fused place starts at a capital inside the run: "villagesPhilippines".
  for (let at = start; at < end; at++) {
    if (places.has(text.slice(at, end).toLowerCase()) && (at === start || upper.test(text[at]!))) {
      if (at === start && start > 0 && letter.test(text[start - 1]!)) continue
      return at
    }
  }
  return undefined
}

// The end of a spam place that starts at `index` after a space ("Escort
// manila"), not a compound ("Singapore-flagged").
function placeStartingAt(text: string, index: number): number | undefined {
  if (text[index] !== ' ') return undefined
  const word = wordAt(text, index)
  const end = index + 1 + word.length
  if (!places.has(word.toLowerCase()) || text[end] === '-') return undefined
  return end
}

// Whether a phrase names a place only the spam names so ("Manila escort").
function spamOnlyPlace(phrase: string): boolean {
  return /\b(?:manila|kl|pinoy)\b/i.test(phrase)
}

// The word after one space at `index`, or ''.
function wordAt(text: string, index: number): string {
  if (text[index] !== ' ') return ''
  let end = index + 1
  while (end < text.length && letter.test(text[end]!)) end++
  return text.slice(index + 1, end)
}
