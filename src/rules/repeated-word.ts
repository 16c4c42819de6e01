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
        if (!mayRepeatWord(paragraph.text)) return
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
      if (end < secondValue.length) return
      if (context.slice(start, start + firstValue.length) !== firstValue) return
      if (context.slice(end - secondValue.length, end) !== secondValue) return
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

const letter = /\p{L}/u

/**
 * Whether the text may hold two equal words with only spaces, tabs or
 * no-break spaces between them: a cheap test run before the paragraph is
 * parsed. Words never hold those spaces, so a doubled word is a suffix of the
 * text before a run of them equal to a prefix of the text after it. One pass
 * over the characters, allocating nothing unless a piece holds a character
 * outside ASCII.
 */
function mayRepeatWord(text: string): boolean {
  const length = text.length
  let leftStart = -1
  let leftEnd = -1
  let index = 0
  while (index < length) {
    let code = text.charCodeAt(index)
    if (isSpace(code)) {
      index++
      continue
    }
    const start = index
    do {
      if (isUnevenCase(code)) return true
      index++
    } while (index < length && !isSpace((code = text.charCodeAt(index))))
    if (leftEnd !== -1) {
      // A token too long to compare cheaply is left to the parser.
      if (leftEnd - leftStart > 64 || index - start > 64) return true
      if (sharesWord(text, leftStart, leftEnd, start, index)) return true
    }
    leftStart = start
    leftEnd = index
  }
  return false
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}

// Lowercasing changes the length of `İ`, and final sigma depends on context:
// text with them is always parsed.
function isUnevenCase(code: number): boolean {
  return code === 0x130 || code === 0x3a3 || code === 0x3c2
}

// Whether a suffix of the token `[leftStart, leftEnd)` holding a letter equals
// the prefix of the token `[rightStart, rightEnd)` as long, ignoring case. The
// parser never ends a word inside a run of ASCII letters and digits, so
// neither piece may be cut out of one.
function sharesWord(text: string, leftStart: number, leftEnd: number, rightStart: number, rightEnd: number): boolean {
  const longest = Math.min(leftEnd - leftStart, rightEnd - rightStart)
  for (let size = 1; size <= longest; size++) {
    if (rightStart + size < rightEnd && isAsciiWordCharacter(text.charCodeAt(rightStart + size))) continue
    if (leftEnd - size > leftStart && isAsciiWordCharacter(text.charCodeAt(leftEnd - size - 1))) continue
    if (samePiece(text, leftEnd - size, rightStart, size)) return true
  }
  return false
}

// Whether the pieces at `left` and `right` are equal ignoring case and hold a
// letter. ASCII is compared in place; a piece with any other character is
// lowercased as a string (the uneven cases are excluded before).
function samePiece(text: string, left: number, right: number, size: number): boolean {
  let lettered = false
  for (let offset = 0; offset < size; offset++) {
    let a = text.charCodeAt(right + offset)
    let b = text.charCodeAt(left + offset)
    if (a >= 0x80 || b >= 0x80) {
      const piece = text.slice(right, right + size).toLowerCase()
      return piece === text.slice(left, left + size).toLowerCase() && letter.test(piece)
    }
    if (a >= 65 && a <= 90) a += 32
    if (b >= 65 && b <= 90) b += 32
    if (a !== b) return false
    if (a >= 97 && a <= 122) lettered = true
  }
  return lettered
}

function isAsciiWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
