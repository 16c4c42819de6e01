import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../rule.js'
import {furniturePieces, siteNames} from './scraped-boilerplate.data.js'
import {isWhiteSpaceCode} from '../util/char-codes.js'

/** Options of `scraped-boilerplate`. */
export interface Options {
  /**
   * More furniture pieces: a plain string is matched literally, `/source/`
   * or `/source/flags` as a regular expression. Default: `[]`.
   */
  patterns: string[]
  /** More site names that follow a headline after a dash. Default: `[]`. */
  sites: string[]
  /**
   * Find a site name appended to a headline. Human translators keep it when
   * the source headline has it, so it is house style (the `publication`
   * preset). Default: `false`.
   */
  headlineSuffix: boolean
}

/** A paragraph as the rule remembers it until the document ends. */
/**
 * A paragraph that is nothing but page furniture, with all its report needs:
 * the report comes at the end of the document, when the text is gone.
 */
interface Furniture {
  /** Position among the document's non-empty paragraphs. */
  index: number
  /** Whether nothing but furniture comes before it. */
  leadingRun: boolean
  /** The range to remove and its source text. */
  start: number
  end: number
  actual: string
  /** Plain text: the range runs on to the next paragraph's start once that arrives. */
  takesBreakAfter: boolean
  /** Markdown: whether its lines hold nothing else. */
  standsAlone: boolean
  text: string
}

// What may stand between furniture pieces.
const separators = ' \t\u00A0|/·•,;-'
const bodyWords = 25
const headlineWords = 30

/**
 * `scraped-boilerplate`: page furniture copied with a scraped news page
 * (comment forms, source and editor lines, font-size switches, share
 * buttons) and site names appended to headlines.
 */
export default defineRule<Options>(
  {
    id: 'scraped-boilerplate',
    description: 'Find web-page furniture copied into the text.',
    details: [
      'Text scraped from a news page brings the page with it: "Leave a Reply", "Your email address will not be published", "[Source: Xinhua News Agency] [Editor: Li Xufeng] Font: [Large Medium Small]", "Share to WeChat", "Print". A paragraph made only of such pieces is removed safely, with the line breaks before it, when it stands before the first or after the last paragraph of the article; elsewhere removal is a suggestion. In Markdown and HTML only the text of the block is removed, and only a block on lines of its own is removed safely.',
      '',
      'A site name appended to a headline ("… - Rolling News - Hunan Daily Network - Huasheng Online") is a suggestion with `headlineSuffix: true`, which the `publication` preset sets: human translators keep it when the source headline has it. The `patterns` option adds furniture pieces (strings, or `/regex/flags`), and `sites` adds site names.'
    ].join('\n'),
    category: 'other/source issue',
    fixes: ['safe', 'suggest'],
    defaultOptions: {patterns: [], sites: [], headlineSuffix: false},
    examples: [
      {
        name: 'comment form after the article',
        input:
          'At the meeting, Su Rong made a report on the work of the municipal Party committee, and the participants held an on-site democratic assessment.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *',
        messages: [
          '1:144-3:14: Remove the page furniture `Leave a Reply`',
          '3:14-5:71: Remove the page furniture `Your email address will not be published. Required fields are marked *`'
        ],
        output:
          'At the meeting, Su Rong made a report on the work of the municipal Party committee, and the participants held an on-site democratic assessment.'
      },
      {
        name: 'source and editor line under a headline',
        input:
          'Hunan studies the spirit of the 20th Party Congress\n[Source: Xinhua News Agency] [Editor: Li Xufeng] Font: 【Large Medium Small】\nOn February 10, the provincial Party committee held a meeting to study the spirit of the congress, attended by leaders of the province and of every city and county.\n',
        messages: [
          '1:52-2:76: Remove the page furniture `[Source: Xinhua News Agency] [Editor: Li Xufeng] Font: 【Large Medium Small】`'
        ],
        output:
          'Hunan studies the spirit of the 20th Party Congress\nOn February 10, the provincial Party committee held a meeting to study the spirit of the congress, attended by leaders of the province and of every city and county.\n'
      },
      {
        name: 'options: site names after a headline',
        options: {headlineSuffix: true},
        input: 'Hunan studies the spirit of the 20th Party Congress - Rolling News - Hunan Daily Network - Huasheng Online',
        messages: [
          '1:52-1:107: Remove the site name ` - Rolling News - Hunan Daily Network - Huasheng Online` after the headline'
        ],
        outputAll: 'Hunan studies the spirit of the 20th Party Congress'
      },
      {
        name: 'furniture inside the article is a suggestion',
        input:
          'The first part of the article runs to more than twenty-five words, so that it counts as body text and not as a headline or a caption of any kind.\n\nPrint\n\nThe second part of the article also runs to more than twenty-five words, so that it counts as body text and not as a headline or a caption.',
        messages: ['1:146-3:6: Remove the page furniture `Print`'],
        outputAll:
          'The first part of the article runs to more than twenty-five words, so that it counts as body text and not as a headline or a caption of any kind.\n\nThe second part of the article also runs to more than twenty-five words, so that it counts as body text and not as a headline or a caption.'
      },
      {
        name: 'Markdown: a bare line is removed, a quoted one only suggested',
        input: 'The article ends here.\n\nShare to WeChat\n\n> Print\n',
        format: 'markdown',
        messages: ['3:1-3:16: Remove the page furniture `Share to WeChat`', '5:3-5:8: Remove the page furniture `Print`'],
        output: 'The article ends here.\n\n\n\n> Print\n',
        outputAll: 'The article ends here.\n\n\n\n> \n'
      },
      {
        name: 'options: an extra pattern',
        input: 'The article ends here.\n\nScan the QR code to follow us',
        options: {patterns: ['/Scan the QR code[^.]{0,40}/']},
        messages: ['1:23-3:30: Remove the page furniture `Scan the QR code to follow us`'],
        output: 'The article ends here.'
      },
      {
        name: 'prose that starts like furniture',
        input: 'Printing costs rose. Leave a reply to the committee, he said. The source: an editor at Xinhua.',
        messages: []
      },
      {
        name: 'site name after a headline is house style',
        input: 'Xi meets Biden - the first talks in a year - Xinhuanet',
        messages: []
      },
      {
        name: 'options: a dash in a headline',
        input: 'Xi meets Biden - the first talks in a year',
        options: {headlineSuffix: true},
        messages: []
      }
    ]
  },
  function (context) {
    const {options, format} = context
    const pieces = [builtInPieces, ...options.patterns.map(userPattern)]
    const sites = [...siteNames, ...options.sites].sort((a, b) => b.length - a.length)
    // Only furniture is kept, and where the body runs: no per-paragraph state.
    const furniture: Furniture[] = []
    let blocks = 0
    // A piece is inside the article when body text comes both before and
    // after it, so words are counted only until the first body paragraph and
    // after a piece until the next: `lastBody` is the last body paragraph
    // that follows a piece, which is all `end` asks of it.
    let firstBody = -1
    let lastBody = -1
    let awaitingBody = false
    let leadingRun = true
    // Plain text: where the last non-empty paragraph ended, the source since
    // then (line breaks, and paragraphs of nothing but odd spaces), and where
    // the last paragraph of any kind ended.
    let lastBlockEnd: number | undefined
    let sinceLastBlock = ''
    let lastParagraphEnd: number | undefined

    return {
      paragraph(paragraph) {
        const trimmed = paragraph.text.trim()
        if (format === 'text' && lastParagraphEnd !== undefined) {
          sinceLastBlock += context.slice(lastParagraphEnd, paragraph.start)
        }
        lastParagraphEnd = paragraph.end
        if (trimmed.length === 0) {
          if (format === 'text' && lastBlockEnd !== undefined) sinceLastBlock += context.slice(paragraph.start, paragraph.end)
          return
        }
        const index = blocks++
        const pending = furniture.at(-1)
        if (pending?.takesBreakAfter && pending.index === index - 1) {
          pending.end = paragraph.start
          pending.actual += sinceLastBlock
        }
        const isPiece = isFurniture(trimmed)
        leadingRun &&= isPiece
        if (isPiece) {
          furniture.push(furnitureOf(paragraph, trimmed, index))
          awaitingBody = true
        } else if ((firstBody === -1 || awaitingBody) && countWords(trimmed, bodyWords) >= bodyWords) {
          if (firstBody === -1) firstBody = index
          lastBody = index
          awaitingBody = false
        }
        lastBlockEnd = paragraph.end
        sinceLastBlock = ''
        if (!isPiece && options.headlineSuffix && countWords(trimmed, headlineWords + 1) <= headlineWords) checkHeadline(paragraph)
      },
      end() {
        for (const piece of furniture) {
          const outside = firstBody === -1 || piece.index < firstBody || piece.index > lastBody
          context.report({
            start: piece.start,
            end: piece.end,
            actual: piece.actual,
            reason: `Remove the page furniture \`${piece.text}\``,
            expected: [''],
            fix: outside && piece.standsAlone ? 'safe' : 'suggest'
          })
        }
      }
    }

    function furnitureOf(paragraph: Paragraph, trimmed: string, index: number): Furniture {
      const offset = paragraph.text.indexOf(trimmed)
      const [textStart, textEnd] = paragraph.sourceRange(offset, offset + trimmed.length)
      const piece: Furniture = {
        index,
        leadingRun,
        start: textStart,
        end: textEnd,
        actual: '',
        takesBreakAfter: false,
        standsAlone: format !== 'markdown' || standsAlone(textStart, textEnd),
        text: trimmed
      }
      if (format === 'text') {
        // Take the line breaks too, so that no blank lines pile up: those
        // before the paragraph, or after it at the start of the document.
        if (leadingRun || lastBlockEnd === undefined) {
          piece.start = paragraph.start
          piece.end = paragraph.end
          piece.takesBreakAfter = true
        } else {
          piece.start = lastBlockEnd
          piece.end = paragraph.end
          piece.actual = sinceLastBlock + context.slice(paragraph.start, paragraph.end)
          return piece
        }
      }
      piece.actual = context.slice(piece.start, piece.end)
      return piece
    }

    function checkHeadline(paragraph: Paragraph): void {
      const text = paragraph.text.trimEnd()
      let cut = text.length
      let rest = text.endsWith('.') ? text.slice(0, -1) : text
      for (;;) {
        const lower = rest.toLowerCase()
        const site = sites.find((name) => lower.endsWith(name.toLowerCase()))
        if (!site) break
        const dash = dashBefore(rest, rest.length - site.length)
        if (dash <= 0) break
        rest = rest.slice(0, dash)
        cut = rest.length
      }
      if (cut === text.length) return
      const [start, end] = paragraph.sourceRange(cut, text.length)
      context.report({
        start,
        end,
        reason: `Remove the site name \`${text.slice(cut)}\` after the headline`,
        expected: [''],
        fix: 'suggest'
      })
    }

    function isFurniture(text: string): boolean {
      let at = 0
      while (at < text.length) {
        while (at < text.length && separators.includes(text[at]!)) at++
        if (at >= text.length) break
        let advanced = false
        for (const piece of pieces) {
          piece.lastIndex = at
          const match = piece.exec(text)
          if (match && match[0].length > 0) {
            at += match[0].length
            advanced = true
            break
          }
        }
        if (!advanced) return false
      }
      return at > 0
    }

    // A Markdown block whose lines hold nothing but its text: removing the
    // text leaves an empty line, not an empty list item or quote.
    // Read a character at a time, stopping at the first that is not white space.
    function standsAlone(start: number, end: number): boolean {
      for (let at = start; at > 0; at--) {
        const character = context.slice(at - 1, at)
        if (character === '\n') break
        if (character.trim() !== '') return false
      }
      for (let at = end; ; at++) {
        const character = context.slice(at, at + 1)
        if (character === '' || character === '\n') return true
        if (character.trim() !== '') return false
      }
    }
  }
)

// Where the dash (with its spaces) before `at` starts, or -1 when there is none.
function dashBefore(text: string, at: number): number {
  let index = at
  while (index > 0 && (text[index - 1] === ' ' || text[index - 1] === '\t')) index--
  if (index === 0 || !'-–—_|'.includes(text[index - 1]!)) return -1
  index--
  while (index > 0 && (text[index - 1] === ' ' || text[index - 1] === '\t')) index--
  return index
}

// A piece ends at a word boundary: "Print" is not the start of "Printing".
const wordEnd = '(?![\\p{L}\\p{N}])'

function compile(pattern: string, flags = 'iu'): RegExp {
  return new RegExp(`(?:${pattern})${wordEnd}`, flags.replace(/[gy]/g, '') + 'y')
}

// The built-in pieces in one pattern, compiled once for all documents: the
// alternation tries them in order at the same position, as separate
// patterns would, in a single call. No piece matches the empty string. The
// word end after the group is tried after each alternative in turn (a
// failure backtracks into the next), so it is written once: the Unicode
// classes of every copy cost compiling time in each fresh process.
const builtInPieces = compile(furniturePieces.map((piece) => `(?:${piece})`).join('|'))

// `text.split(/\s+/).length` for a trimmed text, counted no further than
// `limit`: the rule only asks whether a paragraph is short or long.
function countWords(text: string, limit: number): number {
  let words = 1
  for (let at = 1; at < text.length && words < limit; at++) {
    if (isWhiteSpaceCode(text.charCodeAt(at)) && !isWhiteSpaceCode(text.charCodeAt(at - 1))) words++
  }
  return words
}

function userPattern(pattern: string): RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern)
  if (literal) return compile(literal[1]!, literal[2]!.includes('u') ? literal[2]! : literal[2]! + 'u')
  return compile(pattern.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'), 'iu')
}
