import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import type {FixLevel, RuleContext} from '../rule.js'
import {wordBefore} from '../util/neighbour-words.js'

/** Options of `lowercase-sentence-start` (none). */
export type Options = Record<string, never>

/** How the paragraph before ended, for the start of the next one. */
type Ending = 'sentence' | 'uncertain' | 'open' | 'continued'

interface PreviousParagraph {
  ending: Ending
  /** The last characters of its text, to tell a line that opens a list with a colon. */
  tail: string
  /** Length of its text without surrounding white space. */
  length: number
  /** Source offset where it ends. */
  end: number
  /** Whether it is a numbered item of a list that a line ending in a colon opened. */
  inColonList: boolean
  /** How it started when it is a numbered item: `lowercase` when left alone in lowercase. */
  item?: 'lowercase' | 'other'
}

// A lowercase word; the character after it is checked apart ("iPhone", "www.gov.cn").
const lowercaseToken = /\p{Ll}+(?:['’-]\p{Ll}+)*/uy
const wordCharacter = /[\p{L}\p{N}'’.-]/u
// A full stop, question or exclamation mark, then spaces and a lowercase letter.
const sentenceBreak = /[.!?。！？] +(?=\p{Ll})/gu
const terminal = /[.!?。！？]/u
const closers = /["'”’)\]」』]/u
const leadingSpace = /^[\s\u3000]*/u
// The number of a list item at the start of a line: "2. ", "2、", "(2)", "（2）".
const itemNumber = /(?:\d{1,2}(?:[.．] +|[、)）] *)|[(（]\d{1,2}[)）] *)/uy
// Signs after a number that end a sentence with it ("reached 94%. the rest…").
const numberSigns = /[%‰℃]/u
// The HTML tag nearest before a line, when it opens a block of prose.
const blockTag = /<\/?(p|div|br|body|section|article|blockquote)[\s/>]/iy

// Lowercase abbreviations that take a full stop and go on in lowercase
// ("approx. three", "etc. and", "Nos. 3 and 4" are left to the number check).
const abbreviations = new Set([
  'approx', 'etc', 'incl', 'esp', 'vs', 'cf', 'viz', 'ibid', 'resp', 'no', 'nos', 'vol', 'vols',
  'pp', 'ca', 'fig', 'figs', 'dept', 'est', 'min', 'max', 'sq', 'govt', 'tel', 'ext', 'avg', 'art',
  'para', 'sec', 'ch', 'ed', 'eds', 'al', 'op', 'ff', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr',
  'co', 'ltd', 'inc', 'corp', 'gov', 'rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'hon',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'misc',
  'dist', 'prov', 'vill', 'twp', 'rd', 'ave', 'blvd', 'mt', 'ft', 'km', 'kg', 'cm', 'mm', 'hr',
  'hrs', 'mins', 'wk', 'yr', 'yrs', 'pt', 'pts', 'cit', 'trans', 'repr', 'orig'
])

// Lowercase particles of names ("de Gaulle", "van Gogh", "al-Assad").
const nameParticles = new Set([
  'de', 'van', 'von', 'der', 'den', 'du', 'da', 'di', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ter',
  'ten', 'dos', 'das', 'del', 'della', 'des', 'zu'
])

// A line that goes on from a quotation in the line before ("…in the future."
// / "said Professor Feng").
const attributionVerbs = new Set(['said', 'says', 'asked', 'asks', 'added', 'adds', 'noted', 'wrote', 'replied', 'explained', 'told'])

// Words a line does not end on unless the sentence goes on in the next line.
const continuingWords = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
  'as', 'into', 'that', 'which', 'who', 'whose', 'will', 'would', 'shall', 'should', 'must', 'can',
  'could', 'may', 'might', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'its',
  'their', 'his', 'her', 'our', 'this', 'these', 'those', 'not', 'than', 'so', 'such', 'both'
])

// A line with no mark at its end is a headline or a label, not a line of
// wrapped text, only when the next line is much longer than it: wrapped
// lines are filled up to a width, so the first word of the next line would
// have fitted on it. The margin allows for wrappers that balance lines.
const wrapMargin = 20

/**
 * `lowercase-sentence-start`: a sentence or a paragraph that begins with a
 * lowercase letter ("…young cadres. the training class will…", a line "on
 * March 3, the city's…" under its headline).
 */
export default defineRule<Options>(
  {
    id: 'lowercase-sentence-start',
    description: 'Find a sentence or a paragraph that starts with a lowercase letter.',
    details: [
      'Machine translation of a page split into segments often loses the capital of a sentence: after a full stop ("…of young cadres. the training class will last…"), or at the start of a paragraph, under a headline ("on March 3, the city\'s mobilization meeting…").',
      '',
      'After a full stop (also after a number such as `96.5%.`), in the same paragraph or at the end of the one before, the word is capitalised safely; so is the text of a numbered item ("2. on funds…") after a finished sentence, since an item of officialese starts with a capital. After `..`, `?` or `!`, at the start of a document, and under a line with no mark at its end, capitalising is only suggested: an ellipsis, a question inside a sentence or a wrapped line may go on in lowercase.',
      '',
      'Left alone: abbreviations ("approx. three", "e.g. the", "U.S. officials", "9 a.m. the"), ellipses, a word after a closing quotation mark (`."`), lines after a colon, semicolon, comma or dash (list items that continue a sentence, numbered or not), numbered items of a list whose first items are all in lowercase, a line that continues wrapped text (a line ending without a mark is taken for a headline only when the next line is much longer, and never when it ends on a word such as "the" or "of"), Markdown list items, headings and table cells, words like "iPhone" and "eBay", name particles ("de Gaulle", "van Gogh"), labels ("author:") and web addresses.'
    ].join('\n'),
    category: 'fluency/spelling',
    fixes: ['safe', 'suggest'],
    defaultOptions: {},
    examples: [
      {
        name: 'a lowercase sentence after a full stop',
        input: 'The county held a training class for young cadres. the training class will last for one month.',
        messages: ['1:52-1:55: Capitalise `the` at the start of a sentence'],
        output: 'The county held a training class for young cadres. The training class will last for one month.'
      },
      {
        name: 'a lowercase paragraph under a headline',
        input: 'City launches history learning campaign\non March 3, the city held a mobilization meeting for the learning and education campaign on its history.',
        messages: ['2:1-2:3: Capitalise `on` at the start of a paragraph, unless the line continues the one before'],
        outputAll: 'City launches history learning campaign\nOn March 3, the city held a mobilization meeting for the learning and education campaign on its history.'
      },
      {
        name: 'a lowercase sentence after a percentage',
        input: 'The share of solved cases rose to 96.5%. the other cases are being handled.',
        messages: ['1:42-1:45: Capitalise `the` at the start of a sentence'],
        output: 'The share of solved cases rose to 96.5%. The other cases are being handled.'
      },
      {
        name: 'a numbered item in lowercase after a finished sentence',
        input: 'Two problems were found.\n1. On funds, the rules were not followed.\n2. on staff, the posts were not filled.',
        messages: ['3:4-3:6: Capitalise `on` at the start of a numbered item'],
        output: 'Two problems were found.\n1. On funds, the rules were not followed.\n2. On staff, the posts were not filled.'
      },
      {
        name: 'a lowercase paragraph after a full stop',
        input: 'Of the problems listed, 1,200 have been solved.\naccording to the list, county leaders took the lead.',
        messages: ['2:1-2:10: Capitalise `according` at the start of a sentence'],
        output: 'Of the problems listed, 1,200 have been solved.\nAccording to the list, county leaders took the lead.'
      },
      {
        name: 'after a doubled full stop',
        input: 'Working committees were set up where migrant workers gather.. the committees keep in touch.',
        messages: ['1:63-1:66: Capitalise `the` at the start of a sentence, unless the marks before it do not end one'],
        outputAll: 'Working committees were set up where migrant workers gather.. The committees keep in touch.'
      },
      {
        name: 'abbreviations',
        input: 'It costs approx. three yuan, e.g. the basic fare, and U.S. officials met at 9 a.m. the next day, with Mr. and Mrs. Li.',
        messages: []
      },
      {
        name: 'ellipsis and quotations',
        input: 'He paused... and then went on. "Will we win?" he asked. "We will." said the official.',
        messages: []
      },
      {
        name: 'a list that continues a sentence',
        input: 'The work has three aims:\nstrengthen the leadership;\nimprove the work style; and\nserve the masses.',
        messages: []
      },
      {
        name: 'numbered items that continue a sentence',
        input: 'The work has three aims:\n1. strengthen the leadership;\n2. improve the work style.\n3. serve the masses.',
        messages: []
      },
      {
        name: 'lines of wrapped text',
        input:
          'The county Party committee held a meeting on the work of Party building in the\ncountryside and the villages, and it stressed that all cadres should study the\ndocuments of the plenary session carefully.',
        messages: []
      },
      {
        name: 'brand names, name particles, labels and addresses',
        input: 'iPhone sales rose.\nde Gaulle was quoted.\nauthor: Wang Lu\nwww.gov.cn carries the text.\neBay shut.',
        messages: []
      },
      {name: 'attribution after a quotation', input: '"We will finish the road this year."\nsaid the head of the bureau.', messages: []},
      {
        name: 'Markdown list items',
        format: 'markdown',
        input: 'The tasks are clear.\n\n- strengthen the leadership of the Party\n- improve the work style',
        messages: []
      }
    ]
  },
  function (context) {
    let previous: PreviousParagraph | undefined

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        const start = leadingSpace.exec(text)![0].length
        itemNumber.lastIndex = start
        const number = itemNumber.exec(text)
        const inColonList = number !== null && (previous?.inColonList === true || /[:：]\s*$/u.test(previous?.tail ?? ''))
        let item: PreviousParagraph['item']
        if (number) item = checkItem(context, paragraph, start + number[0].length, previous, inColonList) ? 'other' : 'lowercase'
        else checkStart(context, paragraph, start, previous)
        checkInside(context, paragraph)
        previous = {ending: endingOf(text), length: text.trim().length, end: paragraph.end, tail: text.slice(-4), inColonList, item}
      }
    }
  }
)

function checkStart(
  context: RuleContext<Options>,
  paragraph: Paragraph,
  start: number,
  previous: PreviousParagraph | undefined
): void {
  const text = paragraph.text
  const word = lowercaseWordAt(text, start)
  if (!word || attributionVerbs.has(word) || !startsBlock(context, paragraph.sourceOffset(start))) return
  let fix: FixLevel = 'suggest'
  let place = 'a paragraph, unless the line continues the one before'
  if (previous?.ending === 'sentence') {
    // A code block or a table between the two (Markdown, HTML) may end the sentence instead.
    fix = context.slice(previous.end, paragraph.start).trim() === '' ? 'safe' : 'suggest'
    place = 'a sentence'
  } else if (previous?.ending === 'uncertain') {
    place = 'a sentence, unless the marks before it do not end one'
  } else if (previous?.ending === 'open') {
    const length = text.trim().length
    if (!paragraph.blankLineBefore && length < previous.length + word.length + wrapMargin) return
  } else if (previous?.ending === 'continued') {
    return
  }
  report(context, paragraph, start, word, fix, place)
}

/**
 * A numbered item whose text starts in lowercase ("2. on the problem of…"):
 * in officialese a numbered item after a finished sentence starts with a
 * capital, and machine translation loses it. Items of a list that a colon
 * opened continue that sentence ("The aims are:" / "1. strengthen…;"), and a
 * list whose earlier items are all in lowercase keeps its own style. Returns
 * whether the item is not one left alone in lowercase.
 */
function checkItem(
  context: RuleContext<Options>,
  paragraph: Paragraph,
  at: number,
  previous: PreviousParagraph | undefined,
  inColonList: boolean
): boolean {
  const word = lowercaseWordAt(paragraph.text, at)
  if (!word) return true
  if (inColonList || previous?.ending !== 'sentence' || previous.item === 'lowercase') return false
  if (!startsBlock(context, paragraph.sourceOffset(leadingSpace.exec(paragraph.text)![0].length))) return false
  const fix = context.slice(previous.end, paragraph.start).trim() === '' ? 'safe' : 'suggest'
  report(context, paragraph, at, word, fix, 'a numbered item')
  return true
}

function checkInside(context: RuleContext<Options>, paragraph: Paragraph): void {
  const text = paragraph.text
  if (!terminal.test(text)) return
  for (const match of text.matchAll(sentenceBreak)) {
    const mark = match.index
    const at = mark + match[0].length
    const word = lowercaseWordAt(text, at)
    if (!word) continue
    const kind = markKind(text, mark)
    if (kind === undefined) continue
    report(
      context,
      paragraph,
      at,
      word,
      kind === 'sentence' ? 'safe' : 'suggest',
      kind === 'sentence' ? 'a sentence' : 'a sentence, unless the marks before it do not end one'
    )
  }
}

function report(
  context: RuleContext<Options>,
  paragraph: Paragraph,
  at: number,
  word: string,
  fix: FixLevel,
  place: string
): void {
  const [start, end] = paragraph.sourceRange(at, at + word.length)
  const capital = word.charAt(0).toUpperCase() + word.slice(1)
  context.report({start, end, reason: `Capitalise \`${word}\` at the start of ${place}`, expected: [capital], fix})
}

/** The lowercase word at `at`, when it reads as the first word of a sentence. */
function lowercaseWordAt(text: string, at: number): string | undefined {
  lowercaseToken.lastIndex = at
  const match = lowercaseToken.exec(text)
  if (!match) return undefined
  const word = match[0]
  const after = text.charAt(at + word.length)
  if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return undefined
  // "author:", "e.g.", "a)", "print(": labels, abbreviations, markers and code.
  if (after !== '' && after !== ' ' && after !== ',' && after !== '\u00A0') return undefined
  if (nameParticles.has(word)) return undefined
  return word
}

/**
 * Whether the mark at `mark` ends a sentence (`sentence`), may end one
 * (`uncertain`: `..`, `?`, `!`) or belongs to an abbreviation or an ellipsis.
 */
function markKind(text: string, mark: number): 'sentence' | 'uncertain' | undefined {
  const character = text.charAt(mark)
  if (character === '?' || character === '!' || character === '？' || character === '！') return 'uncertain'
  if (character === '。') return 'sentence'
  let dots = 1
  while (dots < 4 && text.charAt(mark - dots) === '.') dots++
  if (dots >= 3 || text.charAt(mark - dots) === '…') return undefined
  if (dots === 2) return 'uncertain'
  let from = mark
  while (from > 0 && mark - from < 24 && wordCharacter.test(text.charAt(from - 1))) from--
  const word = text.slice(from, mark)
  if (!/[\p{L}\p{N}]/u.test(word)) {
    const sign = text.charAt(mark - 1)
    if (numberSigns.test(sign)) return /\p{N}/u.test(text.charAt(mark - 2)) ? 'sentence' : undefined
    return closers.test(sign) ? 'sentence' : undefined
  }
  // "U.S.", "e.g.", "a.m.", an initial "J.": abbreviations; "1." and "12.": list numbers,
  // unless a lowercase word stands before the number ("rose to 12. the rest"), which
  // may still be a list run into a sentence ("include 1. strengthen").
  if (/^\d{1,2}$/.test(word)) return /\p{Ll} $/u.test(text.slice(from - 2, from)) ? 'uncertain' : undefined
  if (word.includes('.') || /^\p{L}$/u.test(word)) return undefined
  if (abbreviations.has(word.toLowerCase())) return undefined
  return 'sentence'
}

/** How `text` ends, for the paragraph after it. */
function endingOf(text: string): Ending {
  const trimmed = text.trimEnd()
  let end = trimmed.length
  while (end > 0 && closers.test(trimmed.charAt(end - 1))) end--
  const last = trimmed.charAt(end - 1)
  if (terminal.test(last)) return markKind(trimmed, end - 1) === 'sentence' ? 'sentence' : 'uncertain'
  if (/[\p{L}\p{N}]/u.test(last) && end === trimmed.length) {
    return continuingWords.has(wordBefore(trimmed, end).toLowerCase()) ? 'continued' : 'open'
  }
  return 'continued'
}

/**
 * Whether the word at source offset `at` starts a block of prose: not a
 * Markdown list item, heading or table cell, not an HTML list item or table cell.
 */
function startsBlock(context: RuleContext<Options>, at: number): boolean {
  if (context.format === 'text') return true
  const before = context.slice(Math.max(0, at - 200), at)
  if (context.format === 'markdown') {
    const line = before.slice(before.lastIndexOf('\n') + 1)
    return /^[ \t>]*$/.test(line)
  }
  blockTag.lastIndex = before.lastIndexOf('<')
  return blockTag.lastIndex >= 0 && blockTag.test(before)
}
