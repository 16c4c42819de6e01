import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../rule.js'
import {
  contactLabels,
  creditBylines,
  creditLabels,
  furniturePieces,
  outletEndings,
  pageBylines,
  pageLabels,
  siteNames,
  stampLabels,
  trailRoots
} from './scraped-boilerplate.data.js'
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

/**
 * A paragraph that is nothing but page furniture, with all its report needs:
 * the report comes at the end of the document, when the text is gone.
 */
interface Furniture {
  /** Position among the document's non-empty paragraphs. */
  index: number
  /** The range to remove and its source text. */
  start: number
  end: number
  actual: string
  /** Plain text: the range runs on to the next paragraph's start once that arrives. */
  takesBreakAfter: boolean
  /** Markdown: whether its lines hold nothing else. */
  standsAlone: boolean
  text: string
  kind: Reading['kind']
  /**
   * What removing it may lose: the only credit to a source or an author, or
   * the only contact a notice gives.
   */
  keeps: Reading['keeps']
  /** Whether it carries a date or a time, which may be all that dates "yesterday" in the body. */
  dated: boolean
  /**
   * A trail that ends in a headline: the part before the headline, removed
   * instead of the whole trail when the article has no headline of its own.
   */
  trailHead?: {start: number; end: number; actual: string; text: string}
}

/** What kind of furniture a paragraph is. */
interface Reading {
  /** Pieces and labelled fields, a breadcrumb trail, or a headline given twice. */
  kind: 'piece' | 'trail' | 'repeat'
  /** What the article may need from it. */
  keeps?: 'source' | 'contact'
  /** Where the headline a trail ends in starts. */
  headlineAt?: number
}

// What may stand between furniture pieces, and what ends a field's value.
const separators = ' \t\u00A0|/·•,;-[]【】'
const valueEnds = '|[]【】'
const bodyWords = 25
const headlineWords = 30
// A breadcrumb trail: the whole line, each segment before the last, and the
// last segment when it is a headline rather than a column name.
const trailWords = 45
const crumbWords = 8
const trailHeadlineWords = 4
const fieldWords = 20
const bylineWords = 6
const trailArrows = '>»›→'
const trailDashes = '-–—|'
const trailLabel = /(?:(?:Current|Your(?: current)?) (?:location|position)|Location|You are here)\s{0,3}[:：]\s{0,3}/iy
const trailRootNames = new Set(trailRoots.map((root) => root.toLowerCase()))
const outletEndingsLower = outletEndings.map((ending) => ending.toLowerCase())
const domainName = /^(?:www\.)?[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){0,3}\.(?:com|cn|net|org|gov)$/
// A sentence ends inside the line, or the line ends as a sentence does.
const sentenceEnd = /[.!?。！？]["'”’)]?(?:\s|$)/
// A time stamp in figures alone: "2023-03-09 10:05", "2023年3月9日".
const timeStamp = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?$/
// A date or a time of day: "2022-05-13", "09:41", "March 5".
const datePattern = /\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/i
// A date that the day of publication fixes: "yesterday", "last week",
// "on Monday", "on the 16th". Year-relative dates ("this year") are left out:
// officialese writes them everywhere, and the year is rarely in doubt.
const relativeDatePattern =
  /\b(?:yesterday|today|tonight|tomorrow|(?:this|last|next) (?:morning|afternoon|evening|night|week|weekend|month)|(?:on|last|next|this) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:the (?:same|previous|following|next)|that) (?:day|morning|afternoon|evening|night)|(?:on|of|since|until|by|from) the \d{1,2}(?:st|nd|rd|th)(?![\s-]{0,2}[\p{L}\p{N}]))/iu

/**
 * `scraped-boilerplate`: page furniture copied with a scraped news page
 * (comment forms, source and editor lines, font-size switches, share
 * buttons, breadcrumb trails, a headline given twice) and site names
 * appended to headlines.
 */
export default defineRule<Options>(
  {
    id: 'scraped-boilerplate',
    description: 'Find web-page furniture copied into the text.',
    details: [
      'Text scraped from a news page brings the page with it: "Leave a Reply", "Your email address will not be published", "[Source: Xinhua News Agency] [Editor: Li Xufeng] Font: [Large Medium Small]", "Publishdate:2021-04-12 Views:1873", "Share to WeChat", "Print | Close", "Online consultation". A paragraph made only of such pieces and of labelled fields (`Label: value`, with the labels a news page prints: source, author, editor, release time, views, …) is page furniture. So is a breadcrumb trail ("Home > Work Updates > Township News", "<site> - <column> - <headline>") and a headline given again as a line of the body.',
      '',
      'Furniture is removed safely, with the line breaks before it, when it stands before the first or after the last paragraph of the article; elsewhere removal is a suggestion. In Markdown and HTML only the text of the block is removed, and only a block on lines of its own is removed safely.',
      '',
      'Some furniture carries what the article may need, so its removal is only suggested wherever it stands: a line that credits a source or an author ("Source: People\'s Daily", also on a clean page that credits the agency it took the story from), a contact line, and a time stamp when the body dates by it ("yesterday", "last week", "on Monday", "on the 16th"). A trail that holds the only copy of the headline loses only its part before the headline.',
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
        name: 'date and counter line under a headline',
        input:
          'Township trains village cadres in fire prevention\nPublishdate:2023-03-07 Views:1024 Source:\nOn March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.',
        messages: ['1:50-2:42: Remove the page furniture `Publishdate:2023-03-07 Views:1024 Source:`'],
        output:
          'Township trains village cadres in fire prevention\nOn March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.'
      },
      {
        name: 'a source line is only suggested: it may be the only credit',
        input:
          'Hunan studies the spirit of the 20th Party Congress\n[Source: Xinhua News Agency] [Editor: Li Xufeng] Font: 【Large Medium Small】\nOn February 10, the provincial Party committee held a meeting to study the spirit of the congress, attended by leaders of the province and of every city and county.\n',
        messages: [
          '1:52-2:76: Remove the page furniture `[Source: Xinhua News Agency] [Editor: Li Xufeng] Font: 【Large Medium Small】` only if the source is credited elsewhere'
        ],
        outputAll:
          'Hunan studies the spirit of the 20th Party Congress\nOn February 10, the provincial Party committee held a meeting to study the spirit of the congress, attended by leaders of the province and of every city and county.\n'
      },
      {
        name: 'the credit to a quoted source is kept unless a person removes it',
        input:
          'An editorial published this week said that grassroots officials must "listen before they decide", and the county Party committee asked every township to discuss it at its next meeting.\nSource: People\'s Daily',
        messages: [
          "1:185-2:23: Remove the page furniture `Source: People's Daily` only if the source is credited elsewhere"
        ],
        outputAll:
          'An editorial published this week said that grassroots officials must "listen before they decide", and the county Party committee asked every township to discuss it at its next meeting.'
      },
      {
        name: 'a time stamp that dates "yesterday" is kept unless a person removes it',
        input:
          'Release time: 2023-03-07 09:12 Editor: Liu Fang\nYesterday, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.',
        messages: [
          '1:1-2:1: Remove the page furniture `Release time: 2023-03-07 09:12 Editor: Liu Fang` only once the article gives `Yesterday` its date'
        ],
        outputAll:
          'Yesterday, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.'
      },
      {
        name: 'breadcrumb trail above the headline',
        input:
          'Home > Work Updates > Township News\nTownship trains village cadres in fire prevention\nOn March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.',
        messages: ['1:1-2:1: Remove the breadcrumb trail `Home > Work Updates > Township News`'],
        output:
          'Township trains village cadres in fire prevention\nOn March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.'
      },
      {
        name: 'breadcrumb trail ending in the headline given above it',
        input:
          'Township trains village cadres in fire prevention\nLanxi County Government Portal - Work Updates - Township trains village cadres in fire prevention\nOn March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.',
        messages: [
          '1:50-2:98: Remove the breadcrumb trail `Lanxi County Government Portal - Work Updates - Township trains village cadres in fire prevention`'
        ],
        output:
          'Township trains village cadres in fire prevention\nOn March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.'
      },
      {
        name: 'breadcrumb trail holding the only headline',
        input:
          'Lanxi County Party Building Network - Work Updates - Township trains village cadres in fire prevention\nOn March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.',
        messages: ['1:1-1:54: Remove the breadcrumb trail `Lanxi County Party Building Network - Work Updates -` before the headline'],
        outputAll:
          'Township trains village cadres in fire prevention\nOn March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.'
      },
      {
        name: 'headline repeated as the first line of the body',
        input:
          'Township trains village cadres in fire prevention\nTownship trains village cadres in fire prevention\nOn March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.',
        messages: ['1:50-2:50: Remove the repeated headline `Township trains village cadres in fire prevention`'],
        output:
          'Township trains village cadres in fire prevention\nOn March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.'
      },
      {
        name: 'widgets at the foot of the page',
        input:
          'On March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.\nOnline consultation\n【Font: large medium small】 Print | Close',
        messages: [
          '1:171-2:20: Remove the page furniture `Online consultation`',
          '2:20-3:41: Remove the page furniture `【Font: large medium small】 Print | Close`'
        ],
        output:
          'On March 6, the township held a training session on forest fire prevention for village cadres, and the fire brigade showed them how to use extinguishers on a steep slope.'
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
        name: "prose about a source or an editor, an editor's note and a dateline",
        input:
          'The editor of the county paper said the source of the figures was the statistics bureau.\nEditor\'s note: This article was first published in the county paper and has been shortened.\nBEIJING, March 5 (Xinhua) -- The annual session of the national legislature opened on Tuesday, with deputies from farming regions calling for support for grain growers.',
        messages: []
      },
      {
        name: 'a headline given once, and sentences with dashes like a breadcrumb trail',
        input:
          'Township trains village cadres in fire prevention\nHome visits - the heart of the campaign - reached 3,000 households by the end of March, the township said.\nLanxi News Network - the county\'s own news site - carried the full text of the report.',
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
    const outletNames = new Set(sites.map((name) => name.toLowerCase()))
    // Only furniture is kept, where the body runs, and the headlines that a
    // later line may repeat: no other per-paragraph state.
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
    // The article's own headline: a trail that holds the only copy of it
    // keeps it. `title` is the first paragraph that is not furniture, when it
    // is a headline, and `previousHeading` the last such paragraph: a line
    // that repeats either is a headline or caption given twice.
    let headlineBeforeBody = false
    let titleRead = false
    let title: string | undefined
    let previousHeading: string | undefined
    // The first day-relative date of the body ("yesterday", "on the 16th"):
    // the page's time stamp is then the only thing that dates it.
    let relativeDate: string | undefined
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
        const heading = headingOf(trimmed)
        const reading = readFurniture(trimmed, heading)
        leadingRun &&= reading !== undefined
        if (reading) {
          furniture.push(furnitureOf(paragraph, trimmed, index, reading))
          awaitingBody = true
        } else {
          if (!titleRead) title = heading
          titleRead = true
          previousHeading = heading
          if (heading !== undefined && firstBody === -1) headlineBeforeBody = true
          relativeDate ??= relativeDatePattern.exec(trimmed)?.[0]
          if ((firstBody === -1 || awaitingBody) && countWords(trimmed, bodyWords) >= bodyWords) {
            if (firstBody === -1) firstBody = index
            lastBody = index
            awaitingBody = false
          }
        }
        lastBlockEnd = paragraph.end
        sinceLastBlock = ''
        if (!reading && options.headlineSuffix && countWords(trimmed, headlineWords + 1) <= headlineWords) checkHeadline(paragraph)
      },
      end() {
        for (const piece of furniture) {
          const outside = firstBody === -1 || piece.index < firstBody || piece.index > lastBody
          if (piece.trailHead && !headlineBeforeBody) {
            context.report({
              ...piece.trailHead,
              reason: `Remove the breadcrumb trail \`${piece.trailHead.text}\` before the headline`,
              expected: [''],
              fix: 'suggest'
            })
            continue
          }
          const datesBody = piece.dated && relativeDate !== undefined
          context.report({
            start: piece.start,
            end: piece.end,
            actual: piece.actual,
            reason: reasonFor(piece),
            expected: [''],
            fix: outside && piece.standsAlone && !piece.keeps && !datesBody ? 'safe' : 'suggest'
          })
        }
      }
    }

    function reasonFor(piece: Furniture): string {
      const text = `\`${piece.text}\``
      if (piece.keeps === 'source') return `Remove the page furniture ${text} only if the source is credited elsewhere`
      if (piece.keeps === 'contact') return `Remove the page furniture ${text} only if the contact is given elsewhere`
      if (piece.dated && relativeDate !== undefined) {
        return `Remove the page furniture ${text} only once the article gives \`${relativeDate}\` its date`
      }
      if (piece.kind === 'repeat') return `Remove the repeated headline ${text}`
      if (piece.kind === 'trail') return `Remove the breadcrumb trail ${text}`
      return `Remove the page furniture ${text}`
    }

    function readFurniture(text: string, heading: string | undefined): Reading | undefined {
      const read = readPieces(text) ?? readTrail(text)
      if (read) return read
      if (heading !== undefined && (heading === title || heading === previousHeading) && countWords(heading, 3) >= 3) {
        return {kind: 'repeat'}
      }
      return undefined
    }

    function furnitureOf(paragraph: Paragraph, trimmed: string, index: number, reading: Reading): Furniture {
      const offset = paragraph.text.indexOf(trimmed)
      const [textStart, textEnd] = paragraph.sourceRange(offset, offset + trimmed.length)
      const piece: Furniture = {
        index,
        start: textStart,
        end: textEnd,
        actual: '',
        takesBreakAfter: false,
        standsAlone: format !== 'markdown' || standsAlone(textStart, textEnd),
        text: trimmed,
        kind: reading.kind,
        keeps: reading.keeps,
        // A repeated headline leaves its first copy, dates and all.
        dated: reading.kind !== 'repeat' && datePattern.test(trimmed)
      }
      if (reading.headlineAt !== undefined) {
        const [start, end] = paragraph.sourceRange(offset, offset + reading.headlineAt)
        piece.trailHead = {start, end, actual: context.slice(start, end), text: trimmed.slice(0, reading.headlineAt).trimEnd()}
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

    // A paragraph made of nothing but furniture pieces and labelled fields.
    function readPieces(text: string): Reading | undefined {
      let at = 0
      let keeps: Reading['keeps']
      let read = false
      while (at < text.length) {
        while (at < text.length && separators.includes(text[at]!)) at++
        if (at >= text.length) break
        const field = readField(text, at)
        if (field) {
          at = field.end
          if (keeps !== 'source') keeps = field.keeps ?? keeps
          read = true
          continue
        }
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
        if (!advanced) return undefined
        read = true
      }
      return read ? {kind: 'piece', keeps} : undefined
    }

    // A trail of short segments joined by `>` or a spaced dash, from the
    // site's home or name to a column or the headline:
    // "Home > Inspection Work > Inspection Feedback",
    // "Yueqing News Network - Current Affairs - <headline>".
    function readTrail(text: string): Reading | undefined {
      if (countWords(text, trailWords + 1) > trailWords || sentenceEnd.test(text)) return undefined
      trailLabel.lastIndex = 0
      const label = trailLabel.exec(text)
      let rooted = label !== null
      let arrows = false
      let segmentStart = label ? label[0].length : 0
      const bounds: Array<[number, number]> = []
      for (let at = segmentStart; at < text.length; at++) {
        const character = text[at]!
        let width = 0
        if (trailArrows.includes(character)) {
          arrows = true
          while (text[at + width] === character) width++
        } else if (trailDashes.includes(character) && at > 0 && isWhiteSpaceCode(text.charCodeAt(at - 1))) {
          while (text[at + width] === character) width++
          if (!isWhiteSpaceCode(text.charCodeAt(at + width))) width = 0
        }
        if (width === 0) continue
        bounds.push([segmentStart, at])
        at += width - 1
        segmentStart = at + 1
      }
      bounds.push([segmentStart, text.length])
      if (bounds.length < 2) return undefined
      const segments = bounds.map(([start, end]) => text.slice(start, end).trim())
      if (segments.some((segment) => segment.length === 0)) return undefined
      if (segments.slice(0, -1).some((segment) => countWords(segment, crumbWords + 1) > crumbWords)) return undefined
      // A trail of outlets alone ("<site> - <county media center>") names
      // who published the text: a credit, not navigation.
      if (segments.every(isOutlet)) return {kind: 'trail', keeps: 'source'}
      // Two segments after a dash are as often a byline ("Hunan Daily -
      // reporter …") or a headline with its site as a trail.
      if (!arrows && segments.length < 3) return undefined
      rooted ||= trailRootNames.has(segments[0]!.toLowerCase())
      if (!rooted && !isOutlet(segments[0]!) && !(arrows && segments.length > 2)) return undefined
      const last = segments.at(-1)!
      const lastStart = bounds.at(-1)![0] + text.slice(bounds.at(-1)![0]).indexOf(last)
      const headlineAt = countWords(last, trailHeadlineWords) >= trailHeadlineWords && !isOutlet(last) ? lastStart : undefined
      return {kind: 'trail', headlineAt}
    }

    function isOutlet(name: string): boolean {
      const lower = name.toLowerCase()
      if (outletNames.has(lower) || domainName.test(lower)) return true
      return outletEndingsLower.some((ending) => lower === ending || lower.endsWith(' ' + ending))
    }

    // A labelled field of the page, "Source: Xinhua" or "Views:1873": the
    // value runs to the next label, a bracket or a bar, and is no sentence.
    function readField(text: string, at: number): {end: number; keeps: Reading['keeps']} | undefined {
      fieldLabel.lastIndex = at
      const label = fieldLabel.exec(text)
      if (!label) return undefined
      const valueStart = at + label[0].length
      let end = text.length
      for (let index = valueStart; index < text.length; index++) {
        if (valueEnds.includes(text[index]!)) {
          end = index
          break
        }
        if (index > valueStart && isWhiteSpaceCode(text.charCodeAt(index - 1)) && !isWhiteSpaceCode(text.charCodeAt(index))) {
          fieldLabel.lastIndex = index
          if (fieldLabel.test(text)) {
            end = index
            break
          }
        }
      }
      const value = text.slice(valueStart, end).trim()
      const groups = label.groups!
      const byline = groups.creditBy !== undefined || groups.pageBy !== undefined
      if (!isFieldValue(value, byline)) return undefined
      if (groups.stamp !== undefined && !timeStamp.test(value)) return undefined
      if (!/[\p{L}\p{N}]/u.test(value)) return {end, keeps: undefined}
      if (groups.credit !== undefined || groups.creditBy !== undefined) return {end, keeps: 'source'}
      return {end, keeps: groups.contact !== undefined ? 'contact' : undefined}
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

// A field's value is a name, a date or a count, never a sentence; a byline
// without a colon ("Edited by Li Yang") is a name alone.
function isFieldValue(value: string, byline: boolean): boolean {
  const words = value.length === 0 ? 0 : countWords(value, fieldWords + 1)
  if (byline) return words > 0 && words <= bylineWords && !/[,，.;；!?。]/.test(value)
  if (words > fieldWords || /[.!?。！？;；]\s/.test(value)) return false
  return !/[.!?。！？]$/.test(value) || words <= 3
}

// A paragraph shorter than body text with no closing punctuation, as a
// headline or a caption is written, with its white space made single for
// comparison.
function headingOf(text: string): string | undefined {
  if (/[.!?。！？:：;；,，]$/.test(text) || countWords(text, bodyWords) >= bodyWords) return undefined
  return text.replace(/\s+/g, ' ')
}

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

// The label of a field: a word or two and a colon, or a byline verb and "by".
const fieldLabel = new RegExp(
  `(?:(?<credit>${creditLabels.join('|')})|(?<contact>${contactLabels.join('|')})|(?<stamp>${stampLabels.join('|')})|(?:${pageLabels.join('|')}))\\s{0,3}[:：]` +
    `|(?:(?<creditBy>${creditBylines.join('|')})|(?<pageBy>${pageBylines.join('|')})) by\\s`,
  'iuy'
)

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
