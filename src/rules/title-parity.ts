import leven from 'leven'
import {pinyin} from 'pinyin-pro'
import {defineRule} from '../define-rule.js'
import {isAllHan} from '../util/cjk.js'
import type {Segment} from '../rule.js'
import {isPinyinSyllable} from '../util/pinyin.js'
import {ownCopy} from '../util/own-copy.js'
import {spellingVotes} from '../util/spelling-votes.js'
import {textWords, type TextWord} from '../util/text-words.js'
import {afterName, chineseTitles, englishTitleHeads, notSurnames, surnameReadings} from './title-parity.data.js'

/** Options of `title-parity` (none). */
export type Options = Record<string, never>

/** A person named in a source after a title: `市委常委、副市长张三`. */
interface SourcePerson {
  /** The name in characters: `张三`. */
  name: string
  /** Romanisations of its surname, lowercase. */
  surnames: readonly string[]
  /** Characters of the given name: the syllables its romanisation has. */
  givenLength: number
  /** The titles before it as the source writes them (`市委常委、副市长`). */
  chain: string
  /** How many titles the chain holds. */
  titles: number
  /** Offset of the name in the source. */
  at: number
}

/** A romanised person's name in a target: surname and given name. */
interface EnglishName {
  written: string
  surname: string
  given: string
  start: number
  end: number
}

/** A segment whose target names someone: its source, and the names by offsets in the checked text. */
interface NamedSegment {
  source: string
  target: string
  /** Offset of the target in the checked text. */
  start: number
  names: EnglishName[]
}

/** One spelling of a source name, bound in one segment. */
interface Binding {
  name: string
  spelling: string
  places: Array<{start: number; end: number}>
}

// 常委会 and 委员会 are bodies, not the titles 常委 and 委员.
const titleAlternation = chineseTitles.map((title) => (title === '常委' || title === '委员' ? `${title}(?!会)` : title)).join('|')
const titlePattern = new RegExp(titleAlternation, 'g')
const titleAtEnd = new RegExp(`(?:${titleAlternation})$`)
// Where a clause of the source starts: a mark, or a word that joins two people.
const clauseMarks = /[，。；：！？“”‘’（）()《》\s和与及同]/u
const nameBoundary = /^(?:[，。、；：！？“”‘’（）()《》\s]|$)/u
const sentenceStop = /[.!?;]/
const longestChainPiece = 30
// Two mentions of one name this close, in one sentence, name one person twice.
const repeatReach = 200

/**
 * `title-parity`: a person the Chinese names once after a chain of titles is
 * one person in the English too, and a name keeps one spelling in a file.
 */
export default defineRule<Options>(
  {
    id: 'title-parity',
    description: 'Check that a person named once after a chain of titles is one person in the English, spelled one way.',
    details: [
      'A bilingual rule: it reads each segment\'s Chinese source beside its English target. In `市委常委、副市长张三` the titles, joined by 、 or written one after the other, all belong to one person named once. Machine translation sometimes names that person twice ("… Zhang San, and Vice Mayor Zhang San") or splits the titles into a second, nameless person ("Zhang San, deputy secretary of the municipal Party committee, and the deputy mayor"). Both are reported, with no replacement: the English must be rewritten as one person ("Zhang San, member of the Standing Committee of the municipal Party committee and vice mayor").',
      '',
      'A person named after a title keeps one spelling across the file. The rule ties the name in characters to its romanisation by the surname (a table of common surnames and their Pinyin; a surname the table lacks is read as pinyin-pro reads it as a surname) and the number of syllables of the given name, in segments where only one person of that surname and length is named, so it needs no dictionary. When one name is spelled two ways, the less frequent spelling is reported with the more frequent as a suggestion; when both are as frequent, the later spelling is reported and the first suggested. Two spellings far apart (more than three letters) are left alone: they are more likely two people the alignment confused than one misspelled. Names written surname last, or in Wade–Giles or Cantonese ("Tsai Ing-wen"), are not compared.'
    ].join('\n'),
    category: 'accuracy/mistranslation',
    fixes: ['suggest', 'flag'],
    defaultOptions: {},
    examples: [
      {
        name: 'one person named twice',
        source: '市委常委、副市长张三出席会议。',
        input: 'Member of the Standing Committee of the Municipal Party Committee Zhang San, and Vice Mayor Zhang San attended the meeting.',
        messages: [
          '1:93-1:102: The source names 张三 once, after the titles 市委常委、副市长, as one person; the English names `Zhang San` again here'
        ]
      },
      {
        name: 'one person split in two',
        source: '市委副书记、副市长张三主持会议。',
        input: 'Zhang San, deputy secretary of the municipal Party committee, and the deputy mayor presided over the meeting.',
        messages: [
          '1:67-1:83: The source gives 张三 the titles 市委副书记、副市长 as one person; `the deputy mayor` reads as a second person'
        ]
      },
      {
        name: 'a name spelled two ways',
        source: '副市长张晓明主持会议。\n\n张晓明强调，要抓好落实。\n\n会后，张晓明调研了两家企业。',
        input:
          'Vice Mayor Zhang Xiaoming presided over the meeting.\n\nZhang Xiaomin stressed that the work must be done.\n\nAfter the meeting, Zhang Xiaoming visited two firms.',
        messages: [
          '3:1-3:14: The source’s 张晓明 is spelled `Zhang Xiaoming` elsewhere in this file; here it is `Zhang Xiaomin`'
        ],
        outputAll:
          'Vice Mayor Zhang Xiaoming presided over the meeting.\n\nZhang Xiaoming stressed that the work must be done.\n\nAfter the meeting, Zhang Xiaoming visited two firms.'
      },
      {
        name: 'one person with two titles',
        source: '省委常委、宣传部部长张宏森宣布开幕。',
        input: 'Zhang Hongsen, member of the Standing Committee of the provincial Party committee and head of the Publicity Department, declared the festival open.',
        messages: []
      },
      {
        name: 'two people, each with a title',
        source: '副市长张三和副市长李四出席。',
        input: 'Vice Mayor Zhang San and Vice Mayor Li Si attended.',
        messages: []
      },
      {
        name: 'two people with one surname',
        source: '市长王强主持会议。\n\n副市长王刚讲话。',
        input: 'Mayor Wang Qiang presided over the meeting.\n\nVice Mayor Wang Gang spoke.',
        messages: []
      }
    ]
  },
  function (context) {
    // Segments whose targets name someone, kept to the end: a name learnt
    // after a title in one segment is looked for in all of them.
    const named: NamedSegment[] = []
    const known = new Map<string, SourcePerson>()

    return {
      segment(segment) {
        if (segment.target.trim() === '' || !/\p{Script=Han}/u.test(segment.source)) return
        const names = englishNames(segment.target)
        if (names.length === 0) return
        const people = peopleIn(segment.source)
        for (const person of people) {
          if (person.titles >= 2) checkOnePerson(person, people, names, segment)
          if (!known.has(person.name)) known.set(person.name, person)
        }
        named.push({
          source: ownCopy(segment.source),
          target: ownCopy(segment.target),
          start: segment.start,
          names: names.map((name) => ({...name, written: ownCopy(name.written), start: segment.start + name.start, end: segment.start + name.end}))
        })
      },
      end() {
        // Read once: which known people each segment names.
        const present = named.map((segment) => knownPeopleIn(segment.source, known))
        const bindings = named.flatMap((segment, index) => bindNames(segment, present[index]!))
        reportSpellings(bindings)
        const bound = new Set(bindings.map((binding) => binding.name))
        const unbound = new Map<SourcePerson, NamedSegment[]>()
        named.forEach((segment, index) => {
          for (const person of present[index]!) {
            if (bound.has(person.name)) continue
            const segments = unbound.get(person)
            if (segments) segments.push(segment)
            else unbound.set(person, [segment])
          }
        })
        for (const [person, segments] of unbound) reportForeignSpellings(person, segments)
      }
    }

    // A person of a title chain named again, or split into a second one.
    function checkOnePerson(person: SourcePerson, people: readonly SourcePerson[], names: readonly EnglishName[], segment: Segment): void {
      const mentions = renderings(person, people, names)
      if (mentions === undefined) return
      const source = segment.source
      const target = segment.target
      const inSource = countOf(source, person.name)
      if (mentions.length > inSource) {
        for (let index = 1; index < mentions.length; index++) {
          const before = mentions[index - 1]!
          const again = mentions[index]!
          const between = target.slice(before.end, again.start)
          if (between.length > repeatReach || sentenceStop.test(between)) continue
          context.report({
            start: segment.start + again.start,
            end: segment.start + again.end,
            reason: `The source names ${person.name} once, after the titles ${person.chain}, as one person; the English names \`${again.written}\` again here`,
            fix: 'flag'
          })
          return
        }
      }
      // The source joins no second person to this one in its sentence.
      const sentenceAfter = source.slice(person.at, indexOrEnd(source, '。', person.at))
      if (/[和与及同]/u.test(sentenceAfter.slice(person.name.length))) return
      for (const mention of mentions) {
        const split = secondPerson(target, mention.end)
        if (!split) continue
        context.report({
          start: segment.start + split.start,
          end: segment.start + split.end,
          reason: `The source gives ${person.name} the titles ${person.chain} as one person; \`${split.text}\` reads as a second person`,
          fix: 'flag'
        })
        return
      }
    }

    // Each known person of the segment whose romanisation is the only one
    // of its surname and length in the target: one spelling of that name.
    function bindNames(segment: NamedSegment, people: readonly SourcePerson[]): Binding[] {
      const bound: Binding[] = []
      for (const person of people) {
        const mentions = renderings(person, people, segment.names)
        if (mentions === undefined || mentions.length === 0) continue
        bound.push({name: person.name, spelling: mentions[0]!.written, places: mentions})
      }
      return bound
    }

    // A name the surname table cannot romanise (范明政 is the Vietnamese
    // "Pham Minh Chinh"): its rendering is the run of three capitalised words
    // most of its segments share, and a run one word away from it in another
    // of its segments is the same name spelled another way.
    function reportForeignSpellings(person: SourcePerson, segments: readonly NamedSegment[]): void {
      if (segments.length < 3) return
      const runs = segments.map((segment) => nameRuns(segment.target))
      const counts = new Map<string, number>()
      for (const list of runs) for (const run of new Set(list.map((item) => item.written))) counts.set(run, (counts.get(run) ?? 0) + 1)
      let preferred: string | undefined
      for (const [run, count] of counts) if (count >= 2 && (preferred === undefined || count > counts.get(preferred)!)) preferred = run
      if (preferred === undefined) return
      // Half of the segments at least: otherwise the run is not the name's.
      if (counts.get(preferred)! * 2 < segments.length) return
      segments.forEach((segment, index) => {
        const list = runs[index]!
        if (list.some((run) => run.written === preferred)) return
        const near = list.filter((run) => oneWordApart(run.written, preferred!))
        if (new Set(near.map((run) => run.written)).size !== 1) return
        for (const run of near) {
          context.report({
            start: segment.start + run.start,
            end: segment.start + run.end,
            actual: run.written,
            reason: `The source’s ${person.name} is spelled \`${preferred}\` elsewhere in this file; here it is \`${run.written}\``,
            expected: [preferred!],
            fix: 'suggest'
          })
        }
      })
    }

    function reportSpellings(bindings: readonly Binding[]): void {
      for (const {name, preferred, others} of spellingVotes(bindings)) {
        for (const binding of others) {
          if (!closeSpellings(binding.spelling, preferred.spelling)) continue
          for (const place of binding.places) {
            context.report({
              start: place.start,
              end: place.end,
              actual: binding.spelling,
              reason: `The source’s ${name} is spelled \`${preferred.spelling}\` elsewhere in this file; here it is \`${binding.spelling}\``,
              expected: [preferred.spelling],
              fix: 'suggest'
            })
          }
        }
      }
    }
  }
)

/**
 * The people a source names after a title, with the chain of titles before
 * each. A name is the surname and one or two characters, followed by a mark
 * or a word that follows names; both lengths are kept when both fit, and the
 * target's romanisation tells them apart.
 */
function peopleIn(source: string): SourcePerson[] {
  const people: SourcePerson[] = []
  for (const title of source.matchAll(titlePattern)) {
    const at = title.index + title[0].length
    for (const [surname, readings] of surnamesAt(source, at)) {
      for (const givenLength of [2, 1]) {
        const name = source.slice(at, at + surname.length + givenLength)
        if (name.length !== surname.length + givenLength || !isAllHan(name)) continue
        const after = source.slice(at + name.length)
        if (!nameBoundary.test(after) && !afterName.some((word) => after.startsWith(word))) continue
        const {chain, titles} = titleChain(source, title.index, at)
        people.push({name, surnames: readings, givenLength, chain, titles, at})
      }
    }
  }
  return people
}

// The known people a source names, each place read by the longest known
// name that covers it (张三丰 hides the 张三 inside it).
function knownPeopleIn(source: string, known: ReadonlyMap<string, SourcePerson>): SourcePerson[] {
  const found: SourcePerson[] = []
  const taken: Array<[number, number]> = []
  const byLength = [...known.values()].filter((person) => source.includes(person.name)).sort((a, b) => b.name.length - a.name.length)
  for (const person of byLength) {
    let present = false
    for (let at = source.indexOf(person.name); at !== -1; at = source.indexOf(person.name, at + 1)) {
      const end = at + person.name.length
      if (taken.some(([start, stop]) => start < end && at < stop)) continue
      taken.push([at, end])
      present = true
    }
    if (present) found.push(person)
  }
  return found
}

function surnamesAt(source: string, at: number): Array<[string, readonly string[]]> {
  const found: Array<[string, readonly string[]]> = []
  for (const length of [2, 1]) {
    const surname = source.slice(at, at + length)
    const readings = surnameReadings.get(surname)
    if (readings) found.push([surname, readings])
  }
  if (found.length > 0) return found
  // A surname the table lacks (覃, 邝): its reading as a surname, unless the
  // character opens a word that follows names (市长出席 names nobody).
  const character = source.charAt(at)
  if (!isAllHan(character) || notSurnames.has(character) || afterName.some((word) => source.startsWith(word, at))) return found
  const readings = pinyin(character, {mode: 'surname', toneType: 'none', type: 'array'}).filter((reading) => isPinyinSyllable(reading))
  if (readings.length > 0) found.push([character, readings])
  return found
}

// The titles before a name: pieces joined by 、 back to the clause's start,
// each ending in a title (`副市长张三、副市长` ends the chain at 张三).
function titleChain(source: string, titleStart: number, end: number): {chain: string; titles: number} {
  let start = titleStart
  while (start > 0 && !clauseMarks.test(source.charAt(start - 1)) && source.charAt(start - 1) !== '、') start--
  let chain = source.slice(start, end)
  let titles = count(chain.matchAll(titlePattern))
  while (start > 1 && source.charAt(start - 1) === '、') {
    let pieceStart = start - 1
    while (pieceStart > 0 && !clauseMarks.test(source.charAt(pieceStart - 1)) && source.charAt(pieceStart - 1) !== '、') pieceStart--
    const piece = source.slice(pieceStart, start - 1)
    if (piece.length === 0 || piece.length > longestChainPiece || !titleAtEnd.test(piece)) break
    chain = `${piece}、${chain}`
    titles += count(piece.matchAll(titlePattern))
    start = pieceStart
  }
  return {chain: ownCopy(chain), titles}
}

/**
 * The romanised names of a target: a capitalised surname and a capitalised
 * given name of Pinyin syllables ("Zhang Xiaoming", "Xiong Li-wen").
 */
function englishNames(target: string): EnglishName[] {
  const names: EnglishName[] = []
  const words = textWords(target)
  for (let index = 0; index + 1 < words.length; index++) {
    const surname = words[index]!
    const given = words[index + 1]!
    if (!isCapitalised(surname.value) || !isCapitalised(given.value)) continue
    if (!/^[ \u00A0]$/.test(target.slice(surname.end, given.start))) continue
    names.push({written: `${surname.value} ${given.value}`, surname: surname.value.toLowerCase(), given: given.value, start: surname.start, end: given.end})
  }
  return names
}

/**
 * The mentions of `person` in the target: names with one of its surnames and
 * a given name of its length. `undefined` when the segment names another
 * person of that surname and length, or the target spells that surname and
 * length two ways: the mentions cannot be told apart.
 */
function renderings(person: SourcePerson, people: readonly SourcePerson[], names: readonly EnglishName[]): EnglishName[] | undefined {
  const others = people.some(
    (other) =>
      other.name !== person.name &&
      other.givenLength === person.givenLength &&
      other.surnames.some((surname) => person.surnames.includes(surname)) &&
      !other.name.startsWith(person.name) &&
      !person.name.startsWith(other.name)
  )
  if (others) return undefined
  const mentions = names.filter((name) => person.surnames.includes(name.surname) && hasSyllables(name.given, person.givenLength))
  if (new Set(mentions.map((mention) => mention.written)).size > 1) return undefined
  return mentions
}

/**
 * Three capitalised words in a row, none of them a word of a title ("Pham
 * Minh Chinh" in "Prime Minister Pham Minh Chinh and his wife").
 */
function nameRuns(target: string): EnglishName[] {
  const runs: EnglishName[] = []
  const words = textWords(target)
  for (let index = 0; index + 2 < words.length; index++) {
    const run = words.slice(index, index + 3)
    if (!run.every((word) => isCapitalised(word.value) && !titleWords.has(word.value.toLowerCase()))) continue
    if (run.some((word, offset) => offset > 0 && target.slice(run[offset - 1]!.end, word.start) !== ' ')) continue
    const start = run[0]!.start
    const end = run[2]!.end
    runs.push({written: target.slice(start, end), surname: run[0]!.value.toLowerCase(), given: '', start, end})
  }
  return runs
}

// Words of titles and of the bodies they name, never part of a person's name.
const titleWords = new Set([
  ...englishTitleHeads,
  'prime', 'vice', 'deputy', 'executive', 'general', 'government', 'standing', 'committee', 'party', 'state',
  'council', 'central', 'university', 'the', 'and', 'of', 'mr', 'mrs', 'ms', 'dr'
])

function oneWordApart(a: string, b: string): boolean {
  const wordsA = a.split(' ')
  const wordsB = b.split(' ')
  return wordsA.length === wordsB.length && wordsA.filter((word, index) => word !== wordsB[index]).length === 1
}

function hasSyllables(given: string, length: number): boolean {
  const parts = given.toLowerCase().split(/['’-]/)
  if (parts.length > 1) return parts.length === length && parts.every(isPinyinSyllable)
  const word = parts[0]!
  if (length === 1) return isPinyinSyllable(word)
  if (length !== 2) return false
  for (let split = 1; split < word.length; split++) {
    if (isPinyinSyllable(word.slice(0, split)) && isPinyinSyllable(word.slice(split))) return true
  }
  return false
}

/**
 * `, <titles>, and the <title>` right after a name, the last title followed
 * by a mark or a verb rather than a name of its own: the English makes a
 * second person of a title of the first.
 */
function secondPerson(target: string, nameEnd: number): {start: number; end: number; text: string} | undefined {
  const rest = target.slice(nameEnd, nameEnd + repeatReach)
  if (!rest.startsWith(', ')) return undefined
  const joined = /,[ \u00A0]+and[ \u00A0]+(?=the[ \u00A0])/u.exec(rest)
  if (!joined || sentenceStop.test(rest.slice(0, joined.index))) return undefined
  const phraseStart = joined.index + joined[0].length
  const words = textWords(rest.slice(phraseStart, phraseStart + 80))
  // "the deputy mayor", "the head of the Publicity Department": up to the last title head or organ word.
  let last: TextWord | undefined
  for (const [index, word] of words.entries()) {
    if (index > 0 && rest.slice(phraseStart + words[index - 1]!.end, phraseStart + word.start).trim() !== '') break
    if (index > 8) break
    if (englishTitleHeads.has(word.value.toLowerCase())) last = word
    else if (last && !/^(?:of|the|[\p{Lu}][\p{L}'’-]*|party|committee|department|municipal|provincial|county|district|city)$/u.test(word.value)) break
  }
  if (!last) return undefined
  let end = phraseStart + last.end
  // The title runs on through "of the …" words: take them, up to the next mark.
  const ofPart = /^(?:[ \u00A0]+of(?:[ \u00A0]+(?:the|[\p{Lu}][\p{L}'’-]*|party|committee|department|municipal|provincial|county|district|city))+)?/u.exec(rest.slice(end))
  end += ofPart ? ofPart[0].length : 0
  const after = rest.slice(end)
  // A name in or after the title ("and the vice mayor, Li Si", "and the
  // mayor of Lanzhou Li Si") is a second person indeed.
  if (/^,?[ \u00A0]+\p{Lu}\p{Ll}+[ \u00A0]\p{Lu}\p{Ll}+/u.test(after)) return undefined
  if (englishNames(rest.slice(phraseStart, end)).some(isPersonName)) return undefined
  if (!/^(?:[ \u00A0]*[,.;]|[ \u00A0]+\p{Ll})/u.test(after)) return undefined
  return {start: nameEnd + phraseStart, end: nameEnd + end, text: rest.slice(phraseStart, end)}
}

const romanisedSurnames = new Set([...surnameReadings.values()].flat())

function isPersonName(name: EnglishName): boolean {
  return romanisedSurnames.has(name.surname) && (hasSyllables(name.given, 1) || hasSyllables(name.given, 2))
}

// Whether two spellings of one name are close enough to be one name spelled
// two ways: one surname, given names at most three edits apart.
function closeSpellings(a: string, b: string): boolean {
  const [surnameA, givenA = ''] = a.toLowerCase().split(/[ \u00A0]/)
  const [surnameB, givenB = ''] = b.toLowerCase().split(/[ \u00A0]/)
  return surnameA === surnameB && leven(givenA, givenB) <= 3
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:[-'’]\p{L}\p{Ll}*)?$/u.test(word)
}

function countOf(text: string, part: string): number {
  let found = 0
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) found++
  return found
}

function count(iterator: Iterable<unknown>): number {
  let found = 0
  for (const _ of iterator) found++
  return found
}

function indexOrEnd(text: string, part: string, from: number): number {
  const at = text.indexOf(part, from)
  return at === -1 ? text.length : at
}
