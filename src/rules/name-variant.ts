import {defineRule} from '../rule.js'
import {isPinyinSyllable} from '../util/pinyin.js'
import {textWords} from '../util/text-words.js'
import {distinctPairs, polyphones, surnames} from './name-variant.data.js'

/** Options of `name-variant` (none). */
export type Options = Record<string, never>

/** A romanised Chinese name as written in one document. */
interface Spelling {
  /** The first form seen, as written ("Gao Jianxin", "Yueqing"). */
  written: string
  /** `person` for surname and given name, `single` for one word (a place, a given name alone). */
  shape: 'person' | 'single'
  /** Lowercase syllables; for a person, the surname first. */
  syllables: string[]
  count: number
  /** Order of first appearance among all spellings. */
  order: number
  /** Whether a single word was seen inside a sentence at least once, not only at its start. */
  inside: boolean
  places: Array<{start: number; end: number; actual: string}>
}

interface Pairing {
  majority: Spelling
  minority: Spelling
}

const capitalised = /^\p{Lu}\p{Ll}+$/u
const initialPattern = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?/
const longestSyllable = 6
const longestName = 24
// A name seen this many times is kept by its count; only so many places are reported.
const placesKept = 100

// Initials that speakers of southern Chinese and machine readers of names
// confuse: l/n, d/t, and flat/retroflex z/zh, c/ch, s/sh.
const confusableInitials = new Set(['l n', 'd t', 'z zh', 'c ch', 's sh'])
const polyphonePairs = new Set(polyphones.map(([a, b]) => pairKey(a, b)))
const distinct = new Set(distinctPairs.map(([a, b]) => pairKey(a, b)))

/**
 * `name-variant`: one person or place spelled two ways in one document
 * ("Leqing" beside "Yueqing", "Gao Jianxing" beside "Gao Jianxin").
 */
export default defineRule<Options>(
  {
    id: 'name-variant',
    description: 'Find a Chinese name spelled two ways in one document.',
    details: [
      'Machine translation romanises a name afresh in every sentence, so one place or person can end up with two spellings: a character with two readings read both ways ("Leqing" beside "Yueqing" for 乐清, "Tiaobingshan" beside "Diaobingshan"), an `-ng` dropped or added ("Gao Jianxing" beside "Gao Jianxin", "Yanlin" beside "Yanling"), or initials that are easily confused (`l`/`n`, `d`/`t`, `z`/`zh`, `c`/`ch`, `s`/`sh`). In a two-syllable given name, a single changed vowel counts too ("Gu Wenjia" beside "Gu Wenjie").',
      '',
      'The names compared are romanised Chinese names: a surname and a given name of one or two syllables, or one capitalised word of two syllables or more seen at least once inside a sentence. Two spellings are one name when they differ in one syllable only, and the surname never differs. The less frequent spelling is flagged, with the more frequent one as a suggestion; when both appear once, the later one is flagged. Different people or places with similar names are left alone: spellings that both appear more than once (unless one is a second reading of the same character and the rarer), two-syllable names such as "Li Ming" and "Li Min" unless one appears once and the other at least twice, and pairs of real places such as Jinzhou and Jingzhou, Hunan and Henan, Shanxi and Shaanxi.'
    ].join('\n'),
    category: 'fluency/inconsistency',
    fixes: ['suggest'],
    defaultOptions: {},
    examples: [
      {
        name: 'a place read two ways',
        input:
          'Yueqing held a meeting. Officials in Yueqing said the work went well. The head of Leqing spoke.',
        messages: ['1:83-1:89: `Leqing` is spelled `Yueqing` elsewhere in this document: use one spelling'],
        outputAll: 'Yueqing held a meeting. Officials in Yueqing said the work went well. The head of Yueqing spoke.'
      },
      {
        name: 'a person with an `-ng` added',
        input: 'Gao Jianxin chaired the meeting. Gao Jianxin said the work was hard. Later, Gao Jianxing asked for reports.',
        messages: ['1:77-1:89: `Gao Jianxing` is spelled `Gao Jianxin` elsewhere in this document: use one spelling'],
        outputAll: 'Gao Jianxin chaired the meeting. Gao Jianxin said the work was hard. Later, Gao Jianxin asked for reports.'
      },
      {
        name: 'a tie: the later spelling is flagged',
        input: 'Mayor Du Shengli attended. At the end, Du Shengni stressed that safety comes first.',
        messages: ['1:40-1:50: `Du Shengni` is spelled `Du Shengli` elsewhere in this document: use one spelling'],
        outputAll: 'Mayor Du Shengli attended. At the end, Du Shengli stressed that safety comes first.'
      },
      {
        name: 'two people with similar names, each named often',
        input: 'Li Ming and Li Min spoke. Li Ming praised the plan and Li Min praised the staff.',
        messages: []
      },
      {
        name: 'two people sharing a surname',
        input: 'Zhang Wei met Zhang Lei. Zhang Wei spoke first.',
        messages: []
      },
      {
        name: 'different provinces and real places with similar names',
        input: 'Officials from Hunan and Henan, Hubei and Hebei, Shanxi and Shaanxi met in Jinzhou and Jingzhou.',
        messages: []
      },
      {
        name: 'a word that starts sentences only',
        input: 'Nine people came by Line 2. Line 3 was closed.',
        messages: []
      }
    ]
  },
  function (context) {
    const spellings = new Map<string, Spelling>()

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        const tokens = textWords(text)
        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index]!
          if (!capitalised.test(token.value) || token.value.length > longestName) continue
          const next = tokens[index + 1]
          if (
            surnames.has(token.value.toLowerCase()) &&
            next !== undefined &&
            next.start === token.end + 1 &&
            text.charAt(token.end) === ' ' &&
            capitalised.test(next.value)
          ) {
            const given = syllablesOf(next.value)
            if (given && given.length <= 2) {
              record('person', [token.value.toLowerCase(), ...given], `${token.value} ${next.value}`, token.start, next.end, true)
              index++
              continue
            }
          }
          const syllables = syllablesOf(token.value)
          if (!syllables || syllables.length < 2 || token.value.length < 5) continue
          record('single', syllables, token.value, token.start, token.end, !startsSentence(text, token.start))
        }

        function record(
          shape: Spelling['shape'],
          syllables: string[],
          written: string,
          from: number,
          to: number,
          inside: boolean
        ): void {
          const key = `${shape} ${syllables.join('-')}`
          let spelling = spellings.get(key)
          if (!spelling) {
            spelling = {written, shape, syllables, count: 0, order: spellings.size, inside: false, places: []}
            spellings.set(key, spelling)
          }
          spelling.count++
          spelling.inside ||= inside
          if (spelling.places.length < placesKept) {
            const [start, end] = paragraph.sourceRange(from, to)
            spelling.places.push({start, end, actual: context.slice(start, end)})
          }
        }
      },

      end() {
        const chosen = new Map<Spelling, Spelling>()
        for (const {majority, minority} of pairings(spellings)) {
          const known = chosen.get(minority)
          if (!known || majority.count > known.count) chosen.set(minority, majority)
        }
        const findings = [...chosen].flatMap(([minority, majority]) =>
          minority.places.map((place) => ({...place, minority, majority}))
        )
        findings.sort((a, b) => a.start - b.start)
        for (const {start, end, actual, minority, majority} of findings) {
          context.report({
            start,
            end,
            actual,
            reason: `\`${minority.written}\` is spelled \`${majority.written}\` elsewhere in this document: use one spelling`,
            expected: [majority.written]
          })
        }
      }
    }
  }
)

/**
 * Pairs of spellings of one name. Spellings that differ in one syllable are
 * found through buckets keyed by the others, so the work grows with the
 * number of spellings, not its square (a bucket holds at most one spelling
 * per syllable of Pinyin).
 */
function pairings(spellings: Map<string, Spelling>): Pairing[] {
  const buckets = new Map<string, Spelling[]>()
  for (const spelling of spellings.values()) {
    if (spelling.shape === 'single' && !spelling.inside) continue
    const from = spelling.shape === 'person' ? 1 : 0
    for (let at = from; at < spelling.syllables.length; at++) {
      const key = `${spelling.shape} ${at} ${spelling.syllables.map((syllable, index) => (index === at ? '*' : syllable)).join('-')}`
      const bucket = buckets.get(key)
      if (bucket) bucket.push(spelling)
      else buckets.set(key, [spelling])
    }
  }
  const found: Pairing[] = []
  for (const [key, bucket] of buckets) {
    const at = Number(key.split(' ')[1])
    for (let first = 0; first < bucket.length; first++) {
      for (let second = first + 1; second < bucket.length; second++) {
        const pairing = pairOf(bucket[first]!, bucket[second]!, at)
        if (pairing) found.push(pairing)
      }
    }
  }
  return found
}

function pairOf(a: Spelling, b: Spelling, at: number): Pairing | undefined {
  if (distinct.has(pairKey(a.syllables.join(''), b.syllables.join('')))) return undefined
  const personGiven = a.shape === 'person' ? a.syllables.length - 1 : 0
  const closeness = closenessOf(a.syllables[at]!, b.syllables[at]!, personGiven === 2)
  if (!closeness) return undefined
  const [majority, minority] = a.count > b.count || (a.count === b.count && a.order < b.order) ? [a, b] : [b, a]
  // Two people named with one syllable ("Li Ming", "Li Min") are often two people.
  if (personGiven === 1) return minority.count === 1 && majority.count >= 2 ? {majority, minority} : undefined
  if (minority.count === majority.count) return minority.count === 1 ? {majority, minority} : undefined
  if (minority.count === 1 || closeness === 'reading') return {majority, minority}
  return undefined
}

/**
 * How two syllables may be one misread: `reading` for two readings of one
 * character, `sound` for a confusable initial or an `-n`/`-ng` final (and,
 * in a two-syllable given name, one changed vowel).
 */
function closenessOf(a: string, b: string, vowels: boolean): 'reading' | 'sound' | undefined {
  if (polyphonePairs.has(pairKey(a, b))) return 'reading'
  const initialA = initialPattern.exec(a)![0]
  const initialB = initialPattern.exec(b)![0]
  const finalA = a.slice(initialA.length)
  const finalB = b.slice(initialB.length)
  if (finalA === finalB) return confusableInitials.has([initialA, initialB].sort().join(' ')) ? 'sound' : undefined
  if (initialA !== initialB) return undefined
  if ((finalA + 'g' === finalB && finalA.endsWith('n')) || (finalB + 'g' === finalA && finalB.endsWith('n'))) return 'sound'
  if (vowels && finalA.length === finalB.length) {
    let differences = 0
    for (let index = 0; index < finalA.length; index++) if (finalA[index] !== finalB[index]) differences++
    if (differences === 1 && /[aeiouv]/.test(finalA) && /[aeiouv]/.test(finalB)) return 'sound'
  }
  return undefined
}

/**
 * The Pinyin syllables of `word`, fewest first and, among as few, the
 * longest last ("Xingning" → xing-ning); `undefined` when it is not Pinyin.
 */
function syllablesOf(word: string): string[] | undefined {
  const lower = word.toLowerCase()
  if (lower.length > longestName) return undefined
  const fewest: number[] = [0]
  const cut: number[] = [0]
  for (let end = 1; end <= lower.length; end++) {
    fewest[end] = Number.POSITIVE_INFINITY
    for (let size = Math.min(longestSyllable, end); size >= 1; size--) {
      const start = end - size
      if (fewest[start]! + 1 < fewest[end]! && isPinyinSyllable(lower.slice(start, end))) {
        fewest[end] = fewest[start]! + 1
        cut[end] = start
      }
    }
  }
  if (!Number.isFinite(fewest[lower.length]!)) return undefined
  const syllables: string[] = []
  for (let end = lower.length; end > 0; end = cut[end]!) syllables.unshift(lower.slice(cut[end]!, end))
  return syllables
}

// Only spaces and opening quotes between the start of a sentence and the word.
function startsSentence(text: string, at: number): boolean {
  let index = at - 1
  while (index >= 0 && /[\s"'“‘(]/.test(text.charAt(index))) index--
  return index < 0 || /[.!?。！？:]/.test(text.charAt(index))
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`
}
