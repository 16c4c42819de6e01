import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'

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
  /**
   * Find the first day given without its month ("On the 14th, the county
   * convened…", from 14日) when the document names no month before it, so that
   * its reader cannot tell which month is meant. A day in the first paragraph
   * is left alone: it is a headline, or the whole of an excerpt whose month
   * may be given elsewhere. `dayOnly` finds every such day instead. Default: `true`.
   */
  unknownMonth: boolean
}

const month =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.'
// A whole word: "Mayang County" names no month.
const monthName = new RegExp(`\\b(?:${month})(?!\\p{L})`, 'gu')
const monthMention = new RegExp(`\\b(?:${month})(?!\\p{L})`, 'u')
// "In September 17th", "In the 1st of June": 在9月17日 rendered with "in";
// "in September 2023" has no day.
const inMonthDay = new RegExp(
  `\\b([Ii]n) (?:(?:${month}) (\\d{1,2})(?:st|nd|rd|th)?|the (\\d{1,2})(?:st|nd|rd|th) of (?:${month}))(?![\\p{L}\\p{N}])`,
  'gu'
)
const monthDayOrdinal = new RegExp(`\\b(?:${month}) (\\d{1,2})(st|nd|rd|th)(?![\\p{L}\\p{N}])`, 'gu')
// "on the 11th" (11日), "on the afternoon of the 16th" (16日下午). What
// follows it (after a list of further days) must show it is no ordinal
// modifying a noun ("the 20th Party Congress", "on the 2nd and 3rd floors").
// "from the 15th to the 16th" (15日至16日) gives its days alone as well.
const dayOnly = /\b([Oo]n the |[Ff]rom the )((?:(?:early |late )?(?:morning|afternoon|evening|night) of the )?)(\d{1,2})(?:st|nd|rd|th)\b/g
const dayList = /(?:(?:,|,? and|,? or| to|-|–) (?:the )?\d{1,2}(?:st|nd|rd|th)\b)*/y
// "On the 8th morning," (8日上午) names a part of the day after it; "the
// 5th morning session" is an ordinal, so a mark or a linking word must follow.
const afterDay =
  /(?:[,.;:)]|$| (?:and|or|to|at|in|when|with|by|from|that|local|as|but|while|after|before|during)\b| (?:morning|afternoon|evening|night)(?:[,.;:]| (?:at|in|when)\b))/y
// "Chinanews.com, Beijing, February 11th (Men Rui) recently released…": an
// agency, a place, a date and a byline run into a sentence that goes on in
// lowercase. A real dateline reads "BEIJING, Feb. 11 (Xinhua) --".
const fusedDateline = new RegExp(
  `^([\\p{Lu}][^,()\\n]{1,40}), ([\\p{Lu}][\\p{L}' ]{1,30}), ((?:${month}) \\d{1,2})(?:st|nd|rd|th)?,? \\(([^()\\n]{1,40})\\),? (?=\\p{Ll})`,
  'u'
)
// The same without a place ("Xinyu Daily, March 8th (Correspondent Wang Hua)
// the county congress opened…"), where only an outlet's name shows it is no
// sentence ("On Tuesday, March 5 (local time), the…").
const fusedOutletDateline = new RegExp(
  `^([\\p{Lu}][^,()\\n]{0,40}(?:News|Network|Net|Daily|Agency|Media|Times|Online|TV|Radio|\\.com|\\.cn)), ((?:${month}) \\d{1,2})(?:st|nd|rd|th)?,? \\(([^()\\n]{1,40})\\),? (?=\\p{Ll})`,
  'u'
)
// The part of the day after a day, "On the 8th morning," taken into the finding.
const partAfterDay = / ((?:early |late )?(?:morning|afternoon|evening|night))(?=[,.;:]| (?:at|in|when)\b)/y
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
      'Chinese writes 在9月17日 ("at September 17"), and machine translation gives "In September 17th" or "In the 17th of September"; English takes "on" before a day, which is fixed safely. A news dateline run into the first sentence ("Chinanews.com, Beijing, February 11th (Men Rui) recently released…") is suggested as `Beijing, February 11 (Chinanews.com; Men Rui) -- Recently…`, the byline kept beside the agency.',
      '',
      'Chinese news gives the day alone (14日下午, "On the afternoon of the 14th", or "On the 14th afternoon,", and 15日至16日, "from the 15th to the 16th"), the month being that of the page\'s date. When the document names no month before such a day, its reader cannot tell the month: the first such day is flagged (`unknownMonth`, on by default), for a person to name the month. A day in the first paragraph is left alone: it is a headline, or the whole of an excerpt whose month may be given elsewhere. Human translators of Chinese news write "on the 24th" too once the month is known, so every day with no month in its sentence is only found with `dayOnly: true` (the `publication` preset), which suggests the month named last in the document, if there is one.',
      '',
      'Published officialese writes "September 17", not "September 17th"; human translators often write "July 9th" too, so the ordinal suffix is only flagged (and removed safely) with `ordinals: \'remove\'`, which the `publication` preset sets. "The 20th Party Congress", "the 14th Five-Year Plan", "on the 16th floor", "in September 2023" and "the 17th of September" are not flagged.'
    ].join('\n'),
    category: 'locale/date-format',
    fixes: ['safe', 'suggest', 'flag'],
    defaultOptions: {ordinals: 'allow', dayOnly: false, unknownMonth: true},
    optionChoices: {ordinals: ['allow', 'remove']},
    examples: [
      {
        name: '"in" before a day',
        input: 'In September 17th, Su Rong stressed the point.',
        messages: ['1:1-1:3: Use `On` before a date: `On September 17th`'],
        output: 'On September 17th, Su Rong stressed the point.'
      },
      {
        name: '"in" before the day of a month',
        input: 'In the 1st of June, the county opened its flood control office.',
        messages: ['1:1-1:3: Use `On` before a date: `On the 1st of June`'],
        output: 'On the 1st of June, the county opened its flood control office.'
      },
      {
        name: 'a range of days with no month',
        input: 'Notice on testing\nAll residents are tested from the 15th to the 16th. Bring your card.',
        messages: [
          '2:26-2:39: Name the month of `from the 15th`: no month is named before it, so the reader cannot tell which is meant'
        ]
      },
      {
        name: 'a place whose name begins with a month',
        input: 'Mayang County procurement notice\nSubmit the documents before 9:30 on the 18th.',
        messages: [
          '2:34-2:45: Name the month of `on the 18th`: no month is named before it, so the reader cannot tell which is meant'
        ]
      },
      {
        name: 'floors and centuries after "from the"',
        input: 'Office move\nThe staff moved from the 1st to the 3rd floor, and the custom dates from the 18th century.',
        messages: []
      },
      {
        name: 'a day with no month named before it',
        input: 'County holds flood control meeting\nOn the afternoon of the 14th, the county convened its flood control office. On the 15th, the teams set out.',
        messages: [
          '2:1-2:29: Name the month of `On the afternoon of the 14th`: no month is named before it, so the reader cannot tell which is meant'
        ]
      },
      {
        name: 'a day and a part of the day with no month',
        input: 'Town holds safety meeting\nOn the 9th afternoon, the town convened its safety office.',
        messages: [
          '2:1-2:21: Name the month of `On the 9th afternoon`: no month is named before it, so the reader cannot tell which is meant'
        ]
      },
      {
        name: 'a day after a month named earlier in the document',
        input: 'County holds flood control meeting\nThe campaign began on May 3.\nOn the 14th, the county convened its flood control office.',
        messages: []
      },
      {
        name: 'ordinals that are not days, under a headline',
        input:
          'County holds study session\nThe 20th Party Congress set the 14th Five-Year Plan. The office is on the 16th floor, and the teams on the 2nd and 3rd floors. The county ranked the 3rd in the 1990s. On the 9th of May the session opened.',
        messages: []
      },
      {
        name: 'an ordinal before a part of the day that is no date',
        input: 'Forum on rural work\nOn the 3rd morning session of the forum, experts spoke. On the 2nd evening programme, a film was shown.',
        messages: []
      },
      {
        name: 'a day in a sentence that names its month',
        input: 'County holds study session\nOn the 16th, the May Day holiday plan was released.',
        messages: []
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
        name: 'options: a part of the day',
        options: {dayOnly: true},
        input: 'The talks began on February 9. Li arrived on the afternoon of the 11th.',
        messages: ['1:43-1:71: Name the month: `on the afternoon of February 11`'],
        outputAll: 'The talks began on February 9. Li arrived on the afternoon of February 11.'
      },
      {
        name: 'options: a part of the day after the day',
        options: {dayOnly: true},
        input: 'The talks began on February 9. Li arrived on the 11th evening, and left on the 12th.',
        messages: ['1:43-1:62: Name the month: `on the evening of February 11`', '1:73-1:84: Name the month: `on February 12`'],
        outputAll: 'The talks began on February 9. Li arrived on the evening of February 11, and left on February 12.'
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
          '1:1-1:50: Separate the dateline from the sentence: `Beijing, February 11 (Chinanews.com; Men Rui) --`'
        ],
        outputAll: 'Beijing, February 11 (Chinanews.com; Men Rui) -- Recently released a report on industry.'
      },
      {
        name: 'fused dateline with no place',
        input: 'Xinyu Daily, March 8th (Correspondent Wang Hua) the county congress opened.',
        messages: ['1:1-1:50: Separate the dateline from the sentence: `March 8 (Xinyu Daily; Correspondent Wang Hua) --`'],
        outputAll: 'March 8 (Xinyu Daily; Correspondent Wang Hua) -- The county congress opened.'
      },
      {
        name: 'a date and a time zone in a sentence',
        input: 'On Tuesday, March 5 (local time), the ministry released the figures.',
        messages: []
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
        name: 'a day with no month in a one-paragraph excerpt',
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
    // `unknownMonth` reports one day a document: naming its month there tells the reader.
    let monthUnknownReported = false

    return {
      paragraph(paragraph) {
        if (mayHoldMonthDay(paragraph.text)) {
          checkFusedDateline(paragraph)
          checkInMonthDay(paragraph)
          if (options.ordinals === 'remove') checkOrdinals(paragraph)
        }
        if (options.dayOnly || (options.unknownMonth && !monthUnknownReported && !lastMonth)) checkDayOnly(paragraph)
      }
    }

    function checkInMonthDay(paragraph: Paragraph): void {
      const text = paragraph.text
      inMonthDay.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = inMonthDay.exec(text))) {
        const day = Number(match[2] ?? match[3])
        if (day < 1 || day > 31) continue
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
      let boundaries: number[] | undefined
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
        if (!options.dayOnly && (lastMonth || paragraph.index === 0)) break
        dayList.lastIndex = at + match[0].length
        dayList.exec(text)
        afterDay.lastIndex = dayList.lastIndex
        if (!afterDay.test(text)) continue
        boundaries ??= sentenceStarts(text)
        const sentence = sentenceAround(boundaries, at, text.length)
        if (monthMention.test(text.slice(sentence[0], sentence[1]))) continue

        // "On the 8th morning": the part of the day goes with the day, when no list of days is between.
        partAfterDay.lastIndex = at + match[0].length
        const partAfter = !match[2] && dayList.lastIndex === partAfterDay.lastIndex ? partAfterDay.exec(text) : null
        const phraseEnd = at + match[0].length + (partAfter ? partAfter[0].length : 0)
        const phrase = text.slice(at, phraseEnd)
        const [start, end] = paragraph.sourceRange(at, phraseEnd)
        const on = match[1]!.slice(0, -' the '.length)
        if (!options.dayOnly) {
          context.report({
            start,
            end,
            reason: `Name the month of \`${phrase}\`: no month is named before it, so the reader cannot tell which is meant`
          })
          monthUnknownReported = true
          return
        }
        // "afternoon of the " keeps its words but not its "the ".
        const partOfDay = match[2] ? `the ${match[2].slice(0, -'the '.length)}` : partAfter ? `the ${partAfter[1]} of ` : ''
        const expected = `${on} ${partOfDay}${lastMonth} ${match[3]}`
        context.report(
          lastMonth
            ? {start, end, reason: `Name the month: \`${expected}\``, expected: [expected], fix: 'suggest'}
            : {start, end, reason: `Name the month of \`${phrase}\``}
        )
      }
      while (named) {
        lastMonth = fullMonth(named[0])
        named = monthName.exec(text)
      }
    }

    // The brackets hold the byline ("Men Rui", "Correspondent Li Ping"): it
    // stays beside the agency, since dropping it would lose the credit, and
    // the sentence after the dateline starts with a capital.
    function checkFusedDateline(paragraph: Paragraph): void {
      const text = paragraph.text
      let match = fusedDateline.exec(text)
      let dateline: string
      if (match) {
        const [, agency, place, date, byline] = match
        dateline = `${place}, ${date} (${agency}; ${byline!.trim()}) --`
      } else {
        match = fusedOutletDateline.exec(text)
        if (!match) return
        const [, agency, date, byline] = match
        dateline = `${date} (${agency}; ${byline!.trim()}) --`
      }
      const first = text.charAt(match[0].length)
      const [start, end] = paragraph.sourceRange(0, match[0].length + first.length)
      context.report({
        start,
        end,
        reason: `Separate the dateline from the sentence: \`${dateline}\``,
        expected: [`${dateline} ${first.toUpperCase()}`],
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
