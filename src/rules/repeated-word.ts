import type {Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {defineRule} from '../rule.js'
import {isPinyinSyllable} from '../util/pinyin.js'

/** Options of `repeated-word`. */
export interface Options {
  /** Words whose doubling is grammatical, deliberate or a word of its own. Default: `had`, `that`, `is`, `can`, `blah`, `beep`, `yadda`, `sapiens`, `tse`, `mau`, and the halves of `ylang ylang`, `mahi mahi`, `beri beri`, `bye bye`, `ha ha`, `tut tut`, `tsk tsk`, `knock knock`, `chop chop`, `pom pom`, `aye aye`. */
  allow: string[]
}

/**
 * `repeated-word`: the same word twice in a row, a typical decoding loop of
 * machine translation ("a protest protest", "about about S$18 billion").
 */
export default defineRule<Options>(
  {
    id: 'repeated-word',
    description: 'Find a word written twice in a row.',
    details:
      'Machine translation sometimes emits a word twice. A lowercase pair is removed safely; a capitalised pair, and a pair of adverb particles that can end a phrasal verb ("taken in in the church"), are only suggestions. A pair that reads as a reduplicated Chinese name ("Li Li", "Lang Lang") or is an English word of its own ("ylang ylang") is never flagged.',
    category: 'accuracy/addition',
    fixes: ['safe', 'suggest'],
    defaultOptions: {
      allow: [
        'had', 'that', 'is', 'can', 'blah', 'beep', 'yadda', 'sapiens', 'tse', 'mau',
        // Reduplicated English words: "ylang ylang" is a tree, not a loop.
        'ylang', 'mahi', 'beri', 'bye', 'ha', 'tut', 'tsk', 'knock', 'chop', 'pom', 'aye'
      ]
    },
    examples: [
      {
        name: 'doubled lowercase word',
        input: 'Police broke up a protest protest in the square.',
        messages: ['1:19-1:34: Remove the repeated word `protest`'],
        output: 'Police broke up a protest in the square.'
      },
      {
        name: 'doubled preposition before a figure',
        input: 'The fund is worth about about S$18 billion.',
        messages: ['1:19-1:30: Remove the repeated word `about`'],
        output: 'The fund is worth about S$18 billion.'
      },
      {
        name: 'sentence-initial pair',
        input: 'The the meeting opened on time.',
        messages: ['1:1-1:8: Remove the repeated word `the`'],
        output: 'The meeting opened on time.'
      },
      {
        name: 'capitalised pair is only a suggestion',
        input: 'They met at the Samba Bar Bar downtown.',
        messages: ['1:23-1:30: The word `Bar` is repeated; remove one unless it is part of a name'],
        output: 'They met at the Samba Bar Bar downtown.',
        outputAll: 'They met at the Samba Bar downtown.'
      },
      {
        name: 'particle pair is only a suggestion',
        input: 'He was taken in in the church.',
        messages: ['1:14-1:19: The word `in` is repeated; remove one unless the first ends a phrasal verb'],
        output: 'He was taken in in the church.',
        outputAll: 'He was taken in the church.'
      },
      {name: 'grammatical doubling', input: 'He had had enough, and he said that that was final.', messages: []},
      {name: 'reduplicated English words', input: 'Here we see ylang ylang, a component of many perfumes.', messages: []},
      {name: 'reduplicated given names', input: 'Pianist Lang Lang met Li Li and Qiao Qiao.', messages: []},
      {name: 'initialisms', input: 'The UN UN-Habitat report.', messages: []},
      {name: 'clause boundary', input: 'Where a country is is a sort of average.', messages: []},
      {name: 'across a line break', input: 'It was a protest\nprotest marches followed.', messages: []},
      {name: 'numbers', input: 'Rooms 10 10 and 12 were booked.', messages: []},
      {
        name: 'options: allow a word',
        input: 'It was very very cold.',
        options: {allow: ['very']},
        messages: []
      }
    ]
  },
  function (context) {
    const allow = new Set(context.options.allow.map((word) => word.toLowerCase()))

    return {
      paragraph(paragraph) {
        for (const sentence of paragraph.node.children) {
          if (sentence.type === 'SentenceNode') checkSentence(sentence)
        }
      }
    }

    function checkSentence(sentence: Sentence): void {
      const children = sentence.children
      for (let index = 0; index + 2 < children.length; index++) {
        const first = children[index]!
        const space = children[index + 1]!
        const second = children[index + 2]!
        if (first.type !== 'WordNode' || second.type !== 'WordNode') continue
        if (space.type !== 'WhiteSpaceNode' || !/^[ \t\u00A0]+$/.test(space.value)) continue
        const firstValue = toString(first)
        const secondValue = toString(second)
        const lower = firstValue.toLowerCase()
        if (lower !== secondValue.toLowerCase() || !/\p{L}/u.test(lower)) continue
        if (allow.has(lower) || isInitialism(firstValue)) continue
        report(first, second, firstValue, secondValue)
      }
    }

    function report(first: Word, second: Word, firstValue: string, secondValue: string): void {
      const start = first.position?.start.offset
      const end = second.position?.end.offset
      if (start === undefined || end === undefined) return
      // A word the converter could not place in the source (HTML after `<br>`)
      // must not be edited at a guessed offset.
      if (!context.source.startsWith(firstValue, start) || !context.source.endsWith(secondValue, end)) return
      const capitalised = /^\p{Lu}/u.test(secondValue)
      if (capitalised && isPinyinSyllable(secondValue)) return
      const particle = particles.has(secondValue.toLowerCase())
      context.report({
        start,
        end,
        reason: capitalised
          ? `The word \`${secondValue}\` is repeated; remove one unless it is part of a name`
          : particle
            ? `The word \`${secondValue}\` is repeated; remove one unless the first ends a phrasal verb`
            : `Remove the repeated word \`${secondValue}\``,
        expected: [firstValue],
        fix: capitalised || particle ? 'suggest' : 'safe'
      })
    }
  }
)

// Adverb particles that end a phrasal verb and also start a phrase:
// "he was taken in in the church", "she gave up up there".
const particles = new Set(['in', 'on', 'up', 'out', 'off', 'down', 'over', 'through', 'around', 'back', 'along', 'away', 'by'])

function isInitialism(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase()
}
