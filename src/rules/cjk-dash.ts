import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {touchesHan} from '../util/cjk.js'

/** Options of `cjk-dash`. */
export interface Options {
  /**
   * How the em dash that replaces a Chinese dash is spaced: `closed`
   * ("word—word"), `spaced` ("word — word"), or `consistent`, the way the
   * document spaces its own em dashes (closed when it has none, or as many of
   * each). Default: `consistent`.
   */
  spacing: 'consistent' | 'closed' | 'spaced'
}

// The Chinese dash 破折号 is two characters wide: two em dashes (U+2014) or
// horizontal bars (U+2015), or box-drawing lines (U+2500, U+2501) picked by
// an input method.
const dashCharacter = /[\u2014\u2015\u2500\u2501]/g

function isDash(character: string | undefined): boolean {
  return character === '\u2014' || character === '\u2015' || character === '\u2500' || character === '\u2501'
}

function isBoxLine(character: string): boolean {
  return character === '\u2500' || character === '\u2501'
}

// Any other box-drawing character (corners, crossings, verticals) makes the
// paragraph a drawn table, whose lines are not dashes.
const tableCharacter = /[\u2502-\u257F]/
const capital = /\p{Lu}/u
const letter = /\p{L}/u
const digit = /\p{N}/u

interface DashRun {
  start: number
  end: number
  actual: string
  reason: string
  /** Both sides are text: the spaces around the run belong to the fix. */
  between: boolean
  /** Between two numbers (`2020——2025`): a range, which takes an en dash. */
  range: boolean
}

/**
 * `cjk-dash`: the Chinese dash (`——`, `──`, `— —`) used as an English dash,
 * replaced by one em dash.
 */
export default defineRule<Options>(
  {
    id: 'cjk-dash',
    description: 'Find the Chinese two-character dash used as an English dash.',
    details: [
      'The Chinese dash 破折号 takes the width of two characters. Machine translation copies it as two em dashes (`——`), two horizontal bars (`――`), an em dash written twice with a space (`— —`) or box-drawing lines an input method put in (`─`, `──`). English writes one em dash. Between two words it is replaced safely, with the spaces around it; at the start or end of a paragraph it is a suggestion, and so is an en dash between two numbers (`2020──2025`, a range).',
      '',
      'The em dash is closed up ("word—word") unless the document spaces its own em dashes ("word — word"): `spacing: \'consistent\'` follows the document\'s majority, and falls back to the closed form, the form of most English style guides for print and of the Chinese dash itself, which has no spaces around it. `spacing: \'closed\'` or `\'spaced\'` sets it.',
      '',
      'Not flagged: a single em dash, an en dash in a range (`2020–2025`), the `--` of a Xinhua dateline, three em dashes or more (a 3-em dash standing for a repeated name), two after a single capital (`Mr. B——`, letters left out), a line of three box-drawing characters or more, any box drawing in a paragraph with other table characters (`├──┤`), and dashes inside Chinese text.'
    ].join('\n'),
    category: 'fluency/punctuation',
    fixes: ['safe', 'suggest'],
    defaultOptions: {spacing: 'consistent'},
    optionChoices: {spacing: ['consistent', 'closed', 'spaced']},
    examples: [
      {
        name: 'two em dashes',
        input: 'Safety must come first—— better slow than unsafe.',
        messages: ['1:23-1:26: Use one em dash `—` instead of the Chinese dash `——`'],
        output: 'Safety must come first—better slow than unsafe.'
      },
      {
        name: 'box-drawing lines with spaces',
        input: 'Officials must perform their duties ── and must not use public cars.',
        messages: ['1:36-1:40: Use one em dash `—` instead of the box-drawing line `──`'],
        output: 'Officials must perform their duties—and must not use public cars.'
      },
      {
        name: 'the document spaces its em dashes',
        input: 'The plan — adopted in May — is clear.\nEvery village has someone in charge —— every road has a keeper.',
        messages: ['2:36-2:40: Use one em dash `—` instead of the Chinese dash `——`'],
        output: 'The plan — adopted in May — is clear.\nEvery village has someone in charge — every road has a keeper.'
      },
      {
        name: 'an em dash written twice with a space',
        input: 'The members kept one belief — — to follow the Party.',
        messages: ['1:28-1:33: Use one em dash `—` instead of the Chinese dash `— —`'],
        output: 'The members kept one belief—to follow the Party.'
      },
      {
        name: 'options: spaced',
        input: 'Quality first——shorter waiting times.',
        options: {spacing: 'spaced'},
        messages: ['1:14-1:16: Use one em dash `—` instead of the Chinese dash `——`'],
        output: 'Quality first — shorter waiting times.'
      },
      {
        name: 'at the start of a paragraph, only a suggestion',
        input: '——Speech at the county meeting',
        messages: ['1:1-1:3: Use one em dash `—` instead of the Chinese dash `——`'],
        outputAll: '—Speech at the county meeting'
      },
      {
        name: 'between two numbers, a range',
        input: 'The plan covers 2021──2025.',
        messages: ['1:21-1:23: Use an en dash `–` for the range instead of the box-drawing line `──`'],
        outputAll: 'The plan covers 2021–2025.'
      },
      {
        name: 'single dashes, ranges and datelines',
        input: 'BEIJING, May 5 (Xinhua) -- The plan—for 2020–2025—was adopted — as expected.',
        messages: []
      },
      {
        name: 'a drawn table and a rule line',
        input: '┌──┬──┐\n│ a │ b │\n────────\nTotal ─── 5',
        messages: []
      },
      {
        name: 'letters left out, a 3-em dash and Chinese text',
        input: 'Mr. B—— said so. ———. 2005. Report. The slogan “绿水青山——金山银山” stays.',
        messages: []
      }
    ]
  },
  function (context) {
    const runs: DashRun[] = []
    let closed = 0
    let spaced = 0

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        let table: boolean | undefined
        dashCharacter.lastIndex = 0
        for (let match = dashCharacter.exec(text); match; match = dashCharacter.exec(text)) {
          let end = match.index + 1
          while (isDash(text[end]) || (text[end] === ' ' && isDash(text[end + 1]))) end++
          table ??= tableCharacter.test(text)
          judge(paragraph, match.index, end, table)
          dashCharacter.lastIndex = end
        }
      },
      end() {
        const style = context.options.spacing === 'consistent' ? (spaced > closed ? 'spaced' : 'closed') : context.options.spacing
        const dash = style === 'spaced' ? ' — ' : '—'
        for (const run of runs) {
          context.report({
            start: run.start,
            end: run.end,
            actual: run.actual,
            reason: run.reason,
            expected: [run.range ? '–' : run.between ? dash : '—'],
            fix: run.between && !run.range ? 'safe' : 'suggest'
          })
        }
      }
    }

    function judge(paragraph: Paragraph, from: number, to: number, table: boolean): void {
      const text = paragraph.text
      const run = text.slice(from, to)
      const dashes = run.replace(/ /g, '')
      const box = [...dashes].some(isBoxLine)
      if (dashes.length === 1 && !box) {
        if (run === '\u2014') countStyle(text, from, to)
        return
      }
      if (dashes.length > 2 || (box && table)) return
      if (touchesHan(text, from, to)) return
      // `Mr. B——`: a 2-em dash for letters left out of a name.
      if (!box && capital.test(text[from - 1] ?? '') && !letter.test(text[from - 2] ?? '')) return

      let start = from
      while (start > 0 && text[start - 1] === ' ') start--
      let end = to
      while (end < text.length && text[end] === ' ') end++
      const between = start > 0 && end < text.length
      // A line of nothing but dashes is a rule, not punctuation.
      if (start === 0 && end === text.length) return
      const range = digit.test(text[from - 1] ?? '') && digit.test(text[to] ?? '')
      const [sourceStart, sourceEnd] = between ? paragraph.sourceRange(start, end) : paragraph.sourceRange(from, to)
      const kind = box ? 'box-drawing line' : 'Chinese dash'
      runs.push({
        start: sourceStart,
        end: sourceEnd,
        actual: context.slice(sourceStart, sourceEnd),
        reason: range
          ? `Use an en dash \`–\` for the range instead of the ${kind} \`${run}\``
          : `Use one em dash \`—\` instead of the ${kind} \`${run}\``,
        between,
        range
      })
    }

    function countStyle(text: string, from: number, to: number): void {
      const before = text[from - 1]
      const after = text[to]
      if (before === undefined || after === undefined) return
      if (before === ' ' && after === ' ') spaced++
      else if (before !== ' ' && after !== ' ') closed++
    }
  }
)
