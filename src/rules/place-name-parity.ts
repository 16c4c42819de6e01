import leven from 'leven'
import {pinyin} from 'pinyin-pro'
import {defineRule} from '../define-rule.js'
import {isAllHan} from '../util/cjk.js'
import {ownCopy} from '../util/own-copy.js'
import {spellingVotes} from '../util/spelling-votes.js'
import {textWords} from '../util/text-words.js'
import {divisionWords, fixedNameWords, knownPlaces, olderSpellings, placeSuffixes} from './place-name-parity.data.js'

/** Options of `place-name-parity` (none). */
export type Options = Record<string, never>

/** A place the source names: its characters and the Pinyin spellings they may have. */
interface SourcePlace {
  name: string
  readings: readonly string[]
  /** Older spellings of a large city, lowercase letters: `peking`. */
  older: readonly string[]
}

/** Capitalised words of a target, alone or two in a row, that may spell a place. */
interface EnglishWord {
  written: string
  /** Lowercase letters only: `Xi'an` → `xian`. */
  letters: string
  /** The word after it, lowercase: `university` after "Peking". */
  next: string
  start: number
  end: number
}

/** One spelling of a source place, bound in one segment. */
interface Binding {
  name: string
  /** The spelling compared: letters only, in lower case. */
  spelling: string
  /** Spelled in an older system: as far from the Pinyin as it may be, a variant still. */
  older: boolean
  written: string
  places: Array<{start: number; end: number}>
}

/** A place of the source tied to the target words closest to its Pinyin. */
interface Match {
  place: SourcePlace
  distance: number
  words: EnglishWord[]
}

const suffixes = new Set(placeSuffixes)
// A name of more than four characters before its suffix is rare, and a longer
// run is more likely a phrase that ends in one.
const longestName = 4
// Too many readings come from a name whose every character is a polyphone: its
// spelling cannot be told from them.
const mostReadings = 32
// Two spellings of one place, each near a reading of its characters, are
// variants (Leqing for Yueqing reads 乐 in its other sense); further apart
// than this they are more likely two places the alignment confused.
const furthestVariant = 3

/**
 * `place-name-parity`: a place the Chinese names keeps one English spelling
 * across the file.
 */
export default defineRule<Options>(
  {
    id: 'place-name-parity',
    description: 'Find a place the source names spelled two ways in the English of one file.',
    details: [
      'A bilingual rule: it reads each segment\'s Chinese source beside its English target. A place is a name before a suffix of a division (省, 市, 县, 区, 镇, 乡, 村, 州, 旗: 湘阴县, 长沙市) or a province or large city written without one (湖南, 北京). The rule ties it to the capitalised word, or two words in a row, of the target whose letters are closest to the name\'s Pinyin, with a letter or two of leeway for a misspelling and every reading of a character that has several (乐清 is Yueqing, 厦门 Xiamen, 六安 Lu\'an). The suffix may be translated or not ("Xiangyin County", "Xiangyin"): only the name is compared.',
      '',
      'When one place is spelled two ways in the file, the less frequent spelling is reported with the more frequent as a suggestion; when both are as frequent, the later spelling is reported and the first suggested. Spellings are compared with each other, never with the Pinyin, so a city\'s official spelling that the Pinyin of its characters misses is never reported on its own. A few large cities are also tied to their older spellings (Peking, Nanking, Canton, Tsingtao, Amoy), except where the next word makes a fixed name of them ("Peking University", "Tsingtao Brewery", "Canton Tower"). A name translated rather than transliterated ("Yellow River", "West Lake District") is not tied to the name, so it is never compared; two places in one segment that both fit one English word, and a target that spells one place two ways in one segment, are left alone. Spellings that differ in capitals, spaces, hyphens or apostrophes only ("Xi\'an", "Xian") count as one.'
    ].join('\n'),
    category: 'fluency/inconsistency',
    fixes: ['suggest'],
    defaultOptions: {},
    examples: [
      {
        name: 'a county spelled two ways',
        source: '湘阴县召开会议。\n\n湘阴县有耕地十万亩。\n\n湘阴县的经济持续增长。',
        input: 'Xiangyin County held a meeting.\n\nXiangying has 100,000 mu of farmland.\n\nThe economy of Xiangyin kept growing.',
        messages: ['3:1-3:10: The source’s 湘阴 is spelled `Xiangyin` elsewhere in this file; here it is `Xiangying`'],
        outputAll: 'Xiangyin County held a meeting.\n\nXiangyin has 100,000 mu of farmland.\n\nThe economy of Xiangyin kept growing.'
      },
      {
        name: 'a tie: the later spelling is reported',
        source: '陕西省发布通知。\n\n陕西将加快发展。',
        input: 'Shaanxi Province issued a notice.\n\nShanxi will speed up its development.',
        messages: ['3:1-3:7: The source’s 陕西 is spelled `Shaanxi` elsewhere in this file; here it is `Shanxi`']
      },
      {
        name: 'a polyphone read in its other sense',
        source: '乐清市举行活动。\n\n乐清的企业很多。\n\n乐清的港口很繁忙。',
        input: 'Yueqing City held an event.\n\nLeqing has many firms.\n\nThe port of Yueqing is busy.',
        messages: ['3:1-3:7: The source’s 乐清 is spelled `Yueqing` elsewhere in this file; here it is `Leqing`'],
        outputAll: 'Yueqing City held an event.\n\nYueqing has many firms.\n\nThe port of Yueqing is busy.'
      },
      {
        name: 'a polyphone read as the city reads it, with or without an apostrophe',
        source: '六安市举行活动。\n\n六安的企业很多。',
        input: 'Lu’an City held an event.\n\nLuan has many firms.',
        messages: []
      },
      {
        name: 'a city in an older spelling',
        source: '北京举行会议。\n\n代表们抵达北京。\n\n北京的秋天很美。',
        input: 'A meeting was held in Beijing.\n\nThe delegates arrived in Peking.\n\nAutumn in Beijing is beautiful.',
        messages: ['3:26-3:32: The source’s 北京 is spelled `Beijing` elsewhere in this file; here it is `Peking`'],
        outputAll: 'A meeting was held in Beijing.\n\nThe delegates arrived in Beijing.\n\nAutumn in Beijing is beautiful.'
      },
      {
        name: 'an older spelling in the name of a university or a brand',
        source: '北京大学在北京。\n\n青岛啤酒来自青岛。',
        input: 'Peking University is in Beijing.\n\nTsingtao Brewery comes from Qingdao.',
        messages: []
      },
      {
        name: 'a name translated, not transliterated',
        source: '西湖区位于杭州。\n\n西湖区的游客很多。',
        input: 'West Lake District is in Hangzhou.\n\nXihu District has many visitors.',
        messages: []
      },
      {
        name: 'two provinces of one Pinyin',
        source: '山西和陕西签署协议。\n\n山西代表团抵达。\n\n陕西代表团抵达。',
        input: 'Shanxi and Shaanxi signed an agreement.\n\nThe Shanxi delegation arrived.\n\nThe Shaanxi delegation arrived.',
        messages: []
      }
    ]
  },
  function (context) {
    // Segments whose targets have capitalised words, kept to the end: a name
    // learnt with its suffix in one segment (湘阴县) is looked for bare (湘阴)
    // in all of them.
    const kept: Array<{source: string; words: EnglishWord[]}> = []

    return {
      segment(segment) {
        if (segment.target.trim() === '' || !/\p{Script=Han}/u.test(segment.source)) return
        const words = englishWords(segment.target)
        if (words.length === 0) return
        kept.push({
          source: ownCopy(segment.source),
          words: words.map((word) => ({...word, written: ownCopy(word.written), start: segment.start + word.start, end: segment.start + word.end}))
        })
      },
      end() {
        const found = kept.map((segment) => placesIn(segment.source))
        const learnt = new Set<string>()
        kept.forEach((segment, index) => {
          for (const match of matches(found[index]!, segment.words)) learnt.add(match.place.name)
        })
        const bindings: Binding[] = []
        kept.forEach((segment, index) => {
          const places = found[index]!
          const named = new Set(places.flat().map((candidate) => candidate.name))
          for (const name of learnt) if (!named.has(name) && segment.source.includes(name)) places.push([place(name)])
          for (const match of matches(places, segment.words)) {
            const letters = match.words[0]!.letters
            bindings.push({name: match.place.name, spelling: letters, older: match.place.older.includes(letters), written: match.words[0]!.written, places: match.words})
          }
        })
        for (const {name, preferred, others} of spellingVotes(bindings)) {
          for (const binding of others) {
            // An older spelling (Peking) is a variant however far it is from the Pinyin.
            const older = binding.older || preferred.older
            if (!older && leven(binding.spelling, preferred.spelling) > furthestVariant) continue
            for (const span of binding.places) {
              context.report({
                start: span.start,
                end: span.end,
                actual: binding.written,
                reason: `The source’s ${name} is spelled \`${preferred.written}\` elsewhere in this file; here it is \`${binding.written}\``,
                expected: [preferred.written],
                fix: 'suggest'
              })
            }
          }
        }
      }
    }
  }
)

/**
 * The places a source names: the characters before each suffix of a division
 * (one to four of them; the target tells which), and the known provinces and
 * cities wherever they stand.
 */
function placesIn(source: string): SourcePlace[][] {
  const found: SourcePlace[][] = []
  for (let at = 0; at < source.length; at++) {
    const character = source[at]!
    if (!suffixes.has(character)) continue
    const word = divisionWords.filter((item) => source.startsWith(item, at + 1 - item.length)).sort((a, b) => b.length - a.length)[0]
    const end = word === undefined ? at : at + 1 - word.length
    const candidates: SourcePlace[] = []
    for (let length = 2; length <= longestName; length++) {
      const name = source.slice(end - length, end)
      if (end - length >= 0 && isAllHan(name)) candidates.push(place(name))
    }
    // 杭州, 郑州: 州 is the name's last syllable as often as a suffix.
    if (character === '州' && word === undefined) {
      for (let length = 1; length < longestName; length++) {
        const name = source.slice(at - length, at + 1)
        if (at - length >= 0 && isAllHan(name)) candidates.push(place(name))
      }
    }
    if (candidates.length > 0) found.push(candidates)
  }
  for (const name of knownPlaces) if (source.includes(name)) found.push([place(name)])
  return found
}

const readingsOf = new Map<string, readonly string[]>()

function place(name: string): SourcePlace {
  let readings = readingsOf.get(name)
  if (readings === undefined) {
    readings = nameReadings(name)
    readingsOf.set(ownCopy(name), readings)
  }
  return {name, readings, older: (olderSpellings.get(name) ?? []).map(plainLetters)}
}

// The word's own reading first (pinyin-pro reads 长沙 as changsha), then every
// reading of each character, so that a polyphone read in the wrong sense
// (乐清 as le qing) still meets the city's spelling (Yueqing).
function nameReadings(name: string): readonly string[] {
  const inWord = pinyin(name, {toneType: 'none', type: 'array'}).map(plainLetters)
  let combined = ['']
  for (const character of name) {
    const readings = new Set(pinyin(character, {toneType: 'none', type: 'array', multiple: true}).map(plainLetters))
    combined = combined.flatMap((start) => [...readings].map((reading) => start + reading))
    if (combined.length > mostReadings) return [inWord.join('')]
  }
  return [...new Set([inWord.join(''), ...combined])].filter((reading) => /^[a-z]+$/.test(reading))
}

/**
 * Each place of the source tied to the target words nearest its Pinyin. Of a
 * suffix's candidates the nearest wins (the longer on a tie); a place whose
 * nearest words are spelled two ways, and a word two places reach as near,
 * tie nothing.
 */
function matches(found: readonly SourcePlace[][], words: readonly EnglishWord[]): Match[] {
  const best = new Map<string, Match>()
  for (const candidates of found) {
    let chosen: Match | undefined
    for (const candidate of candidates) {
      const match = nearest(candidate, words)
      if (match && (!chosen || match.distance < chosen.distance || (match.distance === chosen.distance && candidate.name.length > chosen.place.name.length))) chosen = match
    }
    if (chosen && !best.has(chosen.place.name)) best.set(chosen.place.name, chosen)
  }
  const kept: Match[] = []
  for (const match of best.values()) {
    if (new Set(match.words.map((word) => word.letters)).size > 1) continue
    const rival = [...best.values()].some(
      (other) => other !== match && other.distance <= match.distance && other.words.some((word) => match.words.some((own) => overlaps(word, own)))
    )
    if (!rival) kept.push(match)
  }
  return kept
}

function nearest(candidate: SourcePlace, words: readonly EnglishWord[]): Match | undefined {
  let found: Match | undefined
  for (const word of words) {
    if (candidate.older.includes(word.letters) && !fixedNameWords.includes(word.next)) {
      if (!found || found.distance > 0) found = {place: candidate, distance: 0, words: [word]}
      else if (!found.words.includes(word)) found.words.push(word)
      continue
    }
    for (const reading of candidate.readings) {
      if (word.letters[0] !== reading[0]) continue
      const distance = leven(word.letters, reading)
      if (distance > leeway(reading)) continue
      // English that drops a syllable at one end of the reading names less than
      // the candidate: 陈超和镇里 is the person 陈超 (Chen Chao) and 镇里, no
      // place. A dropped letter ("Shayibak") is a misspelling.
      if (distance > 1 && (reading.startsWith(word.letters) || reading.endsWith(word.letters))) continue
      if (!found || distance < found.distance) found = {place: candidate, distance, words: [word]}
      else if (distance === found.distance && !found.words.includes(word)) found.words.push(word)
    }
  }
  if (!found) return undefined
  // Two words in a row at one distance overlap the single word: keep the single one.
  found.words = found.words.filter((word) => !found!.words.some((other) => other !== word && other.start >= word.start && other.end <= word.end))
  return found
}

// Letters of leeway for a misspelling: none in a short name, where one letter
// makes another word.
function leeway(reading: string): number {
  return reading.length < 5 ? 0 : reading.length < 9 ? 1 : 2
}

/** Capitalised words, and two of them in a row joined by a space ("Xiang Yin"). */
function englishWords(target: string): EnglishWord[] {
  // A possessive is no part of the name: "Yunnan’s trade unions".
  const all = textWords(target).map((word) => (/['’]s$/u.test(word.value) ? {value: word.value.slice(0, -2), start: word.start, end: word.end - 2} : word))
  const found: EnglishWord[] = []
  for (const [index, word] of all.entries()) {
    if (!/^\p{Lu}/u.test(word.value)) continue
    const next = all[index + 1]
    const afterNext = all[index + 2]?.value.toLowerCase() ?? ''
    found.push({written: word.value, letters: plainLetters(word.value), next: next?.value.toLowerCase() ?? '', start: word.start, end: word.end})
    if (next && /^\p{Lu}/u.test(next.value) && target.slice(word.end, next.start) === ' ') {
      const written = target.slice(word.start, next.end)
      found.push({written, letters: plainLetters(written), next: afterNext, start: word.start, end: next.end})
    }
  }
  return found
}

function plainLetters(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ü', 'u')
    .replaceAll('v', 'u')
    .replace(/[\s'’-]/gu, '')
}

function overlaps(a: EnglishWord, b: EnglishWord): boolean {
  return a.start < b.end && b.start < a.end
}

