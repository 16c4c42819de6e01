import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import type {Format} from '../rule.js'
import {isHan, mayHoldCjk} from '../util/cjk.js'

/** Options of `cjk-brackets`. */
export interface Options {
  /**
   * How a title in `《》` is written: `quotes` (“Title”), `italics` (`*Title*`
   * in Markdown, `<i>Title</i>` in HTML, quotes in plain text), or `plain`
   * (bare Title Case, as Xinhua writes laws). Default: `quotes`.
   */
  titles: 'quotes' | 'italics' | 'plain'
  /** Find a generic title in quotes (`the "Report"`). Default: `true`. */
  quotedGenericTitle: boolean
}

type Kind = 'title' | 'innerTitle' | 'corner' | 'whiteCorner' | 'lenticular'

// Chinese brackets and what English writes instead. 【】 and 〖〗 mark
// headings and labels; 〔〕 years in document numbers (国发〔2023〕5号).
const openers: Record<string, {closer: string; kind: Kind}> = {
  '《': {closer: '》', kind: 'title'},
  '〈': {closer: '〉', kind: 'innerTitle'},
  '「': {closer: '」', kind: 'corner'},
  '『': {closer: '』', kind: 'whiteCorner'},
  '【': {closer: '】', kind: 'lenticular'},
  '〖': {closer: '〗', kind: 'lenticular'},
  '〔': {closer: '〕', kind: 'lenticular'}
}
const closers: Record<string, string> = Object.fromEntries(
  Object.entries(openers).map(([opener, {closer}]) => [closer, opener])
)
const bracket = /[《》〈〉「」『』【】〖〗〔〕]/g
// A full-width mark before a bracket adds its own space (`fullwidth-punctuation`).
const wordEnd = /[\p{L}\p{N}:;,)\]”’"」』】》〉〗〕]/u
const wordStart = /[\p{L}\p{N}(“‘]/u

// Nouns that a Chinese text puts in quotes after 以下简称 ("hereinafter the
// 'Report'"); English capitalises them and needs no quotes.
const quotedGenericTitle =
  /\b([Tt]he )(["“])(Plan|Opinions|Regulations|Report|Law|Outline|Measures|Decision|Notice|Guidelines|Provisions|Rules|Programme|Program|Scheme|Circular)(["”])/g

// Every match of `quotedGenericTitle` holds `he "` or `he “` (of `the`, `The`):
// a paragraph without it is passed over after one native search.
const quotedTitleSign = /he ["“]/

function mayQuoteTitle(text: string): boolean {
  return quotedTitleSign.test(text)
}

/** The English marks for a bracket pair of `kind`. */
function englishMarks(kind: Kind, titles: Options['titles'], format: Format): [string, string] {
  if (kind === 'corner') return ['“', '”']
  if (kind === 'whiteCorner') return ['‘', '’']
  if (kind === 'lenticular') return ['[', ']']
  if (titles === 'plain') return ['', '']
  if (titles === 'italics' && format === 'markdown') return ['*', '*']
  if (titles === 'italics' && format === 'html') return ['<i>', '</i>']
  return kind === 'title' ? ['“', '”'] : ['‘', '’']
}

/**
 * `cjk-brackets`: Chinese title, corner and lenticular brackets in English
 * text, and a generic title in quotes (`the "Report"`).
 */
export default defineRule<Options>(
  {
    id: 'cjk-brackets',
    description: 'Find Chinese brackets (《》「」【】) in English text.',
    details: [
      'Chinese marks titles with `《》`, quotations with corner brackets `「」` and `『』`, and labels with `【】`. In English they become quotation marks and square brackets, safely: `「x」` → `“x”`, `『x』` → `‘x’`, `【x】` → `[x]`, `《x》` → `“x”`. The `titles` option writes titles in italics instead (`*x*` in Markdown, `<i>x</i>` in HTML) or bare, as Xinhua writes the names of laws. A bracket without its partner is only a suggestion.',
      '',
      'A Chinese text quotes the short name it gives a document (以下简称“报告”); English writes `the Report` without quotes, at the start of a sentence too (`The "Report" sets out…`). That is a suggestion, since the quotes may be a real quotation.'
    ].join('\n'),
    category: 'fluency/punctuation',
    fixes: ['safe', 'suggest'],
    defaultOptions: {titles: 'quotes', quotedGenericTitle: true},
    optionChoices: {titles: ['quotes', 'italics', 'plain']},
    examples: [
      {
        name: 'lenticular brackets on a web page',
        input: '[Editor: Li Xufeng] Font:【Large Medium Small】',
        messages: ['1:26-1:46: Replace the brackets `【】` with `[]`'],
        output: '[Editor: Li Xufeng] Font: [Large Medium Small]'
      },
      {
        name: 'title and corner brackets',
        input: 'He read《On Practice》and 「Serve the People」 and 『the masses』.',
        messages: [
          '1:8-1:21: Replace the brackets `《》` with `“”`',
          '1:25-1:43: Replace the brackets `「」` with `“”`',
          '1:48-1:60: Replace the brackets `『』` with `‘’`'
        ],
        output: 'He read “On Practice” and “Serve the People” and ‘the masses’.'
      },
      {
        name: 'an unmatched bracket',
        input: '(Guo Qian) 【Xinhua News Agency micro special article',
        messages: ['1:12-1:13: Replace the unmatched bracket `【` with `[`'],
        outputAll: '(Guo Qian) [Xinhua News Agency micro special article'
      },
      {
        name: 'a quoted generic title',
        input: 'It released a report (hereinafter referred to as the "Report").',
        messages: ['1:54-1:62: Write `Report` without quotes'],
        outputAll: 'It released a report (hereinafter referred to as the Report).'
      },
      {
        name: 'options: titles in italics (Markdown)',
        input: 'The《Civil Code》took effect; see `《x》`.\n',
        format: 'markdown',
        options: {titles: 'italics'},
        messages: ['1:4-1:16: Write the title in italics instead of `《》`'],
        output: 'The *Civil Code* took effect; see `《x》`.\n'
      },
      {
        name: 'options: bare titles (HTML italics elsewhere)',
        input: 'Under the《Law on Legislation》, the State Council…',
        options: {titles: 'plain'},
        messages: ['1:10-1:30: Remove the brackets `《》`'],
        output: 'Under the Law on Legislation, the State Council…'
      },
      {name: 'Chinese text', input: 'The paper is called 人民日报《人民日报》电子版.', messages: []},
      {
        name: 'a quoted generic title starting a sentence',
        input: 'The "Report" sets out the targets for the coming year.',
        messages: ['1:5-1:13: Write `Report` without quotes'],
        outputAll: 'The Report sets out the targets for the coming year.'
      },
      {name: 'English quotes', input: 'The “Blue Book” was released [in full].', messages: []}
    ]
  },
  function (context) {
    const {options, format} = context

    return {
      paragraph(paragraph) {
        if (mayHoldCjk(paragraph.text)) checkBrackets(paragraph)
        if (options.quotedGenericTitle && mayQuoteTitle(paragraph.text)) checkQuotedTitles(paragraph)
      }
    }

    function checkBrackets(paragraph: Paragraph): void {
      const text = paragraph.text
      const open: Array<{at: number; opener: string}> = []
      // Pairs nested inside an outer pair are replaced with it.
      let coveredUntil = -1
      bracket.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = bracket.exec(text))) {
        const mark = match[0]
        const at = match.index
        if (Object.hasOwn(openers, mark)) {
          open.push({at, opener: mark})
          continue
        }

        const opener = closers[mark]!
        // Look a few levels down only: brackets nest shallowly, and a deep
        // search would make a paragraph of stray brackets quadratic.
        let depth = open.length - 1
        while (depth >= 0 && depth >= open.length - 8 && open[depth]!.opener !== opener) depth--
        if (depth >= 0 && open[depth]!.opener !== opener) depth = -1
        if (depth < 0) {
          if (at > coveredUntil) reportUnmatched(paragraph, at, mark)
          continue
        }

        const unmatched = open.splice(depth)
        for (const inner of unmatched.slice(1)) reportUnmatched(paragraph, inner.at, inner.opener)
        if (depth === 0) {
          reportPair(paragraph, unmatched[0]!.at, at + 1)
          coveredUntil = at
        }
      }

      for (const left of open) reportUnmatched(paragraph, left.at, left.opener)
    }

    function reportPair(paragraph: Paragraph, from: number, to: number): void {
      const text = paragraph.text
      const before = text[from - 1]
      const after = text[to]
      // Brackets inside Chinese text belong to `cjk-residue`.
      if (isHan(before) || isHan(after)) return

      const kind = openers[text[from]!]!.kind
      const [left, right] = englishMarks(kind, options.titles, format)
      const [start, end] = paragraph.sourceRange(from, to)
      // The source between the brackets, markup included, is kept as it is.
      let replacement = left + mapInner(context.slice(start + 1, end - 1)) + right
      if (before !== undefined && wordEnd.test(before)) replacement = ' ' + replacement
      if (after !== undefined && wordStart.test(after)) replacement += ' '
      const pair = text[from]! + text[to - 1]!
      let reason = `Replace the brackets \`${pair}\` with \`${left}${right}\``
      if (left === '') reason = `Remove the brackets \`${pair}\``
      else if (left === '*' || left === '<i>') reason = `Write the title in italics instead of \`${pair}\``
      context.report({
        start,
        end,
        reason,
        expected: [replacement],
        fix: 'safe'
      })
    }

    function reportUnmatched(paragraph: Paragraph, at: number, mark: string): void {
      const text = paragraph.text
      if (isHan(text[at - 1]) || isHan(text[at + 1])) return
      const opener = Object.hasOwn(openers, mark) ? mark : closers[mark]!
      const [left, right] = englishMarks(openers[opener]!.kind, options.titles === 'plain' ? 'quotes' : options.titles, 'text')
      const ascii = mark === opener ? left : right
      const [start, end] = paragraph.sourceRange(at, at + 1)
      context.report({
        start,
        end,
        reason: `Replace the unmatched bracket \`${mark}\` with \`${ascii}\``,
        expected: [ascii],
        fix: 'suggest'
      })
    }

    // Brackets nested in a pair are mapped with it (〈〉 inside 《》).
    function mapInner(inner: string): string {
      return inner.replace(/[《》〈〉「」『』【】〖〗〔〕]/g, (mark) => {
        const opener = Object.hasOwn(openers, mark) ? mark : closers[mark]!
        const [left, right] = englishMarks(openers[opener]!.kind, 'quotes', format)
        return mark === opener ? left : right
      })
    }

    function checkQuotedTitles(paragraph: Paragraph): void {
      const text = paragraph.text
      quotedGenericTitle.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = quotedGenericTitle.exec(text))) {
        const from = match.index + match[1]!.length
        const to = match.index + match[0].length
        const [start, end] = paragraph.sourceRange(from, to)
        context.report({
          start,
          end,
          reason: `Write \`${match[3]}\` without quotes`,
          expected: [match[3]!],
          fix: 'suggest'
        })
      }
    }
  }
)
