import {defineRule} from '../define-rule.js'
import {createQuotationTracker, curlyFor, doublesPairUp, findQuoteMarks, type PlacedMark, type QuoteRole} from '../util/quotes.js'

/** Options of `quote-direction` (none). */
export type Options = Record<string, never>

/**
 * `quote-direction`: a curly quotation mark turned the wrong way, and the
 * closing mark that Chinese puts at the start of the next paragraph
 * (`”西班牙…` becomes `"Julio Rios, …`).
 */
export default defineRule<Options>(
  {
    id: 'quote-direction',
    description: 'Find a quotation mark that points the wrong way or closes a quotation at the start of the next paragraph.',
    details: [
      'A curly closer after a space and before a word (`said ”we`), a curly opener after a word and before a space or punctuation (`win“ he`), and `‘` after a word (`party‘s`) point the wrong way, and so does a `“` with nothing after it in its paragraph. A double mark is reported only when, taken the right way round, it pairs with another (an unpaired one is `quote-unbalanced`\'s finding); the swap is safe when all of the paragraph\'s double quotes then pair up, else a suggestion. A `“` that ends its paragraph after its text (`… the plan“`) can open nothing, so it is reported paired or not: the swap is safe when it closes its own paragraph\'s quotation or one opened in an earlier paragraph, and a suggestion when no opener is found at all. Right after another mark (`growth.” “`) it is a stray mark, left to `quote-unbalanced`. `’` before a word is left alone: it is the apostrophe of `’80s` and `’tis`.',
      '',
      'Chinese source text often starts a paragraph with `”`, the closer of a quotation opened in an earlier paragraph, and machine translation copies it as an opening mark (`"Julio Rios, a well-known…`). A paragraph that begins with a mark it never closes, while a quotation from an earlier paragraph is open, is taken for such a displaced closer, unless the next paragraph opens again (a quotation over several paragraphs). Moving it to the end of the paragraph before is a suggestion: the message covers the paragraph break and the mark.'
    ].join('\n'),
    category: 'fluency/punctuation',
    fixes: ['safe', 'suggest'],
    defaultOptions: {},
    examples: [
      {
        name: 'a closer before a word',
        input: 'He said ”we will win” and left.',
        messages: ['1:9-1:10: Expected the opening mark `“` here, not `”`'],
        output: 'He said “we will win” and left.'
      },
      {
        name: 'an opener after a word',
        input: '“We will win“ he said.',
        messages: ['1:13-1:14: Expected the closing mark `”` here, not `“`'],
        output: '“We will win” he said.'
      },
      {
        name: 'a left single mark as apostrophe',
        input: 'Improve the party‘s ability to innovate.',
        messages: ['1:18-1:19: Expected the apostrophe `’` here, not `‘`'],
        output: 'Improve the party’s ability to innovate.'
      },
      {
        name: 'a swap that leaves the quotes unpaired is a suggestion',
        input: 'He said ”we will win” and “left.',
        messages: ['1:9-1:10: Expected the opening mark `“` here, not `”`'],
        outputAll: 'He said “we will win” and “left.'
      },
      {
        name: 'a displaced closer after a paragraph in between',
        input:
          '"The economy has shown strong resilience.\n\nMarkets are optimistic.\n\n"Julio Rios, an expert on China, said so.',
        messages: [
          '3:24-5:2: Move this quotation mark to the end of the paragraph before: it closes the quotation opened earlier'
        ],
        outputAll: '"The economy has shown strong resilience.\n\nMarkets are optimistic."\n\nJulio Rios, an expert on China, said so.'
      },
      {
        name: 'a displaced curly closer, with a space',
        input: '“The economy has shown strong resilience.\n\n” Rios said so.',
        messages: [
          '1:42-3:3: Move this quotation mark to the end of the paragraph before: it closes the quotation opened earlier'
        ],
        outputAll: '“The economy has shown strong resilience.”\n\nRios said so.'
      },
      {
        name: 'a closer turned opener that opens a continued quotation',
        input: '“The economy has shown strong resilience.\n\n”Markets are optimistic.\n\n“Investment is growing,” he said.',
        messages: ['3:1-3:2: Expected the opening mark `“` here, not `”`'],
        output: '“The economy has shown strong resilience.\n\n“Markets are optimistic.\n\n“Investment is growing,” he said.'
      },
      {
        name: 'a turned closer ending a paragraph, opened in the one before',
        input: '“The economy has shown strong resilience.\n\nMarkets are optimistic“',
        messages: ['3:23-3:24: Expected the closing mark `”` here, not `“`'],
        output: '“The economy has shown strong resilience.\n\nMarkets are optimistic”'
      },
      {
        name: 'a turned closer ending a paragraph with no opener is a suggestion',
        input: 'Su Rong praised the plan, “',
        messages: ['1:26-1:28: Expected the closing mark `”` here, without the space, not `“`; its opening mark is missing too'],
        outputAll: 'Su Rong praised the plan,”'
      },
      {
        name: 'a quotation over several paragraphs',
        input: '“The economy has shown strong resilience.\n\n“Markets are optimistic.\n\n“Investment is growing,” he said.',
        messages: []
      },
      {
        name: 'apostrophes and elisions',
        input: 'The ’80s, rock ’n’ roll, the workers’ union and the party’s plan.',
        messages: []
      },
      {name: 'a space inside the quotes is another rule', input: 'He said “ we will win ” and left.', messages: []},
      {name: 'straight quotes in any place', input: 'He said "we will win" and left.', messages: []},
      {name: 'an unpaired mark is left to quote-unbalanced', input: 'He said ”we will win and left.', messages: []},
      {name: 'a stray mark after a closer is left to quote-unbalanced', input: 'He said “we will win.” “', messages: []}
    ]
  },
  function (context) {
    const tracker = createQuotationTracker((event) => {
      if (event.type === 'displaced') {
        const {mark, previousProseEnd, spaceAfter, text} = event
        const closer = mark.char === '"' ? '"' : '”'
        context.report({
          start: previousProseEnd,
          end: mark.end + spaceAfter,
          actual: text,
          reason: 'Move this quotation mark to the end of the paragraph before: it closes the quotation opened earlier',
          expected: [closer + text.slice(0, mark.start - previousProseEnd)],
          fix: 'suggest'
        })
      } else if (event.type === 'reopened' && event.mark.char === '”') {
        swap(event.mark, 'open', '“', true)
      }
    }, context)

    return {
      paragraph(paragraph) {
        const marks = findQuoteMarks(paragraph.text)
        const {candidate, turned, turnedClosesEarlier} = tracker.paragraph(paragraph, marks)
        const paired = doublesPairUp(marks)
        for (const mark of marks) {
          // An unpaired mark is `quote-unbalanced`'s: turning it would not pair it.
          // A `“` ending its paragraph can only close, paired or not.
          if (!mark.misdirected || mark === candidate || (mark.kind === 'double' && mark.partner === -1 && mark !== turned)) continue
          // A closer typed as an opener usually has the space an opener would: take it too.
          let from = mark.index
          let to = mark.index + 1
          if (mark.role === 'close') while (from > 0 && isSpace(paragraph.text[from - 1]!)) from--
          if (mark.role === 'open') while (to < paragraph.text.length && isSpace(paragraph.text[to]!)) to++
          const [start, end] = paragraph.sourceRange(from, to)
          const single = mark.kind === 'single'
          const placed = {start, end, char: context.slice(start, end)}
          // With no opener anywhere, the swap leaves the quotation to be mended by hand.
          const safe = mark === turned ? turnedClosesEarlier : single || paired
          swap(placed, mark.role, curlyFor(mark.kind, mark.role), safe, mark === turned && !turnedClosesEarlier)
        }
      },
      end() {
        tracker.end()
      }
    }

    function swap(mark: PlacedMark, role: QuoteRole, replacement: string, safe: boolean, openerMissing = false): void {
      const name = role === 'apostrophe' ? 'apostrophe' : role === 'open' ? 'opening mark' : 'closing mark'
      const spaced = mark.char.trim() !== mark.char
      const missing = openerMissing ? '; its opening mark is missing too' : ''
      context.report({
        start: mark.start,
        end: mark.end,
        reason: spaced
          ? `Expected the ${name} \`${replacement}\` here, without the space, not \`${mark.char.trim()}\`${missing}`
          : `Expected the ${name} \`${replacement}\` here, not \`${mark.char}\`${missing}`,
        expected: [replacement],
        fix: safe ? 'safe' : 'suggest'
      })
    }
  }
)

function isSpace(character: string): boolean {
  return character === ' ' || character === '\t' || character === '\u00A0'
}
