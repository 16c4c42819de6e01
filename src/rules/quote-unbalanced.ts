import {defineRule} from '../define-rule.js'
import {createQuotationTracker, findQuoteMarks} from '../util/quotes.js'

/** Options of `quote-unbalanced` (none). */
export type Options = Record<string, never>

/**
 * `quote-unbalanced`: a double quotation mark without its partner, as when
 * machine translation drops one mark of a pair (`"investment base.`).
 */
export default defineRule<Options>(
  {
    id: 'quote-unbalanced',
    description: 'Find a double quotation mark that opens or closes nothing.',
    details: [
      'Each paragraph\'s double quotation marks are paired in order. A straight `"` opens after the start of the text, a space, an opening bracket or a dash, and closes elsewhere; where its neighbours leave it in doubt it closes an open quotation or else opens one. A straight `"` after a digit outside a quotation is an inch mark (`17"`), and single marks are left alone because they are mostly apostrophes (`party’s`, `\'80s`, `workers\'`).',
      '',
      'A quotation may run over several paragraphs: a paragraph may leave it open when the next paragraph opens again, as English does. Only speech runs on so: a quotation that opens after a word and begins in lowercase or with a digit (`call the "12345 service line`) quotes a term, and is flagged when its paragraph leaves it open. A paragraph that closes a quotation opened in an earlier paragraph without opening again is flagged at its closing mark. A paragraph that *begins* with a mark it never closes, while a quotation is open, begins with the displaced closer of that quotation, and a `“` that *ends* a paragraph after its text is a closer turned the wrong way; both are `quote-direction`\'s findings, not this rule\'s.',
      '',
      'Only a person can tell where the missing mark belongs, so nothing is fixed.'
    ].join('\n'),
    category: 'fluency/punctuation',
    fixes: ['flag'],
    defaultOptions: {},
    examples: [
      {
        name: 'an opening mark never closed (seed)',
        input: 'Veteran soldiers and able captains "to" real money "investment base. Su Rong finally stressed the need.',
        messages: ['1:52-1:53: Expected a closing quotation mark for this opening `"`']
      },
      {
        name: 'a closing mark with no opener',
        input: 'The economy has shown resilience.\n\nThe world is optimistic about China\'s future development."',
        messages: ['3:58-3:59: Expected an opening quotation mark for this closing `"`']
      },
      {
        name: 'a closing mark ending a quotation opened in an earlier paragraph',
        input: '"The economy has shown strong resilience.\n\nThe world is optimistic about its future development."',
        messages: [
          '3:54-3:55: Expected an opening quotation mark at the start of this paragraph: the quotation from the paragraph before closes here'
        ]
      },
      {
        name: 'curly marks',
        input: 'He called it “a new stage of development and moved on.',
        messages: ['1:14-1:15: Expected a closing quotation mark for this opening `“`']
      },
      {
        name: 'a quoted term left open before a paragraph that opens again',
        input: 'Residents may call the "12345 service line or write to the office.\n\n"Every letter is answered," he said.',
        messages: ['1:24-1:25: Expected a closing quotation mark for this opening `"`']
      },
      {
        name: 'a quotation over two paragraphs, opened again',
        input: '"The economy has shown strong resilience.\n\n"The world is optimistic about its future," he said.',
        messages: []
      },
      {
        name: 'inch marks and apostrophes',
        input: 'A 17" screen, the party’s plan, the \'80s and the workers\' union.',
        messages: []
      },
      {name: 'paired marks', input: 'Build the "two cities" and "grasp both ends".', messages: []},
      {name: 'no space after a colon', input: 'He said:"We will win."', messages: []},
      {
        name: 'speech over two paragraphs, opened again',
        input: 'He said: "We will finish the plan.\n\n"It is a test," he said.',
        messages: []
      },
      {
        name: 'a turned closer ending a paragraph is left to quote-direction',
        input: 'Su Rong praised the plan“\n\n“We will win.\n\nMarkets are optimistic“',
        messages: []
      },
      {
        name: 'a displaced closer is left to quote-direction',
        input: '“The economy has shown strong resilience.\n\n”Julio Rios, an expert on China, said so.',
        messages: []
      }
    ]
  },
  function (context) {
    const tracker = createQuotationTracker((event) => {
      if (event.type === 'displaced' || event.type === 'reopened') return
      const {start, end, char} = event.mark
      const reason =
        event.type === 'unclosed'
          ? `Expected a closing quotation mark for this opening \`${char}\``
          : event.continued
            ? 'Expected an opening quotation mark at the start of this paragraph: the quotation from the paragraph before closes here'
            : `Expected an opening quotation mark for this closing \`${char}\``
      // A mark is one character of plain text; the report may come after its paragraph.
      context.report({start, end, actual: char, reason})
    }, context)

    return {
      paragraph(paragraph) {
        tracker.paragraph(paragraph, findQuoteMarks(paragraph.text))
      },
      end() {
        tracker.end()
      }
    }
  }
)
