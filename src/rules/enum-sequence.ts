import {defineRule} from '../define-rule.js'
import {
  createListReader,
  ordinalWord,
  romanNumerals,
  type CountAnnouncement,
  type ListMarker,
  type ListRun
} from '../util/list-markers.js'
import type {SourceMarker} from '../util/source-markers.js'

/** Options of `enum-sequence`. */
export interface Options {
  /** Check that a list has as many items as the count announced before it ("four aspects"). Default: `true`. */
  checkCount: boolean
}

/**
 * `enum-sequence`: the numbering of a list inside a run of lines — a lost
 * item ("Four to…" then "Six to…"), a number given twice, a list that
 * restarts without announcing a new one, and "Firstly" mixed with "Second".
 */
export default defineRule<Options>(
  {
    id: 'enum-sequence',
    description: 'Find gaps, repeats and restarts in the numbering of a list, and mixed marker forms.',
    details: [
      'Machine translation often drops the marker of one item ("Four to improve… To play the leading role… Six to strengthen…" has lost its "Five") or renumbers a list.',
      'The rule collects the markers of each run of lines (lines with no blank line between them): ordinals ("First,", "Secondly,", "the second is to"), cardinal calques ("Two is to", see `enum-cardinal-marker`), `(1)`, `1.` and `I.` at a line start, and `①`.',
      'Each style is its own list, because Chinese documents nest one inside another.',
      '',
      '- A gap of one item is a suggestion when a sentence inside the gap opens with an infinitive ("To play the leading role…" → "Fifth, play the leading role…"), or when a single unmarked line stands between two numbered lines and opens like an item ("Do a good job…" → "3. Do a good job…" or "Third, do a good job…"; "Improved the system" → "(3) Improved the system"). A single line that opens otherwise is flagged as the place of the lost marker; any other gap is flagged at the marker after it.',
      '- A repeated number, a number lower than the one before, and a restart at one are flagged. A restart is expected after a count ("four aspects, one is to…") or inside a list of another style.',
      '- After a count, the list must have that many items (option `checkCount`).',
      '- "Firstly" beside "Second" is made consistent: the minority form follows the majority (the plain form on a tie). This fix is safe.',
      '',
      'With the Chinese source beside the English (translation files, `--source`, `checkPairs`), the source decides where the English alone can only guess: a gap the source has too (一是…三是) is no lost item, a gap whose item the source has is reported with its source marker ("the source has `五是`"), and a number or restart the source repeats (a second list) is no slip. Where the source numbers no such list, the rule guesses as on English alone.'
    ].join('\n'),
    category: 'accuracy/omission',
    fixes: ['safe', 'suggest', 'flag'],
    defaultOptions: {checkCount: true},
    examples: [
      {
        name: 'a lost item before an infinitive',
        input:
          'Four to improve the ability to innovate. To play the leading role of advanced models. Six to strengthen the safeguards.',
        messages: ['1:42-1:44: Expected the list marker `Fifth,` here: the list goes from `Four to` to `Six to`'],
        outputAll:
          'Four to improve the ability to innovate. Fifth, play the leading role of advanced models. Six to strengthen the safeguards.'
      },
      {
        name: 'a line that lost its number',
        input: '1. Tighten the responsibility.\n2. Strengthen the monitoring.\nDo a good job in the transfer of people.\n4. Keep on duty.',
        messages: ['3:1-3:3: Expected the list marker `3.` here: the list goes from `2.` to `4.`'],
        outputAll: '1. Tighten the responsibility.\n2. Strengthen the monitoring.\n3. Do a good job in the transfer of people.\n4. Keep on duty.'
      },
      {
        name: 'a line that lost its number, in the past tense',
        input: '(1) Set up the mechanism.\n(2) Rectified the problems.\nImproved the rules.\n(4) Handled the clues.',
        messages: ['3:1-3:9: Expected the list marker `(3)` here: the list goes from `(2)` to `(4)`'],
        outputAll: '(1) Set up the mechanism.\n(2) Rectified the problems.\n(3) Improved the rules.\n(4) Handled the clues.'
      },
      {
        name: 'a line that lost its word marker',
        input: 'Two is to strengthen supervision.\nDo a good job in the transfer of people.\nFour is to keep on duty.',
        messages: ['2:1-2:3: Expected the list marker `Third,` here: the list goes from `Two is to` to `Four is to`'],
        outputAll: 'Two is to strengthen supervision.\nThird, do a good job in the transfer of people.\nFour is to keep on duty.'
      },
      {
        name: 'a line in the gap that may belong to the item before',
        input: '1. Tighten the responsibility.\n2. Strengthen the monitoring.\nThe water department should report daily.\n4. Keep on duty.',
        messages: ['3:1-3:4: The list goes from `2.` to `4.`: this line may be item 3, with its marker `3.` lost']
      },
      {
        name: 'a lost item with no place for it',
        input: 'First, study the documents. Third, implement them.',
        messages: ['1:29-1:34: The list goes from `First` to `Third`: item 2 is missing']
      },
      {
        name: 'a repeated number',
        input: 'First, study the documents. Second, discuss them. Second, implement them.',
        messages: ['1:51-1:57: The list marker `Second` repeats number 2 of the item before']
      },
      {
        name: 'a restart without a new list',
        input: 'One is to study; two is to discuss. One is to implement; two is to report.',
        messages: ['1:37-1:46: The list restarts at `One is to` after `two is to` without announcing a new list']
      },
      {
        name: 'a restart after a count',
        input: 'First, study. Second, discuss. He named four aspects, first, reform; second, rules; third, style; fourth, checks.',
        messages: []
      },
      {
        name: 'a count that does not match',
        input: 'He named three tasks: first, reform; second, rules.',
        messages: ['1:10-1:21: The text announces `three tasks` but the list that follows has 2 items']
      },
      {
        name: 'a count matched by a list run on in one sentence',
        input: 'He stressed three aspects: one is to deepen reform, two is to improve the system, and three is to strengthen supervision.',
        messages: []
      },
      {
        name: 'options: no count check',
        input: 'He named three tasks: first, reform; second, rules.',
        options: {checkCount: false},
        messages: []
      },
      {
        name: 'mixed ordinal forms',
        input: 'Firstly, study. Second, discuss. Third, implement.',
        messages: ['1:1-1:8: Expected `First` like the other markers of this list'],
        output: 'First, study. Second, discuss. Third, implement.'
      },
      {
        name: 'numerals on lines',
        input: '1. Study the documents.\n4. Report.',
        messages: ['2:1-2:3: The list goes from `1.` to `4.`: items 2–3 are missing']
      },
      {
        name: 'nested lists restart legitimately',
        input: 'I. Goals\n1. Growth.\n2. Jobs.\nII. Measures\n1. Reform.\n2. Opening up.',
        messages: []
      },
      {
        name: 'bilingual: the source has the lost item',
        source: '四是提高创新能力。五是发挥先进典型的引领作用。六是加强保障。',
        input:
          'Four to improve the ability to innovate. To play the leading role of advanced models. Six to strengthen the safeguards.',
        messages: [
          '1:42-1:44: Expected the list marker `Fifth,` here: the list goes from `Four to` to `Six to` (the source has `五是`)'
        ],
        outputAll:
          'Four to improve the ability to innovate. Fifth, play the leading role of advanced models. Six to strengthen the safeguards.'
      },
      {
        name: 'bilingual: a list that jumps in the source too',
        source: '一是学习文件；三是贯彻落实。',
        input: 'First, study the documents. Third, implement them.',
        messages: []
      },
      {
        name: 'bilingual: a repeated number and the item the source gives',
        source: '一是学习文件；二是讨论；三是贯彻落实。',
        input: 'First, study the documents. Second, discuss them. Second, implement them.',
        messages: ['1:51-1:57: The list marker `Second` repeats number 2 of the item before (the source has `三是`)']
      },
      {
        name: 'bilingual: a restart the source has too',
        source: '一是学习；二是讨论。一是落实；二是报告。',
        input: 'One is to study; two is to discuss. One is to implement; two is to report.',
        messages: []
      },
      {name: 'separate paragraphs are separate lists', input: 'First, study.\n\nFirst, discuss.', messages: []},
      {name: 'a list in order', input: '(1) reform; (2) opening up; (3) innovation.', messages: []},
      {name: 'a list continued in the next paragraph', input: 'Second, discuss.\nThird, implement.', messages: []},
      {name: 'ordinals that are not markers', input: 'The first batch arrived. The second half was better.', messages: []}
    ]
  },
  function (context) {
    const reader = createListReader(checkRun)

    return {paragraph: reader.paragraph, end: reader.end}

    function checkRun(run: ListRun): void {
      const markers = run.markers.filter((marker) => marker.supported)
      for (const family of new Set(markers.map((marker) => marker.family))) {
        checkList(
          run,
          markers,
          markers.filter((marker) => marker.family === family)
        )
      }
      checkOrdinalForms(markers)
    }

    function checkList(run: ListRun, all: ListMarker[], list: ListMarker[]): void {
      const count = (first: ListMarker, size: number, bound: number, last: ListMarker) =>
        checkCount(run, all, first, size, bound, last)
      let first = list[0]!
      let bound = -1
      let size = first.value
      let previous: ListMarker | undefined
      for (const marker of list) {
        if (previous && marker.value > previous.value + 1 && !gapFilled(all, previous, marker)) {
          reportGap(run, previous, marker)
        } else if (previous && marker.value === previous.value) {
          if (!repeatedInSource(previous, marker)) {
            context.report({
              start: marker.start,
              end: marker.end,
              actual: marker.text,
              reason: `The list marker \`${marker.text}\` repeats number ${marker.value} of the item before${nextInSource(previous, marker)}`,
              category: 'fluency/inconsistency'
            })
          }
        } else if (previous && marker.value < previous.value) {
          const legitimate =
            (marker.value === 1 &&
              (announcedBetween(run.announcements, previous, marker) || nestedBetween(all, previous, marker))) ||
            repeatedInSource(previous, marker)
          if (!legitimate) {
            context.report({
              start: marker.start,
              end: marker.end,
              actual: marker.text,
              reason:
                marker.value === 1
                  ? `The list restarts at \`${marker.text}\` after \`${previous.text}\` without announcing a new list`
                  : `The list marker \`${marker.text}\` comes after \`${previous.text}\`: the numbers go down`,
              category: 'fluency/inconsistency'
            })
          }
          if (marker.value === 1) {
            count(first, size, bound, previous)
            first = marker
            bound = previous.end
            size = 1
          }
        }
        size = Math.max(size, marker.value)
        previous = marker
      }
      count(first, size, bound, previous!)
    }

    // A number the source itself gives twice over the paragraphs from
    // `before` to `marker` (a second list, a nested one): no slip of the English.
    function repeatedInSource(before: ListMarker, marker: ListMarker): boolean {
      const source = sourceBetween(before, marker)
      return source !== undefined && source.filter((item) => item.value === marker.value).length >= 2
    }

    // The source marker a repeated number stands for: the one after the number before it.
    function nextInSource(before: ListMarker, marker: ListMarker): string {
      const next = sourceBetween(before, marker)?.find((item) => item.value === before.value + 1)
      return next ? ` (the source has \`${next.text}\`)` : ''
    }

    // An item marked in another word style ("Fifth," among "Four to… Six to…")
    // fills the gap; so does a fix already applied.
    function gapFilled(all: ListMarker[], before: ListMarker, after: ListMarker): boolean {
      const wordFamily = before.family === 'calque' || before.family === 'ordinal'
      return all.some(
        (marker) =>
          marker.start > before.start &&
          marker.start < after.start &&
          marker.value > before.value &&
          marker.value < after.value &&
          (marker.family === before.family ||
            (wordFamily && (marker.family === 'calque' || marker.family === 'ordinal')))
      )
    }

    // The source markers of the paragraphs from `before` to `after`, when
    // the source numbers the same list (it has the number of one of them);
    // `undefined` without a source, or with a source that has no such list.
    function sourceBetween(before: ListMarker, after: ListMarker): SourceMarker[] | undefined {
      const found: SourceMarker[] = []
      for (let index = before.paragraph; index <= after.paragraph; index++) {
        for (const marker of reader.sourceMarkersOf(index) ?? []) if (!found.includes(marker)) found.push(marker)
      }
      const sameList = found.some((marker) => marker.value === before.value || marker.value === after.value)
      return sameList ? found : undefined
    }

    function reportGap(run: ListRun, before: ListMarker, after: ListMarker): void {
      const source = sourceBetween(before, after)
      // The source decides: a list that jumps in the source jumps in the
      // English too; one whose lost item the source has is certainly short.
      const inSource = source?.filter((marker) => marker.value > before.value && marker.value < after.value)
      if (source && inSource!.length === 0) return
      const witness = inSource && inSource.length > 0 ? ` (the source has ${inSource.map((marker) => `\`${marker.text}\``).join(', ')})` : ''
      const missing = after.value - before.value - 1
      const infinitive =
        missing === 1 && (before.family === 'calque' || before.family === 'ordinal')
          ? run.infinitives.find(
              (sentence) =>
                sentence.start > before.end && sentence.start < after.start && sentence.sentence > before.sentence
            )
          : undefined
      if (infinitive) {
        const word = ordinalWord(before.value + 1, true) + (before.form === 'ly' ? 'ly' : '')
        context.report({
          start: infinitive.start,
          end: infinitive.end,
          // The runs are reported when they end, after their paragraphs are
          // gone; a record's text is its prose, in plain text the source.
          actual: 'To',
          reason: `Expected the list marker \`${word},\` here: the list goes from \`${before.text}\` to \`${after.text}\`${witness}`,
          expected: [`${word},`, `${word}, to`],
          fix: 'suggest'
        })
        return
      }
      const lost = missing === 1 && before.lineStart && before.paragraph === after.paragraph - 2 ? after.lostItem : undefined
      if (lost) {
        const marker = markerFor(before, before.value + 1)
        const words = before.family === 'calque' || before.family === 'ordinal'
        // The marker is offered only where the line opens like an item ("Do a
        // good job…", "Improved the system"): another line may be the rest of
        // the item before, whose neighbour was lost whole.
        const expected = !(lost.itemVerb || (!words && pastVerb.test(lost.word)))
          ? []
          : words
            ? [`${marker} ${lost.word.charAt(0).toLowerCase()}${lost.word.slice(1)}`]
            : [`${marker}${before.family === 'circled' ? '' : ' '}${lost.word}`]
        context.report({
          start: lost.start,
          end: lost.end,
          actual: lost.word,
          reason:
            expected.length > 0
              ? `Expected the list marker \`${marker}\` here: the list goes from \`${before.text}\` to \`${after.text}\`${witness}`
              : `The list goes from \`${before.text}\` to \`${after.text}\`: this line may be item ${before.value + 1}, with its marker \`${marker}\` lost${witness}`,
          expected,
          fix: expected.length > 0 ? 'suggest' : 'flag'
        })
        return
      }
      const items =
        missing === 1 ? `item ${before.value + 1} is` : `items ${before.value + 1}–${after.value - 1} are`
      context.report({
        start: after.start,
        end: after.end,
        actual: after.text,
        reason: `The list goes from \`${before.text}\` to \`${after.text}\`: ${items} missing${witness}`
      })
    }

    // A count right before a list ("four aspects, one is to…") says how many
    // items it has; a closing "Finally," may stand for the last one.
    function checkCount(
      run: ListRun,
      all: ListMarker[],
      first: ListMarker,
      size: number,
      bound: number,
      last: ListMarker
    ): void {
      if (!context.options.checkCount || first.value !== 1) return
      let announced: CountAnnouncement | undefined
      for (const announcement of run.announcements) {
        if (announcement.start > bound && announcement.end <= first.start && first.sentence - announcement.sentence <= 1) {
          announced = announcement
        }
      }
      if (!announced || announced.value === size) return
      const counted = announced
      // The count belongs to the first list after it, not to one nested inside.
      if (all.some((marker) => marker.start >= counted.end && marker.start < first.start)) return
      if (counted.value === size + 1 && run.closers.some((offset) => offset > last.end)) return
      context.report({
        start: counted.start,
        end: counted.end,
        actual: counted.text,
        reason: `The text announces \`${counted.text}\` but the list that follows has ${size} item${size === 1 ? '' : 's'}`
      })
    }

    function checkOrdinalForms(markers: ListMarker[]): void {
      const forms = markers.filter(
        (marker) => marker.family === 'ordinal' && marker.form !== 'the' && !/\bof\s+all$/i.test(marker.text)
      )
      const ly = forms.filter((marker) => marker.form === 'ly').length
      const plain = forms.length - ly
      if (ly === 0 || plain === 0) return
      const target = ly > plain ? 'ly' : 'plain'
      for (const marker of forms) {
        if (marker.form === target || marker.wordStart === undefined || marker.wordEnd === undefined) continue
        const word = ordinalWord(marker.value, marker.initial) + (target === 'ly' ? 'ly' : '')
        context.report({
          start: marker.wordStart,
          end: marker.wordEnd,
          actual: marker.text.slice(marker.wordStart - marker.start, marker.wordEnd - marker.start),
          reason: `Expected \`${word}\` like the other markers of this list`,
          expected: [word],
          fix: 'safe',
          category: 'fluency/inconsistency'
        })
      }
    }
  }
)

// The marker for item `value` in the style of `marker`: an ordinal for the
// word styles, as `enum-cardinal-marker` rewrites them.
function markerFor(marker: ListMarker, value: number): string {
  switch (marker.family) {
    case 'paren':
      return `(${value})`
    case 'period':
      return `${value}.`
    case 'roman':
      return `${romanNumerals[value - 1] ?? value}.`
    case 'circled':
      return value <= 20 ? String.fromCharCode(0x245f + value) : `(${value})`
    default:
      return `${ordinalWord(value, true)}${marker.form === 'ly' ? 'ly' : ''},`
  }
}

// "Improved", "Established": items reported in the past tense.
const pastVerb = /^\p{Lu}\p{Ll}{3,}ed$/u

function announcedBetween(announcements: CountAnnouncement[], before: ListMarker, after: ListMarker): boolean {
  return announcements.some((announcement) => announcement.start > before.end && announcement.end <= after.start)
}

function nestedBetween(all: ListMarker[], before: ListMarker, after: ListMarker): boolean {
  return all.some(
    (marker) => marker.family !== before.family && marker.start > before.end && marker.start < after.start
  )
}
