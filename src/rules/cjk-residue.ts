import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {isHan, mayHoldCjk} from '../util/cjk.js'

/** Options of `cjk-residue` (none). */
export type Options = Record<string, never>

// A run of Chinese text: Chinese characters with the Chinese punctuation and
// single spaces between them, and an opening mark just before it.
const chineseRun = /\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60]| (?=\p{Script=Han}))*/gu
// Opening marks that belong to the run after them: （一）, 《人民日报》.
const leadingMarks = new Set(['（', '［', '《', '〈', '「', '『', '【', '〔'])
// ① to ⑳, ⑴ to ⒇ and ⒈ to ⒛: list markers with no English spelling.
const circledMarker = /[\u2460-\u249B]/g
const numeral = '[一二三四五六七八九十]{1,3}'
const parenthesisedMarker = new RegExp(`^[（(]?(${numeral})[）)]?$`, 'u')
const headingMarker = new RegExp(`^(${numeral})、$`, 'u')
const pointMarker = new RegExp(`^(${numeral})是$`, 'u')

const digits: Record<string, number> = {一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}
const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']
const ordinals = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth']
const openingBrackets = new Set(['(', '['])
const latinBefore = /[\p{Script=Latin}\p{N}"”’')]/u
const sentenceEnd = /[.!?:]/

/** The value of a Chinese numeral from 一 to 九十九, or `undefined`. */
export function chineseNumber(numeral: string): number | undefined {
  const match = /^([二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(numeral)
  if (!match || numeral.length === 0) return undefined
  const [, tens, ten, units] = match
  if (!ten) return tens && !units ? digits[tens] : units && !tens ? digits[units] : undefined
  return (tens ? digits[tens]! : 1) * 10 + (units ? digits[units]! : 0)
}

/**
 * `cjk-residue`: Chinese text left untranslated, and the Chinese list markers
 * (`①`, `（一）`, `一、`, `一是`) that have an English form.
 */
export default defineRule<Options>(
  {
    id: 'cjk-residue',
    description: 'Find Chinese text left untranslated.',
    details: [
      'A run of Chinese characters in an English translation was left untranslated (a site name in a headline, a dropped clause); only a person can translate it. A Chinese gloss in brackets after an English term ("Two Upholds (两个维护)") is deliberate and not flagged.',
      '',
      'Chinese list markers have English forms, as in the Government Work Report: `①` and `（一）` become `(1)`, and `一、` at the start of a paragraph becomes `I.` — safely. `一是` ("one is") becomes `First,` as a suggestion, since the sentence after it may need rewording.'
    ].join('\n'),
    category: 'accuracy/untranslated',
    fixes: ['safe', 'suggest', 'flag'],
    defaultOptions: {},
    examples: [
      {
        name: 'site name left in Chinese',
        input: 'Spirit of the 20th Party Congress - Scrolling News - Hunan Daily Online - 华声在线',
        messages: ['1:75-1:79: Untranslated Chinese text `华声在线`']
      },
      {
        name: 'list markers',
        input: '一、Guiding thought\n（一）General requirements\n①Party building and ②clean government.',
        messages: [
          '1:1-1:3: Replace the Chinese heading number `一、` with `I.`',
          '2:1-2:4: Replace the Chinese list marker `（一）` with `(1)`',
          '3:1-3:2: Replace the list marker `①` with `(1)`',
          '3:21-3:22: Replace the list marker `②` with `(2)`'
        ],
        output: 'I. Guiding thought\n(1) General requirements\n(1) Party building and (2) clean government.'
      },
      {
        name: 'a calqued point marker',
        input: 'Work focuses on two things. 一是 strengthen leadership; 二是 improve conduct.',
        messages: [
          '1:29-1:31: Replace the Chinese list marker `一是` with `First,`',
          '1:55-1:57: Replace the Chinese list marker `二是` with `second,`'
        ],
        outputAll: 'Work focuses on two things. First, strengthen leadership; second, improve conduct.'
      },
      {
        name: 'Markdown: residue in prose, not in code',
        input: '# 新华网 report\n\nThe term `两个维护` is quoted.\n',
        format: 'markdown',
        messages: ['1:3-1:6: Untranslated Chinese text `新华网`']
      },
      {
        name: 'a gloss after an English term',
        input: 'The Two Upholds (两个维护) and the “Two Establishes” [两个确立] and Xi Jinping（习近平） were named.',
        messages: []
      },
      {name: 'English list markers', input: 'I. Guiding thought (1) General requirements', messages: []}
    ]
  },
  function (context) {
    return {
      paragraph(paragraph) {
        if (!mayHoldCjk(paragraph.text)) return
        checkCircledMarkers(paragraph)
        checkChineseRuns(paragraph)
      }
    }

    function checkCircledMarkers(paragraph: Paragraph): void {
      const text = paragraph.text
      circledMarker.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = circledMarker.exec(text))) {
        const next = text[match.index + 1]
        if (isHan(next)) continue
        const code = match[0].charCodeAt(0)
        // ⒈–⒛ are "1." to "20."; the others are "(1)" to "(20)".
        const fullStop = code >= 0x2488
        const value = fullStop ? code - 0x2487 : code >= 0x2474 ? code - 0x2473 : code - 0x245f
        let replacement = fullStop ? `${value}.` : `(${value})`
        if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) replacement += ' '
        const [start, end] = paragraph.sourceRange(match.index, match.index + 1)
        context.report({
          start,
          end,
          reason: `Replace the list marker \`${match[0]}\` with \`${replacement.trim()}\``,
          expected: [replacement],
          fix: 'safe',
          category: 'fluency/punctuation'
        })
      }
    }

    function checkChineseRuns(paragraph: Paragraph): void {
      const text = paragraph.text
      chineseRun.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = chineseRun.exec(text))) {
        const to = match.index + match[0].length
        const from = leadingMarks.has(text[match.index - 1] ?? '') ? match.index - 1 : match.index
        const run = text.slice(from, to)
        if (checkMarker(paragraph, run, from, to)) continue
        if (isGloss(text, from, to)) continue
        const [start, end] = paragraph.sourceRange(from, to)
        context.report({start, end, reason: `Untranslated Chinese text \`${run}\``})
      }
    }

    // Reports a run that is a list marker and tells whether it was one.
    function checkMarker(paragraph: Paragraph, run: string, from: number, to: number): boolean {
      const text = paragraph.text
      const next = text[to]
      const spaceAfter = next !== undefined && next !== ' ' ? ' ' : ''
      let match = parenthesisedMarker.exec(run)
      if (match) {
        // The marker may use ASCII parentheses around the numeral.
        const opened = run.startsWith('（') || (run.length > 0 && text[from - 1] === '(')
        const closed = run.endsWith('）') || text[to] === ')'
        const value = chineseNumber(match[1]!)
        if (!opened || !closed || value === undefined) return false
        const markerFrom = run.startsWith('（') ? from : from - 1
        const markerTo = run.endsWith('）') ? to : to + 1
        const after = text[markerTo]
        const [start, end] = paragraph.sourceRange(markerFrom, markerTo)
        context.report({
          start,
          end,
          reason: `Replace the Chinese list marker \`${text.slice(markerFrom, markerTo)}\` with \`(${value})\``,
          expected: [`(${value})` + (after !== undefined && after !== ' ' ? ' ' : '')],
          fix: 'safe',
          category: 'fluency/punctuation'
        })
        return true
      }

      match = headingMarker.exec(run)
      if (match && text.slice(0, from).trim() === '') {
        const value = chineseNumber(match[1]!)
        if (value === undefined || value > romans.length) return false
        const [start, end] = paragraph.sourceRange(from, to)
        context.report({
          start,
          end,
          reason: `Replace the Chinese heading number \`${run}\` with \`${romans[value - 1]}.\``,
          expected: [`${romans[value - 1]}.${spaceAfter}`],
          fix: 'safe',
          category: 'fluency/punctuation'
        })
        return true
      }

      match = pointMarker.exec(run)
      if (match) {
        const value = chineseNumber(match[1]!)
        if (value === undefined || value > ordinals.length) return false
        const before = text.slice(0, from).trimEnd()
        const ordinal = before === '' || sentenceEnd.test(before.at(-1)!) ? ordinals[value - 1]! : ordinals[value - 1]!.toLowerCase()
        const [start, end] = paragraph.sourceRange(from, to)
        context.report({
          start,
          end,
          reason: `Replace the Chinese list marker \`${run}\` with \`${ordinal},\``,
          expected: [`${ordinal},${spaceAfter}`],
          fix: 'suggest',
          category: 'fluency/grammar'
        })
        return true
      }

      return false
    }
  }
)

// "Two Upholds (两个维护)": a Chinese run alone in brackets after English.
// Full-width brackets are part of the run; ASCII ones stand outside it.
function isGloss(text: string, from: number, to: number): boolean {
  let opener = from
  while (opener < to && (text[opener] === '（' || text[opener] === '［')) opener++
  if (opener === from) {
    opener = from - 1
    while (opener >= 0 && text[opener] === ' ') opener--
    if (opener < 0 || !openingBrackets.has(text[opener]!)) return false
  } else opener--
  let before = opener - 1
  while (before >= 0 && text[before] === ' ') before--
  if (before < 0 || !latinBefore.test(text[before]!)) return false
  const last = text[to - 1]
  if (last === '）' || last === '］' || last === '，' || last === '；') return true
  return /^ *[)\]，；,;]/u.test(text.slice(to, to + 4))
}
