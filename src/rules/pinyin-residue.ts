import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {acceptedLoans, distinctiveSyllables, englishLookalikes, pinyinWords, syllables} from './pinyin-residue.data.js'

/** Options of `pinyin-residue`. */
export interface Options {
  /**
   * Pinyin words and their English renderings, merged over the shipped table
   * (lowercase keys); `[]` accepts a word, so it is never flagged. Default: `{}`.
   */
  words: Record<string, string[]>
  /** Also flag other lowercase words that read as two to four pinyin syllables and no English word. Default: `true`. */
  guess: boolean
}

const syllableSet = new Set(syllables)
const distinctive = new Set(distinctiveSyllables)
const neverFlagged = new Set([...acceptedLoans, ...englishLookalikes])
const longestSyllable = 6
// Four syllables of six letters: anything longer is not one pinyin word.
const longestWord = 4 * longestSyllable

// Runs of ASCII letters; the characters around one decide whether it is a word of prose.
const letterRun = /[A-Za-z]+/g
// A word inside an address, a file name, a handle or a contraction.
const glued = /[\p{L}\p{N}_@#/\\'’.-]/u

/**
 * `pinyin-residue`: a Chinese word left in pinyin ("a wanggeyuan", "the baocun
 * cadres", "Xinguan vaccination"), from a table of known words with their
 * English, and any other lowercase word that can only be pinyin.
 */
export default defineRule<Options>(
  {
    id: 'pinyin-residue',
    description: 'Find Chinese words left untranslated in pinyin.',
    details: [
      'Machine translation leaves a term it does not know in pinyin: `a wanggeyuan` (网格员, a grid worker), `the baocun cadres` (包村, cadres assigned to a village), `Xinguan vaccination` (新冠, COVID-19). A word of the shipped table is flagged in any case, with its English rendering as a suggestion (the grammar around it may need a change); a capitalised one is left alone inside a name (`Xinguan Village`).',
      '',
      'Other lowercase words are flagged, without a suggestion, when they split into two to four pinyin syllables one of which no English word is spelt with (`bao`, `xiang`, `yuan`, `nong`…): English has many words that read as pinyin (`change`, `manage`, `online`, `guide`), but none of the 115,000 words of a large English word list uses those syllables, apart from a few listed exceptions (`engage`, `henge`). Pinyin words English has taken in (`hukou`, `gaokao`, `qigong`) and a word glossed in brackets (`household registration (hukou)`) are not flagged, nor are names, which are capitalised.',
      '',
      'The `words` option adds entries to the table or overrides them (`{"xiangxian": ["rural elite"]}`); an empty list accepts a word (`{"dibao": []}`). `guess: false` keeps to the table.'
    ].join('\n'),
    category: 'accuracy/untranslated',
    fixes: ['suggest', 'flag'],
    defaultOptions: {words: {}, guess: true},
    examples: [
      {
        name: 'known pinyin words',
        input: 'Each grid has a wanggeyuan, and the baocun cadres joined the Xinguan vaccination drive.',
        messages: [
          '1:17-1:27: Untranslated pinyin `wanggeyuan`: write `grid worker`',
          '1:37-1:43: Untranslated pinyin `baocun`: write `village-assigned`',
          '1:62-1:69: Untranslated pinyin `Xinguan`: write `COVID-19`'
        ],
        outputAll: 'Each grid has a grid worker, and the village-assigned cadres joined the COVID-19 vaccination drive.'
      },
      {
        name: 'another word that can only be pinyin',
        input: 'The village set up a xiangxian council to settle disputes.',
        messages: ['1:22-1:31: Untranslated pinyin `xiangxian`: translate it']
      },
      {
        name: 'extra words from the options',
        input: 'The xiangxian council met, and dibao was paid on time.',
        options: {words: {xiangxian: ['rural elite'], dibao: []}},
        messages: ['1:5-1:14: Untranslated pinyin `xiangxian`: write `rural elite`'],
        outputAll: 'The rural elite council met, and dibao was paid on time.'
      },
      {
        name: 'English words that read as pinyin',
        input: 'We must change and manage the online ranking, engage the public, hang the banner and guide the tuner.',
        messages: []
      },
      {
        name: 'loanwords, glosses and names',
        input:
          'The hukou reform and the gaokao were discussed; household registration (dibao) rules and the yiqing (epidemic) report too. Xinguan Village and Zhang Xiaoming sent qigong teams to www.xinhuanet.com.',
        messages: []
      },
      {
        name: 'options: table only',
        input: 'The village set up a xiangxian council.',
        options: {guess: false},
        messages: []
      }
    ]
  },
  function (context) {
    const table = new Map<string, string[]>()
    for (const [word, renderings] of Object.entries(pinyinWords)) table.set(word, renderings)
    for (const [word, renderings] of Object.entries(context.options.words)) table.set(word.toLowerCase(), renderings)

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        letterRun.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = letterRun.exec(text))) {
          const word = match[0]
          const from = match.index
          const to = from + word.length
          if (glued.test(text[from - 1] ?? ' ') || glued.test(text[to] ?? ' ')) {
            // A hyphen joins words of prose ("baocun-level"), a full stop ends a sentence; other marks glue addresses and names.
            if (!inProse(text, from, to)) continue
          }
          checkWord(paragraph, word, from, to)
        }
      }
    }

    function checkWord(paragraph: Paragraph, word: string, from: number, to: number): void {
      const lower = word.toLowerCase()
      const renderings = table.get(lower)
      if (renderings !== undefined && renderings.length === 0) return
      const capitalised = lower !== word
      if (capitalised && (word.slice(1) !== lower.slice(1) || inName(paragraph.text, from, to))) return
      if (renderings === undefined && (capitalised || !context.options.guess || !readsAsPinyin(lower))) return
      if (glossed(paragraph.text, from, to)) return
      const [start, end] = paragraph.sourceRange(from, to)
      if (renderings === undefined) {
        context.report({start, end, reason: `Untranslated pinyin \`${word}\`: translate it`, expected: []})
        return
      }
      context.report({
        start,
        end,
        reason: `Untranslated pinyin \`${word}\`: write \`${renderings[0]}\``,
        expected: renderings,
        fix: 'suggest'
      })
    }
  }
)

function inProse(text: string, from: number, to: number): boolean {
  const before = text[from - 1] ?? ' '
  const after = text[to] ?? ' '
  const loose = (character: string, next: string | undefined) =>
    !glued.test(character) || (character === '-' && next !== undefined && /\p{L}/u.test(next))
  // A full stop that ends a sentence ("met the cunguan."), not one inside an address ("xinhuanet.com").
  const sentenceEnd = after === '.' && !/[\p{L}\p{N}]/u.test(text[to + 1] ?? ' ')
  return loose(before, text[from - 2]) && (sentenceEnd || loose(after, text[to + 1]))
}

/**
 * Whether `word` (lowercase) splits into two to four syllables, one of them
 * distinctive, and is no English word or loan. Each position keeps the
 * syllable counts of the splits that reach it: bit `count` for a split
 * without a distinctive syllable, bit `5 + count` for one with.
 */
export function readsAsPinyin(word: string): boolean {
  if (word.length < 4 || word.length > longestWord || neverFlagged.has(word)) return false
  const reach: number[] = new Array<number>(word.length + 1).fill(0)
  reach[0] = 1
  for (let at = 0; at < word.length; at++) {
    const states = reach[at]!
    if (states === 0) continue
    for (let length = 1; length <= longestSyllable && at + length <= word.length; length++) {
      const syllable = word.slice(at, at + length)
      if (!syllableSet.has(syllable)) continue
      const marks = distinctive.has(syllable)
      let next = 0
      for (let count = 0; count < 4; count++) {
        if ((states >> count) & 1) next |= 1 << ((marks ? 5 : 0) + count + 1)
        if ((states >> (5 + count)) & 1) next |= 1 << (5 + count + 1)
      }
      reach[at + length]! |= next
    }
  }
  const distinctiveSplits = 0b11100 << 5
  return (reach[word.length]! & distinctiveSplits) !== 0
}

// A capitalised word beside another capitalised word is part of a name; the
// first word of a sentence is capitalised anyway.
function inName(text: string, from: number, to: number): boolean {
  let after = to
  while (text[after] === ' ') after++
  if (after > to && isUpper(text[after])) return true
  let before = from - 1
  while (before >= 0 && text[before] === ' ') before--
  if (before === from - 1) return false
  let wordStart = before
  while (wordStart > 0 && /[\p{L}.'’-]/u.test(text[wordStart - 1]!)) wordStart--
  if (!isUpper(text[wordStart]) || /[.!?]/.test(text[before]!)) return false
  // The capitalised first word of a sentence ("In Xinguan vaccination") is no name.
  let start = wordStart - 1
  while (start >= 0 && text[start] === ' ') start--
  return start >= 0 && !/[.!?:"“‘(]/u.test(text[start]!)
}

function isUpper(character: string | undefined): boolean {
  return character !== undefined && /\p{Lu}/u.test(character)
}

// "household registration (hukou)" or "hukou (household registration)".
function glossed(text: string, from: number, to: number): boolean {
  let before = from - 1
  while (before >= 0 && /["'“‘ ]/u.test(text[before]!)) before--
  if (text[before] === '(') return true
  let after = to
  while (after < text.length && /["'”’ ]/u.test(text[after]!)) after++
  return text[after] === '('
}
