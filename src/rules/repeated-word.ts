import type {Sentence, SentenceContent, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {defineRule} from '../define-rule.js'
import {isPinyinSyllable} from '../util/pinyin.js'
import {reduplicatedPlaceNames} from '../util/reduplication.js'

/** Options of `repeated-word`. */
export interface Options {
  /** Words whose doubling is grammatical, deliberate or a word of its own. Default: `had`, `that`, `is`, `can` (reported when tripled), `blah`, `beep`, `yadda`, `sapiens`, `tse`, `mau`, and the halves of `ylang ylang`, `mahi mahi`, `beri beri`, `bye bye`, `ha ha`, `tut tut`, `tsk tsk`, `knock knock`, `chop chop`, `pom pom`, `aye aye`, `Walla Walla`, `Bora Bora`, `Baden Baden`, `Pago Pago`, `Wagga Wagga`. */
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
      'Machine translation sometimes emits a word twice, or three times. A lowercase run is removed safely; a capitalised pair, a pair of adverb particles that can end a phrasal verb ("taken in in the church"), and `an an` (which may be `and an`) are only suggestions. A word whose doubling is grammatical (`had had`, `that that`) is reported when it comes three times; `can can` before a verb ("they can can really feel") is suggested, but not the dance (`the can can`, `Can Can`, `can-can`). A pair split by a line break inside a paragraph counts as adjacent; across two lines of plain text it is a suggestion that keeps the line break, and across a blank line it is not reported. A pair that reads as a reduplicated Chinese name ("Li Li", "Lang Lang"), a reduplicated place name ("Walla Walla", "Sing Sing") or an English word of its own ("ylang ylang") is never flagged, nor is an all-caps initialism ("UN UN-Habitat").',
    category: 'accuracy/addition',
    fixes: ['safe', 'suggest'],
    defaultOptions: {
      allow: [
        'had', 'that', 'is', 'can', 'blah', 'beep', 'yadda', 'sapiens', 'tse', 'mau',
        // Reduplicated English words: "ylang ylang" is a tree, not a loop.
        'ylang', 'mahi', 'beri', 'bye', 'ha', 'tut', 'tsk', 'knock', 'chop', 'pom', 'aye',
        ...reduplicatedPlaceNames
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
      {
        name: 'a line break inside a paragraph',
        input: 'Paris in the\nthe spring is lovely.\n',
        format: 'markdown',
        messages: ['1:10-2:5: Remove the repeated word `the`'],
        output: 'Paris in the\nspring is lovely.\n'
      },
      {
        name: 'across two lines of plain text is only a suggestion',
        input: 'The team met in the\nthe spring of 2020.',
        messages: ['1:17-2:5: The word `the` is repeated across a line break; remove one'],
        output: 'The team met in the\nthe spring of 2020.',
        outputAll: 'The team met in the\nspring of 2020.'
      },
      {
        name: 'shouted line',
        input: 'READ ALL ABOUT THE\nTHE NEWS',
        messages: ['1:16-2:5: The word `THE` is repeated across a line break; remove one'],
        output: 'READ ALL ABOUT THE\nTHE NEWS',
        outputAll: 'READ ALL ABOUT THE\nNEWS'
      },
      {
        name: 'a word three times',
        input: 'The the the meeting opened.',
        messages: ['1:1-1:12: Remove the 2 repeated copies of the word `the`'],
        output: 'The meeting opened.'
      },
      {
        name: 'grammatical pair written three times',
        input: 'He said that that that was final.',
        messages: ['1:9-1:23: The word `that` is written 3 times; keep it at most twice'],
        output: 'He said that that that was final.',
        outputAll: 'He said that that was final.'
      },
      {
        name: '`an an` may be `and an`',
        input: 'They brought bread an an apple.',
        messages: ['1:20-1:25: The word `an` is repeated; remove one, or write `and an`'],
        output: 'They brought bread an an apple.',
        outputAll: 'They brought bread an apple.'
      },
      {name: 'across a blank line', input: 'Results of the\n\nthe survey follow.', messages: []},
      {name: 'heading then body', input: 'County Work Conference\nConference delegates met on Monday.', messages: []},
      {
        name: 'content word across two lines',
        input: 'The branch held its democratic life meeting\nmeeting the requirements, members spoke in turn.',
        messages: []
      },
      {
        name: 'the modal `can` written twice',
        input: 'The veterans can can really feel the care of the county.',
        messages: ['1:14-1:21: The word `can` is repeated before a verb; remove one'],
        outputAll: 'The veterans can really feel the care of the county.'
      },
      {name: 'the dance', input: 'They danced the can can at the fair; the Can Can girls and a can-can show followed.', messages: []},
      {name: 'reduplicated place names', input: 'They flew from Walla Walla to Bora Bora, then to Baden Baden, and drove past Sing Sing.', messages: []},
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
    // The word that ends the previous plain-text paragraph, when a single line
    // break follows it: "the\nthe" across a wrapped line.
    let lineEnd: EdgeWord | undefined

    return {
      paragraph(paragraph) {
        const previous = lineEnd
        lineEnd = context.format === 'text' ? lastWord(paragraph.text, paragraph.start) : undefined
        if (previous && !paragraph.blankLineBefore) checkAcrossLines(paragraph.text, paragraph.start, previous)
        if (!mayRepeatWord(paragraph.text)) return
        for (const sentence of paragraph.node.children) {
          if (sentence.type === 'SentenceNode') checkSentence(sentence)
        }
      }
    }

    // Runs of one word are reported once: "the the the" is one finding.
    function checkSentence(sentence: Sentence): void {
      const children = sentence.children
      let index = 0
      while (index < children.length) {
        const first = children[index]!
        if (first.type !== 'WordNode') {
          index++
          continue
        }
        const firstValue = toString(first)
        const lower = firstValue.toLowerCase()
        const copies: Word[] = [first]
        let next = index
        while (next + 2 < children.length) {
          const space = children[next + 1]!
          const second = children[next + 2]!
          if (second.type !== 'WordNode' || space.type !== 'WhiteSpaceNode' || !isInlineSpace(space.value)) break
          if (toString(second).toLowerCase() !== lower) break
          copies.push(second)
          next += 2
        }
        if (copies.length > 1 && letter.test(lower)) {
          const after = children[next + 1]
          const around = {before: wordAt(children, index - 2), after: wordAt(children, next + 2)}
          checkRun(copies, after?.type === 'WhiteSpaceNode' && isBlank(after.value) ? after : undefined, around)
        }
        index = next + 1
      }
    }

    function checkRun(copies: Word[], blanksAfter: SentenceContent | undefined, around: Neighbours): void {
      const values = copies.map((copy) => toString(copy))
      const firstValue = values[0]!
      const lower = firstValue.toLowerCase()
      if (isInitialism(firstValue) && !shoutedWords.has(lower)) return
      const modalCanCan = lower === 'can' && copies.length === 2 && isModalCanCan(values, around)
      if (allow.has(lower) && !(grammaticalPairs.has(lower) && copies.length > 2) && !modalCanCan) return
      const start = copies[0]!.position?.start.offset
      const end = copies.at(-1)!.position?.end.offset
      if (start === undefined || end === undefined) return
      // A word the converter could not place in the source (HTML after `<br>`)
      // must not be edited at a guessed offset.
      if (end < values.at(-1)!.length) return
      const offsets = copies.map((copy) => copy.position?.start.offset)
      for (const [index, copy] of values.entries()) {
        const at = offsets[index]
        if (at === undefined || context.slice(at, at + copy.length) !== copy) return
      }
      const secondValue = values[1]!
      const capitalised = /^\p{Lu}/u.test(secondValue)
      if (capitalised && isPinyinSyllable(secondValue)) return
      if (modalCanCan) {
        context.report({
          start,
          end,
          reason: `The word \`can\` is repeated before a verb; remove one`,
          expected: [firstValue],
          fix: 'suggest'
        })
        return
      }
      if (allow.has(lower)) {
        // "that that that": one copy too many of a grammatical pair.
        context.report({
          start,
          end,
          reason: `The word \`${secondValue}\` is written ${copies.length} times; keep it at most twice`,
          expected: [context.slice(start, offsets[1]! + secondValue.length), firstValue],
          fix: 'suggest'
        })
        return
      }
      // What stands before the last copy other than blanks (a line break,
      // markup) stays, and blanks on one side of the copy go with it:
      // "the\nthe spring" becomes "the\nspring", "*the* the" becomes "*the*".
      const lastGap = context.slice(offsets.at(-2)! + values.at(-2)!.length, offsets.at(-1)!)
      const blanksEnd = blanksAfter?.position?.end.offset
      let rangeEnd = end
      let kept = firstValue
      if (!isBlank(lastGap)) {
        if (blanksEnd !== undefined && isBlank(context.slice(end, blanksEnd))) {
          rangeEnd = blanksEnd
          kept = firstValue + lastGap
        } else if (!isInlineSpace(lastGap)) {
          // Markup before the copy and punctuation after: "*the* the." → "*the*.".
          kept = firstValue + trimBlanksEnd(lastGap)
        }
      }
      const particle = particles.has(lower)
      report({
        start,
        end: rangeEnd,
        firstValue,
        secondValue,
        copies: copies.length,
        expected: kept,
        fix: capitalised || particle ? 'suggest' : 'safe',
        reason: capitalised
          ? `The word \`${secondValue}\` is repeated; remove one unless it is part of a name`
          : particle
            ? `The word \`${secondValue}\` is repeated; remove one unless the first ends a phrasal verb`
            : undefined
      })
    }

    // Across a paragraph break nothing is certain: the line may be a heading
    // or a wrapped sentence, so the finding is a suggestion, and only for a
    // function word ("the\nthe"). A content word may end a heading and start
    // the body in another sense ("…democratic life meeting\nmeeting the
    // requirements"); a capital starts a new sentence ("Work
    // Conference\nConference delegates"), unless the line is shouted.
    function checkAcrossLines(text: string, paragraphStart: number, previous: EdgeWord): void {
      const second = firstWord(text, paragraphStart)
      if (!second || second.value.toLowerCase() !== previous.value.toLowerCase()) return
      const lower = second.value.toLowerCase()
      if (allow.has(lower) || !functionWords.has(lower)) return
      const shouted = isInitialism(previous.value) && isInitialism(second.value)
      if (shouted ? !shoutedWords.has(lower) : /^\p{Lu}/u.test(second.value)) return
      if (context.slice(previous.start, previous.end) !== previous.value) return
      if (context.slice(second.start, second.end) !== second.value) return
      let blanks = second.end - paragraphStart
      while (blanks < text.length && isBlankCode(text.charCodeAt(blanks))) blanks++
      const end = paragraphStart + blanks
      const kept = end === second.end ? previous.value : context.slice(previous.start, second.start)
      report({
        start: previous.start,
        end,
        firstValue: previous.value,
        secondValue: second.value,
        copies: 2,
        expected: kept,
        fix: 'suggest',
        reason: `The word \`${second.value}\` is repeated across a line break; remove one`
      })
    }

    function report(run: {
      start: number
      end: number
      firstValue: string
      secondValue: string
      copies: number
      expected: string
      fix: 'safe' | 'suggest'
      reason: string | undefined
    }): void {
      const {firstValue, secondValue} = run
      const expected = [run.expected]
      let fix = run.fix
      let reason =
        run.reason ??
        (run.copies === 2
          ? `Remove the repeated word \`${secondValue}\``
          : `Remove the ${run.copies - 1} repeated copies of the word \`${secondValue}\``)
      const misread = misreadPairs.get(firstValue.toLowerCase())
      if (misread && run.copies === 2) {
        // "an an" may be a stutter or a dropped letter: "bread an an apple".
        const word = matchCase(misread, firstValue)
        expected.push(word + context.slice(run.start + firstValue.length, run.end))
        fix = 'suggest'
        reason = `The word \`${secondValue}\` is repeated; remove one, or write \`${word} ${secondValue}\``
      }
      context.report({start: run.start, end: run.end, reason, expected, fix})
    }
  }
)

/** The words right before and after a run, lowercase-sensitive as written. */
interface Neighbours {
  before: string | undefined
  after: string | undefined
}

function wordAt(children: SentenceContent[], index: number): string | undefined {
  const node = children[index]
  return node?.type === 'WordNode' ? toString(node) : undefined
}

// "veterans can can really feel": a modal written twice, unlike the dance
// ("the can-can", "a Can Can dancer"), which is capitalised, hyphenated, or
// follows an article and comes before a noun or the end of the clause.
function isModalCanCan(values: string[], around: Neighbours): boolean {
  if (values.some((value) => value !== 'can')) return false
  const {before, after} = around
  if (before !== undefined && danceDeterminers.has(before.toLowerCase())) return false
  return after !== undefined && /^\p{Ll}/u.test(after) && !afterTheDance.has(after)
}

const danceDeterminers = new Set(['the', 'a', 'an', 'this', 'that', 'her', 'his', 'their', 'our', 'its', 'my', 'your', 'dance', 'danced', 'dancing', 'dances'])
// Words that follow the dance rather than the modal: "can can dancers", "can can and waltz".
const afterTheDance = new Set([
  'dance', 'dances', 'dancer', 'dancers', 'dancing', 'girl', 'girls', 'music', 'show', 'shows', 'number', 'routine',
  'skirt', 'skirts', 'line', 'style', 'and', 'or', 'is', 'was', 'of', 'in', 'at', 'on', 'with', 'for', 'to', 'from'
])

/** A word at the edge of a paragraph, by source offsets. */
interface EdgeWord {
  value: string
  start: number
  end: number
}

// Adverb particles that end a phrasal verb and also start a phrase:
// "he was taken in in the church", "she gave up up there".
const particles = new Set(['in', 'on', 'up', 'out', 'off', 'down', 'over', 'through', 'around', 'back', 'along', 'away', 'by'])

// Words whose doubling is grammatical ("he had had enough", "that that was
// final"): a third copy is one too many, unlike "blah blah blah".
const grammaticalPairs = new Set(['had', 'that', 'is', 'can'])

// Function words that are never initialisms: "THE THE" in a shouted
// headline is a doubled word, "UN UN-Habitat" is not.
const shoutedWords = new Set(['the', 'an', 'and', 'of', 'to', 'for', 'with', 'from', 'that', 'this', 'was', 'were', 'has', 'have', 'been'])

// Closed-class words: the ones a reader's eye skips at a line break
// ("Paris in the\nthe spring"), and that never end a heading.
const functionWords = new Set([
  ...shoutedWords,
  'a', 'or', 'but', 'nor', 'in', 'on', 'at', 'by', 'into', 'onto', 'upon', 'of', 'as', 'than', 'these', 'those',
  'its', 'their', 'his', 'her', 'our', 'your', 'my', 'it', 'they', 'we', 'he', 'she', 'is', 'are', 'be', 'will',
  'would', 'shall', 'should', 'may', 'might', 'must', 'could', 'not', 'which', 'who', 'whose'
])

// A doubled word that may be another word missing a letter: "an an" for "and an".
const misreadPairs = new Map([['an', 'and']])

function matchCase(word: string, model: string): string {
  if (isInitialism(model)) return word.toUpperCase()
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

function isInitialism(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase()
}

// Spaces, tabs and no-break spaces, with at most one line break among them: a
// blank line ends the paragraph.
function isInlineSpace(value: string): boolean {
  let breaks = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13 && value.charCodeAt(index + 1) === 10) continue
    if (code === 10 || code === 13) breaks++
    else if (!isBlankCode(code)) return false
  }
  return breaks <= 1
}

function trimBlanksEnd(value: string): string {
  let end = value.length
  while (end > 0 && isBlankCode(value.charCodeAt(end - 1))) end--
  return value.slice(0, end)
}

function isBlank(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (!isBlankCode(value.charCodeAt(index))) return false
  return value.length > 0
}

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}

// The parser's words, predicted at a paragraph's edges: letters, digits and
// marks. A piece joined to more by a hyphen, an apostrophe or a dot
// ("well-known", "U.S.") is part of a longer word and is left alone.
const wordCharacter = /[\p{L}\p{N}\p{M}]/u

function isWordCharacter(text: string, index: number): boolean {
  return index >= 0 && index < text.length && wordCharacter.test(text.charAt(index))
}

function isJoiner(text: string, index: number, outward: number): boolean {
  const character = text.charAt(index)
  if (character === '-' || character === "'" || character === '\u2019') return true
  return character === '.' && isWordCharacter(text, index + outward)
}

function lastWord(text: string, offset: number): EdgeWord | undefined {
  let start = text.length
  while (start > 0 && isWordCharacter(text, start - 1)) start--
  if (start === text.length || (start > 0 && isJoiner(text, start - 1, -1))) return undefined
  const value = text.slice(start)
  return letter.test(value) ? {value, start: offset + start, end: offset + text.length} : undefined
}

function firstWord(text: string, offset: number): EdgeWord | undefined {
  let end = 0
  while (end < text.length && isWordCharacter(text, end)) end++
  if (end === 0 || (end < text.length && isJoiner(text, end, 1))) return undefined
  return {value: text.slice(0, end), start: offset, end: offset + end}
}

const letter = /\p{L}/u

/**
 * Whether the text may hold two equal words with only spaces, tabs, no-break
 * spaces or line breaks between them: a cheap test run before the paragraph
 * is parsed. Words never hold those spaces, so a doubled word is a suffix of the
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

// A line break may stand between two copies inside a paragraph (a Markdown
// soft break).
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 10 || code === 13
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
