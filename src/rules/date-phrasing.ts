import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../rule.js'

/** Options of `date-phrasing`. */
export interface Options {
  /**
   * The ordinal suffix after a month ("September 17th"): `allow` it, or
   * `remove` it (house style of published officialese; the `publication`
   * preset). Default: `allow`.
   */
  ordinals: 'allow' | 'remove'
  /**
   * Find a day given without its month ("on the 11th", from 11日): human
   * translators of Chinese news write it too, so it is house style (the
   * `publication` preset). Default: `false`.
   */
  dayOnly: boolean
}

const month =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.'
const monthName = new RegExp(`\\b(?:${month})`, 'g')
const monthMention = new RegExp(`\\b(?:${month})`)
// "In September 17th": 在9月17日 rendered with "in"; "in September 2023" has no day.
const inMonthDay = new RegExp(`\\b([Ii]n) (?:${month}) (\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])`, 'gu')
const monthDayOrdinal = new RegExp(`\\b(?:${month}) (\\d{1,2})(st|nd|rd|th)(?![\\p{L}\\p{N}])`, 'gu')
// "on the 11th" (11日) followed by punctuation or a word that cannot start
// the noun the ordinal would modify ("the 20th Party Congress").
const dayOnly =
  /\b([Oo]n the )(\d{1,2})(?:st|nd|rd|th)(?=[,.;:)]|$| (?:and|or|to|at|in|when|with|by|from|that|local|as|but|while|after|before|during)\b)/g
// "Chinanews.com, Beijing, February 11th (Men Rui) recently released…": an
// agency, a place, a date and a byline run into a sentence that goes on in
// lowercase. A real dateline reads "BEIJING, Feb. 11 (Xinhua) --".
const fusedDateline = new RegExp(
  `^([\\p{Lu}][^,()\\n]{1,40}), ([\\p{Lu}][\\p{L}' ]{1,30}), ((?:${month}) \\d{1,2})(?:st|nd|rd|th)?,? \\(([^()\\n]{1,40})\\),? (?=\\p{Ll})`,
  'u'
)
const sentenceBoundary = /[.!?]["”’)]?\s/g

// A month and a day: the last letter of a month name (or the full stop of
// its abbreviation), a space, a digit. The patterns above that take a day all
// hold one, so a paragraph without it (most) is passed over after one search.
const monthDaySign = /[hlerty.] \d/

function mayHoldMonthDay(text: string): boolean {
  return monthDaySign.test(text)
}

/**
 * `date-phrasing`: dates calqued from Chinese: "In September 17th", "on the
 * 11th" with no month, and a dateline fused into the first sentence.
 */
export default defineRule<Options>(
  {
    id: 'date-phrasing',
    description: 'Find dates phrased as in the Chinese source.',
    details: [
      'Chinese writes 在9月17日 ("at September 17"), and machine translation gives "In September 17th"; English takes "on" before a day, which is fixed safely. A news dateline run into the first sentence ("Chinanews.com, Beijing, February 11th (Men Rui) recently released…") is suggested as `Beijing, February 11 (Chinanews.com) --`.',
      '',
      'Published officialese writes "September 17", not "September 17th"; human translators often write "July 9th" too, so the ordinal suffix is only flagged (and removed safely) with `ordinals: \'remove\'`, which the `publication` preset sets. So is a day with no month in its sentence ("on the 11th", from 11日), found with `dayOnly: true` (also in `publication`): the month named last in the document is suggested, if there is one. "The 20th Party Congress", "the 14th Five-Year Plan", "in September 2023" and "the 17th of September" are not flagged.'
    ].join('\n'),
    category: 'locale/date-format',
    fixes: ['safe', 'suggest', 'flag'],
    defaultOptions: {ordinals: 'allow', dayOnly: false},
    optionChoices: {ordinals: ['allow', 'remove']},
    examples: [
      {
        name: '"in" before a day',
        input: 'In September 17th, Su Rong stressed the point.',
        messages: ['1:1-1:3: Use `On` before a date: `On September 17th`'],
        output: 'On September 17th, Su Rong stressed the point.'
      },
      {
        name: 'options: ordinal suffix removed',
        input: 'In September 17th, and again on February 10th, he spoke.',
        options: {ordinals: 'remove'},
        messages: [
          '1:1-1:3: Use `On` before a date: `On September 17th`',
          '1:14-1:18: Write `September 17` without the ordinal suffix',
          '1:42-1:46: Write `February 10` without the ordinal suffix'
        ],
        output: 'On September 17, and again on February 10, he spoke.'
      },
      {
        name: 'options: a day with no month',
        options: {dayOnly: true},
        input: 'The talks began on February 9. Li arrived on the 11th, and talks resumed on the 12th and 13th.',
        messages: [
          '1:43-1:54: Name the month: `on February 11`',
          '1:74-1:85: Name the month: `on February 12`'
        ],
        outputAll: 'The talks began on February 9. Li arrived on February 11, and talks resumed on February 12 and 13th.'
      },
      {
        name: 'options: a day with no month anywhere',
        options: {dayOnly: true},
        input: 'Prosecutors announced on the 26th that the case was closed.',
        messages: ['1:23-1:34: Name the month of `on the 26th`']
      },
      {
        name: 'fused dateline',
        input: 'Chinanews.com, Beijing, February 11th (Men Rui) recently released a report on industry.',
        messages: [
          '1:1-1:49: Separate the dateline from the sentence: `Beijing, February 11 (Chinanews.com) --`'
        ],
        outputAll: 'Beijing, February 11 (Chinanews.com) -- recently released a report on industry.'
      },
      {
        name: 'Markdown: dates in prose, not in code',
        input: '*In March 5*, see `In March 5`.\n',
        format: 'markdown',
        messages: ['1:2-1:4: Use `On` before a date: `On March 5`'],
        output: '*On March 5*, see `In March 5`.\n'
      },
      {
        name: 'ordinals that are not dates',
        input: 'The 20th Party Congress set the 14th Five-Year Plan on the 5th floor in September 2023, on the 17th of September.',
        messages: []
      },
      {
        name: 'a day with no month is house style',
        input: 'Prosecutors announced on the 26th that the case was closed.',
        messages: []
      },
      {
        name: 'a proper dateline',
        input: 'BEIJING, Feb. 11 (Xinhua) -- The report was released on September 17th.',
        messages: []
      }
    ]
  },
  function (context) {
    const {options} = context
    // The month named last, for a day given without one ("on the 11th").
    let lastMonth: string | undefined

    return {
      paragraph(paragraph) {
        if (mayHoldMonthDay(paragraph.text)) {
          checkFusedDateline(paragraph)
          checkInMonthDay(paragraph)
          if (options.ordinals === 'remove') checkOrdinals(paragraph)
        }
        if (options.dayOnly) checkDayOnly(paragraph)
      }
    }

    function checkInMonthDay(paragraph: Paragraph): void {
      const text = paragraph.text
      inMonthDay.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = inMonthDay.exec(text))) {
        if (Number(match[2]) < 1 || Number(match[2]) > 31) continue
        const word = match[1]!
        const on = word === 'In' ? 'On' : 'on'
        const [start, end] = paragraph.sourceRange(match.index, match.index + word.length)
        context.report({
          start,
          end,
          reason: `Use \`${on}\` before a date: \`${on}${match[0].slice(word.length)}\``,
          expected: [on],
          fix: 'safe'
        })
      }
    }

    function checkOrdinals(paragraph: Paragraph): void {
      const text = paragraph.text
      monthDayOrdinal.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = monthDayOrdinal.exec(text))) {
        const day = match[1]!
        const from = match.index + match[0].length - day.length - match[2]!.length
        const [start, end] = paragraph.sourceRange(from, match.index + match[0].length)
        context.report({
          start,
          end,
          reason: `Write \`${match[0].slice(0, -match[2]!.length)}\` without the ordinal suffix`,
          expected: [day],
          fix: 'safe'
        })
      }
    }

    function checkDayOnly(paragraph: Paragraph): void {
      const text = paragraph.text
      const boundaries = sentenceStarts(text)
      dayOnly.lastIndex = 0
      monthName.lastIndex = 0
      let named: RegExpExecArray | null = monthName.exec(text)
      let match: RegExpExecArray | null
      while ((match = dayOnly.exec(text))) {
        const at = match.index
        // Months named before this date, in this paragraph, move `lastMonth`.
        while (named && named.index < at) {
          lastMonth = fullMonth(named[0])
          named = monthName.exec(text)
        }
        const sentence = sentenceAround(boundaries, at, text.length)
        if (monthMention.test(text.slice(sentence[0], sentence[1]))) continue

        const [start, end] = paragraph.sourceRange(at, at + match[0].length)
        const on = match[1]!.slice(0, 2)
        context.report(
          lastMonth
            ? {
                start,
                end,
                reason: `Name the month: \`${on} ${lastMonth} ${match[2]}\``,
                expected: [`${on} ${lastMonth} ${match[2]}`],
                fix: 'suggest'
              }
            : {start, end, reason: `Name the month of \`${match[0]}\``}
        )
      }
      while (named) {
        lastMonth = fullMonth(named[0])
        named = monthName.exec(text)
      }
    }

    function checkFusedDateline(paragraph: Paragraph): void {
      const match = fusedDateline.exec(paragraph.text)
      if (!match) return
      const [, agency, place, date] = match
      const [start, end] = paragraph.sourceRange(0, match[0].length)
      const dateline = `${place}, ${date} (${agency}) --`
      context.report({
        start,
        end,
        reason: `Separate the dateline from the sentence: \`${dateline}\``,
        expected: [`${dateline} `],
        fix: 'suggest'
      })
    }
  }
)

function fullMonth(name: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  const prefix = name.slice(0, 3)
  return months.find((full) => full.startsWith(prefix)) ?? name
}

function sentenceStarts(text: string): number[] {
  const starts = [0]
  sentenceBoundary.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = sentenceBoundary.exec(text))) starts.push(match.index + match[0].length)
  return starts
}

// The sentence holding `at`, as a [start, end) range, by binary search.
function sentenceAround(starts: number[], at: number, length: number): [number, number] {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= at) low = middle
    else high = middle - 1
  }
  return [starts[low]!, starts[low + 1] ?? length]
}
