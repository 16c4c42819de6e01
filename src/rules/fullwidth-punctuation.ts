import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {mayHoldCjk, touchesHan} from '../util/cjk.js'

/** Options of `fullwidth-punctuation` (none). */
export type Options = Record<string, never>

// Full-width forms (U+FF01–FF5E), the Chinese full stop and list comma, and
// their half-width variants. U+3000 belongs to `whitespace`, the corner and
// title brackets to `cjk-brackets`; full-width square brackets stay here.
const fullwidthMark = /[\uFF01-\uFF5E\u3001\u3002\uFF61\uFF64]/g

// English spacing around the ASCII mark: no space before a closing mark and
// one after it; no space after an opening mark and one before it.
const closingMarks = new Set([',', '.', ';', ':', '!', '?', '%', ')', ']', '}'])
const openingMarks = new Set(['(', '[', '{'])
// "1，000", "3．5", "10：30": no space inside a number.
const numberMarks = new Set([',', '.', ':'])
// Chinese opening brackets count: `cjk-brackets` leaves the space before them to this rule.
const wordStart = /[\p{L}\p{N}"“‘(「『【《〈〖〔]/u
const wordEnd = /[\p{L}\p{N}"”’)\]]/u
const digit = /\p{N}/u
const decimalDigit = /\p{Nd}/u
// Marks a full-width twin is dropped beside rather than converted (`。.`).
const sentenceMarks = new Set([',', '.', ';', ':', '!', '?'])
// What may stand before a heading number inside a line: the end of a
// sentence or clause, in either width (`tasks: 1、…; 2、…`).
const beforeInlineHeading = new Set(['.', ';', ':', '!', '?', '\u3002', '\uFF1B', '\uFF1A', '\uFF01', '\uFF1F'])

function isFullwidth(character: string): boolean {
  return /^[\uFF01-\uFF5E\u3001\u3002\uFF61\uFF64]$/.test(character)
}

/** The ASCII character for a full-width or Chinese mark. */
export function asciiMark(mark: string): string {
  if (mark === '\u3001' || mark === '\uFF64') return ','
  if (mark === '\u3002' || mark === '\uFF61') return '.'
  return String.fromCharCode(mark.charCodeAt(0) - 0xfee0)
}

/**
 * `fullwidth-punctuation`: full-width marks (，。；：！？（）％ and the list
 * comma 、) left in English text by a translation tool.
 */
export default defineRule<Options>(
  {
    id: 'fullwidth-punctuation',
    description: 'Find Chinese full-width punctuation in English text.',
    details: [
      'Chinese punctuation is full-width: `，。；：！？（）％` and the list comma `、`. Left in English text it looks wrong and breaks search and spell checking. Each mark is replaced safely by its ASCII form with English spacing: no space before a comma or full stop, one space after (`growth 。The` → `growth. The`, `reform、opening` → `reform, opening`), and none inside a number (`1，000`).',
      '',
      'After a heading number (`1、`, `2、` at the start of a line, or after a colon or semicolon inside one) the list comma stands for a full stop: `1、 Work review` becomes `1. Work review`, not `1, Work review`. A list of numbers (`1、2、3`) and a time (`10:30、`) keep the comma. A full-width mark beside its ASCII twin (`ended。.`) is removed rather than converted, which would double the mark.',
      '',
      'A mark next to a Chinese character belongs to quoted or untranslated Chinese text and is left to `cjk-residue`; the title and corner brackets (`《》「」【】`) are `cjk-brackets`, and the ideographic space is `whitespace`.'
    ].join('\n'),
    category: 'fluency/punctuation',
    fixes: ['safe'],
    defaultOptions: {},
    examples: [
      {
        name: 'full stop with a space before it',
        input: 'The economy kept up its growth 。Prices were stable.',
        messages: ['1:31-1:33: Replace the full-width `。` with `.`'],
        output: 'The economy kept up its growth. Prices were stable.'
      },
      {
        name: 'list comma',
        input: 'He praised reform、opening up and innovation.',
        messages: ['1:18-1:19: Replace the list comma `、` with `,`'],
        output: 'He praised reform, opening up and innovation.'
      },
      {
        name: 'full-width parentheses, colon and percent sign',
        input: 'Output rose 5％（year on year）according to the bureau：good news。',
        messages: [
          '1:14-1:15: Replace the full-width `％` with `%`',
          '1:15-1:16: Replace the full-width `（` with `(`',
          '1:28-1:29: Replace the full-width `）` with `)`',
          '1:52-1:53: Replace the full-width `：` with `:`',
          '1:62-1:63: Replace the full-width `。` with `.`'
        ],
        output: 'Output rose 5% (year on year) according to the bureau: good news.'
      },
      {
        name: 'inside a number',
        input: 'About 1，000 delegates met at 10：30。',
        messages: [
          '1:8-1:9: Replace the full-width `，` with `,`',
          '1:32-1:33: Replace the full-width `：` with `:`',
          '1:35-1:36: Replace the full-width `。` with `.`'
        ],
        output: 'About 1,000 delegates met at 10:30.'
      },
      {
        name: 'heading numbers',
        input: '1、 Work review\n2、Next steps\nThe tasks: 1、 reform; 2、 opening up.',
        messages: [
          '1:2-1:3: Replace the list comma after the heading number `1` with `.`',
          '2:2-2:3: Replace the list comma after the heading number `2` with `.`',
          '3:13-3:14: Replace the list comma after the heading number `1` with `.`',
          '3:24-3:25: Replace the list comma after the heading number `2` with `.`'
        ],
        output: '1. Work review\n2. Next steps\nThe tasks: 1. reform; 2. opening up.'
      },
      {
        name: 'a list of numbers and a time keep the comma',
        input: 'Items 1、2、3 were kept at 10:30、 as planned.',
        messages: [
          '1:8-1:9: Replace the list comma `、` with `,`',
          '1:10-1:11: Replace the list comma `、` with `,`',
          '1:31-1:32: Replace the list comma `、` with `,`'
        ],
        output: 'Items 1, 2, 3 were kept at 10:30, as planned.'
      },
      {
        name: 'beside its ASCII twin',
        input: 'The work ended。. Prices rose.。Exports grew.',
        messages: ['1:15-1:16: Remove the full-width `。` beside `.`', '1:30-1:31: Remove the full-width `。` beside `.`'],
        output: 'The work ended. Prices rose. Exports grew.'
      },
      {
        name: 'Markdown: marks in prose, not in inline code',
        input: 'Use **reform**，not `a，b`！\n',
        format: 'markdown',
        messages: ['1:15-1:16: Replace the full-width `，` with `,`', '1:25-1:26: Replace the full-width `！` with `!`'],
        output: 'Use **reform**, not `a，b`!\n'
      },
      {
        name: 'quoted Chinese text',
        input: 'The slogan “绿水青山，就是金山银山。” is well known.',
        messages: []
      },
      {name: 'ASCII punctuation', input: 'Growth, at 5%, was (again) strong: good!', messages: []}
    ]
  },
  function (context) {
    return {
      paragraph(paragraph) {
        const text = paragraph.text
        if (!mayHoldCjk(text)) return
        fullwidthMark.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = fullwidthMark.exec(text))) {
          if (touchesHan(text, match.index, match.index + 1)) continue
          report(paragraph, match.index, match[0])
        }
      }
    }

    function report(paragraph: Paragraph, at: number, mark: string): void {
      const text = paragraph.text
      const ascii = asciiMark(mark)
      const number = mark === '\u3001' ? headingNumber(text, at) : undefined
      if (number !== undefined) {
        const [start, end] = paragraph.sourceRange(at, at + 1)
        const spaced = text[at + 1] === ' ' || text[at + 1] === '\u3000'
        context.report({
          start,
          end,
          reason: `Replace the list comma after the heading number \`${number}\` with \`.\``,
          expected: [spaced ? '.' : '. '],
          fix: 'safe'
        })
        return
      }
      if (sentenceMarks.has(ascii) && reportTwin(paragraph, at, mark, ascii)) return
      let from = at
      let to = at + 1
      let replacement = ascii
      const inNumber = numberMarks.has(ascii) && mark !== '\u3001' && digit.test(text[at - 1] ?? '') && digit.test(text[at + 1] ?? '')

      if (closingMarks.has(ascii) || mark === '\u3001') {
        while (from > 0 && text[from - 1] === ' ') from--
        if (from === 0) from = at
        const next = text[to]
        // A full-width neighbour is judged by the mark it becomes.
        const nextPlain = next !== undefined && isFullwidth(next) ? asciiMark(next) : next
        if (!inNumber && nextPlain !== undefined && wordStart.test(nextPlain)) replacement += ' '
      } else if (openingMarks.has(ascii)) {
        while (text[to] === ' ') to++
        const previous = text[at - 1]
        if (previous !== undefined && wordEnd.test(previous)) replacement = ' ' + replacement
      }

      const [start, end] = paragraph.sourceRange(from, to)
      context.report({
        start,
        end,
        reason:
          mark === '\u3001'
            ? 'Replace the list comma `、` with `,`'
            : `Replace the full-width \`${mark}\` with \`${ascii}\``,
        expected: [replacement],
        fix: 'safe'
      })
    }

    // `tasks。.`, `tasks. 。`: the ASCII twin is already there, so the
    // full-width mark goes, with the spaces between them; converting it
    // would double the mark.
    function reportTwin(paragraph: Paragraph, at: number, mark: string, ascii: string): boolean {
      const text = paragraph.text
      let after = at + 1
      while (text[after] === ' ') after++
      let before = at - 1
      while (before >= 0 && text[before] === ' ') before--
      let from: number
      let to: number
      let replacement = ''
      if (text[after] === ascii) {
        from = before + 1
        to = after
      } else if (before >= 0 && text[before] === ascii) {
        from = before + 1
        to = at + 1
        const next = text[to]
        if (next !== undefined && wordStart.test(next)) replacement = ' '
      } else {
        return false
      }
      const [start, end] = paragraph.sourceRange(from, to)
      context.report({
        start,
        end,
        reason: `Remove the full-width \`${mark}\` beside \`${ascii}\``,
        expected: [replacement],
        fix: 'safe'
      })
      return true
    }
  }
)

/**
 * The number before a list comma that makes it a heading number (`1、`, `2、`),
 * when the number starts a line or follows the end of a clause and no digit
 * follows (`1、2、3` is a list of numbers).
 */
function headingNumber(text: string, at: number): string | undefined {
  let start = at
  while (start > 0 && at - start < 3 && decimalDigit.test(text[start - 1]!)) start--
  if (start === at || (start > 0 && decimalDigit.test(text[start - 1]!))) return undefined
  let before = start - 1
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\u3000')) before--
  const previous = text[before]
  const atLineStart = previous === undefined || previous === '\n' || previous === '\r'
  // `10:30、` is a time: an ASCII mark needs a space before the number.
  if (!atLineStart && (!beforeInlineHeading.has(previous) || (before === start - 1 && previous.charCodeAt(0) < 0x80))) return undefined
  let next = at + 1
  while (text[next] === ' ' || text[next] === '\u3000') next++
  if (next >= text.length || decimalDigit.test(text[next]!) || text[next] === '\n') return undefined
  return text.slice(start, at)
}
