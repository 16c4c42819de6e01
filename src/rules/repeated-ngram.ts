import type {Sentence} from 'nlcst'
import {defineRule} from '../define-rule.js'
import type {FixLevel, SourceWindow} from '../rule.js'
import {isPinyinSyllable} from '../util/pinyin.js'
import {hyphenatedReduplicatives, reduplicatedPlaceNames} from '../util/reduplication.js'
import {sentenceTokens} from '../util/sentence-tokens.js'

/** Options of `repeated-ngram`. */
export interface Options {
  /** Longest repeated span looked for, in tokens (words and punctuation). Default: `12`. */
  maxTokens: number
  /** Fewest words a sentence needs to be reported when it recurs later in its paragraph, not next to itself. Default: `8`. */
  minSentenceWords: number
  /** Whether to report a word joined to itself, `W and W` / `W or W`, and a name joined to itself by a hyphen, `W-W`. Default: `true`. */
  xAndX: boolean
  /** Words whose `W and W` doubling is idiomatic. Default: `again`, `over`, `on`, `round`, `through`, `by`, `time`, `lots`, `masses`, `miles`, … (see the source). */
  allowPairs: string[]
}

/** A word or a punctuation mark of the paragraph, whitespace left out. */
interface Token {
  /** Lowercase value; what copies are compared by. */
  key: string
  start: number
  end: number
  /** Whether it is a word with at least one letter. */
  lettered: boolean
  word: boolean
  capitalised: boolean
  /** Index of its sentence in the paragraph. */
  sentence: number
  /** Brackets open around it in its sentence. */
  depth: number
}

/** A span repeated two or more times in a row. */
interface Loop {
  /** Index of the first token of the first copy. */
  from: number
  /** Tokens in one copy. */
  size: number
  copies: number
  /** Index after the last token of the last copy. */
  to: number
  commas: boolean
}

// Idiomatic `W and W`: motion and duration ("over and over", "time and time
// again"), vague quantities ("lots and lots"), fixed phrases ("two and two").
const defaultAllowPairs = [
  'again', 'over', 'on', 'round', 'around', 'through', 'by', 'up', 'down', 'out', 'in', 'ever', 'time',
  'more', 'less', 'far', 'so', 'such', 'one', 'two',
  'lots', 'masses', 'tons', 'heaps', 'loads', 'piles', 'miles', 'hours', 'days', 'weeks', 'months',
  'years', 'decades', 'ages', 'rows', 'layers', 'pages', 'dozens', 'hundreds', 'thousands', 'millions', 'billions'
]

// Words that let a repeated phrase go on and narrow it ("the cost, the cost
// of labour"), a deliberate figure rather than a loop.
const narrowers = new Set(['of', 'with', 'for', 'that', 'which', 'who', 'whose', 'where', 'in', 'on', 'at', 'from'])
// Words that open the noun phrase of a narrowing figure ("the cost, the cost of labour").
const determiners = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'every',
  'each', 'some', 'any', 'no'
])
// Most words before a doubled word that still read as one short list item
// ("general branch, branch").
const maxListItem = 4
// Marks that end a sentence and are left out when its end is compared.
const terminals = new Set(['.', '!', '?', '\u3002', '\uFF01', '\uFF1F'])
// Fewest words in a sentence end taken up again as the next sentence.
const minEchoWords = 4
// Fewest words in a copy that the next sentence goes on from: shorter ones
// are names and terms taken up again as a subject.
const minSeamWords = 8

// Signs that end a figure, so that a copy may end with them: "has reached 91.3%".
const units = new Set(['%', '\u2030', '\u00B0', '\u2103'])
const interjections = new Set(['no', 'yes', 'well', 'now', 'there', 'come', 'please', 'oh', 'ah', 'okay', 'ok', 'go', 'bye', 'hey', 'right', 'sure', 'wait', 'thanks'])

/**
 * `repeated-ngram`: a phrase written twice in a row, a looping sentence, and
 * a word joined to itself by `and` — decoding loops of machine translation.
 */
export default defineRule<Options>(
  {
    id: 'repeated-ngram',
    description: 'Find a phrase or sentence written twice in a row, and a word joined to itself by `and`.',
    details: [
      'Machine translation sometimes loops: it writes a phrase of two to twelve words twice in a row ("in the middle of the table in the middle of the table"), lists one word over and over ("Bern, Bern, Bern"), repeats a whole sentence, or repeats the end of a sentence as the next one ("…said that the plan is the basis of all cooperation. The plan is the basis of all cooperation."). Copies are compared without regard to case, and one comma may stand between them.',
      '',
      'A copy of three or more words that follows directly is removed safely. A two-word copy, a copy after a comma (which can be deliberate emphasis: "do not worry, do not worry"), a copy across a sentence boundary, a repeated sentence and a sentence that copies the end of the one before (four words or more) are suggestions; a sentence that begins with such a copy and goes on is flagged when the copy has eight words or more (a shorter one is usually a name or term taken up again as the subject). A single word repeated is left to `repeated-word`, except a comma-separated run of three or more, and a word doubled after a comma with nothing following it ("social status, status -"); a doubled word that goes on ("very, very different", "general meetings, meetings of the committee") or ends a list in brackets or after a comma ("Party committee (general branch, branch)", "committees, general branches, branches": levels, not a stutter) is left alone. Copies must match in case except at their first letter, and two comma-separated copies that hold a number beside another value ("negative 120 degrees, negative 120 degrees, 0 degrees"), are a proper name ("New York, New York", but not a name that is a whole item of a list twice: "Zhou Min, Tan Jianguo, Tan Jianguo and…") or go on to narrow the phrase ("the cost, the cost of labour") are read as deliberate.',
      '',
      'A clause of four words or more joined by `and` to a copy of itself ("…, firmly curb the spread of floods, and firmly curb the spread of floods") is flagged: which copy to keep is for a person to decide. Clauses that differ ("curb the spread of floods, and curb the spread of disease") are not.',
      '',
      'A word joined to itself by `and` or `or` ("financing and financing", "health and health departments") usually means a Chinese compound (融资融券, 卫生健康) was split into two renderings of one of its halves; it is reported for a person to decide. Idioms ("again and again", "faster and faster", "lots and lots") and rhetorical runs ("study, study and study again") are not reported.',
      '',
      'A name joined to itself by a hyphen or dash ("the Vietnam-Vietnam partnership", where 越新 meant Vietnam–New Zealand) has probably lost its second name; it is flagged. Lowercase doubles are words ("so-so", "hush-hush"), and title-case reduplicatives ("Win-Win"), doubled place names ("Baden-Baden", "Bora-Bora") and Chinese given names ("Li-Li") are not reported.'
    ].join('\n'),
    category: 'accuracy/addition',
    fixes: ['safe', 'suggest', 'flag'],
    defaultOptions: {maxTokens: 12, minSentenceWords: 8, xAndX: true, allowPairs: defaultAllowPairs},
    examples: [
      {
        name: 'phrase written twice',
        input: 'She was seen sitting in the middle of the table in the middle of the table, but also on the stage.',
        messages: ['1:22-1:75: Remove the repeated phrase `in the middle of the table`'],
        output: 'She was seen sitting in the middle of the table, but also on the stage.'
      },
      {
        name: 'two-word copy is only a suggestion',
        input: 'If no unit is left, the developer The developer may exchange the property.',
        messages: ['1:21-1:48: Remove the repeated phrase `the developer`'],
        output: 'If no unit is left, the developer The developer may exchange the property.',
        outputAll: 'If no unit is left, the developer may exchange the property.'
      },
      {
        name: 'copy after a comma is only a suggestion',
        input: 'Go to the sales office, do not worry, do not worry.',
        messages: ['1:25-1:51: Remove the repeated phrase `do not worry`'],
        output: 'Go to the sales office, do not worry, do not worry.',
        outputAll: 'Go to the sales office, do not worry.'
      },
      {
        name: 'comma-separated loop of one word',
        input: 'They visited the University of Bern, Bern, Bern, Bern and the old town.',
        messages: ['1:32-1:54: Remove the 3 repeated copies of `Bern`'],
        output: 'They visited the University of Bern, Bern, Bern, Bern and the old town.',
        outputAll: 'They visited the University of Bern and the old town.'
      },
      {
        name: 'lone word doubled after a comma',
        input: 'We look at relative income or social status, status - the size of the gap.',
        messages: ['1:38-1:52: Remove the repeated word `status`'],
        output: 'We look at relative income or social status, status - the size of the gap.',
        outputAll: 'We look at relative income or social status - the size of the gap.'
      },
      {
        name: 'sentence written twice',
        input: 'The meeting heard the report. The meeting heard the report. Work went on.',
        messages: ['1:30-1:60: Remove the repeated sentence `The meeting heard the report.`'],
        output: 'The meeting heard the report. The meeting heard the report. Work went on.',
        outputAll: 'The meeting heard the report. Work went on.'
      },
      {
        name: 'word joined to itself',
        input: 'Regulators tightened financing and financing rules.',
        messages: ['1:22-1:45: `financing and financing` joins a word to itself; a term may have been split in translation']
      },
      {
        name: 'copy with a figure after a comma',
        input: 'By June the coverage in the town has reached 88.5%, has reached 88.5%, above the county average.',
        messages: ['1:34-1:70: Remove the repeated phrase `has reached 88.5%`'],
        output: 'By June the coverage in the town has reached 88.5%, has reached 88.5%, above the county average.',
        outputAll: 'By June the coverage in the town has reached 88.5%, above the county average.'
      },
      {
        name: 'end of a sentence repeated as the next',
        input: 'He said that the plan is the basis of all cooperation. The plan is the basis of all cooperation. Talks went on.',
        messages: ['1:55-1:97: Remove the sentence `The plan is the basis of all cooperation.`, a copy of the end of the sentence before'],
        output: 'He said that the plan is the basis of all cooperation. The plan is the basis of all cooperation. Talks went on.',
        outputAll: 'He said that the plan is the basis of all cooperation. Talks went on.'
      },
      {
        name: 'sentence that goes on from a copy of the end of the one before',
        input: 'In the survey, 35% said that "jobs at home are easier to find". 35% said that "jobs at home are easier to find" and 20% said that pay is better.',
        messages: ['1:65-1:112: The sentence begins with a copy of the end of the one before, `35% said that "jobs at home are easier to find"`; remove one copy']
      },
      {
        name: 'name joined to itself',
        input: 'The leaders praised the Vietnam-Vietnam partnership.',
        messages: ['1:25-1:40: `Vietnam-Vietnam` joins a name to itself; the second name was probably lost in translation']
      },
      {
        name: 'idiomatic doubling',
        input: 'Prices rose faster and faster, step by step, again and again, and more and more people came; there were lots and lots of them.',
        messages: []
      },
      {name: 'rhetorical run', input: 'Lenin said: study, study and study again.', messages: []},
      {name: 'emphasis with one word', input: 'The colours are very, very different.', messages: []},
      {name: 'single word left to repeated-word', input: 'Police broke up a protest protest in the square.', messages: []},
      {
        name: 'headline repeated as the first line',
        input: 'Hunan holds a work conference\n\nHunan holds a work conference\n\nThe conference opened today.',
        messages: []
      },
      {
        name: 'doubled word that goes on',
        input: 'They hold general meetings, meetings of branch committees and Party classes. No, no.',
        messages: []
      },
      {
        name: 'same words, new phrase',
        input: 'To help the jobless in the district, the District Committee ran a survey.',
        messages: []
      },
      {name: 'copy narrowed after a comma', input: 'Think about the cost, the cost of labour.', messages: []},
      {
        name: 'verb phrase written twice, the second going on',
        input: 'The county will repair the schools and build a safe campus, build a safe campus in every village.',
        messages: ['1:40-1:80: Remove the repeated phrase `build a safe campus`'],
        outputAll: 'The county will repair the schools and build a safe campus in every village.'
      },
      {
        name: 'a count written twice',
        input: 'For the other 3 cases, 3 cases which need more time will be closed by May.',
        messages: ['1:15-1:31: Remove the repeated phrase `3 cases`'],
        outputAll: 'For the other 3 cases which need more time will be closed by May.'
      },
      {name: 'a noun phrase narrowed after a comma', input: 'They studied a plan, a plan for every village, and our goal, our goal of full coverage.', messages: []},
      {
        name: 'list of values',
        input: 'Decode it into a series of angles: negative 120 degrees, negative 120 degrees, 0 degrees.',
        messages: []
      },
      {name: 'city and state', input: 'He moved to New York, New York in 1990.', messages: []},
      {
        name: 'a name twice in a list',
        input: 'Present were county leaders Zhou Min, Tan Jianguo, Tan Jianguo and the heads of the bureaus.',
        messages: ['1:39-1:63: Remove the repeated phrase `Tan Jianguo`'],
        output: 'Present were county leaders Zhou Min, Tan Jianguo, Tan Jianguo and the heads of the bureaus.',
        outputAll: 'Present were county leaders Zhou Min, Tan Jianguo and the heads of the bureaus.'
      },
      {
        name: 'a clause joined to a copy of itself',
        input: 'We will check every dike, firmly curb the spread of floods, and firmly curb the spread of floods.',
        messages: ['1:65-1:97: The clause `firmly curb the spread of floods` repeats the words before its `and`; remove one copy']
      },
      {
        name: 'clauses that differ',
        input: 'They will curb the spread of floods, and curb the spread of disease; more and more people, and more and more towns, joined.',
        messages: []
      },
      {name: 'list of values seen out of step', input: 'The angles were 0 degrees, minus 120 degrees, minus 120 degrees.', messages: []},
      {name: 'list in brackets', input: 'Each Party committee (general branch, branch) held a meeting.', messages: []},
      {
        name: 'name taken up again as the subject',
        input: 'The forum was part of the Belt and Road Initiative. The Belt and Road Initiative was proposed in 2013.',
        messages: []
      },
      {
        name: 'hyphenated doubles that are words or names',
        input: 'It was a so-so year of hush-hush talks and tut-tut, pooh-pooh replies, but a Win-Win deal; trips to Baden-Baden and Bora-Bora, Walla Walla and Sing Sing; Li-Li met Lang Lang.',
        messages: []
      },
      {name: 'same surname for two people', input: 'The prize went to Li and Li.', messages: []},
      {
        name: 'options: shorter spans only',
        input: 'She sat in the middle of the table in the middle of the table.',
        options: {maxTokens: 4},
        messages: []
      }
    ]
  },
  function (context) {
    const {maxTokens, minSentenceWords, xAndX} = context.options
    const allowPairs = new Set(context.options.allowPairs.map((word) => word.toLowerCase()))

    // Source ranges of plain prose in the current paragraph: a rewrite built
    // from source slices is only offered when it touches no markup.
    let prose: Array<[number, number]> = []

    return {
      paragraph(paragraph) {
        if (!mayRepeat(paragraph.text, minSentenceWords, xAndX)) return
        prose = paragraph.proseRanges
        const sentences: Sentence[] = []
        for (const child of paragraph.node.children) {
          if (child.type === 'SentenceNode') sentences.push(child)
        }
        const tokens = tokenize(sentences, context)
        findLoops(tokens)
        findRepeatedSentences(sentences, tokens)
        findEchoedEnds(sentences, tokens)
        findRepeatedClauses(tokens)
        if (xAndX) findSelfPairs(tokens)
      }
    }

    function offer(start: number, end: number, expected: string[]): string[] {
      return prose.some(([from, to]) => from <= start && end <= to) ? expected : []
    }

    function findLoops(tokens: Token[]): void {
      let index = 0
      while (index < tokens.length) {
        const loop = loopAt(tokens, index)
        if (loop) {
          reportLoop(tokens, loop)
          index = loop.to
        } else {
          index++
        }
      }
    }

    // The shortest unit wins, so "Bern, Bern, Bern" is one loop of "Bern"
    // rather than a loop of "Bern, Bern". Copies are counted up to three
    // before deciding, and in full only for a loop that is reported and then
    // skipped, which keeps the scan linear ("the the the …" is not a loop).
    function loopAt(tokens: Token[], from: number): Loop | undefined {
      if (!tokens[from]!.word) return undefined
      for (let size = 1; size <= maxTokens && from + size <= tokens.length; size++) {
        if (!tokens[from + size - 1]!.word && !units.has(tokens[from + size - 1]!.key)) continue
        const probe = extend(tokens, from, size, 3)
        if (probe.copies < 2 || isPeriodic(tokens, from, size)) continue
        if (isReportable(tokens, probe)) return probe.copies < 3 ? probe : extend(tokens, from, size, Infinity)
      }
      return undefined
    }

    function isReportable(tokens: Token[], loop: Loop): boolean {
      const unit = tokens.slice(loop.from, loop.from + loop.size)
      // "We met. We met.": whole sentences are compared as sentences.
      if (unit[0]!.sentence !== unit.at(-1)!.sentence) return false
      if (loop.size === 1) return unit[0]!.lettered && loop.commas && (loop.copies >= 3 || isBareDouble(tokens, loop))
      // A count is a word of the copy: "4 problems, 4 problems which…".
      const counted = unit.filter((token) => token.lettered || (token.word && /^\p{N}/u.test(token.key))).length
      if (counted < 2 || !unit.some((token) => token.lettered)) return false
      // "financing and financing and", "and more and more": the pair is the
      // finding or the idiom, see `findSelfPairs`.
      const conjunctions = unit.filter((token) => token.key === 'and' || token.key === 'or').length
      if (unit.length === 2 && conjunctions > 0) return false
      const last = unit.at(-1)!.key
      if (last === 'and' || last === 'or') return false
      const numbered = unit.some((token) => /\p{N}/u.test(token.key))
      // "0 degrees, minus 120 degrees, minus 120 degrees" read from `degrees`:
      // a list of values seen out of step.
      if (numbered && unit.some((token) => token.key === ',')) return false
      if (loop.commas && loop.copies === 2) {
        // "New York, New York": a city and its state. A name that is a whole
        // item of a list twice ("Ouyang Min, Liu Hua, Liu Hua and …") is a loop.
        if (unit.every((token) => !token.word || token.capitalised) && !isListItemTwice(tokens, loop)) return false
        // "negative 120 degrees, negative 120 degrees, 0 degrees": a list of
        // values. "has reached 91.3%, has reached 91.3%, higher than" is a loop.
        if (numbered && isValueList(tokens, loop)) return false
        // "Think about the cost, the cost of labour": the copy is narrowed. A
        // noun phrase is narrowed so, not a verb phrase or a count: "build a
        // fortress, build a fortress in every school", "4 problems, 4 problems which".
        if (narrowers.has(tokens[loop.to]?.key ?? '') && determiners.has(unit[0]!.key)) return false
      }
      return true
    }

    // "social status, status -": a lone word doubled with nothing after it.
    // Doubled words that go on ("very, very different", "general meetings,
    // meetings of the committee") and interjections ("No, no.") are left alone.
    // A list is not a stutter: "Party committee (general branch, branch)" and
    // "Party committees, general branches, branches" name different levels.
    function isBareDouble(tokens: Token[], loop: Loop): boolean {
      const second = tokens[loop.to - 1]!
      const after = tokens[loop.to]
      if (second.capitalised || interjections.has(second.key) || second.depth > 0) return false
      if (endsListItem(tokens, loop.from)) return false
      return after === undefined || (!after.word && after.key !== ',' && !closers.has(after.key))
    }

    // Whether the word at `index` ends a short item after a comma. An item
    // after `and`/`or` closes its list: "relative income, or social status,
    // status" stutters.
    function endsListItem(tokens: Token[], index: number): boolean {
      const sentence = tokens[index]!.sentence
      for (let at = index - 1; at >= 0 && at >= index - maxListItem; at--) {
        const token = tokens[at]!
        if (token.sentence !== sentence || token.key === 'and' || token.key === 'or') return false
        if (token.key === ',' || token.key === '\u3001' || token.key === ';') return true
      }
      return false
    }

    // Whether the two copies are each a whole item of a comma list: a list
    // item before them, and the list going on or ending after them.
    function isListItemTwice(tokens: Token[], loop: Loop): boolean {
      const before = tokens[loop.from - 1]
      const after = tokens[loop.to]
      if (!before || before.sentence !== tokens[loop.from]!.sentence || !listSeparators.has(before.key)) return false
      return !after || after.sentence !== before.sentence || listSeparators.has(after.key) || after.key === 'and' || after.key === 'or' || terminals.has(after.key)
    }

    // Whether the copies are items of a list with another value beside them:
    // the item after the last copy or before the first holds a number.
    function isValueList(tokens: Token[], loop: Loop): boolean {
      const sentence = tokens[loop.from]!.sentence
      const holdsNumber = (from: number, step: number): boolean => {
        for (let index = from, seen = 0; seen < maxTokens; index += step, seen++) {
          const token = tokens[index]
          if (!token || token.sentence !== sentence || token.key === ',' || token.key === ';') return false
          if (/\p{N}/u.test(token.key)) return true
        }
        return false
      }
      const after = tokens[loop.to]?.key
      const before = tokens[loop.from - 1]?.key
      return (
        ((after === ',' || after === 'and' || after === 'or') && holdsNumber(loop.to + 1, 1)) ||
        ((before === ',' || before === 'and' || before === ':') && holdsNumber(loop.from - 2, -1))
      )
    }

    function reportLoop(tokens: Token[], loop: Loop): void {
      const first = tokens[loop.from]!
      const last = tokens[loop.to - 1]!
      const unitEnd = tokens[loop.from + loop.size - 1]!.end
      const unit = context.slice(first.start, unitEnd)
      const words = tokens.slice(loop.from, loop.from + loop.size).filter((token) => token.lettered).length
      const crossesSentence = first.sentence !== last.sentence
      const fix: FixLevel = words >= 3 && !loop.commas && !crossesSentence ? 'safe' : 'suggest'
      context.report({
        start: first.start,
        end: last.end,
        reason:
          loop.copies === 2
            ? `Remove the repeated ${loop.size === 1 ? 'word' : 'phrase'} \`${unit}\``
            : `Remove the ${loop.copies - 1} repeated copies of \`${unit}\``,
        expected: offer(first.start, last.end, [unit]),
        fix
      })
    }

    // A sentence again right after itself, or a long one again later on.
    // Paragraphs are not compared: a headline repeated as the first line of
    // the body is a layout habit, not a loop.
    function findRepeatedSentences(sentences: Sentence[], tokens: Token[]): void {
      const keys: string[] = sentences.map(() => '')
      const wordCounts: number[] = sentences.map(() => 0)
      for (const token of tokens) {
        keys[token.sentence] += `${token.key} `
        if (token.lettered) wordCounts[token.sentence]!++
      }
      const seen = new Set<string>()
      for (let index = 1; index < sentences.length; index++) {
        const key = keys[index]!
        const words = wordCounts[index]!
        if (index > 0 && key === keys[index - 1]! && words >= 3) {
          reportSentence(sentences, index)
        } else if (words >= minSentenceWords && seen.has(key)) {
          reportSentence(sentences, index)
        }
        seen.add(keys[index - 1]!)
      }
    }

    function reportSentence(sentences: Sentence[], index: number): void {
      const sentence = sentences[index]!
      const start = sentences[index - 1]!.position?.end.offset
      const sentenceStart = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start === undefined || sentenceStart === undefined || end === undefined) return
      const text = context.slice(sentenceStart, end)
      context.report({start, end, reason: `Remove the repeated sentence \`${shorten(text)}\``, expected: offer(start, end, ['']), fix: 'suggest'})
    }

    // "the Vietnam-Vietnam partnership" for 越新 (Vietnam–New Zealand): a
    // name joined to itself, the second name lost. Only capitalised halves
    // count: lowercase doubles are words ("so-so", "win-win").
    function findSelfJoin(token: Token): void {
      const text = context.slice(token.start, token.end)
      const halves = text.split('-')
      for (let index = 1; index < halves.length; index++) {
        if (isSelfJoin(halves[index - 1]!, halves[index]!)) {
          reportSelfJoin(token.start, token.end)
          return
        }
      }
    }

    function findDashedSelfJoin(first: Token, dash: Token, second: Token): void {
      if (first.end !== dash.start || dash.end !== second.start || !first.word || !second.word) return
      if (isSelfJoin(context.slice(first.start, first.end), context.slice(second.start, second.end))) reportSelfJoin(first.start, second.end)
    }

    function reportSelfJoin(start: number, end: number): void {
      context.report({
        start,
        end,
        reason: `\`${context.slice(start, end)}\` joins a name to itself; the second name was probably lost in translation`,
        category: 'accuracy/mistranslation'
      })
    }

    // "…he said that the plan is the basis of all cooperation. The plan is
    // the basis of all cooperation.": a sentence that begins with the end of
    // the one before. A whole sentence that is such a copy is offered for
    // removal; a copy that goes on ("…in China". 32% believe that … in China"
    // and 22% …) is flagged, since only a person can mend the seam.
    function findEchoedEnds(sentences: Sentence[], tokens: Token[]): void {
      const bounds: number[] = [0]
      for (let index = 0; index < tokens.length; index++) {
        const next = tokens[index + 1]
        if (!next || next.sentence !== tokens[index]!.sentence) bounds.push(index + 1)
      }
      for (let index = 2; index < bounds.length; index++) {
        const previousStart = bounds[index - 2]!
        let previousEnd = bounds[index - 1]!
        const start = previousEnd
        let end = bounds[index]!
        while (previousEnd > previousStart && terminals.has(tokens[previousEnd - 1]!.key)) previousEnd--
        while (end > start && terminals.has(tokens[end - 1]!.key)) end--
        const size = overlap(tokens, previousStart, previousEnd, start, end)
        // The whole sentence again is `findRepeatedSentences`' finding.
        if (size === 0 || size === previousEnd - previousStart) continue
        let words = 0
        for (let at = start; at < start + size; at++) if (tokens[at]!.lettered) words++
        if (words < minEchoWords) continue
        const sentence = tokens[start]!.sentence
        const whole = size === end - start
        if (whole) {
          reportEcho(sentences, sentence)
          continue
        }
        // A name or term taken up again as a subject ("…the Belt and Road
        // Initiative. The Belt and Road Initiative was proposed…") is prose.
        if (words < minSeamWords) continue
        const first = tokens[start]!
        const last = tokens[start + size - 1]!
        context.report({
          start: first.start,
          end: last.end,
          reason: `The sentence begins with a copy of the end of the one before, \`${context.slice(first.start, last.end)}\`; remove one copy`,
          expected: [],
          fix: 'flag'
        })
      }
    }

    // "…prevent major accidents, and prevent major accidents.": a clause
    // joined to a copy of itself by `and`, the copy ending where the clause
    // does. Only flagged: which copy to keep, and whether a verb was lost
    // between them, only a person can tell.
    function findRepeatedClauses(tokens: Token[]): void {
      // Every `and` of a clause shares its end: found once, so a clause of
      // many `and`s is not scanned once for each.
      let end = 0
      for (let index = 1; index + 1 < tokens.length; index++) {
        const and = tokens[index]!
        if (and.key !== 'and') continue
        const sentence = and.sentence
        const before = tokens[index - 1]!.key === ',' ? index - 1 : index
        if (end <= index) {
          end = index + 1
          while (end < tokens.length && tokens[end]!.sentence === sentence && !clauseEnds.has(tokens[end]!.key)) end++
        }
        const size = end - index - 1
        const from = before - size
        if (size === 0 || from < 0 || tokens[from]!.sentence !== sentence || !sameSpan(tokens, from, index + 1, size)) continue
        let words = 0
        for (let at = index + 1; at < end; at++) if (tokens[at]!.lettered) words++
        if (words < minClauseWords) continue
        const first = tokens[index + 1]!
        const last = tokens[end - 1]!
        context.report({
          start: first.start,
          end: last.end,
          reason: `The clause \`${shorten(context.slice(first.start, last.end))}\` repeats the words before its \`and\`; remove one copy`,
          expected: [],
          fix: 'flag'
        })
        index = end - 1
      }
    }

    function reportEcho(sentences: Sentence[], index: number): void {
      const start = sentences[index - 1]!.position?.end.offset
      const sentenceStart = sentences[index]!.position?.start.offset
      const end = sentences[index]!.position?.end.offset
      if (start === undefined || sentenceStart === undefined || end === undefined) return
      const text = context.slice(sentenceStart, end)
      context.report({
        start,
        end,
        reason: `Remove the sentence \`${shorten(text)}\`, a copy of the end of the sentence before`,
        expected: offer(start, end, ['']),
        fix: 'suggest'
      })
    }

    function findSelfPairs(tokens: Token[]): void {
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]!
        if (token.word && token.key.includes('-')) findSelfJoin(token)
        else if (isDash(token.key) && index > 0 && index + 1 < tokens.length) findDashedSelfJoin(tokens[index - 1]!, token, tokens[index + 1]!)
        if (index + 2 >= tokens.length) continue
        const first = tokens[index]!
        const conjunction = tokens[index + 1]!
        const second = tokens[index + 2]!
        if (!first.lettered || first.key !== second.key) continue
        if (conjunction.key !== 'and' && conjunction.key !== 'or') continue
        if (allowPairs.has(first.key) || isComparative(first.key)) continue
        // "study, study and study again": a rhetorical run of three.
        if (tokens[index - 1]?.key === ',' && tokens[index - 2]?.key === first.key) continue
        if (second.capitalised && isPinyinSyllable(second.key)) continue
        const text = context.slice(first.start, second.end)
        context.report({
          start: first.start,
          end: second.end,
          reason: `\`${text}\` joins a word to itself; a term may have been split in translation`,
          category: 'accuracy/mistranslation'
        })
      }
    }
  }
)

function tokenize(sentences: Sentence[], source: SourceWindow): Token[] {
  const tokens: Token[] = []
  sentences.forEach((sentence, index) => {
    let depth = 0
    for (const token of sentenceTokens(sentence, source)) {
      if (closers.has(token.value)) depth = Math.max(0, depth - 1)
      tokens.push({
        // An unplaced token never equals anything, so no copy is built on it.
        key: token.placed ? token.value.toLowerCase() : `\uFFFC${tokens.length}`,
        start: token.start,
        end: token.end,
        word: token.word,
        lettered: token.word && /\p{L}/u.test(token.value),
        capitalised: token.capitalised,
        sentence: index,
        depth
      })
      if (openers.has(token.value)) depth++
    }
  })
  return tokens
}

// Marks that separate the items of a list, and those that end a clause.
const listSeparators = new Set([',', '\u3001', ';'])
const clauseEnds = new Set([',', ';', ':', '\u3001', ...terminals])
// Fewest words in a clause repeated after `and`: shorter ones are left to the pairs ("again and again").
const minClauseWords = 4

const openers = new Set(['(', '[', '\uFF08'])
const closers = new Set([')', ']', '\uFF09'])

// A sentence shown in a message: its first eight words.
function shorten(text: string): string {
  const words = text.split(/\s+/)
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text
}

// The longest run of tokens that ends `[previousStart, previousEnd)` and
// begins `[start, end)`, by the prefix function of the second over the first:
// linear in both.
function overlap(tokens: Token[], previousStart: number, previousEnd: number, start: number, end: number): number {
  const length = end - start
  if (length === 0 || previousEnd === previousStart) return 0
  const border = new Int32Array(length)
  for (let index = 1, matched = 0; index < length; index++) {
    while (matched > 0 && tokens[start + index]!.key !== tokens[start + matched]!.key) matched = border[matched - 1]!
    if (tokens[start + index]!.key === tokens[start + matched]!.key) matched++
    border[index] = matched
  }
  let matched = 0
  for (let index = previousStart; index < previousEnd; index++) {
    while (matched > 0 && (matched === length || tokens[index]!.key !== tokens[start + matched]!.key)) matched = border[matched - 1]!
    if (tokens[index]!.key === tokens[start + matched]!.key) matched++
  }
  return matched
}

function extend(tokens: Token[], from: number, size: number, limit: number): Loop {
  let copies = 1
  let to = from + size
  let commas = false
  while (copies < limit) {
    const comma = tokens[to]?.key === ','
    const next = comma ? to + 1 : to
    if (!sameSpan(tokens, from, next, size) || !sameCase(tokens, from, next, size)) break
    copies++
    commas ||= comma
    to = next + size
  }
  return {from, size, copies, to, commas}
}

// Copies may differ in case only at their first letter ("the developer The
// developer"); "in the district, the District Committee" is a new phrase.
function sameCase(tokens: Token[], from: number, other: number, size: number): boolean {
  for (let offset = 1; offset < size; offset++) {
    if (tokens[other + offset]!.capitalised !== tokens[from + offset]!.capitalised) return false
  }
  return true
}

function sameSpan(tokens: Token[], from: number, other: number, size: number): boolean {
  if (other + size > tokens.length) return false
  for (let offset = 0; offset < size; offset++) {
    if (tokens[from + offset]!.key !== tokens[other + offset]!.key) return false
  }
  return true
}

// "that that" as a unit is a loop of "that", which is reported on its own.
function isPeriodic(tokens: Token[], from: number, size: number): boolean {
  for (let period = 1; period < size; period++) {
    if (size % period === 0 && sameSpan(tokens, from, from + period, size - period)) return true
  }
  return false
}

// Two equal capitalised halves that are not a doubled name ("Baden-Baden",
// "Bora-Bora"), a title-case word ("Win-Win", "Bye-Bye") or a Chinese given
// name ("Li-Li", "Lang-Lang").
function isSelfJoin(left: string, right: string): boolean {
  const lower = right.toLowerCase()
  if (left.toLowerCase() !== lower || !/^\p{Lu}/u.test(left) || !/^\p{Lu}/u.test(right)) return false
  if (!/^\p{L}+$/u.test(lower) || lower.length < 2) return false
  return !reduplicatedNames.has(lower) && !isPinyinSyllable(lower)
}

const reduplicatedNames = new Set([...reduplicatedPlaceNames, ...hyphenatedReduplicatives])

function isDash(key: string): boolean {
  return key === '\u2013' || key === '-'
}

// "faster and faster", "better and better", "happier and happier".
function isComparative(word: string): boolean {
  return word.length > 4 && word.endsWith('er')
}

// A letter, digit or mark outside ASCII, tested where it stands: the parser's
// word boundaries are only predicted here for ASCII text.
const wideWordCharacter = /[\p{L}\p{N}\p{M}]/uy
// Past this many runs the pair search could grow quadratic: the paragraph is parsed.
const maxRuns = 400

// Scratch space of `mayRepeat`, reused so that a paragraph without a finding
// allocates nothing. Runs are interned in an open-addressing table whose slots
// belong to the call that stamped them.
const runStart = new Int32Array(maxRuns)
const runLength = new Int32Array(maxRuns)
const runIds = new Int32Array(maxRuns)
const nextSame = new Int32Array(maxRuns)
const lastSeen = new Int32Array(maxRuns)
const tableSize = 1024
const slotRun = new Int32Array(tableSize)
const slotStamp = new Int32Array(tableSize)
let stamp = 0

/**
 * Whether the paragraph may hold a finding, tested on the text before it is
 * parsed. The parser never cuts a token inside a run of ASCII letters and
 * digits, so equal tokens give equal runs (compared without regard to case):
 * a loop or a sentence next to its copy is a sequence of runs followed by
 * itself, a long sentence seen again is a repeated sequence of
 * `minSentenceWords` runs, `W and W` is a sequence on both sides of
 * `and`/`or`, and `W-W` is a run joined to itself by a hyphen. A sentence
 * that begins with the end of the one before is a sequence followed by
 * itself too. Text the runs cannot predict (letters outside ASCII, too many
 * runs) is always parsed.
 */
function mayRepeat(text: string, minSentenceWords: number, xAndX: boolean): boolean {
  const length = text.length
  stamp = (stamp + 1) | 0
  let count = 0
  let distinct = 0
  let and = -1
  let or = -1
  let index = 0
  while (index < length) {
    let code = text.charCodeAt(index)
    if (!isAsciiAlphanumeric(code)) {
      // General punctuation (quotes, dashes) is common and holds no letter.
      if (code >= 0x80 && (code < 0x2000 || code > 0x206f)) {
        wideWordCharacter.lastIndex = index
        if (wideWordCharacter.test(text)) return true
      }
      index++
      continue
    }
    const start = index
    let hash = 0
    do {
      hash = (Math.imul(hash, 31) + (code | 0x20)) | 0
      index++
    } while (index < length && isAsciiAlphanumeric((code = text.charCodeAt(index))))
    if (count >= maxRuns) return true
    const size = index - start
    let slot = hash & (tableSize - 1)
    let id = -1
    while (slotStamp[slot] === stamp) {
      const other = slotRun[slot]!
      if (runLength[other] === size && sameRun(text, runStart[other]!, start, size)) {
        id = runIds[other]!
        break
      }
      slot = (slot + 1) & (tableSize - 1)
    }
    if (id === -1) {
      id = distinct++
      slotStamp[slot] = stamp
      slotRun[slot] = count
      lastSeen[id] = -1
      if (size === 3 && sameRun(text, start, -1, 3, 'and')) and = id
      else if (size === 2 && sameRun(text, start, -1, 2, 'or')) or = id
    }
    runStart[count] = start
    runLength[count] = size
    runIds[count] = id
    nextSame[count] = -1
    const previous = lastSeen[id]!
    if (previous !== -1) nextSame[previous] = count
    lastSeen[id] = count
    count++
  }
  const gram = Math.max(1, minSentenceWords)
  for (let from = 0; from < count; from++) {
    for (let other = nextSame[from]!; other !== -1; other = nextSame[other]!) {
      const size = other - from
      // "Vietnam-Vietnam": a name joined to itself by a hyphen.
      if (xAndX && other === from + 1 && !mayStartToken(text, other) && text.charCodeAt(runStart[other]! - 1) === 45) return true
      if (other + size <= count && mayStartToken(text, other) && same(from, other, size)) return true
      if (other + gram <= count && same(from, other, gram)) return true
    }
  }
  if (!xAndX) return false
  for (let at = 1; at + 1 < count; at++) {
    if (runIds[at] !== and && runIds[at] !== or) continue
    for (let size = 1; size <= at && at + 1 + size <= count; size++) {
      if (runIds[at - size] === runIds[at + 1] && same(at - size, at + 1, size)) return true
    }
  }
  return false
}

// A copy starts at a token. Two runs joined by one `.`, `-` or `'` ("4.4",
// "lose-lose") are one word: the parser joins them before it splits
// sentences.
function mayStartToken(text: string, run: number): boolean {
  const gap = runStart[run]! - runStart[run - 1]! - runLength[run - 1]!
  if (gap !== 1) return true
  const code = text.charCodeAt(runStart[run]! - 1)
  return code !== 46 && code !== 45 && code !== 39
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

// Whether the runs at `start` and `other` (or the lowercase `word`) are equal
// without regard to case: `| 0x20` lowercases a letter and keeps a digit.
function sameRun(text: string, start: number, other: number, size: number, word?: string): boolean {
  for (let offset = 0; offset < size; offset++) {
    const expected = word === undefined ? text.charCodeAt(other + offset) | 0x20 : word.charCodeAt(offset)
    if ((text.charCodeAt(start + offset) | 0x20) !== expected) return false
  }
  return true
}

function same(from: number, other: number, size: number): boolean {
  for (let offset = 0; offset < size; offset++) if (runIds[from + offset] !== runIds[other + offset]) return false
  return true
}
