import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {isWhiteSpaceCode} from '../util/char-codes.js'
import {findDoubledPunctuation, type DoubledMark} from './doubled-punctuation.js'

/** Options of `whitespace`. */
export interface Options {
  /** Find a missing space after a full stop ("nectar.It") or a short function word ("onSaturday"). Default: `true`. */
  missingSpace: boolean
  /** Find a spaced hyphen in a compound ("non - door"). Default: `true`. */
  spacedHyphen: boolean
}

// Spaces a translation tool or a web page leaves behind: ordinary spaces,
// the no-break space, the ideographic space (U+3000, Chinese paragraph
// indents) and invisible zero-width spaces. Tabs are read apart: they may
// align a table.
function isSpaceRunCode(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x3000 || code === 0x200b || code === 0xfeff
}
const invisible = /^[\u200B\uFEFF]+$/
// Marks a space should not stand before.
const closing = ',.;:!?)'
const letterOrDigit = /[\p{L}\p{N}]/u
const digit = /\p{N}/u
// "Mr.", "No.", "p.": a deliberate no-break space after a short abbreviation.
const abbreviationBefore = /(?:^|[^\p{L}])\p{L}{1,3}\.$/u

// A full stop fused to the next sentence: two lowercase letters, the mark,
// then a capitalised word ("nectar.It"); "U.S." and "Chinanews.com" do not match.
// Tried only at a candidate position (sticky).
const fusedSentence = /(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})/uy
// A short function word fused to the capitalised word after it ("onSaturday",
// "ofChina"); the prefix must start its token, so "iPhone", "eBay" and
// "McDonald" do not match.
const fusedFunctionWord = /(?<![\p{L}\p{N}_.@#/$])(?:on|in|at|of|to|for|and|the|from|with|by|during|since|until)(?=\p{Lu}\p{Ll})/gu
const lowercaseLetter = /\p{Ll}/u
const wordCharacter = /[\p{L}\p{N}_(]/u
// A day or a month after the function word is certainly a word of its own.
const calendarWords = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'
])
// A bullet after the indent: plain text shows a nested list by indentation.
const bullet = /^[-*+•·‣◦]( |$)/u
// Prefixes that only stand in compounds, so " - " after them is a hyphen
// with spaces around it rather than a dash. Tried only where ` - ` follows a word (sticky).
const spacedHyphen =
  /(?<![\p{L}\p{N}])(?:non|anti|pre|post|co|self|multi|inter|intra|semi|sub|super|ex|cross|mid|pan|pro|counter|quasi|ultra|well|socio|macro|micro|high|low|long|short|state|large|small|medium|full|part|year|on|top|e|x)( +- +)(?=\p{Ll})/uy

// A compound of three words joined by spaced hyphens around a short linking
// word ("door - to - door", "step - by - step"): no dash is written so. A
// dash set off before "to the" or "by a" opens an aside instead.
const spacedChain = /(?<![\p{L}\p{N}-])\p{Ll}{1,15}( +- +)(to|by|on|in|of|and|for|or)( +- +)(?!(?:the|a|an|be|his|her|its|their|our|this|that|these|those|all|some)(?![\p{L}\p{N}]))\p{Ll}{1,15}(?![\p{L}\p{N}])/gu
// What follows a tab that parts two fields of a metadata line: a label and
// its colon ("\tClassification: …", 分类：).
const fieldAfterTab = /^\p{Lu}[\p{L}' ]{0,30}[:：]/u
// What ends the word before a tab between two words of a sentence.
const beforeTabInSentence = /[\p{Ll},;]/u

/**
 * `whitespace`: stray spaces (no-break, ideographic and zero-width spaces,
 * doubled, leading and trailing spaces, a space before punctuation), a
 * missing space after a full stop, and a spaced hyphen.
 */
export default defineRule<Options>(
  {
    id: 'whitespace',
    description: 'Find stray, invisible and missing spaces.',
    details: [
      'Text copied from web pages and translation tools carries spaces a reader cannot see: no-break spaces, the ideographic space U+3000 (a Chinese paragraph indent), zero-width spaces, doubled spaces, spaces at the start or end of a line and spaces before punctuation. These are removed safely. Spaces at the start of a line are what is left of a full-width paragraph indent; they are flagged in plain text only, and not before a bullet (`  - item`), which shows a nested list.',
      '',
      'A space between two marks (`tasks. .`, `county, .`, `(annex) )`) is not removed: that would leave the marks doubled, and `doubled-punctuation` removes the second mark instead.',
      '',
      'A tab inside a line, between two words of a sentence or before the label of the next field of a metadata line ("Index number: 2024-00017<tab>Classification: …"), is a suggestion to use one space: a tab elsewhere may align a table, and a tab at the start of a line indents it.',
      '',
      'A full stop fused to the next sentence ("nectar.It"), a short function word fused to a capitalised word ("ofChina") and a hyphen with spaces around it in a compound ("non - door", "door - to - door") are suggestions: a name, a brand or a dash may look the same. Before a day or a month ("onSaturday", "inMarch") the missing space is added safely. `iPhone`, `eBay`, `McDonald`, `toUpperCase` and `onClick()` are not flagged. Ellipses, decimals, `U.S.`, `Chinanews.com`, web addresses, datelines ("BEIJING, Feb. 11 (Xinhua) --") and spaced dashes are not flagged. A no-break space after a number or a short abbreviation ("10\u00A0km", "No.\u00A05") is deliberate and left alone, but not beside a bar (`Office\u00A0|\u00A02023-06-02`).',
      '',
      'In Markdown, two spaces at the end of a line are a hard line break and are never flagged; in HTML, where a browser collapses spaces anyway, only invisible characters and spaces before punctuation are.'
    ].join('\n'),
    category: 'fluency/punctuation',
    fixes: ['safe', 'suggest'],
    defaultOptions: {missingSpace: true, spacedHyphen: true},
    examples: [
      {
        name: 'no-break space at the end of a paragraph',
        input: 'and on-site democratic assessment. \u00A0\n\nLeave a Reply',
        messages: ['1:35-1:37: Remove the no-break space at the end of the paragraph'],
        output: 'and on-site democratic assessment.\n\nLeave a Reply'
      },
      {
        name: 'space before punctuation',
        input: 'We will refund the difference .',
        messages: ['1:30-1:31: Remove the space before `.`'],
        output: 'We will refund the difference.'
      },
      {
        name: 'doubled space and trailing spaces',
        input: 'At  the closing ceremony   \nten delegates spoke.',
        messages: ['1:3-1:5: Use one space instead of 2', '1:25-1:28: Remove the trailing spaces'],
        output: 'At the closing ceremony\nten delegates spoke.'
      },
      {
        name: 'ideographic indent and zero-width spaces',
        input: '\u3000\u3000The slope showed a large area of \u200B\u200Bslippage.',
        messages: [
          '1:1-1:3: Remove the ideographic spaces at the start of the paragraph',
          '1:35-1:38: Remove the zero-width spaces'
        ],
        output: 'The slope showed a large area of slippage.'
      },
      {
        name: 'a full-width indent left as spaces at the start of a line',
        input: 'Pingyuan County Media Center\n  On September 28th, the magistrate inspected the roads.',
        messages: ['2:1-2:3: Remove the spaces at the start of the line'],
        output: 'Pingyuan County Media Center\nOn September 28th, the magistrate inspected the roads.'
      },
      {
        name: 'plain text: an indented bullet and a tab are not flagged',
        input: 'Tasks for the year:\n  - repair the roads\n  * train the staff\n\tKeep the table aligned.',
        messages: []
      },
      {
        name: 'Markdown: indentation is syntax',
        input: 'Text.\n\n    code  block\n\n- item\n  continued line\n   - nested item\n',
        format: 'markdown',
        messages: []
      },
      {
        name: 'a function word fused to a capitalised word',
        input: 'She visited 132 households onSaturday alone, with the Bank ofChina team.',
        messages: ['1:28-1:30: Add a space after `on` in `onSaturday`', '1:60-1:62: Add a space after `of` in `ofChina`'],
        output: 'She visited 132 households on Saturday alone, with the Bank ofChina team.',
        outputAll: 'She visited 132 households on Saturday alone, with the Bank of China team.'
      },
      {
        name: 'brands, names, initialisms, code and addresses',
        input: 'The iPhone and eBay accounts of McDonald, theUS office, toUpperCase and onClick() at www.inBeijing.com stay.',
        messages: []
      },
      {
        name: 'a space between doubled marks is left to doubled-punctuation',
        input: 'Hotels were checked , . The plan (see the annex) ) is clear, , too.',
        messages: ['1:20-1:21: Remove the space before `,`'],
        output: 'Hotels were checked, . The plan (see the annex) ) is clear, , too.'
      },
      {
        name: 'missing space after a full stop',
        input: 'Bees collect nectar.It is stored in the hive.',
        messages: ['1:20-1:21: Add a space after `.`'],
        outputAll: 'Bees collect nectar. It is stored in the hive.'
      },
      {
        name: 'spaced hyphen in a compound',
        input: 'The non - door area was closed.',
        messages: ['1:8-1:11: Remove the spaces around the hyphen in `non - door`'],
        outputAll: 'The non-door area was closed.'
      },
      {
        name: 'spaced hyphens in a compound of three words',
        input: 'Officials checked the gas pipes door - to - door.',
        messages: ['1:37-1:45: Remove the spaces around the hyphens in `door - to - door`'],
        outputAll: 'Officials checked the gas pipes door-to-door.'
      },
      {
        name: 'tabs between the fields of a metadata line',
        input: 'Index number: 2024-00031\tCategory: Water Resources\tIssued by: County Water Resources Bureau',
        messages: [
          '1:25-1:26: Replace the tab inside the line with one space',
          '1:51-1:52: Replace the tab inside the line with one space'
        ],
        outputAll: 'Index number: 2024-00031 Category: Water Resources Issued by: County Water Resources Bureau'
      },
      {
        name: 'a no-break space beside a bar',
        input: 'County Flood Control Office\u00A0|\u00A02023-06-02',
        messages: [
          '1:28-1:29: Replace the no-break space with an ordinary space',
          '1:30-1:31: Replace the no-break space with an ordinary space'
        ],
        output: 'County Flood Control Office | 2023-06-02'
      },
      {
        name: 'a table aligned with tabs, and a dash before a short word',
        input: 'Township\tHouseholds\tArea\nLanxi\t1,204\t36 km\nThe plan - to - the surprise of many - passed.',
        messages: []
      },
      {
        name: 'Markdown: a stray space before a comma beside inline code',
        input: 'Run `lint` , then fix.\n',
        format: 'markdown',
        messages: ['1:11-1:12: Remove the space before `,`'],
        output: 'Run `lint`, then fix.\n'
      },
      {
        name: 'Markdown: hard line break and code are not flagged',
        input: 'First line  \nsecond line\n\n`a  b .`\n',
        format: 'markdown',
        messages: []
      },
      {
        name: 'abbreviations, decimals, addresses and ellipses',
        input: 'The U.S. rate rose 3.5 percent, Chinanews.com said, and then . . . nothing. See www.Gov.cn for more.',
        messages: []
      },
      {
        name: 'datelines and spaced dashes',
        input: 'BEIJING, Feb. 11 (Xinhua) -- The plan - approved on Monday - takes effect today.',
        messages: []
      },
      {name: 'deliberate no-break spaces', input: 'It is 10\u00A0km from No.\u00A05 Road.', messages: []},
      {
        name: 'options: no missing-space check',
        input: 'Bees collect nectar.It is stored.',
        options: {missingSpace: false},
        messages: []
      }
    ]
  },
  function (context) {
    const {options, format} = context

    // The doubled marks of the paragraph being read, found when first needed.
    let doubledMarks: DoubledMark[] | undefined

    return {
      paragraph(paragraph) {
        doubledMarks = undefined
        checkSpaceRuns(paragraph)
        if (format === 'text') {
          checkIndent(paragraph)
          checkTrailing(paragraph)
        }
        if (options.missingSpace) {
          checkFusedSentences(paragraph)
          checkFusedWords(paragraph)
        }
        if (options.spacedHyphen) checkSpacedHyphens(paragraph)
        if (format !== 'html') checkTabs(paragraph)
      }
    }

    // `tasks. .`, `county, .`, `(annex) )`: removing the space would leave the
    // marks doubled, so the run is left to `doubled-punctuation`, which removes
    // the second mark with it.
    function insideDoubledMarks(text: string, from: number, to: number): boolean {
      doubledMarks ??= findDoubledPunctuation(text)
      let low = 0
      let high = doubledMarks.length - 1
      while (low <= high) {
        const middle = (low + high) >> 1
        const doubled = doubledMarks[middle]!
        if (doubled.to <= from) low = middle + 1
        else if (doubled.from >= to) high = middle - 1
        else return doubled.from < from && doubled.to > to
      }
      return false
    }

    function checkSpaceRuns(paragraph: Paragraph): void {
      const text = paragraph.text
      let checkedTo = 0
      let at = text.charCodeAt(0) === 0x20 ? 0 : nextOddSpace(text, 0)
      while (at !== -1) {
        // The whole run the odd space belongs to.
        let from = at
        while (from > checkedTo && isSpaceRunCode(text.charCodeAt(from - 1))) from--
        let to = at + 1
        while (to < text.length && isSpaceRunCode(text.charCodeAt(to))) to++
        checkedTo = to
        if (!isPlainGap(text, from, to)) checkSpaceRun(paragraph, from, to)
        at = nextOddSpace(text, checkedTo)
      }
    }

    // A maximal run of spaces from `from` to `to`.
    function checkSpaceRun(paragraph: Paragraph, from: number, to: number): void {
      const text = paragraph.text
      const run = text.slice(from, to)
      const before = text[from - 1]
      const after = text[to]
      // Line breaks inside a Markdown or HTML paragraph: indentation and
      // hard breaks are markup there.
      if (before === '\n' || before === '\r' || after === '\n' || after === '\r') return

      const atEdge = from === 0 || to === text.length
      const beforeMark = after !== undefined && closing.includes(after) && !isEllipsisOrDecimal(text, to, before)
      const afterParen = before === '('
      if (beforeMark && before !== undefined && closing.includes(before) && insideDoubledMarks(text, from, to)) return
      const replacement = atEdge || beforeMark || afterParen || invisible.test(run) ? '' : ' '
      if (replacement === run) return
      if (format === 'html' && /^ +$/.test(run) && replacement === ' ') return
      if (format === 'html' && run.includes('\u00A0') && !beforeMark) return
      if (run === '\u00A0' && replacement === ' ' && isDeliberateNoBreak(text, from, after)) return
      if (atEdge && format !== 'text' && /^ +$/.test(run)) return

      const [start, end] = paragraph.sourceRange(from, to)
      const kind = describe(run)
      let reason: string
      if (replacement === '' && beforeMark) reason = `Remove the ${kind} before \`${after}\``
      else if (replacement === '' && afterParen) reason = `Remove the ${kind} after \`(\``
      else if (replacement === '' && from === 0) reason = `Remove the ${kind} at the start of the paragraph`
      else if (replacement === '') reason = `Remove the ${kind} at the end of the paragraph`
      else if (kind === 'spaces') reason = `Use one space instead of ${run.length}`
      else if (kind === 'no-break space') reason = 'Replace the no-break space with an ordinary space'
      else if (kind.startsWith('zero-width')) reason = `Remove the ${kind}`
      else reason = `Replace the ${kind} with one space`
      context.report({start, end, reason, expected: [replacement], fix: 'safe'})
    }

    // In plain text the spaces that indent a line are not part of the
    // paragraph either: they sit in the source right before its start, after
    // the line break. They are what is left of a Chinese page's full-width
    // paragraph indent; plain text has no indentation syntax (Markdown has,
    // and there the spaces never reach a paragraph's text). Before the first
    // paragraph nothing may be read (see `SourceWindow`).
    function checkIndent(paragraph: Paragraph): void {
      if (paragraph.index === 0) return
      let start = paragraph.start
      while (start > 0 && context.slice(start - 1, start) === ' ') start--
      if (start === paragraph.start) return
      const before = context.slice(start - 1, start)
      if (before !== '\n' && before !== '\r') return
      if (bullet.test(paragraph.text.slice(0, 2))) return
      context.report({
        start,
        end: paragraph.start,
        reason: paragraph.start - start === 1 ? 'Remove the space at the start of the line' : 'Remove the spaces at the start of the line',
        expected: [''],
        fix: 'safe'
      })
    }

    // In plain text the spaces before a line break are not part of the
    // paragraph: they sit in the source right after its end.
    function checkTrailing(paragraph: Paragraph): void {
      let end = paragraph.end
      let after = context.slice(end, end + 1)
      while (after === ' ' || after === '\t') {
        end++
        after = context.slice(end, end + 1)
      }
      if (end === paragraph.end) return
      // Nothing after the blanks: they end the document.
      if (after !== '' && after !== '\n' && after !== '\r') return
      context.report({
        start: paragraph.end,
        end,
        reason: end - paragraph.end === 1 ? 'Remove the trailing space' : 'Remove the trailing spaces',
        expected: [''],
        fix: 'safe'
      })
    }

    function checkFusedSentences(paragraph: Paragraph): void {
      const text = paragraph.text
      for (let at = fusedSentenceCandidate(text, 0); at !== -1; at = fusedSentenceCandidate(text, at + 1)) {
        fusedSentence.lastIndex = at
        if (!fusedSentence.test(text)) continue
        if (isWebAddress(text, at)) continue
        const mark = text[at]!
        const [start, end] = paragraph.sourceRange(at, at + 1)
        context.report({
          start,
          end,
          reason: `Add a space after \`${mark}\``,
          expected: [mark + ' '],
          fix: 'suggest'
        })
      }
    }

    function checkFusedWords(paragraph: Paragraph): void {
      const text = paragraph.text
      fusedFunctionWord.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = fusedFunctionWord.exec(text))) {
        const from = match.index
        const capital = from + match[0].length
        let end = capital + 1
        while (end < text.length && lowercaseLetter.test(text[end]!)) end++
        fusedFunctionWord.lastIndex = end
        // One capitalised word of three letters or more, ending its token:
        // "toUpperCase" and "onClick(" are code.
        if (end - capital < 3) continue
        if (end < text.length && wordCharacter.test(text[end]!)) continue
        if (isWebAddress(text, from)) continue
        const word = text.slice(capital, end)
        const [start, sourceEnd] = paragraph.sourceRange(from, capital)
        context.report({
          start,
          end: sourceEnd,
          reason: `Add a space after \`${match[0]}\` in \`${match[0]}${word}\``,
          expected: [match[0] + ' '],
          fix: calendarWords.has(word) ? 'safe' : 'suggest'
        })
      }
    }

    // A tab between two words of a line, with the spaces beside it, where it
    // parts two fields of a metadata line or two words of a sentence.
    function checkTabs(paragraph: Paragraph): void {
      const text = paragraph.text
      for (let tab = text.indexOf('\t'); tab !== -1; ) {
        let from = tab
        while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--
        let to = tab + 1
        while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++
        tab = text.indexOf('\t', to)
        const before = text[from - 1]
        const after = text[to]
        if (before === undefined || after === undefined || isWhiteSpaceCode(text.charCodeAt(from - 1)) || isWhiteSpaceCode(text.charCodeAt(to))) continue
        const inSentence = beforeTabInSentence.test(before) && lowercaseLetter.test(after)
        if (!inSentence && !fieldAfterTab.test(text.slice(to, to + 34))) continue
        const [start, end] = paragraph.sourceRange(from, to)
        context.report({start, end, reason: 'Replace the tab inside the line with one space', expected: [' '], fix: 'suggest'})
      }
    }

    function checkSpacedHyphens(paragraph: Paragraph): void {
      const text = paragraph.text
      // The hyphens of a chain are reported once, for the whole compound.
      let chainedTo = -1
      spacedChain.lastIndex = 0
      for (let chain = spacedChain.exec(text); chain; chain = spacedChain.exec(text)) {
        const from = chain.index + chain[0].indexOf(chain[1]!)
        const to = from + chain[1]!.length + chain[2]!.length + chain[3]!.length
        const [start, end] = paragraph.sourceRange(from, to)
        context.report({
          start,
          end,
          reason: `Remove the spaces around the hyphens in \`${chain[0]}\``,
          expected: [`-${chain[2]!}-`],
          fix: 'suggest'
        })
        chainedTo = to
      }
      for (let hyphen = text.indexOf(' - ') + 1; hyphen !== 0; hyphen = text.indexOf(' - ', hyphen) + 1) {
        if (hyphen < chainedTo) continue
        // A match starts at the word before the spaces: the prefixes are
        // lowercase ASCII and the lookbehind wants no letter before them.
        let wordStart = hyphen - 1
        while (wordStart > 0 && text.charCodeAt(wordStart - 1) === 0x20) wordStart--
        while (wordStart > 0 && isLowercaseAscii(text.charCodeAt(wordStart - 1))) wordStart--
        spacedHyphen.lastIndex = wordStart
        const match = spacedHyphen.exec(text)
        if (!match) continue
        const from = match.index + match[0].length - match[1]!.length
        const to = match.index + match[0].length
        const next = /^\p{L}+/u.exec(text.slice(to, to + 40))?.[0] ?? ''
        const [start, end] = paragraph.sourceRange(from, to)
        context.report({
          start,
          end,
          reason: `Remove the spaces around the hyphen in \`${match[0]}${next}\``,
          expected: ['-'],
          fix: 'suggest'
        })
      }
    }
  }
)

// A `.`, `!` or `?` before an ASCII character other than A–Z cannot match
// `fusedSentence`; this finds the others, natively, to be tried with it.
const fusedSentenceSign = /[.!?][A-Z\u0080-\uFFFF]/g

/** Index of the next mark from `from` that may be fused to a capitalised word, or -1. */
function fusedSentenceCandidate(text: string, from: number): number {
  fusedSentenceSign.lastIndex = from
  return fusedSentenceSign.test(text) ? fusedSentenceSign.lastIndex - 2 : -1
}

function isLowercaseAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

// A run of spaces can only be flagged when it holds a space other than
// U+0020, two spaces, a space before a closing mark or after `(`, or starts
// or ends the paragraph. This finds a space of such a run inside the
// paragraph natively, without reading every character; the ends are looked
// at apart, as a pattern with anchors and lookbehind is much slower.
const oddSpace = /[\u00A0\u3000\u200B\uFEFF]| [ ,.;:!?)]|\( /g

/** Index of the next space from `from` that may belong to a flagged run, or -1. */
function nextOddSpace(text: string, from: number): number {
  oddSpace.lastIndex = from
  const match = oddSpace.exec(text)
  if (match) return match[0].charCodeAt(0) === 0x28 ? match.index + 1 : match.index
  const last = text.length - 1
  return last >= from && text.charCodeAt(last) === 0x20 ? last : -1
}

// One ordinary space inside the paragraph, not before a closing mark or
// after `(`: the check below would find nothing wrong with it.
function isPlainGap(text: string, from: number, to: number): boolean {
  return to === from + 1 && from > 0 && to < text.length && text.charCodeAt(from) === 0x20 && text.charCodeAt(from - 1) !== 0x28 && !closing.includes(text[to]!)
}

function describe(run: string): string {
  const plural = run.length > 1
  if (run.includes('\u3000')) return plural ? 'ideographic spaces' : 'ideographic space'
  if (run.includes('\u200B') || run.includes('\uFEFF')) return plural ? 'zero-width spaces' : 'zero-width space'
  if (run.includes('\u00A0')) return 'no-break space'
  return plural ? 'spaces' : 'space'
}

// " . . ." and " .5" are not stray spaces before a full stop.
function isEllipsisOrDecimal(text: string, markAt: number, before: string | undefined): boolean {
  const mark = text[markAt]
  const next = text[markAt + 1]
  if (next !== undefined && letterOrDigit.test(next)) return true
  if (mark !== '.') return false
  return next === '.' || before === '.' || (next === ' ' && text[markAt + 2] === '.')
}

function isDeliberateNoBreak(text: string, at: number, after: string | undefined): boolean {
  const before = text[at - 1]
  if (before === '|' || after === '|') return false
  if (before !== undefined && digit.test(before)) return true
  if (after !== undefined && digit.test(after)) return true
  return abbreviationBefore.test(text.slice(Math.max(0, at - 5), at))
}

// The whitespace-delimited token around `at`, looked at no further than a
// long address would reach, so the check stays linear.
function isWebAddress(text: string, at: number): boolean {
  let from = at
  while (from > 0 && at - from < 200 && !isWhiteSpaceCode(text.charCodeAt(from - 1))) from--
  let to = at
  while (to < text.length && to - at < 200 && !isWhiteSpaceCode(text.charCodeAt(to))) to++
  const token = text.slice(from, to).toLowerCase()
  return token.includes('://') || token.includes('www.') || token.includes('@') || token.includes('/')
}
