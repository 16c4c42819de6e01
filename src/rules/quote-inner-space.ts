import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {doublesPairUp, findQuoteMarks, type QuoteMark} from '../util/quotes.js'

/** Options of `quote-inner-space` (none). */
export type Options = Record<string, never>

/**
 * `quote-inner-space`: a space inside a quotation mark (`" Rios said`,
 * `enhanced. "`), left where machine translation dropped or moved a mark.
 */
export default defineRule<Options>(
  {
    id: 'quote-inner-space',
    description: 'Find a space after an opening or before a closing quotation mark.',
    details: [
      'An opening mark followed by a space, or a closing mark after a space, inside the quotation. The direction of a straight mark is inferred from its neighbours and, where they leave it in doubt (a space on both sides), from whether a quotation is open. A single mark counts only when it pairs with another, so apostrophes (`’80s`, `the workers’ `) are left alone.',
      '',
      'Deleting the space is safe for a curly mark that pairs up, and for a straight mark when every double quote of the paragraph pairs up and no direction was a guess; otherwise it is a suggestion. A space *outside* the quotation, before punctuation (`"pill of peace" ,`), is not this rule\'s finding: it is a space before punctuation, for the `whitespace` rule.'
    ].join('\n'),
    category: 'fluency/punctuation',
    fixes: ['safe', 'suggest'],
    defaultOptions: {},
    examples: [
      {
        name: 'a space after a paragraph-initial straight opener',
        input: '" Rios said that China is promoting innovation," the report says.',
        messages: ['1:1-1:3: Remove the space after the opening quotation mark'],
        output: '"Rios said that China is promoting innovation," the report says.'
      },
      {
        name: 'a space before a closer',
        input: '“Overall, consumption was enhanced. "',
        messages: ['1:36-1:38: Remove the space before the closing quotation mark'],
        output: '“Overall, consumption was enhanced."'
      },
      {
        name: 'curly marks',
        input: 'He called it “ a new stage ” of development.',
        messages: [
          '1:14-1:16: Remove the space after the opening quotation mark',
          '1:27-1:29: Remove the space before the closing quotation mark'
        ],
        output: 'He called it “a new stage” of development.'
      },
      {
        name: 'a guessed direction is only a suggestion',
        input: 'He said " we will win " and left.',
        messages: [
          '1:9-1:11: Remove the space after the opening quotation mark',
          '1:22-1:24: Remove the space before the closing quotation mark'
        ],
        outputAll: 'He said "we will win" and left.'
      },
      {
        name: 'an unpaired straight opener is only a suggestion',
        input: '" Rios said that China is promoting innovation.',
        messages: ['1:1-1:3: Remove the space after the opening quotation mark'],
        outputAll: '"Rios said that China is promoting innovation.'
      },
      {
        name: 'a space before a comma after the quotation',
        input: 'It is known as the "pill of peace" , a plan for the region.',
        messages: []
      },
      {name: 'a stray mark after a quotation', input: '“We will win,” he said. “', messages: []},
      {name: 'a lone curly mark between spaces', input: '“I have waited for this trip “ said Mrs. Sun.', messages: []},
      {name: 'apostrophes', input: 'The ’80s, the workers’ union, rock ’n’ roll.', messages: []},
      {name: 'spaces outside the quotation', input: 'He said "we will win" and left.', messages: []},
      {name: 'a lone mark between spaces', input: 'A 17 " screen.', messages: []}
    ]
  },
  function (context) {
    return {
      paragraph(paragraph) {
        const text = paragraph.text
        const marks = findQuoteMarks(text)
        const straightSafe = doublesPairUp(marks)
        for (const mark of marks) {
          if (mark.inUrl || mark.doubled || (mark.role !== 'open' && mark.role !== 'close')) continue
          // A curly mark turned the wrong way is `quote-direction`'s, spaces included: one error, one message.
          if (!mark.straight && mark.misdirected) continue
          // Which side of a lone mark between spaces is inside cannot be told, nor where a stray mark belongs.
          if (mark.partner === -1 && (mark.kind === 'single' || mark.guessed || mark.misdirected || betweenSpaces(text, mark.index))) continue
          const safe = mark.straight ? straightSafe && mark.kind === 'double' : mark.partner !== -1 && !mark.misdirected
          if (mark.role === 'open') {
            const spaceEnd = skipSpace(text, mark.index + 1, 1)
            if (spaceEnd === mark.index + 1 || spaceEnd >= text.length) continue
            report(paragraph, mark, mark.index, spaceEnd, 'after the opening', safe)
          } else {
            const spaceStart = skipSpace(text, mark.index - 1, -1) + 1
            if (spaceStart === mark.index || spaceStart === 0) continue
            report(paragraph, mark, spaceStart, mark.index + 1, 'before the closing', safe)
          }
        }
      }
    }

    function report(paragraph: Paragraph, mark: QuoteMark, from: number, to: number, where: string, safe: boolean): void {
      const [start, end] = paragraph.sourceRange(from, to)
      context.report({
        start,
        end,
        reason: `Remove the space ${where} quotation mark`,
        expected: [mark.char],
        fix: safe ? 'safe' : 'suggest'
      })
    }
  }
)

// Index of the first non-space character from `index` in `step` direction.
function skipSpace(text: string, index: number, step: 1 | -1): number {
  let at = index
  while (at >= 0 && at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\u00A0')) at += step
  return at
}

function betweenSpaces(text: string, index: number): boolean {
  return /\s/u.test(text[index - 1] ?? '') && /\s/u.test(text[index + 1] ?? '')
}
