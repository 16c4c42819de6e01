import {defineRule} from '../define-rule.js'
import {isPinyinSyllable} from '../util/pinyin.js'
import {textWords} from '../util/text-words.js'
import {distinctPairs, englishVariants, polyphones, readoutVerbs, surnames} from './name-variant.data.js'

/** Options of `name-variant` (none). */
export type Options = Record<string, never>

/** A romanised Chinese name as written in one document. */
interface Spelling {
  /** The first form seen, as written ("Zhu Jianxin", "Yueqing"). */
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
  /** Whether a person was named inside a sentence at least once (after a title: "mayor Gao Jian"). */
  introduced: boolean
  /** Whether a person was named bare at the start of a sentence, before a verb of a readout ("Gao Jian stressed"). */
  referred: boolean
  places: Array<{start: number; end: number; actual: string}>
}

interface Pairing {
  majority: Spelling
  minority: Spelling
}

const capitalised = /^\p{Lu}\p{Ll}+$/u
// A given name of two syllables written with a hyphen, Taiwan and Hong Kong style: "Li-wen", "Li-Wen".
const hyphenatedGiven = /^\p{Lu}\p{Ll}*-\p{L}\p{Ll}*$/u
const initialPattern = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?/
const longestSyllable = 6
const longestName = 24
// A name seen this many times is kept by its count; only so many places are reported.
const placesKept = 100

// Initials that speakers of southern Chinese and machine readers of names
// confuse: l/n, d/t, and flat/retroflex z/zh, c/ch, s/sh.
const confusableInitials = new Set(['l n', 'd t', 'z zh', 'c ch', 's sh'])
// Initials that a misread character or a typing slip swaps in a given name
// (j/q/x, zh/z/j, b/p, g/k, h/f, l/n/r): weaker evidence, so only for people.
const looseInitials = new Set(['j q', 'j x', 'q x', 'j zh', 'j z', 'b p', 'g k', 'f h', 'l r', 'n r'])
const variantForms = new Map<string, string>(englishVariants.flatMap(([variant, standard]) => [[variant, standard], [standard, standard]]))
const polyphonePairs = new Set(polyphones.map(([a, b]) => pairKey(a, b)))
const distinct = new Set(distinctPairs.map(([a, b]) => pairKey(a, b)))

/**
 * `name-variant`: one person or place spelled two ways in one document
 * ("Leqing" beside "Yueqing", "Zhu Jianxing" beside "Zhu Jianxin").
 */
export default defineRule<Options>(
  {
    id: 'name-variant',
    description: 'Find a Chinese name spelled two ways in one document.',
    details: [
      'Machine translation romanises a name afresh in every sentence, so one place or person can end up with two spellings: a character with two readings read both ways ("Leqing" beside "Yueqing" for 乐清, "Tiaobingshan" beside "Diaobingshan"), an `-ng` dropped or added ("Zhu Jianxing" beside "Zhu Jianxin", "Yanlin" beside "Yanling"), or initials that are easily confused (`l`/`n`, `d`/`t`, `z`/`zh`, `c`/`ch`, `s`/`sh`). In a two-syllable given name, a single changed vowel counts too ("Gu Wenjia" beside "Gu Wenjie").',
      '',
      'In a given name, initials that a misread character or a typing slip swaps (`j`/`q`/`x`, `zh`/`z`/`j`, `b`/`p`, `g`/`k`, `h`/`f`, `l`/`n`/`r`) count too, alone or with an `-n`/`-ng` final ("Fang Bing" beside "Fang Pin"). A given name written once with a hyphen and once without ("Xiong Li-wen" beside "Xiong Liwen") is one name too, whatever the counts. So does an English word of a name that starts with a Chinese place written two ways ("Xianning Hi-tech Zone" beside "Xianning High-tech Zone", "Centre" beside "Center").',
      '',
      'The names compared are romanised Chinese names: a surname and a given name of one or two syllables, or one capitalised word of two syllables or more seen at least once inside a sentence. Two spellings are one name when they differ in one syllable only, and the surname never differs. The less frequent spelling is flagged, with the more frequent one as a suggestion; when both appear once, the later one is flagged. Different people or places with similar names are left alone: spellings that both appear more than once (unless one is a second reading of the same character and the rarer), names with a one-syllable given name such as "Li Ming" and "Li Min" (and pairs differing only by such a swapped initial) unless one appears once and the other at least twice, or each appears once and the first is introduced with a title ("vice mayor Tang Jun presided") while the other is named bare at the start of a later sentence before a verb of a readout ("Tang Qun stressed", "asked", "pointed out"), and pairs of real places such as Jinzhou and Jingzhou, Hunan and Henan, Shanxi and Shaanxi.'
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
        input: 'Zhu Jianxin chaired the meeting. Zhu Jianxin said the work was hard. Later, Zhu Jianxing asked for reports.',
        messages: ['1:77-1:89: `Zhu Jianxing` is spelled `Zhu Jianxin` elsewhere in this document: use one spelling'],
        outputAll: 'Zhu Jianxin chaired the meeting. Zhu Jianxin said the work was hard. Later, Zhu Jianxin asked for reports.'
      },
      {
        name: 'a tie: the later spelling is flagged',
        input: 'Mayor Du Shengli attended. At the end, Du Shengni stressed that safety comes first.',
        messages: ['1:40-1:50: `Du Shengni` is spelled `Du Shengli` elsewhere in this document: use one spelling'],
        outputAll: 'Mayor Du Shengli attended. At the end, Du Shengli stressed that safety comes first.'
      },
      {
        name: 'a person introduced with a title, then named bare with a misread initial',
        input: 'Vice mayor Tang Jun presided over the meeting.\nTang Qun stressed that all towns must act at once.',
        messages: ['2:1-2:9: `Tang Qun` is spelled `Tang Jun` elsewhere in this document: use one spelling'],
        outputAll: 'Vice mayor Tang Jun presided over the meeting.\nTang Jun stressed that all towns must act at once.'
      },
      {
        name: 'a given name with both its initial and its final misread',
        input: 'County head Fang Pin attended. Fang Pin said the roads are done. Later, Fang Bing asked for reports.',
        messages: ['1:73-1:82: `Fang Bing` is spelled `Fang Pin` elsewhere in this document: use one spelling'],
        outputAll: 'County head Fang Pin attended. Fang Pin said the roads are done. Later, Fang Pin asked for reports.'
      },
      {
        name: 'an English word of a place-based name written two ways',
        input: 'Xianning High-tech Zone held a fair. Firms in Xianning High-tech Zone grew. Xianning Hi-tech Zone hired staff.',
        messages: ['1:77-1:93: `Xianning Hi-tech` is spelled `Xianning High-tech` elsewhere in this document: use one spelling'],
        outputAll: 'Xianning High-tech Zone held a fair. Firms in Xianning High-tech Zone grew. Xianning High-tech Zone hired staff.'
      },
      {
        name: 'a given name written with and without a hyphen',
        input: 'Mayor Xiong Liwen presided. Xiong Liwen asked for reports. Later, Xiong Li-wen signed the pledge.',
        messages: ['1:67-1:79: `Xiong Li-wen` is spelled `Xiong Liwen` elsewhere in this document: use one spelling'],
        outputAll: 'Mayor Xiong Liwen presided. Xiong Liwen asked for reports. Later, Xiong Liwen signed the pledge.'
      },
      {
        name: 'two people with similar names, each introduced',
        input: 'Director Wang Bin attended. Wang Ping, deputy director, spoke. Mayor Li Jing and vice mayor Li Qing met.',
        messages: []
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
    const englishNames = new Map<string, Map<string, Spelling>>()

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        const tokens = textWords(text)
        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index]!
          const standard = variantForms.get(token.value.toLowerCase())
          if (standard && /^\p{Lu}/u.test(token.value)) recordEnglish(tokens, index, standard)
          if (!capitalised.test(token.value) || token.value.length > longestName) continue
          const next = tokens[index + 1]
          if (
            surnames.has(token.value.toLowerCase()) &&
            next !== undefined &&
            next.start === token.end + 1 &&
            text.charAt(token.end) === ' ' &&
            (capitalised.test(next.value) || hyphenatedGiven.test(next.value))
          ) {
            const hyphenated = !capitalised.test(next.value)
            const given = hyphenated ? syllablesOfHyphenated(next.value) : syllablesOf(next.value)
            if (given && given.length <= 2) {
              const atStart = startsSentence(text, token.start)
              const written = `${token.value} ${next.value}`
              const spelling = record('person', [token.value.toLowerCase(), ...given], written, token.start, next.end, true, hyphenated ? ' hyphen' : '')
              spelling.introduced ||= !atStart
              spelling.referred ||= atStart && tokens[index + 2] !== undefined && tokens[index + 2]!.start === next.end + 1 && readoutVerbs.has(tokens[index + 2]!.value)
              index++
              continue
            }
          }
          if (token.value.length < 5) continue
          const syllables = syllablesOf(token.value)
          if (!syllables || syllables.length < 2) continue
          record('single', syllables, token.value, token.start, token.end, !startsSentence(text, token.start))
        }

        function record(
          shape: Spelling['shape'],
          syllables: string[],
          written: string,
          from: number,
          to: number,
          inside: boolean,
          form = ''
        ): Spelling {
          // A hyphenated given name ("Li-wen") is kept apart from the same syllables run together ("Liwen").
          const key = `${shape} ${syllables.join('-')}${form}`
          let spelling = spellings.get(key)
          if (!spelling) {
            spelling = {written, shape, syllables, count: 0, order: spellings.size, inside: false, introduced: false, referred: false, places: []}
            spellings.set(key, spelling)
          }
          spelling.count++
          spelling.inside ||= inside
          if (spelling.places.length < placesKept) {
            const [start, end] = paragraph.sourceRange(from, to)
            spelling.places.push({start, end, actual: context.slice(start, end)})
          }
          return spelling
        }

        /**
         * A name that starts with a Chinese place and holds an English word
         * written two ways ("Wuhu Hi-tech Zone", "Wuhu High-tech Zone"): its
         * words from the place through that word, keyed by the standard form.
         */
        function recordEnglish(words: typeof tokens, at: number, standard: string): void {
          let first = at
          for (let back = at - 1; back >= 0 && at - back <= 4; back--) {
            const word = words[back]!
            if (!/^\p{Lu}/u.test(word.value) || text.slice(word.end, words[back + 1]!.start) !== ' ') break
            if (capitalised.test(word.value) && syllablesOf(word.value)) first = back
          }
          if (first === at) return
          const place = words[first]!
          const written = text.slice(place.start, words[at]!.end)
          const key = `${text.slice(place.start, words[at]!.start).toLowerCase()}${standard}`
          let forms = englishNames.get(key)
          if (!forms) englishNames.set(key, (forms = new Map()))
          let spelling = forms.get(written)
          if (!spelling) {
            spelling = {written, shape: 'single', syllables: [], count: 0, order: forms.size, inside: true, introduced: false, referred: false, places: []}
            forms.set(written, spelling)
          }
          spelling.count++
          if (spelling.places.length < placesKept) {
            const [start, end] = paragraph.sourceRange(place.start, words[at]!.end)
            spelling.places.push({start, end, actual: context.slice(start, end)})
          }
        }
      },

      end() {
        const chosen = new Map<Spelling, Spelling>()
        for (const {majority, minority} of [...pairings(spellings), ...hyphenPairings(spellings)]) {
          const known = chosen.get(minority)
          if (!known || majority.count > known.count) chosen.set(minority, majority)
        }
        for (const forms of englishNames.values()) {
          if (forms.size < 2) continue
          const ranked = [...forms.values()].sort((a, b) => b.count - a.count || a.order - b.order)
          for (const minority of ranked.slice(1)) chosen.set(minority, ranked[0]!)
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
  const buckets = new Map<string, {at: number; bucket: Spelling[]}>()
  for (const spelling of spellings.values()) {
    if (spelling.shape === 'single' && !spelling.inside) continue
    const from = spelling.shape === 'person' ? 1 : 0
    for (let at = from; at < spelling.syllables.length; at++) {
      const key = `${spelling.shape} ${at} ${spelling.syllables.map((syllable, index) => (index === at ? '*' : syllable)).join('-')}`
      const known = buckets.get(key)
      if (known) known.bucket.push(spelling)
      else buckets.set(key, {at, bucket: [spelling]})
    }
  }
  const found: Pairing[] = []
  for (const {at, bucket} of buckets.values()) {
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
  const closeness = closenessOf(a.syllables[at]!, b.syllables[at]!, personGiven === 2, personGiven > 0)
  if (!closeness) return undefined
  const [majority, minority] = a.count > b.count || (a.count === b.count && a.order < b.order) ? [a, b] : [b, a]
  // A person named once against twice or more is one person misspelled.
  if (personGiven > 0 && minority.count === 1 && majority.count >= 2) return {majority, minority}
  // Named once each: one person when the first is introduced with a title
  // ("mayor Gao Jian presided") and the other named bare later, before a
  // verb ("Gao Qian stressed"); two people are each introduced.
  const referredBack = majority.introduced && !minority.introduced && minority.referred
  if (personGiven === 1 || closeness === 'loose') {
    return minority.count === 1 && majority.count === 1 && referredBack ? {majority, minority} : undefined
  }
  if (minority.count === majority.count) return minority.count === 1 ? {majority, minority} : undefined
  if (minority.count === 1 || closeness === 'reading') return {majority, minority}
  return undefined
}

/**
 * Pairs of one person written with a hyphenated given name and without
 * ("Xiong Li-wen" beside "Xiong Liwen"): the same syllables, so one name
 * written two ways whatever the counts; the rarer form (or the later, on a tie) is the minority.
 */
function hyphenPairings(spellings: Map<string, Spelling>): Pairing[] {
  const found: Pairing[] = []
  for (const [key, hyphenated] of spellings) {
    if (!key.endsWith(' hyphen')) continue
    const joined = spellings.get(key.slice(0, -' hyphen'.length))
    if (!joined) continue
    const [majority, minority] =
      joined.count > hyphenated.count || (joined.count === hyphenated.count && joined.order < hyphenated.order)
        ? [joined, hyphenated]
        : [hyphenated, joined]
    found.push({majority, minority})
  }
  return found
}

/** The syllables of a hyphenated given name, one Pinyin syllable on each side ("Li-wen" → li, wen). */
function syllablesOfHyphenated(word: string): string[] | undefined {
  const parts = word.toLowerCase().split('-')
  return parts.length === 2 && parts.every((part) => isPinyinSyllable(part)) ? parts : undefined
}

/**
 * How two syllables may be one misread: `reading` for two readings of one
 * character, `sound` for a confusable initial or an `-n`/`-ng` final (and,
 * in a two-syllable given name, one changed vowel), and, in a given name,
 * `loose` for an initial a misread or a slip swaps (j/q, b/p), alone or with
 * an `-n`/`-ng` final ("Bin" beside "Ping").
 */
function closenessOf(a: string, b: string, vowels: boolean, given: boolean): 'reading' | 'sound' | 'loose' | undefined {
  if (polyphonePairs.has(pairKey(a, b))) return 'reading'
  const initialA = initialPattern.exec(a)![0]
  const initialB = initialPattern.exec(b)![0]
  const finalA = a.slice(initialA.length)
  const finalB = b.slice(initialB.length)
  const initials = [initialA, initialB].sort().join(' ')
  const nasal = (finalA + 'g' === finalB && finalA.endsWith('n')) || (finalB + 'g' === finalA && finalB.endsWith('n'))
  const looseInitial = given && (confusableInitials.has(initials) || looseInitials.has(initials))
  if (finalA === finalB) {
    if (confusableInitials.has(initials)) return 'sound'
    return looseInitial ? 'loose' : undefined
  }
  if (initialA !== initialB) return looseInitial && nasal ? 'loose' : undefined
  if (nasal) return 'sound'
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
