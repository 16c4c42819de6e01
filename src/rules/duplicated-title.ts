import type {Sentence} from 'nlcst'
import {defineRule} from '../define-rule.js'
import type {SourceWindow} from '../rule.js'
import {AsciiRunTable} from '../util/ascii-runs.js'
import {isPinyinName, isPinyinSyllable} from '../util/pinyin.js'
import {sentenceTokens} from '../util/sentence-tokens.js'
import {chunkLength} from '../format.js'
import {asciiLettersEnd, isAsciiLetter} from '../util/char-codes.js'

/** Options of `duplicated-title`. */
export interface Options {
  /** Verbs that follow a name in a meeting report; a title chain before the name and one of these is reported. Default: `stressed`, `attended`, `presided`, `said`, `pointed`, `noted`, `emphasized`, `emphasised`, `chaired`, `delivered`, `spoke`, `urged`, `called`, `visited`, `inspected`, `met`. */
  verbs: string[]
}

/** A word or punctuation mark of a sentence, whitespace left out. */
interface Token {
  value: string
  /** Lowercase value. */
  key: string
  start: number
  end: number
  word: boolean
  capitalised: boolean
}

/** A title phrase: tokens `[from, to)`. */
interface Title {
  from: number
  to: number
}

// Head nouns of official titles; "secretary general" is one head, so it is
// matched before "secretary".
const heads = new Set([
  'secretary', 'secretary-general', 'member', 'head', 'director', 'director-general', 'minister',
  'mayor', 'governor', 'chairman', 'chairwoman', 'chairperson', 'commissar', 'commander', 'magistrate'
])
// A comma token, then `and` (U+0085 is white space to the parser, not to `\s`),
// tested where a comma stands.
const commaAnd = /,[\s\u0085]*and/iy
// Heads as runs of ASCII letters; a hyphenated head starts with one of them.
const headRuns = new AsciiRunTable([...heads].filter((word) => !word.includes('-')).map((word) => [word, true] as const))

/**
 * Whether the paragraph may hold a finding. Every finding needs a title, and
 * every title a head noun token: two titles for a chain, or one followed by
 * `, and` for a person named twice. The parser never cuts a token inside a run
 * of ASCII letters, and tokens are compared lowercased, so a head token is a
 * whole run equal to a head in any case (`K`, the Kelvin sign, lowercases to
 * `k`, which no head holds). The title runs on in words up to its comma, and a
 * word never holds a comma, so the `, and` of a person named twice follows
 * the first comma after the head.
 */
function mayHoldFinding(text: string): boolean {
  const length = text.length
  if (length > chunkLength) return mayHoldHeads(text)
  let heads = 0
  let headBeforeComma = false
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code === 44 && headBeforeComma) {
      commaAnd.lastIndex = index
      if (commaAnd.test(text)) return true
      headBeforeComma = false
    }
    if (!isAsciiLetter(code)) {
      index++
      continue
    }
    const start = index
    index = asciiLettersEnd(text, start)
    if (headRuns.get(text, start, index) === undefined) continue
    if (++heads >= 2) return true
    headBeforeComma = true
  }
  return false
}

// Tokens are compared lowercased, so a head noun is in the text in any case.
const headHint = new RegExp([...heads].join('|'), 'gi')
const anyCommaAnd = /,[\s\u0085]*and/i

// The same test on substrings, for text parsed in chunks.
function mayHoldHeads(text: string): boolean {
  headHint.lastIndex = 0
  if (!headHint.test(text)) return false
  return anyCommaAnd.test(text) || headHint.test(text)
}

// "chief minister" is one title, not "chief" and "minister".
const rankModifiers = new Set(['deputy', 'vice', 'executive', 'acting', 'first', 'chief'])
// Nouns an organ's name ends with, and the words that build such names.
const organNouns = new Set([
  'committee', 'government', 'congress', 'department', 'bureau', 'commission', 'province', 'city',
  'county', 'district', 'region', 'prefecture', 'township', 'office', 'ministry', 'council',
  'conference', 'league', 'federation', 'court', 'procuratorate', 'group', 'party', 'cpc', 'branch'
])
const organWords = new Set([
  ...organNouns, 'provincial', 'municipal', 'prefectural', 'standing', 'autonomous', "people's",
  'central', 'national', 'discipline', 'inspection', 'organization', 'organisation', 'publicity',
  'united', 'front', 'work', 'political', 'consultative', 'leading', 'supervision', 'supervisory', 'housing',
  'construction', 'public', 'security', 'civil', 'affairs', 'emergency', 'management', 'ecological',
  'environment', 'environmental', 'natural', 'resources', 'agriculture', 'rural', 'education', 'health',
  'finance', 'the', 'of'
])
const titleWords = new Set([...heads, ...rankModifiers, 'general'])
// Longest run of words before a head ("Xinjiang Uygur Autonomous Region Party
// committee executive deputy secretary") and after it ("of the Standing
// Committee of the … Party committee"); the bounds keep the scan linear.
const maxModifiers = 8
const maxComplement = 24

/**
 * `duplicated-title`: official titles run together or stacked before a name
 * in Chinese order, and one person split into two by a repeated name.
 */
export default defineRule<Options>(
  {
    id: 'duplicated-title',
    description: 'Find official titles run together, stacked before a name, or split across a repeated name.',
    details: [
      'Chinese writes a person\'s titles before the name, separated by the list comma 、 ("省委常委、市委书记王建军强调"). Machine translation keeps that order, runs the titles together without punctuation, or repeats the name for each title, so that one person reads as two. Published English puts the name first: "Wang Jianjun, a member of the Standing Committee of the provincial Party committee and secretary of the municipal Party committee, stressed".',
      '',
      'Reported are two titles with nothing between them, two or more titles joined only by commas before a romanised name and a verb such as `stressed` or `attended`, and `NAME, TITLE, and NAME, TITLE` with the same name twice. A suggestion is given where the boundaries are clear; otherwise the finding is for a person to read. One title before each of two names ("municipal committee, Secretary General Zhang Yonghai") is correct and never merged: nothing is deduplicated across a name.'
    ].join('\n'),
    category: 'fluency/grammar',
    fixes: ['suggest', 'flag'],
    defaultOptions: {
      verbs: ['stressed', 'attended', 'presided', 'said', 'pointed', 'noted', 'emphasized', 'emphasised', 'chaired', 'delivered', 'spoke', 'urged', 'called', 'visited', 'inspected', 'met']
    },
    examples: [
      {
        name: 'two titles run together',
        input:
          'Su Rong was Deputy Secretary of the municipal Party committee deputy secretary of the provincial Party committee, party secretary Wang Jianjun stressed the point.',
        messages: [
          '1:13-1:113: Titles run together: `Deputy Secretary of the municipal Party committee` and `deputy secretary of the provincial Party committee`'
        ],
        outputAll:
          'Su Rong was Deputy Secretary of the municipal Party committee and deputy secretary of the provincial Party committee, party secretary Wang Jianjun stressed the point.'
      },
      {
        name: 'titles stacked before the name',
        input:
          'Member of the Standing Committee of the provincial Party committee, secretary of the municipal Party committee Wang Jianjun presided over the meeting.',
        messages: [
          '1:1-1:124: Put the name `Wang Jianjun` before the titles it holds: `Wang Jianjun, Member of the Standing Committee of the provincial Party committee and secretary of the municipal Party committee,`'
        ],
        outputAll:
          'Wang Jianjun, Member of the Standing Committee of the provincial Party committee and secretary of the municipal Party committee, presided over the meeting.'
      },
      {
        name: 'stacked titles after a verb',
        input: 'The report by deputy governor, executive vice mayor Li Ming stressed reform.',
        messages: ['1:15-1:60: Titles are stacked before the name `Li Ming`; write the name first and join the titles with `and`']
      },
      {
        name: 'one person split in two',
        input:
          "Xu Xiangguo, the deputy governor of Heilongjiang Province, and Xu Xiangguo, the secretary of the Daxing'anling District Committee, attended.",
        messages: [
          '1:58-1:76: `Xu Xiangguo` is named again for a second title; one person holding both reads as two people'
        ],
        outputAll:
          "Xu Xiangguo, the deputy governor of Heilongjiang Province and the secretary of the Daxing'anling District Committee, attended."
      },
      {
        name: 'one title said twice, in English and in Chinese order',
        input: 'Wang Li, member of the Standing Committee of the county Party committee Standing Committee member, presided.',
        messages: [
          '1:10-1:98: Repeated title: `Standing Committee member` says `member of the Standing Committee of the county Party committee` again'
        ],
        outputAll: 'Wang Li, member of the Standing Committee of the county Party committee, presided.'
      },
      {
        name: 'the second title may be the next person’s',
        input: 'Attending were Wang Jun secretary of the county Party committee county magistrate Li Hua and others.',
        messages: [
          '1:25-1:82: Titles run together: `secretary of the county Party committee` and `county magistrate`; if `county magistrate` is `Li Hua`\'s title, a comma is missing between them'
        ]
      },
      {
        name: 'a county magistrate named again',
        input: 'Lu Jiawen, the deputy county magistrate, and Lu Jiawen, head of the county housing bureau, attended.',
        messages: ['1:40-1:56: `Lu Jiawen` is named again for a second title; one person holding both reads as two people'],
        outputAll: 'Lu Jiawen, the deputy county magistrate and head of the county housing bureau, attended.'
      },
      {
        name: 'one title for each of two people',
        input:
          'Municipal Committee, organization department minister Bi Xiaoning, municipal committee, Secretary General Zhang Yonghai attended the meeting.',
        messages: []
      },
      {
        name: 'the name first, titles joined with and',
        input:
          'Shi Taifeng, a member of the Political Bureau and head of the Organization Department, presided over the meeting.',
        messages: []
      },
      {
        name: 'titles joined with and before the name',
        input: 'Provincial Party Secretary and Governor Li Ming attended the meeting.',
        messages: []
      },
      {name: 'a secretary-general', input: 'UN Secretary General Guterres said the talks would go on.', messages: []},
      {
        name: 'options: other verbs',
        input: 'Deputy governor, executive vice mayor Li Ming wrote to the county.',
        options: {verbs: ['wrote']},
        messages: [
          '1:1-1:46: Put the name `Li Ming` before the titles it holds: `Li Ming, Deputy governor and executive vice mayor,`'
        ],
        outputAll: 'Li Ming, Deputy governor and executive vice mayor, wrote to the county.'
      }
    ]
  },
  function (context) {
    const verbs = new Set(context.options.verbs.map((verb) => verb.toLowerCase()))

    // Source ranges of plain prose in the current paragraph: a rewrite built
    // from source slices is only offered when it touches no markup.
    let prose: Array<[number, number]> = []

    return {
      paragraph(paragraph) {
        if (!mayHoldFinding(paragraph.text)) return
        prose = paragraph.proseRanges
        for (const child of paragraph.node.children) {
          if (child.type === 'SentenceNode') checkSentence(tokenize(child, context))
        }
      }
    }

    function checkSentence(tokens: Token[]): void {
      const titles = findTitles(tokens)
      let index = 0
      while (index < titles.length) {
        const chain = [titles[index]!]
        while (index + chain.length < titles.length && joinedBy(tokens, chain.at(-1)!, titles[index + chain.length]!) !== undefined) {
          chain.push(titles[index + chain.length]!)
        }
        checkChain(tokens, chain)
        index += chain.length
      }
      findSplitPerson(tokens, titles)
    }

    function checkChain(tokens: Token[], chain: Title[]): void {
      const last = chain.at(-1)!
      const nameStop = nameEnd(tokens, last.to, true)
      const named = chain.length >= 2 && nameStop !== undefined && verbs.has(tokens[nameStop]?.key ?? '')
      const cleanStart = chain[0]!.from === 0 || isBoundary(tokens[chain[0]!.from - 1]!)
      if (named && cleanStart) {
        const nameText = span(tokens, last.to, nameStop)
        const rewrite = `${nameText}, ${joinTitles(tokens, chain)},`
        context.report({
          start: tokens[chain[0]!.from]!.start,
          end: tokens[nameStop - 1]!.end,
          reason: `Put the name \`${nameText}\` before the titles it holds: \`${rewrite}\``,
          expected: offer(tokens[chain[0]!.from]!.start, tokens[nameStop - 1]!.end, [rewrite])
        })
        return
      }
      const runTogether = chain.findIndex((title, at) => at > 0 && joinedBy(tokens, chain[at - 1]!, title) === '')
      if (runTogether > 0) {
        const first = chain[runTogether - 1]!
        const second = chain[runTogether]!
        const firstText = span(tokens, first.from, first.to)
        const secondText = span(tokens, second.from, second.to)
        // "Member of the Standing Committee of the county Party committee
        // Standing Committee member": the second title says the first again.
        if (restates(tokens, first, second)) {
          context.report({
            start: tokens[first.from]!.start,
            end: tokens[second.to - 1]!.end,
            reason: `Repeated title: \`${secondText}\` says \`${firstText}\` again`,
            expected: offer(tokens[first.from]!.start, tokens[second.to - 1]!.end, [firstText])
          })
          return
        }
        // "Wang Jun secretary of the county Party committee county magistrate
        // Li Hua": the second title may be the next person's, so joining the
        // two with `and` could merge two people; a person decides.
        const nextName = nameEnd(tokens, second.to, true)
        if (nextName !== undefined) {
          context.report({
            start: tokens[first.from]!.start,
            end: tokens[second.to - 1]!.end,
            reason: `Titles run together: \`${firstText}\` and \`${secondText}\`; if \`${secondText}\` is \`${span(tokens, second.to, nextName)}\`'s title, a comma is missing between them`
          })
          return
        }
        context.report({
          start: tokens[first.from]!.start,
          end: tokens[second.to - 1]!.end,
          reason: `Titles run together: \`${firstText}\` and \`${secondText}\``,
          expected: offer(tokens[first.from]!.start, tokens[second.to - 1]!.end, [`${firstText} and ${secondText}`])
        })
        return
      }
      if (named) {
        context.report({
          start: tokens[chain[0]!.from]!.start,
          end: tokens[nameStop - 1]!.end,
          reason: `Titles are stacked before the name \`${span(tokens, last.to, nameStop)}\`; write the name first and join the titles with \`and\``
        })
      }
    }

    // "Xu Xiangguo, the deputy governor …, and Xu Xiangguo, the secretary …":
    // the second mention of the name is the artifact.
    function findSplitPerson(tokens: Token[], titles: Title[]): void {
      const titleStarts = new Map(titles.map((title) => [title.from, title]))
      for (let index = 0; index < tokens.length; index++) {
        const end = nameEnd(tokens, index, false)
        if (end === undefined || tokens[end]?.key !== ',') continue
        const key = keyOf(tokens, index, end)
        const title = titleStarts.get(end + 1) ?? titleStarts.get(end + 2) ?? titleStarts.get(end + 3)
        if (!title) continue
        const comma = title.to
        if (tokens[comma]?.key !== ',' || tokens[comma + 1]?.key !== 'and') continue
        const again = comma + 2
        const againEnd = nameEnd(tokens, again, false)
        if (againEnd === undefined || keyOf(tokens, again, againEnd) !== key) continue
        const stop = tokens[againEnd]?.key === ',' ? againEnd + 1 : againEnd
        context.report({
          start: tokens[comma]!.start,
          end: tokens[stop - 1]!.end,
          reason: `\`${span(tokens, index, end)}\` is named again for a second title; one person holding both reads as two people`,
          expected: offer(tokens[comma]!.start, tokens[stop - 1]!.end, [' and']),
          category: 'accuracy/addition'
        })
        index = stop - 1
      }
    }

    function joinTitles(tokens: Token[], chain: Title[]): string {
      const texts = chain.map((title) => span(tokens, title.from, title.to))
      return `${texts.slice(0, -1).join(', ')} and ${texts.at(-1)!}`
    }

    function offer(start: number, end: number, expected: string[]): string[] {
      return prose.some(([from, to]) => from <= start && end <= to) ? expected : []
    }

    function span(tokens: Token[], from: number, to: number): string {
      return context.slice(tokens[from]!.start, tokens[to - 1]!.end)
    }
  }
)

function tokenize(sentence: Sentence, source: SourceWindow): Token[] {
  return sentenceTokens(sentence, source).map((token) => ({
    value: token.value,
    key: token.placed ? token.value.toLowerCase() : '\uFFFC',
    start: token.start,
    end: token.end,
    word: token.word,
    capitalised: token.capitalised
  }))
}

function findTitles(tokens: Token[]): Title[] {
  const titles: Title[] = []
  let index = 0
  while (index < tokens.length) {
    const to = titleAt(tokens, index)
    if (to === undefined) {
      index++
    } else {
      titles.push({from: index, to})
      index = to
    }
  }
  return titles
}

// TITLE = organ words? rank? organ words? HEAD complement?, as in "county
// Party committee secretary", "deputy county magistrate", "deputy secretary
// of the municipal Party committee", "member of the Standing Committee of the
// provincial Party committee".
function titleAt(tokens: Token[], from: number): number | undefined {
  let index = from
  const limit = Math.min(tokens.length, from + maxModifiers)
  while (index < limit && organWords.has(tokens[index]!.key) && !isConnective(tokens[index]!.key)) index++
  while (index < limit && rankModifiers.has(tokens[index]!.key)) index++
  while (index < limit && organWords.has(tokens[index]!.key) && !isConnective(tokens[index]!.key)) index++
  const head = tokens[index]
  if (!head || !heads.has(head.key)) return undefined
  index++
  if (head.key === 'secretary' && tokens[index]?.key === 'general') index++
  return afterComplement(tokens, index)
}

function isConnective(key: string): boolean {
  return key === 'the' || key === 'of'
}

// "of the municipal Party committee", "of Heilongjiang Province", "of the
// Ministry of Water Resources": ends at the last organ noun or at the end of
// a capitalised run right after `of`; other capitalised runs count only when
// an organ noun closes them, so a following name ("… committee Wang
// Jianjun") is not swallowed.
function afterComplement(tokens: Token[], from: number): number {
  if (tokens[from]?.key !== 'of') return from
  let end = from
  let index = from + 1
  let afterOf = true
  const limit = Math.min(tokens.length, from + maxComplement)
  while (index < limit) {
    const token = tokens[index]!
    if (titleWords.has(token.key)) return beforeNextTitle(tokens, from, index, end)
    if (!token.word) break
    if (organWords.has(token.key)) {
      index++
      if (organNouns.has(token.key)) end = index
      afterOf = token.key === 'of' || (afterOf && token.key === 'the')
      // "… of the County Party Committee Standing Committee member": a
      // closing noun not followed by "of" or another organ noun ends the
      // organ's name, and the words after it open the next title.
      const next = tokens[index]
      if (closingNouns.has(token.key) && next && next.key !== 'of' && !organNouns.has(next.key) && organWords.has(next.key) && titleAhead(tokens, index)) return end
      continue
    }
    if (!token.capitalised) break
    index++
    if (afterOf) end = index
  }
  return end
}

// Whether organ words from `from` lead to a title's head ("Standing Committee member").
function titleAhead(tokens: Token[], from: number): boolean {
  let index = from
  while (index < tokens.length && index - from < maxModifiers && organWords.has(tokens[index]!.key) && !isConnective(tokens[index]!.key)) index++
  return heads.has(tokens[index]?.key ?? '')
}

// Nouns that close an organ's name; the organ words before a title's head
// that follow one ("… committee county magistrate") open the next title.
const closingNouns = new Set([
  'committee', 'government', 'congress', 'department', 'bureau', 'commission', 'office', 'ministry',
  'council', 'conference', 'league', 'federation', 'court', 'procuratorate', 'group', 'branch'
])

// The end of a complement that ran into the next title at `head`: the words
// before the head that cannot close an organ's name are that title's own.
function beforeNextTitle(tokens: Token[], from: number, head: number, end: number): number {
  let start = head
  while (start > from + 1 && organWords.has(tokens[start - 1]!.key) && !closingNouns.has(tokens[start - 1]!.key)) start--
  if (start === head || start >= end) return end
  while (start > from + 1 && !closingNouns.has(tokens[start - 1]!.key)) start--
  return start > from + 1 ? start : end
}

// Whether `second` has the head of `first` and no word that `first` lacks:
// the same title in Chinese order after the English one.
function restates(tokens: Token[], first: Title, second: Title): boolean {
  const words = (title: Title) => tokens.slice(title.from, title.to).filter((token) => token.word && !isConnective(token.key)).map((token) => token.key)
  const firstWords = words(first)
  const secondWords = words(second)
  const known = new Set(firstWords)
  const isHead = (word: string) => heads.has(word)
  return firstWords.find(isHead) === secondWords.find(isHead) && secondWords.every((word) => known.has(word))
}

function joinedBy(tokens: Token[], first: Title, second: Title): '' | ',' | undefined {
  if (second.from === first.to) return ''
  if (second.from === first.to + 1 && tokens[first.to]!.key === ',') return ','
  return undefined
}

function isBoundary(token: Token): boolean {
  return !token.word && /^[,;:(“"‘']$/.test(token.value)
}

// A name of two or three capitalised words; with `pinyin`, a Chinese name
// (surname of one syllable, given name of one or two).
function nameEnd(tokens: Token[], from: number, pinyin: boolean): number | undefined {
  let index = from
  while (index < tokens.length && index - from < 3) {
    const token = tokens[index]!
    if (!token.word || !token.capitalised || titleWords.has(token.key) || organWords.has(token.key)) break
    if (pinyin && !(index === from ? isPinyinSyllable(token.value) : isPinyinName(token.value))) break
    index++
  }
  return index - from >= 2 ? index : undefined
}

function keyOf(tokens: Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((token) => token.key).join(' ')
}
