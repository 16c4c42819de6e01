import {defineRule} from '../define-rule.js'
import {createListReader, ordinals, ordinalWord, type ListMarker, type ListRun} from '../util/list-markers.js'
import type {SourceMarker} from '../util/source-markers.js'

/** Options of `enum-cardinal-marker`. */
export interface Options {
  /** Also rewrite "the first is to… the second is to…" lists as "First, … second, …". Default: `true`. */
  theOrdinal: boolean
}

/**
 * `enum-cardinal-marker`: list markers calqued from 一是/二要 with a cardinal
 * ("Two to give full play…", "The three is in accordance…") where English
 * uses an ordinal ("Second, give full play…").
 */
export default defineRule<Options>(
  {
    id: 'enum-cardinal-marker',
    description: 'Find list markers written as cardinals ("Two is to…") instead of ordinals ("Second, …").',
    details: [
      'Chinese numbers the items of a list with 一是…二是… or 一要…二要…, which machine translation renders word for word: "Two to give full play…", "Two is to seize…", "The three is in accordance…", "stressed that one should…", and with an ordinal adverb for the number, "Thirdly is to keep…".',
      'English uses an ordinal, as the Government Work Report does ("First, we need to…").',
      '',
      'A marker counts only inside a list: another marker with a neighbouring number (one apart, or two across a lost item) within six sentences of the same run of lines, and a lowercase "one is"/"one should" only when the "two" follows it.',
      'A marker from "Two" on that opens its sentence counts alone when a verb phrase typical of a list item follows its `to` or `is to` ("Four is to do a good job of…", "Two to give full play…", "Three is to strictly implement…"): the markers around it were lost, as machine translation often loses them.',
      'So "one should never give up", "Two of them were injured", "Two is to be expected", "Two is enough", "Two Sessions", "One Country, Two Systems" and "Three days later" are left alone.',
      'A marker may follow a comma, a semicolon, "that", "and" at the end of a list ("…, and three is to…"), a colon ("The main practices: One is the…"), or a full stop the translation left before a lowercase word (". the second is to"). A digit with "is" opening a line ("1 is the testing scope", from 1是) is a marker too, only beside its neighbours.',
      '',
      'The suggestion replaces the number and the words that tie it to the item:',
      '- "Two to give" and "Two is to seize" become "Second, give" and "Second, seize";',
      '- "The three is in accordance with" becomes "Third, in accordance with";',
      '- before a noun phrase, "One is a…" becomes "The first is a…";',
      '- with a modal verb, "one should effectively enhance" becomes "first, we should effectively enhance" (the subject the Chinese leaves out, as the Government Work Report supplies it);',
      '- "The first is to… the second is to…" becomes "First, … second, …" (option `theOrdinal`).',
      '',
      'Each suggestion is only offered: the item may need its verb or subject adjusted by hand.',
      '',
      'With the Chinese source beside the English (translation files, `--source`, `checkPairs`), the source decides instead of the neighbouring markers: a number is a list marker where the source numbers an item (a lone "two is to" for 二是), not where the source numbers none ("Four is to do a good job" for 第四项任务是), and the ordinal is the one the source gives when the English miscounted ("Two is to" for 三是 becomes "Third,").'
    ].join('\n'),
    category: 'fluency/grammar',
    fixes: ['suggest'],
    defaultOptions: {theOrdinal: true},
    examples: [
      {
        name: 'cardinal markers with `to`',
        input: 'Two to give full play to the key role of leaders. Three to clear the key tasks of Party building.',
        messages: [
          '1:1-1:7: Expected `Second,` for the list marker `Two to`',
          '1:51-1:59: Expected `Third,` for the list marker `Three to`'
        ],
        outputAll: 'Second, give full play to the key role of leaders. Third, clear the key tasks of Party building.'
      },
      {
        name: 'cardinal markers with `is to` and `The three is`',
        input:
          'Two is to seize the time to prepare the elections. The three is in accordance with provincial arrangements, strengthen leadership.',
        messages: [
          '1:1-1:10: Expected `Second,` for the list marker `Two is to`',
          '1:52-1:64: Expected `Third,` for the list marker `The three is`'
        ],
        outputAll:
          'Second, seize the time to prepare the elections. Third, in accordance with provincial arrangements, strengthen leadership.'
      },
      {
        name: 'lowercase markers inside a sentence',
        input: 'He stressed four aspects, one is to deepen the reform; two is to improve the system.',
        messages: [
          '1:27-1:36: Expected `first,` for the list marker `one is to`',
          '1:56-1:65: Expected `second,` for the list marker `two is to`'
        ],
        outputAll: 'He stressed four aspects, first, deepen the reform; second, improve the system.'
      },
      {
        name: 'a modal verb keeps its subject',
        input: 'Su Rong stressed that one should effectively enhance the sense of responsibility. Two should give full play to leaders.',
        messages: [
          '1:23-1:33: Expected `first, we should` for the list marker `one should`',
          '1:83-1:93: Expected `Second, we should` for the list marker `Two should`'
        ],
        outputAll:
          'Su Rong stressed that first, we should effectively enhance the sense of responsibility. Second, we should give full play to leaders.'
      },
      {
        name: 'a noun phrase after `is`',
        input: 'Two kinds of people came. One is a farmer from Hunan; two is a teacher.',
        messages: [
          '1:27-1:33: Expected `The first is` for the list marker `One is`',
          '1:55-1:61: Expected `the second is` for the list marker `two is`'
        ],
        outputAll: 'Two kinds of people came. The first is a farmer from Hunan; the second is a teacher.'
      },
      {
        name: '`the first is to` lists',
        input: 'The first is to strengthen leadership; the second is to improve the mechanism.',
        messages: [
          '1:1-1:16: Expected `First,` for the list marker `The first is to`',
          '1:40-1:56: Expected `second,` for the list marker `the second is to`'
        ],
        outputAll: 'First, strengthen leadership; second, improve the mechanism.'
      },
      {
        name: 'an ordinal adverb with `is to` in a run of cardinal markers',
        input: 'One is to check the dikes. Two to move the residents. Thirdly is to stay on duty day and night.',
        messages: [
          '1:1-1:10: Expected `First,` for the list marker `One is to`',
          '1:28-1:34: Expected `Second,` for the list marker `Two to`',
          '1:55-1:68: Expected `Third,` for the list marker `Thirdly is to`'
        ],
        outputAll: 'First, check the dikes. Second, move the residents. Third, stay on duty day and night.'
      },
      {
        name: 'a lone marker before a typical item',
        input: 'Four is to do a good job of the daily supervision of cadres.',
        messages: ['1:1-1:11: Expected `Fourth,` for the list marker `Four is to`'],
        outputAll: 'Fourth, do a good job of the daily supervision of cadres.'
      },
      {
        name: 'a lone `Two to`',
        input: 'Two to give full play to the key role of leaders.',
        messages: ['1:1-1:7: Expected `Second,` for the list marker `Two to`'],
        outputAll: 'Second, give full play to the key role of leaders.'
      },
      {
        name: 'a list run on in one sentence',
        input: 'He stressed three aspects: one is to deepen reform, two is to improve the system, and three is to strengthen supervision.',
        messages: [
          '1:28-1:37: Expected `first,` for the list marker `one is to`',
          '1:53-1:62: Expected `second,` for the list marker `two is to`',
          '1:87-1:98: Expected `third,` for the list marker `three is to`'
        ],
        outputAll: 'He stressed three aspects: first, deepen reform, second, improve the system, and third, strengthen supervision.'
      },
      {
        name: 'lowercase `the second is to` after a full stop',
        input: 'He set three requirements: the first is to compact responsibility. the second is to check for risks. the third is to strictly keep on duty.',
        messages: [
          '1:28-1:43: Expected `first,` for the list marker `the first is to`',
          '1:68-1:84: Expected `Second,` for the list marker `the second is to`',
          '1:102-1:117: Expected `Third,` for the list marker `the third is to`'
        ],
        outputAll: 'He set three requirements: first, compact responsibility. Second, check for risks. Third, strictly keep on duty.'
      },
      {
        name: 'digit markers, one item a line',
        input: 'The matters are as follows:\n1 is the testing scope. All residents take part.\n2 is the testing time. Mornings only.',
        messages: [
          '2:1-2:5: Expected `The first is` for the list marker `1 is`',
          '3:1-3:5: Expected `The second is` for the list marker `2 is`'
        ],
        outputAll: 'The matters are as follows:\nThe first is the testing scope. All residents take part.\nThe second is the testing time. Mornings only.'
      },
      {
        name: 'a capitalised marker after a colon',
        input: 'The main practices: One is the leaders take charge. Two is the joint handling.',
        messages: [
          '1:21-1:27: Expected `The first is` for the list marker `One is`',
          '1:53-1:59: Expected `The second is` for the list marker `Two is`'
        ],
        outputAll: 'The main practices: The first is the leaders take charge. The second is the joint handling.'
      },
      {
        name: 'a lone marker before `set up`',
        input: 'The county checked the roads. Three is to set up a feedback card.',
        messages: ['1:31-1:42: Expected `Third,` for the list marker `Three is to`'],
        outputAll: 'The county checked the roads. Third, set up a feedback card.'
      },
      {
        name: 'bilingual: the source numbers a lone marker',
        source: '他说，二是完善制度。',
        input: 'He said that two is to improve the system.',
        messages: ['1:14-1:23: Expected `second,` for the list marker `two is to`'],
        outputAll: 'He said that second, improve the system.'
      },
      {
        name: 'bilingual: the number the source gives',
        source: '一是检查堤防。二是转移群众。三是坚守岗位。',
        input: 'One is to check the dikes. Two to move the residents. Two is to stay on duty.',
        messages: [
          '1:1-1:10: Expected `First,` for the list marker `One is to`',
          '1:28-1:34: Expected `Second,` for the list marker `Two to`',
          '1:55-1:64: Expected `Third,` for the list marker `Two is to` (the source has `三是`)'
        ],
        outputAll: 'First, check the dikes. Second, move the residents. Third, stay on duty.'
      },
      {
        name: 'bilingual: a number the source does not number',
        source: '第四项任务是做好干部日常监督工作。',
        input: 'Four is to do a good job of the daily supervision of cadres.',
        messages: []
      },
      {name: 'a lone digit before `is`', input: 'Results:\n2 is the smallest prime.\nIt is even, and 3 is odd.', messages: []},
      {name: 'a lone number after a colon', input: 'Note: One is the loneliest number.', messages: []},
      {
        name: 'options: keep `the first is to`',
        input: 'The first is to strengthen leadership; the second is to improve the mechanism.',
        options: {theOrdinal: false},
        messages: []
      },
      {name: 'generic `one should`', input: 'He said that one should never give up. Two of them agreed.', messages: []},
      {name: 'numbers that are not markers', input: 'Two people were injured. Three days later, two were released.', messages: []},
      {
        name: 'names with numbers',
        input: 'The Two Sessions opened. One Country, Two Systems is the policy. The Two Upholds are stressed.',
        messages: []
      },
      {name: 'ordinals already', input: 'First, strengthen leadership. Second, improve the mechanism.', messages: []},
      {name: 'ordinal adverbs already', input: 'Firstly, check the dikes. Secondly, move the residents. Thirdly, stay on duty.', messages: []},
      {name: 'a lone ordinal adverb before `is`', input: 'Thirdly is a word some writers avoid.', messages: []},
      {name: 'plain English plurals', input: 'The two are old friends. The three are expected to meet.', messages: []},
      {name: 'a lone marker', input: 'Two is to be expected.', messages: []},
      {name: 'a lone number before plain prose', input: 'Two is enough.', messages: []},
      {name: 'a generic `one is to`', input: 'One is to remember that the rules apply to everyone.', messages: []},
      {name: 'a lone `The second is to`', input: 'There are two goals. The second is to strengthen the economy.', messages: []},
      {name: 'ranges', input: 'One to two days. Two to three weeks.', messages: []},
      {name: 'first as an adjective', input: 'The First Lady arrived. The first batch is to be delivered.', messages: []}
    ]
  },
  function (context) {
    const reader = createListReader(checkRun)

    return {paragraph: reader.paragraph, end: reader.end}

    function checkRun(run: ListRun): void {
      const candidates = run.markers.filter(
        (marker) => marker.family === 'calque' || (marker.form === 'the' && context.options.theOrdinal)
      )
      for (const marker of candidates) {
        const source = reader.sourceMarkersOf(marker.paragraph)
        if (source === undefined) {
          if (marker.supported) report(marker, marker.value)
          continue
        }
        // With the source at hand it decides instead of the neighbours: a
        // number is a list marker when the source numbers an item there, and
        // takes the number the source gives it.
        const counterpart = sourceCounterpart(marker, source, candidates)
        if (counterpart) report(marker, counterpart.value, counterpart)
      }
    }

    // The source marker of an English one: by order when the segment numbers
    // as many items in both, else the source item of the same number.
    function sourceCounterpart(marker: ListMarker, source: SourceMarker[], candidates: ListMarker[]): SourceMarker | undefined {
      const inSegment = candidates.filter((other) => reader.sourceMarkersOf(other.paragraph) === source)
      if (inSegment.length === source.length) return source[inSegment.indexOf(marker)]
      return source.find((item) => item.value === marker.value)
    }

    function report(marker: ListMarker, value: number, counterpart?: SourceMarker): void {
      const expected = replacement(marker, value)
      const witness = counterpart && counterpart.value !== marker.value ? ` (the source has \`${counterpart.text}\`)` : ''
      context.report({
        start: marker.start,
        end: marker.end,
        actual: marker.text,
        reason: `Expected \`${expected}\` for the list marker \`${marker.text}\`${witness}`,
        expected: [expected],
        fix: 'suggest'
      })
    }
  }
)

function replacement(marker: ListMarker, value: number): string {
  const ordinal = ordinalWord(value, marker.initial)
  if (marker.link === 'is the') return `${marker.initial ? 'The' : 'the'} ${ordinals[value - 1] ?? `number ${value}`} is`
  if (marker.link === 'modal') return `${ordinal}, we ${plainModal(marker.modal ?? 'should')}`
  return `${ordinal},`
}

// "needs to" and "has to" agree with the "we" the suggestion supplies.
function plainModal(modal: string): string {
  return modal.replace(/^needs\b/i, 'need').replace(/^has\b/i, 'have').toLowerCase()
}
