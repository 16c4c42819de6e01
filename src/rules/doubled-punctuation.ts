import {CODE_PLACEHOLDER} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {isWhiteSpaceCode} from '../util/char-codes.js'

/** Options of `doubled-punctuation` (none). */
export type Options = Record<string, never>

/** A run of punctuation that holds one mark too many, by indices into a paragraph's text. */
export interface DoubledMark {
  /** Index of the first mark. */
  from: number
  /** Index after the last mark. */
  to: number
  /** The marks to keep in place of `[from, to)`, best first. */
  expected: string[]
  /** Whether the first `expected` value is certain. */
  safe: boolean
}

// Marks that double up where two source sentences or clauses were joined:
// `no..`, `tasks. .`, `underworld,,`, `county, .`.
function isClusterMark(character: string | undefined): boolean {
  return character === ',' || character === '.' || character === ';' || character === ':'
}

// A mark needs a word before it: `:::` opening a line, ` ..` in a path or a
// mark after a dash is not a doubled sentence mark.
const wordEnd = /[\p{L}\p{N}"'”’)\]%]/u
// After the run: a space, the end, or a closing mark. A letter or digit right
// after it makes a range (`1..5`), a path or an address (`a..b`).
const closesRun = /[\s"'”’)\]]/u
const uppercase = /\p{Lu}/u
const lowercase = /\p{Ll}/u
// A letter or a dot before a lowercase word makes it part of a longer token (`e.g.`, `Inc`).
const letterOrMark = /[\p{L}\p{N}.]/u

// A mark followed by another, with spaces between at most, or `!!`: where a run may begin.
const candidate = /[,.;:!?)] *[,.;:)]|!!/g

/**
 * The doubled marks of a paragraph's text, in order: shared with
 * `whitespace`, which leaves the space inside such a run (`tasks. .`) to this
 * rule, so the two never offer contradicting fixes on one spot.
 */
export function findDoubledPunctuation(text: string): DoubledMark[] {
  const found: DoubledMark[] = []
  let unmatched: Set<number> | undefined
  let from = 0
  for (;;) {
    candidate.lastIndex = from
    const match = candidate.exec(text)
    if (!match) break
    const first = match.index
    const mark = text[first]!
    let doubled: DoubledMark | undefined
    // A run is judged whole, so that an ellipsis is read only once.
    let next = first + 1
    if (mark === ')') {
      unmatched ??= unmatchedClosers(text)
      doubled = closerAfterCloser(text, first, unmatched)
    } else if (mark === '!' && text[first + 1] === '!') {
      next = exclamationEnd(text, first)
      doubled = exclamationRun(text, first, next)
    } else if (mark === '!' || mark === '?') {
      doubled = periodAfterMark(text, first)
    } else {
      next = runEnd(text, first)
      doubled = markRun(text, first, next)
    }
    if (doubled) found.push(doubled)
    from = Math.max(doubled?.to ?? 0, next)
  }
  return found
}

/** Index after the last mark of the run of sentence marks (spaces between) starting at `first`. */
function runEnd(text: string, first: number): number {
  let last = first
  for (let at = first + 1; at < text.length; at++) {
    const character = text[at]
    if (isClusterMark(character)) last = at
    else if (character !== ' ') break
  }
  return last + 1
}

// `no..`, `tasks. .`, `underworld,,`, `county, .`: marks of the sentence
// separated by spaces at most, from `first` to `to`.
function markRun(text: string, first: number, to: number): DoubledMark | undefined {
  const marks = text.slice(first, to).replace(/ +/g, '')
  if (marks.length < 2) return undefined
  // Three full stops or more are an ellipsis (`...`, `. . .`, `....`).
  if (marks.includes('...')) return undefined
  let before = first - 1
  while (before >= 0 && text.charCodeAt(before) === 0x20) before--
  const previous = text[before]
  if (previous === undefined || (previous !== CODE_PLACEHOLDER && !wordEnd.test(previous))) return undefined
  const after = text[to]
  if (after !== undefined && !closesRun.test(after)) {
    // `town,,and`: a doubled comma that lost its space, in prose.
    return fusedComma(text, first, to) ? {from: first, to, expected: [', '], safe: true} : undefined
  }

  const kinds = [...new Set(marks)]
  const sentenceEnds = endsSentence(text, to)
  if (kinds.length === 1) {
    const kept = kinds[0]!
    // `..` before a lowercase word may be a clipped ellipsis.
    if (kept === '.' && !sentenceEnds) return {from: first, to, expected: ['.', '...'], safe: false}
    // `::` and `;;` have uses outside prose (a literal block in reStructuredText).
    return {from: first, to, expected: [kept], safe: kept === '.' || kept === ','}
  }
  const opening = marks[0]!
  let best: string
  if (opening === '.') {
    // `etc.,`, `U.S.;`: an abbreviation's full stop may be followed by any
    // mark; after a long lowercase word (`done.,`) it is a sentence's full
    // stop with a second mark after it.
    if (!endsPlainWord(text, first)) return undefined
    best = sentenceEnds ? '.' : marks.replace(/\./g, '')[0]!
  } else {
    best = kinds.includes('.') && sentenceEnds && opening !== ':' ? '.' : opening
  }
  return {from: first, to, expected: [best, ...kinds.filter((kind) => kind !== best)], safe: false}
}

// How far around `,,` a comma with no space after it marks data (`Li,,35,male`).
const dataReach = 60
const letter = /\p{L}/u

// `town,,and`: commas only, between two words of prose. Between digits
// (`1,,2`) or among other commas with no space after them it is an empty
// field of comma-separated data.
function fusedComma(text: string, first: number, to: number): boolean {
  if (to - first !== 2 || text[first + 1] !== ',') return false
  if (!letter.test(text[first - 1] ?? '') || !letter.test(text[to]!)) return false
  // The lines around count too: rows of data have a line each.
  const from = Math.max(0, first - dataReach)
  const end = Math.min(text.length, to + dataReach)
  for (let at = from; at < end; at++) {
    if (at === first) at = to
    if (text[at] === ',' && at + 1 < text.length && !isWhiteSpaceCode(text.charCodeAt(at + 1))) return false
  }
  return true
}

// `Why?.`: a full stop after a question or exclamation mark.
function periodAfterMark(text: string, first: number): DoubledMark | undefined {
  let period = first + 1
  while (text.charCodeAt(period) === 0x20) period++
  if (text[period] !== '.' || text[period + 1] === '.') return undefined
  const previous = text[first - 1]
  if (previous === undefined || !wordEnd.test(previous)) return undefined
  const after = text[period + 1]
  if (after !== undefined && !closesRun.test(after)) return undefined
  return {from: first, to: period + 1, expected: [text[first]!], safe: false}
}

/** Index after the run of `!` starting at `first`. */
function exclamationEnd(text: string, first: number): number {
  let to = first + 1
  while (text[to] === '!') to++
  return to
}

// `support!!`: the Chinese `！！` of a notice's closing appeal, which English
// writes with one mark. Only a suggestion: a quoted slogan may shout on purpose.
function exclamationRun(text: string, first: number, to: number): DoubledMark | undefined {
  const previous = text[first - 1]
  if (previous === undefined || !wordEnd.test(previous)) return undefined
  const after = text[to]
  if (after !== undefined && !closesRun.test(after)) return undefined
  return {from: first, to, expected: ['!'], safe: false}
}

// `(see annex 1) )`: a closing parenthesis after a matched one, with none
// left open. Only a suggestion: the opening one may be missing instead.
function closerAfterCloser(text: string, first: number, unmatched: Set<number>): DoubledMark | undefined {
  let second = first + 1
  while (text.charCodeAt(second) === 0x20) second++
  if (text[second] !== ')') return undefined
  if (unmatched.has(first) || !unmatched.has(second)) return undefined
  return {from: first, to: second + 1, expected: [')'], safe: false}
}

/** Indices of the `)` of `text` that close no `(`. */
function unmatchedClosers(text: string): Set<number> {
  const unmatched = new Set<number>()
  let depth = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x28) depth++
    else if (code === 0x29) {
      if (depth === 0) unmatched.add(at)
      else depth--
    }
  }
  return unmatched
}

// Lowercase abbreviations of four letters or more that end in a full stop.
const abbreviations = new Set(['approx', 'assoc', 'cont', 'corp', 'dept', 'govt', 'incl', 'intl', 'misc', 'natl', 'prob', 'resp', 'supp', 'vols'])

// Whether the full stop at `at` ends a lowercase word of four letters or more
// that is no abbreviation, and so ends the sentence (`done.,`).
function endsPlainWord(text: string, at: number): boolean {
  let start = at
  while (start > 0 && at - start < 30 && lowercase.test(text[start - 1]!)) start--
  if (at - start < 4 || (start > 0 && letterOrMark.test(text[start - 1]!))) return false
  return !abbreviations.has(text.slice(start, at))
}

// The next word starts a sentence, or the line ends.
function endsSentence(text: string, to: number): boolean {
  let next = to
  while (next < text.length && (text[next] === ' ' || text[next] === '"' || text[next] === '“')) next++
  const character = text[next]
  return character === undefined || character === '\n' || character === '\r' || uppercase.test(character)
}

/**
 * `doubled-punctuation`: a sentence mark written twice (`no..`, `tasks. .`,
 * `underworld,,`) or two marks where one belongs (`county, .`), left where a
 * translation tool joined two pieces of text.
 */
export default defineRule<Options>(
  {
    id: 'doubled-punctuation',
    description: 'Find a doubled full stop or comma, and two marks where one belongs.',
    details: [
      'Where a translation tool joins two pieces of a sentence, each brings its own mark: `no..`, `tasks. .`, `underworld,,`. One copy is removed safely, and a doubled comma run into the next word (`town,,and`) becomes `, ` safely, unless digits stand beside it (`1,,2`) or other commas with no space after them show comma-separated data (`Li,,35,male`). Two different marks (`county, .`, `as follows:,`) and a doubled colon or semicolon are suggestions: the one to keep is `.` when a new sentence follows, otherwise the first mark that is not a full stop. `..` before a lowercase word may be a clipped ellipsis, so there it is a suggestion too.',
      '',
      'Also suggested: a doubled exclamation mark (`support!!`, the Chinese `！！` of a closing appeal), a full stop after `?` or `!` (`Why?.`), and a closing parenthesis after another when no parenthesis is left open (`(annex 1) )`): the opening one may be what is missing.',
      '',
      'Not flagged: ellipses (`...`, `. . .`, `…`), a mark after an abbreviation (`etc.,`, `U.S.;`, `Inc.,`, `approx.,`; a full stop and another mark are flagged only after a lowercase word of four letters or more, as in `done.,`), `?!`, ranges and addresses (`1..5`, `a..b`), a full stop after a closing quotation mark or bracket (`said "yes".`), and nested parentheses. A space between two marks is this rule\'s finding, not `whitespace`\'s: removing the space would leave the marks doubled. Full-width doubles (`。.`) are removed by `fullwidth-punctuation`.'
    ].join('\n'),
    category: 'fluency/punctuation',
    fixes: ['safe', 'suggest'],
    defaultOptions: {},
    examples: [
      {
        name: 'doubled full stop',
        input: 'They will build a solid defence line.. The district leaders will visit.',
        messages: ['1:37-1:39: Use one `.` instead of `..`'],
        output: 'They will build a solid defence line. The district leaders will visit.'
      },
      {
        name: 'full stops with a space between',
        input: 'Hotels were checked for compliance. . Violations will be punished.',
        messages: ['1:35-1:38: Use one `.` instead of `. .`'],
        output: 'Hotels were checked for compliance. Violations will be punished.'
      },
      {
        name: 'doubled comma',
        input: 'They removed the soil that breeds crime,, and the protection behind it.',
        messages: ['1:40-1:42: Use one `,` instead of `,,`'],
        output: 'They removed the soil that breeds crime, and the protection behind it.'
      },
      {
        name: 'doubled comma with no space after it',
        input: 'Check the old houses in the village,,and move the families out.',
        messages: ['1:36-1:38: Use one `, ` instead of `,,`'],
        output: 'Check the old houses in the village, and move the families out.'
      },
      {
        name: 'empty fields of comma-separated data',
        input: 'Wang,,42,village head\nLi,,,clerk\nRange 1,,2 and 3,,4.',
        messages: []
      },
      {
        name: 'a comma and a full stop',
        input: 'The work was reviewed, . The next stage starts in May.',
        messages: ['1:22-1:25: Use `.` instead of `, .`'],
        outputAll: 'The work was reviewed. The next stage starts in May.'
      },
      {
        name: 'a full stop and a comma after a word',
        input: 'The work was done., and the rest waits.',
        messages: ['1:18-1:20: Use `,` instead of `.,`'],
        outputAll: 'The work was done, and the rest waits.'
      },
      {
        name: 'a full stop before a lowercase word may be a clipped ellipsis',
        input: 'The answer was no.. and then the meeting ended.',
        messages: ['1:18-1:20: Use one `.` instead of `..`'],
        outputAll: 'The answer was no. and then the meeting ended.'
      },
      {
        name: 'a doubled closing parenthesis',
        input: 'The plan (see the annex) ) takes effect in May.',
        messages: ['1:24-1:27: Use one `)` instead of `) )`'],
        outputAll: 'The plan (see the annex) takes effect in May.'
      },
      {
        name: 'a full stop after a question mark',
        input: 'Who will pay for it?. Nobody answered.',
        messages: ['1:20-1:22: Use `?` instead of `?.`'],
        outputAll: 'Who will pay for it? Nobody answered.'
      },
      {
        name: 'a doubled exclamation mark',
        input: 'Thank you for your understanding and support!!',
        messages: ['1:45-1:47: Use one `!` instead of `!!`'],
        outputAll: 'Thank you for your understanding and support!'
      },
      {
        name: 'ellipses',
        input: 'They waited... and waited. . . and then.... Nothing came… .',
        messages: []
      },
      {
        name: 'abbreviations and marks that belong together',
        input: 'Steel, coal, etc., approx., e.g., were checked by Acme Inc., in the U.S.; the rest?! Not yet.',
        messages: []
      },
      {
        name: 'ranges, addresses and nested parentheses',
        input: 'Read items 1..5 at a..b or ../docs (see the plan (2021)).',
        messages: []
      },
      {
        name: 'a full stop after a closing quotation mark or bracket',
        input: 'He said "yes". The rest was agreed (in May).',
        messages: []
      }
    ]
  },
  function (context) {
    return {
      paragraph(paragraph) {
        const text = paragraph.text
        for (const doubled of findDoubledPunctuation(text)) {
          const written = text.slice(doubled.from, doubled.to)
          const kept = doubled.expected[0]!
          const [start, end] = paragraph.sourceRange(doubled.from, doubled.to)
          context.report({
            start,
            end,
            reason:
              new Set(written.replace(/ /g, '')).size === 1
                ? `Use one \`${kept}\` instead of \`${written}\``
                : `Use \`${kept}\` instead of \`${written}\``,
            expected: doubled.expected,
            fix: doubled.safe ? 'safe' : 'suggest'
          })
        }
      }
    }
  }
)
