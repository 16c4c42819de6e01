import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {isWhiteSpaceCode} from '../util/char-codes.js'
import {cardinal, cardinals, romanNumerals} from '../util/list-words.js'

/** Options of `enum-stranded-number`. */
export type Options = Record<string, never>

// A line that is nothing but a number word: "one", " one", "one、", "(two)";
// or a numeral with its mark, "2." or "(2)": a bare "2" is a page number or a value.
const numberLine = new RegExp(
  String.raw`^(?:[(（](${cardinal})[)）]|(${cardinal})[、,，]?|[(（](\d{1,2})[)）]|(\d{1,2})[.、．])$`,
  'iu'
)
// A bare "4" is a page number or a value unless it sits between items "3." and "5.".
const bareNumeral = /^(\d{1,2})$/
const numberedItem = /^(\d{1,2})[.．、]\s*\S/
// How many lines the heading of a bare numeral may run before the next item.
const itemReach = 4
// A line may be a heading only when it opens with a capital letter.
const headingStart = /^["“‘'(\[]*\p{Lu}/u
const finalMark = /[.!?:;。！？：；]$/u
const letter = /\p{L}/u
// A line ending in one of these words goes on in the number: a sentence cut
// at the end of its line ("…rose to\ntwo") or a name ("Chapter\nTwo").
const goesOn = new Set([
  'to', 'of', 'the', 'a', 'an', 'than', 'about', 'and', 'or', 'by', 'with', 'were', 'was', 'are', 'is', 'be', 'at',
  'in', 'on', 'for', 'from', 'into', 'over', 'under', 'only', 'just', 'all', 'these', 'those', 'its', 'their', 'our',
  'chapter', 'part', 'section', 'article', 'volume', 'book', 'act', 'scene', 'step', 'phase', 'round', 'stage',
  'level', 'no', 'number', 'item', 'clause', 'grade', 'class', 'team', 'group', 'lesson', 'unit', 'room', 'table',
  'figure', 'appendix', 'annex', 'type', 'track', 'game', 'episode', 'season', 'channel', 'page', 'option', 'question'
])

/** What the rule needs to know of a line around a number. */
interface LineShape {
  /** Four words or fewer, with no mark at the end: a table cell or a label. */
  cell: boolean
  /** Whether it ends with a mark that closes a sentence or a clause. */
  closed: boolean
  /** Whether the line is a lone number word itself. */
  number: boolean
  /** Whether the number after it belongs to it (see `goesOn`), or answers its question. */
  holdsNumber: boolean
}

/** A number line waiting for the line after it. */
interface Stranded {
  start: number
  text: string
  value: number
  parenthesised: boolean
  /** Written in digits ("2."): the heading keeps them. */
  numeral: boolean
  /** The line before it: a table cell, a label or a sentence? */
  before?: LineShape
}

/** A bare numeral after item `value − 1`, waiting for item `value + 1` to show it is a list number. */
interface BareNumeral {
  start: number
  text: string
  value: number
  /** Where its heading starts, and the source up to there, once the heading line is read. */
  headingStart?: number
  actual?: string
  lines: number
}

/**
 * `enum-stranded-number`: a Chinese heading number (一、, （一）) translated
 * as a word and left alone on its line ("one") above its heading.
 */
export default defineRule<Options>(
  {
    id: 'enum-stranded-number',
    description: 'Find a heading number left alone on its line ("one" above its heading).',
    details: [
      'A Chinese page numbers its sections 一、 or （一）, often in an element of its own; machine translation then leaves the number as a word on a line by itself, above the heading it numbers: "one" / "Strengthen the theoretical study of Party members".',
      '',
      'A line holding only a number word (`one` to `ten`, maybe in brackets or with `、`), or a numeral with its mark (`2.`, `(2)`, `2、`; not a bare `2`, which may be a page number), is flagged when the next line opens with a capital letter. The suggestion joins it to that line as a numeral, `I.` (as the Government Work Report numbers its parts) or `1.`, and `(1)` for a bracketed number; a numeral keeps its digits.',
      '',
      'A bare numeral ("4") alone on its line is a page number or a value, except between the numbered items around it: after item "3." (within four lines) and before item "5." (within four lines of its heading), it is suggested as `4.` joined to its heading.',
      '',
      'A number word that is a value is left alone: in a table (a short label or cell on one side and a line that closes no sentence on the other, or numbers on their own lines around it), after a line that goes on in it ("…rose to", "Chapter") and after a question it answers.'
    ].join('\n'),
    category: 'fluency/grammar',
    fixes: ['suggest'],
    defaultOptions: {},
    examples: [
      {
        name: 'a heading number above its heading',
        input: 'Pingli County trains its Party members\n one\nStrengthen the theoretical study of Party members.',
        messages: ['2:2-3:1: Expected `I.` at the start of the heading: the heading number `one` stands alone on its line'],
        outputAll: 'Pingli County trains its Party members\n I. Strengthen the theoretical study of Party members.'
      },
      {
        name: 'a bracketed number',
        input: 'The work went well.\n(two)\nImprove the rules of the branches.',
        messages: ['2:1-3:1: Expected `(2)` at the start of the heading: the heading number `(two)` stands alone on its line'],
        outputAll: 'The work went well.\n(2) Improve the rules of the branches.'
      },
      {
        name: 'a heading numeral above its heading',
        input: 'The river chiefs patrolled the rivers.\n2.\nTighten the control of sewage outlets.',
        messages: ['2:1-3:1: Expected `2.` at the start of the heading: the heading number `2.` stands alone on its line'],
        outputAll: 'The river chiefs patrolled the rivers.\n2. Tighten the control of sewage outlets.'
      },
      {name: 'values in a table', input: 'Villages inspected\nthree\nProblems found\ntwelve', messages: []},
      {
        name: 'values beside long labels',
        input: 'Party members trained in the county this year\nthree\nBranches\nfive\nProblems found in the inspection of the branches',
        messages: []
      },
      {name: 'a countdown', input: 'three\ntwo\none\nThe rocket lifted off.', messages: []},
      {name: 'a sentence cut at the end of a line', input: 'The number of cases rose to\ntwo\nIn March the count fell.', messages: []},
      {name: 'a chapter number', input: 'Chapter\nTwo\nThe Long Road Home', messages: []},
      {name: 'an answer', input: 'How many teams took part?\nTwo\nBoth came from Hunan.', messages: []},
      {name: 'numbered items and page numbers', input: 'Measures\n2. Tighten the control of outlets.\n3\nNext page', messages: []},
      {
        name: 'a bare numeral between numbered items',
        input: '3. Keep the fire lanes clear.\n4\nThe fire alarm telephone is 12119.\n5. Offenders will be punished.',
        messages: ['2:1-3:1: Expected `4.` at the start of the heading: the heading number `4` stands alone on its line'],
        outputAll: '3. Keep the fire lanes clear.\n4. The fire alarm telephone is 12119.\n5. Offenders will be punished.'
      },
      {name: 'a page number after the last item', input: '2. Keep the lanes clear.\n3. Report fires.\n4\nNext page', messages: []},
      {name: 'a value after an item', input: '1. Villages inspected:\n3\nProblems found\n2. Outlets closed.', messages: []},
      {name: 'numerals in a table', input: 'Outlets checked\n2.\nOutlets closed\n1.', messages: []},
      {name: 'a number word in a sentence', input: 'One is enough.\nTwo of them agreed.', messages: []}
    ]
  },
  function (context) {
    let previous: LineShape | undefined
    let stranded: Stranded | undefined
    // The number of the last numbered item ("3."), and how many lines ago it opened.
    let lastItem: {value: number; lines: number} | undefined
    let bare: BareNumeral | undefined

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        for (let from = 0; from <= text.length; ) {
          const lineEnd = text.indexOf('\n', from)
          const to = lineEnd === -1 ? text.length : lineEnd
          readLine(paragraph, from, to)
          if (lineEnd === -1) break
          from = lineEnd + 1
        }
      },
      end() {
        previous = undefined
        stranded = undefined
        lastItem = undefined
        bare = undefined
      }
    }

    function readLine(paragraph: Paragraph, from: number, to: number): void {
      let start = from
      while (start < to && isWhiteSpaceCode(paragraph.text.charCodeAt(start))) start++
      let end = to
      while (end > start && isWhiteSpaceCode(paragraph.text.charCodeAt(end - 1))) end--
      if (start === end) return
      // A number line is short: longer lines are only looked at in their ends.
      const line = end - start <= 16 ? paragraph.text.slice(start, end) : undefined
      const number = line === undefined ? undefined : (numberLine.exec(line) ?? undefined)
      const head = paragraph.text.slice(start, Math.min(end, start + 8))
      const tail = paragraph.text.slice(Math.max(start, end - 40), end)

      const closed = finalMark.test(tail)
      const cell = !closed && fewWords(paragraph.text, start, end)
      if (stranded && !number && headingStart.test(head) && !inTable(stranded.before, cell, closed)) {
        report(stranded, paragraph.sourceOffset(start))
      }
      stranded = undefined
      readNumeral(paragraph, line, head, start)

      if (number && !previous?.number && !previous?.holdsNumber) {
        const word = number[1] ?? number[2]
        stranded = {
          start: paragraph.sourceOffset(start),
          text: line!,
          value: word === undefined ? Number(number[3] ?? number[4]) : cardinals.indexOf(word.toLowerCase()) + 1,
          parenthesised: number[1] !== undefined || number[3] !== undefined,
          numeral: word === undefined,
          before: previous
        }
      }
      const word = lastWord(tail)
      previous = {
        cell,
        closed,
        number: number !== undefined,
        holdsNumber: tail.endsWith('?') || (word !== undefined && !closed && goesOn.has(word))
      }
    }

    // A bare numeral counts only between the items before and after it: "3." / "4" / heading / "5.".
    function readNumeral(paragraph: Paragraph, line: string | undefined, head: string, start: number): void {
      const offset = paragraph.sourceOffset(start)
      const item = numberedItem.exec(head)
      if (bare) {
        if (bare.headingStart === undefined) {
          if (headingStart.test(head) && !item) {
            bare.headingStart = offset
            bare.actual = context.slice(bare.start, offset)
          } else bare = undefined
        } else if (item && Number(item[1]) === bare.value + 1) {
          const expected = `${bare.value}. `
          context.report({
            start: bare.start,
            end: bare.headingStart,
            actual: bare.actual,
            reason: `Expected \`${expected.trim()}\` at the start of the heading: the heading number \`${bare.text}\` stands alone on its line`,
            expected: [expected],
            fix: 'suggest'
          })
          bare = undefined
        } else if (item || ++bare.lines > itemReach) bare = undefined
      }
      const numeral = line === undefined ? undefined : bareNumeral.exec(line)
      if (numeral && lastItem && lastItem.lines <= itemReach && Number(numeral[1]) === lastItem.value + 1) {
        bare = {start: offset, text: numeral[1]!, value: Number(numeral[1]), lines: 0}
      }
      if (item) lastItem = {value: Number(item[1]), lines: 0}
      else if (lastItem && ++lastItem.lines > itemReach) lastItem = undefined
    }

    function report(number: Stranded, headingStart: number): void {
      const expected = number.parenthesised
        ? [`(${number.value}) `]
        : number.numeral
          ? [`${number.value}. `]
          : [`${romanNumerals[number.value - 1]}. `, `${number.value}. `]
      context.report({
        start: number.start,
        end: headingStart,
        reason: `Expected \`${expected[0]!.trim()}\` at the start of the heading: the heading number \`${number.text}\` stands alone on its line`,
        expected,
        fix: 'suggest'
      })
    }
  }
)

// The last word of a line, lowercased.
function lastWord(tail: string): string | undefined {
  let end = tail.length
  while (end > 0 && !letter.test(tail.charAt(end - 1))) end--
  let start = end
  while (start > 0 && letter.test(tail.charAt(start - 1))) start--
  return start < end ? tail.slice(start, end).toLowerCase() : undefined
}

// A number between a label and another label, or between a short cell and a
// line that does not close a sentence, is a value in a table, not a heading
// number: a heading follows a title or a paragraph, and either it or the
// line before it is a sentence or a long line.
function inTable(before: LineShape | undefined, cell: boolean, closed: boolean): boolean {
  if (!before) return false
  return (cell && !before.closed) || (before.cell && !closed)
}

// Four words or fewer.
function fewWords(text: string, start: number, end: number): boolean {
  let words = 1
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) === 32 && text.charCodeAt(index + 1) !== 32 && ++words > 4) return false
  }
  return true
}
