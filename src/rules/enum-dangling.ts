import {defineRule} from '../define-rule.js'
import {createListReader, type ListMarker, type ListRun} from '../util/list-markers.js'

/** Options of `enum-dangling`. */
export interface Options {
  /** Also flag a first marker ("One is to…") that no second item follows. Default: `true`. */
  orphans: boolean
}

// A conjunction right before the end of a clause: the last item of the list
// was lost ("responsibility, initiative and."). A capital "And?" is an
// utterance of its own, and "and..." trails off on purpose.
const cutConjunction = /(?<=[\p{L}\d,)”’"'] )(and|or|as well as)\s*(?:[;:!?]|\.(?!\.))(?=[\s"”’')\]]|$)/gu

/**
 * Whether `cutConjunction` may match: a space, the conjunction, then only
 * white space before `.`, `;`, `:`, `!` or `?`. Any character outside ASCII
 * is skipped as if it were white space, so the test can only err towards
 * running the pattern.
 */
function mayEndOnConjunction(text: string): boolean {
  return endsClause(text, ' and', 4) || endsClause(text, ' or', 3) || endsClause(text, ' as well as', 11)
}

function endsClause(text: string, conjunction: string, size: number): boolean {
  for (let at = text.indexOf(conjunction); at !== -1; at = text.indexOf(conjunction, at + 1)) {
    let index = at + size
    let code = text.charCodeAt(index)
    while (code === 32 || (code >= 9 && code <= 13) || code >= 0x80) code = text.charCodeAt(++index)
    if (code === 46 || code === 59 || code === 58 || code === 33 || code === 63) return true
  }
  return false
}

// "One is to be…", "one is to blame": idioms, not the first item of a list.
const idiomaticNext = new Set(['be', 'blame'])

/**
 * `enum-dangling`: a list cut short — it ends on a conjunction
 * ("initiative and.") or has a first item and no second ("One is to…").
 */
export default defineRule<Options>(
  {
    id: 'enum-dangling',
    description: 'Find a list that ends on a conjunction or has a first item and no second.',
    details: [
      'When machine translation drops the last item of a list, the conjunction before it is left at the end of the clause: "…as the primary political task, responsibility, initiative and." Only lowercase `and`, `or` and `as well as` right before `.`, `;`, `:`, `!` or `?` count; "and so on.", "and/or", "and others." and a trailing "and..." are left alone.',
      '',
      'A first marker calqued from 一是 ("One is to strengthen…") with no second item anywhere after it in its run of lines has lost the rest of its list (option `orphans`). It counts when its item opens with a verb phrase typical of list items ("strengthen", "do a good job of", "adhere to"…) or a count comes in the sentence before ("two aspects of work. One is to study…"). "One is to be…", "one is to blame" and "One is to remember that…" are plain English and are left alone.',
      '',
      'Only a person can restore what is missing, so both are flagged without a fix.'
    ].join('\n'),
    category: 'accuracy/omission',
    fixes: ['flag'],
    defaultOptions: {orphans: true},
    examples: [
      {
        name: 'a list ending on `and`',
        input: 'Do a good job of Party building as the primary political task, responsibility, initiative and. Two to give full play.',
        messages: ['1:91-1:95: The list ends on `and`: its last item is missing']
      },
      {
        name: 'a list ending on `or` before a semicolon',
        input: 'Cadres who neglect, shirk or; will be held to account.',
        messages: ['1:27-1:30: The list ends on `or`: its last item is missing']
      },
      {
        name: 'a first item with no second',
        input: 'He put forward requirements. One is to strengthen the leadership of the Party.',
        messages: ['1:30-1:39: The list marker `One is to` has no second item']
      },
      {
        name: 'a first item after a count',
        input: 'We must attend to two aspects of the work. One is to study the documents.',
        messages: ['1:44-1:53: The list marker `One is to` has no second item']
      },
      {
        name: 'options: no orphan check',
        input: 'He put forward requirements. One is to strengthen the leadership of the Party.',
        options: {orphans: false},
        messages: []
      },
      {name: 'complete lists', input: 'Reform, opening up and innovation. Grain, cotton, oil and so on.', messages: []},
      {name: 'and/or and others', input: 'Fines and/or detention. Li Qiang, Zhao Leji and others.', messages: []},
      {name: 'questions', input: 'Will he come or not? And? Or?', messages: []},
      {name: 'trailing off', input: '"We tried, and..." he said.', messages: []},
      {name: 'a list that goes on', input: 'One is to study; two is to implement.', messages: []},
      {
        name: 'a second item named without a number',
        input: 'We must attend to two aspects. One is to study cooperation, and the other is to comfort people.',
        messages: []
      },
      {name: 'idioms with `one is to`', input: 'No one is to blame. One is to be congratulated.', messages: []},
      {name: '`one is to` in plain prose', input: 'One is to remember that the rules apply to everyone.', messages: []}
    ]
  },
  function (context) {
    const reader = createListReader(function (run) {
      if (!context.options.orphans) return
      for (const marker of run.markers) {
        if (isOrphan(marker, run)) {
          context.report({
            start: marker.start,
            end: marker.end,
            actual: marker.text,
            reason: `The list marker \`${marker.text}\` has no second item`
          })
        }
      }
    })

    return {
      paragraph(paragraph) {
        if (mayEndOnConjunction(paragraph.text)) {
          for (const match of paragraph.text.matchAll(cutConjunction)) {
            const [start, end] = paragraph.sourceRange(match.index, match.index + match[0].length)
            context.report({start, end, reason: `The list ends on \`${match[1]}\`: its last item is missing`})
          }
        }
        reader.paragraph(paragraph)
      },
      end: reader.end
    }
  }
)

// "One is to study…, and the other is to…" names its second item without a
// number: a complete list. "One is to" is a list marker only where a list is
// announced before it or its item opens like one ("One is to strengthen…"):
// "One is to remember that…" is the pronoun of plain prose.
function isOrphan(marker: ListMarker, run: ListRun): boolean {
  if (marker.family !== 'calque' || marker.value !== 1 || marker.link !== 'is to') return false
  if (marker.next === undefined || idiomaticNext.has(marker.next.toLowerCase())) return false
  const announced = run.announcements.some(
    (announcement) => announcement.end <= marker.start && marker.sentence - announcement.sentence <= 1
  )
  if (!marker.opensItem && !announced) return false
  if (run.continuations.some((offset) => offset > marker.start)) return false
  return !run.markers.some((other) => other.value === 2 && other.start > marker.start)
}
