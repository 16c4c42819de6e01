import {withoutVariants} from '../glossary/index.js'
import {casedLike, droppableArticle, isExcepted, phraseFinder} from '../glossary/match.js'
import {defineRule} from '../define-rule.js'
import type {Finding} from '../rule.js'
import {quoteCharacters} from '../util/quotes.js'
import {calques, type CalqueEntry} from './calque.data.js'

/** Options of `calque`. */
export interface Options {
  /**
   * Calques and their English forms, best first, merged over the shipped
   * table (a suggestion each); `[]` switches a shipped calque off. Default: `{}`.
   */
  phrases: Record<string, string[]>
}

// Quote marks a calque often stands in ("the 'landing check'"): passed over
// when the words around it are read.
const quoteMarks = `${quoteCharacters}「」『』`
// Words passed over when reading the word before a calque ("grasp the bull's
// nose", "prohibited to walk through the field").
const determiners = new Set(['the', 'a', 'an', 'this', 'these', 'that', 'those', 'our', 'their', 'its', 'his', 'her', 'to'])
const letter = /[\p{L}-]/u

/**
 * `calque`: a Chinese term or idiom translated word for word ("new crown
 * pneumonia" for 新冠肺炎, "sweeping black and removing evil" for 扫黑除恶)
 * instead of its established English form.
 */
export default defineRule<Options>(
  {
    id: 'calque',
    description: 'Find Chinese terms translated word for word and give their established English forms.',
    details: [
      'Machine translation renders some Chinese terms word by word: 新冠肺炎 becomes `new crown pneumonia` (COVID-19), 扫黑除恶 `sweeping black and removing evil` (combating organized crime), 红红脸、出出汗 `red face and sweating` (blush and sweat). The shipped table holds such calques of Party and government pages with the forms Xinhua, China Daily and the WHO use.',
      '',
      'Where the English form is a fixed name (`COVID-19`, `novel coronavirus`, `the mass line`) the fix is safe; `new crown` alone counts only before a word such as `epidemic`, `vaccine` or `cases`. An idiom gets a suggestion, since the sentence around it often needs rewording. `new coronavirus` and `red-faced and sweating` are English and are not flagged.',
      '',
      'Officialese idioms get the same treatment: 牛鼻子 `cow nose` (the key), 一肩挑 `one shoulder pick` (holding both posts), 河长 `river length` (river chief), 一把手 `number one hand` (top leader), 红头文件 `red-headed documents`, 三公经费 `three public expenses`, 放管服, 最多跑一次, 不忘初心 `do not forget the original heart`, 接地气, 老大难, 脱贫摘帽 `poverty hat`, 公车 (an official car, not a bus), 建档立卡, 压实责任 `compact the responsibility` and more. A variant that is English elsewhere counts only beside the words it calques with: `hard bones` after `gnaw` or `tackle`, `short boards` after `make up` or `fill`, `the bus` only when driven to a hometown or for private use, `river length` only as an office (`general river length`, `river length at all levels`, `the river length of the town` unless a measure is meant: `the total river length of the county`, `… of the city is 30 km`), `walk through the field` (走过场, go through the motions) only after a word that forbids or belittles it (`prohibited to`, `not`, `avoid`, `merely`), `sold the number` (销号, closed the case) only in a document on rectification. A calque of epidemic control (`dynamic clearing`, `landing check`, `flow adjustment`) counts only in a document that names the epidemic, COVID, a virus, nucleic acid tests or quarantine.',
      '',
      'The `phrases` option adds calques with their English forms, best first (`{"three rural issues": ["agriculture, rural areas and farmers"]}`), as suggestions; an empty list switches a shipped calque off (`{"face project": []}`).'
    ].join('\n'),
    category: 'accuracy/mistranslation',
    fixes: ['safe', 'suggest'],
    defaultOptions: {phrases: {}},
    examples: [
      {
        name: 'COVID-19 rendered word for word',
        input:
          'Since the new crown epidemic began, new crown pneumonia cases have fallen and the new crown virus has weakened in the fight against the new crown pneumonia.',
        messages: [
          '1:11-1:20: Expected the established form `COVID-19` for the calque `new crown`',
          '1:37-1:56: Expected the established form `COVID-19` for the calque `new crown pneumonia`',
          '1:83-1:98: Expected the established form `novel coronavirus` for the calque `new crown virus`',
          '1:133-1:156: Expected the established form `COVID-19` for the calque `the new crown pneumonia`'
        ],
        output:
          'Since the COVID-19 epidemic began, COVID-19 cases have fallen and the novel coronavirus has weakened in the fight against COVID-19.'
      },
      {
        name: 'idioms rendered word for word',
        input:
          'The special struggle of sweeping black and removing evil went on, and criticism should make red face and sweating the norm.',
        messages: [
          '1:25-1:57: Expected the established form `combating organized crime` for the calque `sweeping black and removing evil`',
          '1:93-1:114: Expected the established form `blush and sweat` for the calque `red face and sweating`'
        ],
        outputAll:
          'The special struggle of combating organized crime went on, and criticism should make blush and sweat the norm.'
      },
      {
        name: 'calques of officialese',
        input:
          'To grasp the cow nose of rural revitalization, the village realized the "one shoulder pick" of its secretary, the river length at all levels patrolled daily, and red-headed documents were cut.',
        messages: [
          '1:14-1:22: Expected the established form `key` for the calque `cow nose`',
          '1:74-1:91: Expected the established form `holding both posts` for the calque `one shoulder pick`',
          '1:115-1:141: Expected the established form `river chiefs at all levels` for the calque `river length at all levels`',
          '1:163-1:183: Expected the established form `official documents` for the calque `red-headed documents`'
        ],
        outputAll:
          'To grasp the key of rural revitalization, the village realized the "holding both posts" of its secretary, the river chiefs at all levels patrolled daily, and official documents were cut.'
      },
      {
        name: 'the bus and the official car',
        input: 'In 2021 he drove the bus back to his hometown, and three public expenses fell.',
        messages: [
          '1:18-1:25: Expected the established form `the official car` for the calque `the bus`',
          '1:52-1:73: Expected the established form `spending on official receptions, vehicles and overseas trips` for the calque `three public expenses`'
        ],
        outputAll: 'In 2021 he drove the official car back to his hometown, and spending on official receptions, vehicles and overseas trips fell.'
      },
      {
        name: 'a calque from the options',
        input: 'We will solve the three rural issues, and face projects are allowed.',
        options: {phrases: {'three rural issues': ['issues of agriculture, rural areas and farmers'], 'face projects': []}},
        messages: [
          '1:19-1:37: Expected the established form `issues of agriculture, rural areas and farmers` for the calque `three rural issues`'
        ],
        outputAll: 'We will solve the issues of agriculture, rural areas and farmers, and face projects are allowed.'
      },
      {
        name: 'calques of discipline, fraud and rectification pages',
        input:
          'The bureau chief was double opened last year. Cadres should bite the ears and pull the sleeves, it is prohibited to walk through the field, and each problem was rectified and sold the number. Police warned of "brushing single rebate" tricks.',
        messages: [
          '1:22-1:35: Expected the established form `expelled from the Party and dismissed from public office` for the calque `double opened`',
          '1:61-1:95: Expected the established form `give timely reminders` for the calque `bite the ears and pull the sleeves`',
          '1:117-1:139: Expected the established form `go through the motions` for the calque `walk through the field`',
          '1:176-1:191: Expected the established form `closed the case` for the calque `sold the number`',
          '1:211-1:233: Expected the established form `order-brushing rebate fraud` for the calque `brushing single rebate`'
        ],
        outputAll:
          'The bureau chief was expelled from the Party and dismissed from public office last year. Cadres should give timely reminders, it is prohibited to go through the motions, and each problem was rectified and closed the case. Police warned of "order-brushing rebate fraud" tricks.'
      },
      {
        name: 'a river chief of a town, and a river length that is a measure',
        input: 'The pond is looked after by the river length of the township. The total river length of the county is 800 km, and the river length of the city is 30 km.',
        messages: ['1:33-1:61: Expected the established form `river chief of the township` for the calque `river length of the township`'],
        outputAll: 'The pond is looked after by the river chief of the township. The total river length of the county is 800 km, and the river length of the city is 30 km.'
      },
      {
        name: 'a real field and a number sold',
        input: 'Farmers walk through the field every morning, we like to walk through the field to the river, and the shop sold the number 9 shirt.',
        messages: []
      },
      {
        name: 'English that only looks like a calque',
        input:
          'A cow nose ray swam by; the bull nose tiles cracked. She took the bus to her hometown, the river length is 300 km, the public car park closed, a small treasury of poems appeared, the hard bones of the skull healed, and the runner passed the last kilometer.',
        messages: []
      },
      {
        name: 'an epidemic calque outside an epidemic page',
        input: 'The county carried out the "dynamic clearing" of the problems found in the audit.',
        messages: []
      },
      {
        name: 'English forms and other crowns',
        input:
          'The new coronavirus spread; the king wore the new crown at the parade; officials were red-faced and sweating; the village chose a new crown design.',
        messages: []
      }
    ]
  },
  function (context) {
    const entries = tableWith(context.options.phrases)
    const finder = phraseFinder(entries)
    const subjectWords = [...new Set(entries.flatMap((entry) => entry.requires ?? []))]
    const subjects = new Set<string>()
    const waiting: Array<{finding: Finding; requires: string[]}> = []

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        noteSubjects(text)
        for (const match of finder.find(text)) {
          if (match.phrase.official) continue
          const entry = match.phrase.entry as CalqueEntry
          if (entry.followedBy && !entry.followedBy.some((words) => followedBy(text, match.end, words))) continue
          if (entry.notFollowedBy?.some((words) => followedBy(text, match.end, words))) continue
          if (entry.precededBy && !wordsBefore(text, match.start).some((word) => entry.precededBy!.includes(word))) continue
          if (isExcepted(text, match.start, match.end, entry)) continue
          // "against the new crown pneumonia." → "against COVID-19.": a name takes no article.
          const from = entry.noArticle ? (droppableArticle(text, match.start, match.end) ?? match.start) : match.start
          const actual = text.slice(from, match.end)
          const replacement = casedLike(entry.official, actual)
          const alternatives = (entry.alternatives ?? []).map((form) => casedLike(form, actual))
          const [start, end] = paragraph.sourceRange(from, match.end)
          const finding: Finding = {
            start,
            end,
            reason: `Expected the established form \`${replacement}\` for the calque \`${actual}\``,
            expected: [replacement, ...alternatives],
            fix: entry.fix === 'safe' ? 'safe' : 'suggest',
            actual
          }
          // A calque that is one only in its subject ("dynamic clearing" of
          // COVID cases, not of problems found) waits for the document to name it.
          if (entry.requires && !entry.requires.some((word) => subjects.has(word))) waiting.push({finding, requires: entry.requires})
          else context.report(finding)
        }
      },
      end() {
        for (const {finding, requires} of waiting) {
          if (requires.some((word) => subjects.has(word))) context.report(finding)
        }
      }
    }

    // The words of `requires` the document has named so far.
    function noteSubjects(text: string): void {
      if (subjectWords.length === subjects.size) return
      const lower = text.toLowerCase()
      for (const word of subjectWords) if (lower.includes(word)) subjects.add(word)
    }
  }
)

// Built once per `phrases` option, so its finder is too (`phraseFinder` caches by table).
const tablesWith = new WeakMap<object, CalqueEntry[]>()

// The shipped calques with a user's phrases over them: a user's phrase
// leaves the shipped entry that had it, and a non-empty one becomes an entry.
function tableWith(phrases: Readonly<Record<string, string[]>>): CalqueEntry[] {
  const keys = Object.keys(phrases)
  if (keys.length === 0) return calques
  const cached = tablesWith.get(phrases)
  if (cached) return cached
  const shipped = withoutVariants(calques, new Set(keys.map((key) => key.trim().toLowerCase())))
  const added = keys.flatMap((key) => {
    const forms = phrases[key]!
    return forms.length === 0 ? [] : [{official: forms[0]!, alternatives: forms.slice(1), variants: [key], fix: 'suggest' as const}]
  })
  const table = [...shipped, ...added]
  tablesWith.set(phrases, table)
  return table
}

// Whether `words` (lowercase) come next after `index`, past quote marks and spaces.
function followedBy(text: string, index: number, words: string): boolean {
  let at = index
  while (quoteMarks.includes(text[at] ?? '.')) at++
  const spaceStart = at
  while (text[at] === ' ' || text[at] === '\t' || text[at] === '\u00A0') at++
  if (at === spaceStart) return false
  while (quoteMarks.includes(text[at] ?? '.')) at++
  return text.slice(at, at + words.length).toLowerCase() === words && !letter.test(text[at + words.length] ?? '')
}

// The word before `index` (lowercase), and the one before it when the first
// is a determiner or `to`; quote marks and spaces passed over, any other mark ends the search.
function wordsBefore(text: string, index: number): string[] {
  const words: string[] = []
  let at = index
  while (words.length < 2) {
    while (at > 0 && (text[at - 1] === ' ' || quoteMarks.includes(text[at - 1]!))) at--
    const end = at
    while (at > 0 && letter.test(text[at - 1]!)) at--
    if (at === end) break
    const word = text.slice(at, end).toLowerCase()
    words.push(word)
    if (!determiners.has(word)) break
  }
  return words
}
