import {defineRule} from '../define-rule.js'
import {curlyFor, findQuoteMarks, quoteCharacters, quotesPairUp, straightFor} from '../util/quotes.js'

/** Options of `quote-style`. */
export interface Options {
  /**
   * Which marks to expect. `consistent` (default): whichever of straight
   * (`"`, `'`) or curly (`“”`, `‘’`) marks the document mostly uses, counting
   * double quotes, single quotes and apostrophes together; `smart`: curly
   * marks; `straight`: straight marks.
   */
  preferred: 'consistent' | 'smart' | 'straight'
  /**
   * With `consistent`: flag the minority style of all marks only when it
   * makes up at most this share of them (default `0.2`, one in five). Past
   * that share only double quotation marks are compared (see the rule).
   */
  minorityShare: number
}

// What a kept mark is, apart from where: a handful of shapes cover a document.
interface Shape {
  /** The source text of the mark (a character reference in HTML), for a report after the text is gone. */
  actual: string
  char: string
  curly: string
  straight: string
  apostrophe: boolean
  safe: boolean
}

// The marks of one style, kept until the document's majority is known: two
// numbers and a shape index each, so that memory stays small on huge inputs.
class MarkList {
  readonly starts: number[] = []
  readonly ends: number[] = []
  readonly shapeIndices: number[] = []
  readonly shapes: Shape[] = []
  private readonly shapeKeys = new Map<string, number>()
  // Shapes whose source is the mark itself (plain text), by a small number:
  // no key string is built for the common case.
  private readonly plainShapes = new Map<number, number>()

  get length(): number {
    return this.starts.length
  }

  push(start: number, end: number, shape: Shape): void {
    const plain = shape.actual === shape.char
    let index = plain ? this.plainShapes.get(plainShapeNumber(shape)) : this.shapeKeys.get(shapeKey(shape))
    if (index === undefined) {
      index = this.shapes.length
      this.shapes.push(shape)
      if (plain) this.plainShapes.set(plainShapeNumber(shape), index)
      else this.shapeKeys.set(shapeKey(shape), index)
    }
    this.starts.push(start)
    this.ends.push(end)
    this.shapeIndices.push(index)
  }
}

function shapeKey(shape: Shape): string {
  return `${shape.actual}\u0000${shape.char}\u0000${shape.curly}\u0000${shape.straight}\u0000${shape.apostrophe}\u0000${shape.safe}`
}

// A shape whose source is its mark, as a number: its mark (which gives its
// straight form), its curly form, whether it is an apostrophe, whether safe.
function plainShapeNumber(shape: Shape): number {
  const mark = quoteCharacters.indexOf(shape.char)
  const curly = quoteCharacters.indexOf(shape.curly)
  return ((mark * 8 + curly) * 2 + (shape.apostrophe ? 1 : 0)) * 2 + (shape.safe ? 1 : 0)
}

/**
 * `quote-style`: quotation marks and apostrophes of the wrong style, such as
 * the one curly `party’s` in a text of straight quotes, or straight quotes
 * where a house style wants typographic ones.
 */
export default defineRule<Options>(
  {
    id: 'quote-style',
    description: 'Find quotation marks and apostrophes that break the document’s style, or the preferred one.',
    details: [
      'By default (`preferred: \'consistent\'`, the `recommended` preset) the document\'s majority style wins: straight (`"`, `\'`) or curly (`“”`, `‘’`), counting double quotes, single quotes and apostrophes together, and the marks of the other style are flagged when they are at most `minorityShare` of them (one in five). Machine translation mixes the two when it copies a curly mark from the Chinese source into straight-quoted output, often a pair or two among a few straight ones, so past that share the quotation marks alone decide, double and single together (straight `"` beside curly `‘’` mixes two styles; curly `“”` with `‘’` is one): those of the style fewer of them use are flagged, and on a tie the curly ones (the copies). Apostrophes are then left alone, since curly quotes beside typewriter apostrophes are a habit of word processors, not a translation artifact; a document of one style is never flagged. The `publication` preset sets `preferred: \'smart\'`: published English uses typographic quotes, and professional raters mark straight quotes in machine output as punctuation errors, although human translators use them too.',
      '',
      'Marks in code, in URLs, and inch and foot marks (`17"`, `5\'10"`) are never flagged. A straight mark becomes a curly one whose direction follows its neighbours; the fix is safe when every quotation in the paragraph then pairs up and no direction was a guess, else a suggestion. A curly mark always becomes straight safely.'
    ].join('\n'),
    category: 'fluency/punctuation',
    fixes: ['safe', 'suggest'],
    defaultOptions: {preferred: 'consistent', minorityShare: 0.2},
    optionChoices: {preferred: ['consistent', 'smart', 'straight']},
    examples: [
      {
        name: 'a lone curly apostrophe among straight quotes (seed)',
        input: 'Build the "two city". Improve the party’s ability, the "grasping both ends" method.',
        messages: ['1:40-1:41: Expected a straight apostrophe `\'` as elsewhere in the document, not `’`'],
        output: 'Build the "two city". Improve the party\'s ability, the "grasping both ends" method.'
      },
      {
        name: 'a straight closer in curly text',
        input: '“Overall, the economy improved,” he said. “Exports grew,” she added.\n\n“Consumption was enhanced."',
        messages: ['3:27-3:28: Expected a curly quotation mark `”` as elsewhere in the document, not `"`'],
        output: '“Overall, the economy improved,” he said. “Exports grew,” she added.\n\n“Consumption was enhanced.”'
      },
      {
        name: 'a straight closer in a short curly text',
        input: '“Overall, the economy improved,” he said.\n\n“Consumption was enhanced."',
        messages: ['3:27-3:28: Expected a curly quotation mark `”` as elsewhere in the document, not `"`'],
        output: '“Overall, the economy improved,” he said.\n\n“Consumption was enhanced.”'
      },
      {
        name: 'a curly pair copied into straight text',
        input: 'The county held the "two studies" session and watched the film “Never Forget”. The "three meetings" resumed.',
        messages: [
          '1:64-1:65: Expected a straight quotation mark `"` as elsewhere in the document, not `“`',
          '1:77-1:78: Expected a straight quotation mark `"` as elsewhere in the document, not `”`'
        ],
        output: 'The county held the "two studies" session and watched the film "Never Forget". The "three meetings" resumed.'
      },
      {
        name: 'an even mix of double quotes flags the curly ones',
        input: 'Carry out “study and practice” and the "new era" plan of the city\'s schools.',
        messages: [
          '1:11-1:12: Expected a straight quotation mark `"` as elsewhere in the document, not `“`',
          '1:30-1:31: Expected a straight quotation mark `"` as elsewhere in the document, not `”`'
        ],
        output: 'Carry out "study and practice" and the "new era" plan of the city\'s schools.'
      },
      {
        name: 'a curly single pair among straight double quotes',
        input: 'The town\'s "river chief" plan and the county\'s "clean water" plan carried out the ‘dynamic clearing’ of problems.',
        messages: [
          '1:83-1:84: Expected a straight quotation mark `\'` as elsewhere in the document, not `‘`',
          '1:100-1:101: Expected a straight quotation mark `\'` as elsewhere in the document, not `’`'
        ],
        output: 'The town\'s "river chief" plan and the county\'s "clean water" plan carried out the \'dynamic clearing\' of problems.'
      },
      {
        name: 'curly double and single quotes are one style',
        input: '“He said ‘the river chief’ must patrol,” the secretary recalled. “Clean water,” he added, “is the county’s aim.”',
        messages: []
      },
      {
        name: 'curly quotes with typewriter apostrophes',
        input: '“The county\'s plan,” he said, “is the people\'s plan.”',
        messages: []
      },
      {
        name: 'smart: straight quotes and apostrophes',
        input: 'The "chip war" hits China\'s industry.',
        options: {preferred: 'smart'},
        messages: [
          '1:5-1:6: Expected the curly quotation mark `“`, not `"`',
          '1:14-1:15: Expected the curly quotation mark `”`, not `"`',
          '1:26-1:27: Expected the curly apostrophe `’`, not `\'`'
        ],
        output: 'The “chip war” hits China’s industry.'
      },
      {
        name: 'smart: an unpaired quote is only a suggestion',
        input: 'Able captains "to" real money "investment base.',
        options: {preferred: 'smart'},
        messages: [
          '1:15-1:16: Expected the curly quotation mark `“`, not `"`',
          '1:18-1:19: Expected the curly quotation mark `”`, not `"`',
          '1:31-1:32: Expected the curly quotation mark `“`, not `"`'
        ],
        outputAll: 'Able captains “to” real money “investment base.'
      },
      {
        name: 'straight',
        input: 'The “chip war” hits China’s industry.',
        options: {preferred: 'straight'},
        messages: [
          '1:5-1:6: Expected the straight quotation mark `"`, not `“`',
          '1:14-1:15: Expected the straight quotation mark `"`, not `”`',
          '1:26-1:27: Expected the straight apostrophe `\'`, not `’`'
        ],
        output: 'The "chip war" hits China\'s industry.'
      },
      {
        name: 'one style throughout',
        input: 'The "chip war" hits China\'s industry.\n\nThe \'80s are over.',
        messages: []
      },
      {
        name: 'smart: inch marks and URLs',
        input: 'A 17″ screen, a 17" screen and 5\'10" tall; see https://example.com/it\'s.',
        options: {preferred: 'smart'},
        messages: []
      },
      {
        name: 'smart: code in Markdown',
        input: 'Run `say "hi"` to greet.',
        format: 'markdown',
        options: {preferred: 'smart'},
        messages: []
      }
    ]
  },
  function (context) {
    const {preferred} = context.options
    const straightMarks = new MarkList()
    const curlyMarks = new MarkList()
    // Quotation marks (double and single, apostrophes aside) of each style,
    // for a document mixed past `minorityShare`.
    let straightQuotes = 0
    let curlyQuotes = 0

    return {
      paragraph(paragraph) {
        const marks = findQuoteMarks(paragraph.text)
        const safe = quotesPairUp(marks)
        for (const mark of marks) {
          if (mark.inUrl || mark.doubled || mark.role === 'measure') continue
          const list = mark.straight ? straightMarks : curlyMarks
          if (mark.role !== 'apostrophe') {
            if (mark.straight) straightQuotes++
            else curlyQuotes++
          }
          // Only the counts matter for the style that cannot be flagged.
          if ((preferred === 'smart' && !mark.straight) || (preferred === 'straight' && mark.straight)) continue
          const [start, end] = paragraph.sourceRange(mark.index, mark.index + 1)
          list.push(start, end, {
            actual: context.slice(start, end),
            char: mark.char,
            curly: curlyFor(mark.kind, mark.role),
            straight: straightFor(mark.kind),
            apostrophe: mark.role === 'apostrophe',
            safe
          })
        }
      },
      end() {
        let flagStraight = preferred === 'smart'
        // Past `minorityShare`, only quotation marks are compared.
        let quotesOnly = false
        if (preferred === 'consistent') {
          const minority = Math.min(straightMarks.length, curlyMarks.length)
          if (minority === 0) return
          if (minority <= context.options.minorityShare * (straightMarks.length + curlyMarks.length)) {
            flagStraight = straightMarks.length <= curlyMarks.length
          } else {
            // Curly quotes with typewriter apostrophes is a habit of word
            // processors, not of translation: apostrophes are left out. Single
            // and double marks count together: "…" beside ‘…’ mixes two
            // styles as much as "…" beside “…”. A tie flags the curly marks,
            // which machine translation copies from the Chinese source into
            // its straight output.
            if (straightQuotes === 0 || curlyQuotes === 0) return
            quotesOnly = true
            flagStraight = straightQuotes < curlyQuotes
          }
        }
        const consistent = preferred === 'consistent'
        const flagged = flagStraight ? straightMarks : curlyMarks
        for (let index = 0; index < flagged.length; index++) {
          const candidate = flagged.shapes[flagged.shapeIndices[index]!]!
          if (quotesOnly && candidate.apostrophe) continue
          const replacement = flagStraight ? candidate.curly : candidate.straight
          const what = candidate.apostrophe ? 'apostrophe' : 'quotation mark'
          const style = flagStraight ? 'curly' : 'straight'
          context.report({
            start: flagged.starts[index]!,
            end: flagged.ends[index]!,
            actual: candidate.actual,
            reason: consistent
              ? `Expected a ${style} ${what} \`${replacement}\` as elsewhere in the document, not \`${candidate.char}\``
              : `Expected the ${style} ${what} \`${replacement}\`, not \`${candidate.char}\``,
            expected: [replacement],
            fix: !flagStraight || candidate.safe ? 'safe' : 'suggest',
            category: consistent ? 'fluency/inconsistency' : undefined
          })
        }
      }
    }
  }
)
