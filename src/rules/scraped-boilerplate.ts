import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {
  addressLabels,
  columnEndings,
  contactLabels,
  counterLabels,
  creditBylines,
  creditLabels,
  fontLabels,
  fontSizes,
  furniturePieces,
  mastheadOrganEndings,
  mastheadPlaceWords,
  mastheadSiteEndings,
  organisationEndings,
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
  /** An address or a telephone alone: furniture only beside the page's footer. */
  footer: boolean
  /**
   * A trail that ends in a headline: the part before the headline, removed
   * instead of the whole trail when the article has no headline of its own.
   */
  trailHead?: {start: number; end: number; actual: string; text: string}
}

/** What kind of furniture a paragraph is. */
interface Reading {
  /**
   * Pieces and labelled fields, a breadcrumb trail, a headline given twice,
   * or the title of another article listed under "Related reading".
   */
  kind: 'piece' | 'trail' | 'repeat' | 'related' | 'masthead'
  /** What the article may need from it. */
  keeps?: 'source' | 'contact'
  /**
   * An address or a telephone alone (地址, 邮编, 咨询电话): the site's footer
   * beside other footer furniture, but a notice gives its hotline so too.
   */
  footer?: boolean
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
const organisationEndingsLower = organisationEndings.map((ending) => ending.toLowerCase())
// A name in a line of furniture ("<county> People's Government Portal |
// 2023-01-13") runs to a bar, a bracket, an underscore, two spaces, a figure
// or a label.
const nameEnds = '|丨_[]【】'
const nameWords = 10
// Where a site's name follows a headline in the page's title:
// "<headline>_<county> People's Government", "<headline> 丨 <site>".
const titleTagBars = '_丨|'
// A heading over links to other articles at the foot of the page.
const relatedHeading =
  /^[[【(]?\s{0,3}(?:Related|Recommended|Hot|Latest|More|Extended|Popular) (?:news|articles?|reading|links?|information|posts|stories)\s{0,3}[:：]?\s{0,3}[\]】)]?$/i
// The system's own account as the publisher of a page credits no one.
// A counter's value: "1,873", "318 times", or nothing yet.
const count = /^(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,12})?(?:\s{0,3}(?:times|次|people|persons))?$/
// The site's masthead over the headline: the first lines of the page, a name
// in title case of a few words ("<county> People's Government Portal",
// "<city> CPPCC Network - Proposal Work"), no sentence.
const mastheadReach = 3
const mastheadWords = 16
const columnWords = 5
const smallWords = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', 'at', '&'])
const mastheadSiteEndingsLower = mastheadSiteEndings.map((ending) => ending.toLowerCase())
const mastheadOrganEndingsLower = mastheadOrganEndings.map((ending) => ending.toLowerCase())
const columnEndingsLower = columnEndings.map((ending) => ending.toLowerCase())
const mastheadPlace = new RegExp(`(?<![\\p{L}])(?:${mastheadPlaceWords.join('|')})(?![\\p{L}])`, 'u')
// A name given again in brackets after the first: 党校（行政学院）.
const mastheadAlias = /^(.{1,120}?)\s{0,3}[(（]([^()（）]{1,80})[)）]$/u
const bracketedLength = 40
const bracketedValue = /^[[【]([^\][【】\n]{1,30})[\]】](?:\s{0,3}(?:times|次))?/
const systemAccount = /^(?:admin(?:istrator)?|webmaster|system(?: administrator)?|管理员)$/i
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
      'Text scraped from a news page brings the page with it: "Leave a Reply", "Your email address will not be published", "[Source: Xinhua News Agency] [Editor: Li Xufeng] Font: [Large Medium Small]", "Publishdate:2021-04-12 Views:1873", "Share to WeChat", "Print | Close", "Online consultation". A paragraph made only of such pieces and of labelled fields (`Label: value`, with the labels a news page prints: source, author, editor, release time, views, previous and next article, address, ICP number, …), with maybe the name of the site or of the office that runs it, is page furniture: share bars ("Share to: WeChat | Weibo"), QR codes ("Scan the code to read on your phone"), font switches ("Font size: T | T", "[Big] [Medium] [Small]"), counters ("Hits: [ 318 ]"), footers ("Copyright … All rights reserved", "Website identification code: …"). So are the fields of the catalogue of government information disclosure ("Index number: … Classification: … Publishing organization: …", 索引号/分类/发布机构/发文日期/文号/主题词), and the site\'s masthead over the headline: a name in title case in the first lines of the page, before the body, that names a place or an organ and ends as a site\'s or an institution\'s name does ("<county> People\'s Government Portal", "<county> Information Disclosure Platform", "<county> … Special Topic", "<city> CPPCC Network - Proposal Work", "<county> Public Resources Trading Center", "<city> Municipal Party School (<city> Administrative College)"); a headline is a sentence with a verb in lower case, and an organ\'s name alone ("<county> People\'s Government") is the letterhead of a notice. So is a breadcrumb trail ("Home > Work Updates > Township News", "<site> - <column> - <headline>"), a headline given again as a line of the body, the titles listed under "Related reading" after the article, and the site name that the page\'s title puts after an underscore or a bar ("<headline>_<county> People\'s Government").',
      '',
      'Furniture is removed safely, with the line breaks before it, when it stands before the first or after the last paragraph of the article; elsewhere removal is a suggestion. In Markdown and HTML only the text of the block is removed, and only a block on lines of its own is removed safely.',
      '',
      'Some furniture carries what the article may need, so it is never removed unattended. A line that credits a source or gives a contact is flagged with no replacement, since only a person knows whether the credit or the contact is given elsewhere; the rest of this kind is a suggestion. The kind takes in a line that credits a source or an author ("Source: People\'s Daily", also on a clean page that credits the agency it took the story from), a line that names the site or the office that published the page ("<site> Portal | 2023-01-13"), a contact line (an address footer too: a notice may give no other; a line of nothing but an address, a postcode or a telephone is taken only after the body and beside other footer furniture, as a notice\'s hotline above its signature is its text), a masthead that names an institution rather than a site, or that stands over the body with no headline of its own, and a time stamp when the body dates by it ("yesterday", "last week", "on Monday", "on the 16th"). A trail that holds the only copy of the headline loses only its part before the headline.',
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
        name: "the site's masthead and the disclosure catalogue over the headline",
        input:
          "Lanxi County People's Government Portal\nIndex number: 330781-2023-00042\tCategory: Emergency Management\tIssue date: 2023-06-02\nTownship holds a flood prevention drill\nOn June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.",
        messages: [
          "1:1-2:1: Remove the site's masthead `Lanxi County People's Government Portal`",
          '2:1-3:1: Remove the page furniture `Index number: 330781-2023-00042\tCategory: Emergency Management\tIssue date: 2023-06-02`'
        ],
        output:
          'Township holds a flood prevention drill\nOn June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.'
      },
      {
        name: 'a letterhead, and headlines that name a site or an institution',
        input:
          "Lanxi County People's Government\nNotice on flood prevention in the rainy season\nOn June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.\nLanxi Public Resources Trading Center Opens Its Doors\nTownship builds a new public resources trading center",
        messages: []
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
        name: 'a source line is left to a person: it may be the only credit',
        input:
          'Hunan studies the spirit of the 20th Party Congress\n[Source: Xinhua News Agency] [Editor: Li Xufeng] Font: 【Large Medium Small】\nOn February 10, the provincial Party committee held a meeting to study the spirit of the congress, attended by leaders of the province and of every city and county.\n',
        messages: [
          '1:52-2:76: Remove the page furniture `[Source: Xinhua News Agency] [Editor: Li Xufeng] Font: 【Large Medium Small】` only if the source is credited elsewhere'
        ]
      },
      {
        name: 'the credit to a quoted source is kept unless a person removes it',
        input:
          'An editorial published this week said that grassroots officials must "listen before they decide", and the county Party committee asked every township to discuss it at its next meeting.\nSource: People\'s Daily',
        messages: [
          "1:185-2:23: Remove the page furniture `Source: People's Daily` only if the source is credited elsewhere"
        ]
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
        name: 'the page title, its counters and the navigation and share bars',
        input:
          "Township holds a flood prevention drill_Lanxi County People's Government\nPublisher: admin Views: 88 Date: 2023-06-02\nOn June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.\nPrevious: Township repairs mountain ponds before the rainy season\nNext: Notice on the list of households receiving housing subsidies\nShare to: WeChat | Weibo | QQ Space\nScan the QR code to open this page on your phone",
        messages: [
          "1:40-1:73: Remove the site name `_Lanxi County People's Government` after the headline",
          '1:73-2:44: Remove the page furniture `Publisher: admin Views: 88 Date: 2023-06-02`',
          '3:180-4:66: Remove the page furniture `Previous: Township repairs mountain ponds before the rainy season`',
          '4:66-5:67: Remove the page furniture `Next: Notice on the list of households receiving housing subsidies`',
          '5:67-6:36: Remove the page furniture `Share to: WeChat | Weibo | QQ Space`',
          '6:36-7:49: Remove the page furniture `Scan the QR code to open this page on your phone`'
        ],
        output:
          'Township holds a flood prevention drill\nOn June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.'
      },
      {
        name: 'a font switch in letters, with a source left to a person',
        input:
          'Source: County Water Resources Bureau Time: 2023-06-02 Font size: T | T\nOn June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.',
        messages: [
          '1:1-2:1: Remove the page furniture `Source: County Water Resources Bureau Time: 2023-06-02 Font size: T | T` only if the source is credited elsewhere'
        ]
      },
      {
        name: "the site's name with the date of the page: a credit, left to a person",
        input:
          'Lanxi News Network | 2023-06-02\nOn June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.',
        messages: [
          '1:1-2:1: Remove the page furniture `Lanxi News Network | 2023-06-02` only if the source is credited elsewhere'
        ]
      },
      {
        name: 'links under "Related reading" at the foot of the page',
        input:
          'On June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.\nRelated reading:\nTownship repairs mountain ponds before the rainy season\nCounty inspects flood control works (2023-05-20)',
        messages: [
          '1:180-2:17: Remove the page furniture `Related reading:`',
          '2:17-3:56: Remove the link to another article `Township repairs mountain ponds before the rainy season`',
          '3:56-4:49: Remove the link to another article `County inspects flood control works (2023-05-20)`'
        ],
        output:
          'On June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.'
      },
      {
        name: "an address footer is left to a person: it may be the notice's only contact",
        input:
          "On June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.\nLanxi County People's Government Office | Address: No. 8 Renmin Road, Lancheng Town | Tel: 0579-8888888",
        messages: [
          "1:180-2:104: Remove the page furniture `Lanxi County People's Government Office | Address: No. 8 Renmin Road, Lancheng Town | Tel: 0579-8888888` only if the contact is given elsewhere"
        ]
      },
      {
        name: 'a footer of copyright, ICP number and site code',
        input:
          "On June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.\nCopyright © 2023 Lanxi County People's Government | Zhe ICP No. 05001234-1 | Website identification code: 3307810001",
        messages: [
          "1:180-2:117: Remove the page furniture `Copyright © 2023 Lanxi County People's Government | Zhe ICP No. 05001234-1 | Website identification code: 3307810001`"
        ],
        output:
          'On June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.'
      },
      {
        name: 'counters in brackets and a masthead with a font switch',
        input:
          'Date: 2023-06-02 Hits: [ 318 ] Source: County Agricultural and Rural Bureau\n2023-06-02 09:15  Lanxi Daily  [Big] [Medium] [Small]\nOn June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.',
        messages: [
          '1:1-2:1: Remove the page furniture `Date: 2023-06-02 Hits: [ 318 ] Source: County Agricultural and Rural Bureau` only if the source is credited elsewhere',
          '2:1-3:1: Remove the page furniture `2023-06-02 09:15  Lanxi Daily  [Big] [Medium] [Small]` only if the source is credited elsewhere'
        ]
      },
      {
        name: 'prose about sharing, sources, addresses and what comes next, a byline, an instruction and a signature',
        input:
          'County shares its experience in river management\nBy Zhou Lan | China Daily\nThe county shared its experience in river management with three neighbouring counties at a meeting on Friday, and officials from each of them visited two villages.\nNext, the meeting heard a report on flood prevention from the county water resources bureau.\nAddress the problems found in the inspection\nThe source of the river lies in the mountains north of the county\nScan the code to register for the vaccination\nLanxi County Health Commission  2023-06-02',
        messages: []
      },
      {
        name: 'a column before a bar, a speaker, and a short body paragraph',
        input:
          'Interview丨Visiting the Lanxi County Market Supervision Bureau\nOn June 1, the township held a flood prevention drill on the banks of the river, and more than two hundred cadres and villagers practised moving people and goods to higher ground.\nHost: Good morning everyone\nThe meeting was a success.',
        messages: []
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
    // A piece of the user is tried first: a built-in one may match only its start.
    const pieces = [...options.patterns.map(userPattern), builtInPieces]
    // Lowercase once: a headline is compared in lowercase against every name.
    const sites = [...siteNames, ...options.sites].map((name) => name.toLowerCase()).sort((a, b) => b.length - a.length)
    const outletNames = new Set(sites)
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
    let relatedList = false
    let titleTagged = false
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
        let heading = headingOf(trimmed)
        let reading = readFurniture(trimmed, heading)
        // An address or a telephone alone is the site's footer only after the
        // body, and only beside other footer furniture (read at the end).
        if (reading?.footer && firstBody === -1) reading = undefined
        if (!reading && heading !== undefined && firstBody === -1 && index < mastheadReach) reading = readMasthead(trimmed)
        if (!reading && relatedList && heading !== undefined) reading = {kind: 'related'}
        // Links to other articles follow their heading until the body resumes;
        // above the body they cannot be told from the headline.
        if (reading) relatedList ||= firstBody !== -1 && relatedHeading.test(trimmed)
        else relatedList = false
        leadingRun &&= reading !== undefined
        if (reading) {
          furniture.push(furnitureOf(paragraph, trimmed, index, reading))
          awaitingBody = true
        } else {
          // The page's title heads it: a bar in a later line may part a
          // byline from its outlet ("By Zhou Lan | China Daily").
          const untagged = heading === undefined || titleRead || /^by\s/i.test(trimmed) ? undefined : checkTitleTag(paragraph, trimmed)
          titleTagged = untagged !== undefined
          heading = untagged ?? heading
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
        if (!reading && !titleTagged && options.headlineSuffix && countWords(trimmed, headlineWords + 1) <= headlineWords) checkHeadline(paragraph)
      },
      end() {
        const beside = new Set(furniture.filter((piece) => !piece.footer).map((piece) => piece.index))
        for (const piece of furniture) {
          if (piece.footer && (piece.index <= lastBody || (!beside.has(piece.index - 1) && !beside.has(piece.index + 1)))) continue
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
            // A credit or a contact may be the page's only one: whether it
            // goes is for a person, so no deletion is offered at all.
            expected: piece.keeps ? [] : [''],
            // A masthead is certain only once the page has a headline of its own.
            fix: outside && piece.standsAlone && !piece.keeps && !datesBody && (piece.kind !== 'masthead' || headlineBeforeBody) ? 'safe' : 'suggest'
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
      if (piece.kind === 'related') return `Remove the link to another article ${text}`
      if (piece.kind === 'masthead') return `Remove the site's masthead ${text}`
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
        dated: reading.kind !== 'repeat' && reading.kind !== 'related' && datePattern.test(trimmed),
        footer: reading.footer === true
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

    // A site's name after a bar or an underscore, as the page's title puts
    // it: no translator writes a headline so. Returns the headline without it.
    function checkTitleTag(paragraph: Paragraph, trimmed: string): string | undefined {
      let cut = trimmed.length
      let bar = ''
      for (;;) {
        let at = cut - 1
        while (at > 0 && !titleTagBars.includes(trimmed[at]!)) at--
        if (at <= 0) break
        const name = trimmed.slice(at + 1, cut).trim()
        if (countWords(name, nameWords + 1) > nameWords || !/^\p{Lu}/u.test(name)) break
        // After a bar, a name that ends as an office's may also be the
        // subject of a headline under a column's name ("Visits丨<bureau>").
        const owner = trimmed[at] === '_' ? isOrganisation(name) : / Government$/i.test(name)
        if (!isOutlet(name) && !owner) break
        bar ||= trimmed[at]!
        cut = at
        while (cut > 0 && isWhiteSpaceCode(trimmed.charCodeAt(cut - 1))) cut--
      }
      if (cut === trimmed.length || cut === 0) return undefined
      const offset = paragraph.text.indexOf(trimmed)
      const [start, end] = paragraph.sourceRange(offset + cut, offset + trimmed.length)
      context.report({
        start,
        end,
        reason: `Remove the site name \`${trimmed.slice(cut)}\` after the headline`,
        expected: [''],
        // A bar may also stand in a headline of a page in English.
        fix: bar === '|' ? 'suggest' : 'safe'
      })
      return trimmed.slice(0, cut).replace(/\s+/g, ' ')
    }

    function checkHeadline(paragraph: Paragraph): void {
      const text = paragraph.text.trimEnd()
      let cut = text.length
      let rest = text.endsWith('.') ? text.slice(0, -1) : text
      for (;;) {
        const lower = rest.toLowerCase()
        const site = sites.find((name) => lower.endsWith(name))
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

    // A paragraph made of nothing but furniture pieces and labelled fields,
    // with maybe the name of the site or of the office that runs it.
    function readPieces(text: string): Reading | undefined {
      let at = 0
      let credit = false
      let contact = false
      let outlet = false
      let organisation = false
      // Whether anything but a date was read: a name with a date alone may be
      // the signature of a notice, and a name alone a byline.
      let undated = false
      // Whether anything but an address or a telephone was read: alone they
      // are the contact a notice gives.
      let besidesAddress = false
      let read = false
      let fontSwitch = false
      // The name after "Copyright 2023" holds the copyright: no credit.
      let copyright = false
      while (at < text.length) {
        while (at < text.length && separators.includes(text[at]!)) at++
        if (at >= text.length) break
        const field = readField(text, at)
        if (field) {
          credit ||= field.keeps === 'source'
          contact ||= field.keeps === 'contact'
          undated ||= !datePattern.test(text.slice(at, field.end))
          fontSwitch = field.font
          besidesAddress ||= !field.address
          at = field.end
          read = true
          continue
        }
        const sizes = readSizes(text, at, fontSwitch)
        fontSwitch = false
        const holder = copyright
        copyright = false
        besidesAddress = true
        if (sizes > at) {
          at = sizes
          read = true
          undated = true
          continue
        }
        let advanced = false
        for (const piece of pieces) {
          piece.lastIndex = at
          const match = piece.exec(text)
          if (match && match[0].length > 0) {
            at += match[0].length
            undated ||= !datePattern.test(match[0])
            copyright = /^copyright/i.test(match[0])
            advanced = true
            break
          }
        }
        if (advanced) {
          read = true
          continue
        }
        const name = readName(text, at)
        if (!name) return undefined
        at = name.end
        if (holder) undated = true
        else if (name.organisation) organisation = true
        else outlet = true
      }
      if (!read || (organisation && !contact && !undated)) return undefined
      if (!besidesAddress) return {kind: 'piece', keeps: 'contact', footer: true}
      // A named site or office credits who published the text, but a line
      // that also gives a contact is rather the site's footer.
      const keeps = credit ? 'source' : contact ? 'contact' : outlet || organisation ? 'source' : undefined
      return {kind: 'piece', keeps}
    }

    // A row of font sizes ("Large Medium Small", "[Big] [Medium] [Small]"),
    // and after a font label also letters ("T | T", "A+ A A-"): where the row
    // ends, or `at` when there is none. Sizes alone need two of them.
    function readSizes(text: string, at: number, afterLabel: boolean): number {
      let end = at
      let next = at
      let sizes = 0
      for (;;) {
        fontSize.lastIndex = next
        const match = fontSize.exec(text)
        if (!match || (match.groups!.letter !== undefined && !afterLabel)) break
        sizes++
        end = next + match[0].length
        next = end
        while (next < text.length && separators.includes(text[next]!)) next++
        // "Large, Medium and Small"
        if (/^and\s/i.test(text.slice(next, next + 4))) next += 4
      }
      return sizes >= (afterLabel ? 1 : 2) ? end : at
    }

    // The name of a site or an office in a line of furniture: where it ends.
    function readName(text: string, at: number): {end: number; organisation: boolean} | undefined {
      if (!/\p{Lu}/u.test(text[at]!)) return undefined
      let end = at
      for (; end < text.length; end++) {
        const character = text[end]!
        if (nameEnds.includes(character)) break
        if (end > at && isWhiteSpaceCode(text.charCodeAt(end - 1))) {
          if (isWhiteSpaceCode(text.charCodeAt(end)) || /\d/.test(character)) break
          fieldLabel.lastIndex = end
          if (fieldLabel.test(text)) break
          builtInPieces.lastIndex = end
          if (builtInPieces.test(text)) break
          if (countWords(text.slice(at, end), nameWords + 1) > nameWords) return undefined
        }
      }
      const name = text.slice(at, end).trimEnd()
      if (/[.,;:!?。，：；]/.test(name)) return undefined
      if (isOutlet(name)) return {end: at + name.length, organisation: false}
      if (isOrganisation(name)) return {end: at + name.length, organisation: true}
      return undefined
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

    // The site's masthead over the headline: "<county> People's Government
    // Portal", "<city> Municipal Party School (<city> Administrative
    // College)", "<zone> - Park News". A headline is a sentence with a verb
    // in lower case; a masthead is a name in title case that ends as a site's
    // or an institution's name does, and names a place or an organ.
    function readMasthead(text: string): Reading | undefined {
      if (/[.,;:!?。，：；！？\d]/.test(text) || countWords(text, mastheadWords + 1) > mastheadWords) return undefined
      const dash = /\s[-–—]\s/.exec(text)
      if (dash) {
        const name = text.slice(0, dash.index).trim()
        const column = text.slice(dash.index + dash[0].length).trim()
        if (/\s[-–—]\s/.test(column) || countWords(column, columnWords + 1) > columnWords) return undefined
        if (!isTitleCase(column) || !endsWithAny(column, columnEndingsLower)) return undefined
        const site = endsWithAny(name, mastheadSiteEndingsLower) || isOutlet(name)
        if (!isMastheadName(name) && !(site && isTitleCase(name))) return undefined
        return {kind: 'masthead', keeps: site ? undefined : 'source'}
      }
      const alias = mastheadAlias.exec(text)
      const name = alias ? alias[1]! : text
      if (alias && !isTitleCase(alias[2]!)) return undefined
      if (!isMastheadName(name)) return undefined
      // An institution's name is the page's publisher, which a notice may
      // also print as its letterhead.
      return {kind: 'masthead', keeps: endsWithAny(name, mastheadSiteEndingsLower) ? undefined : 'source'}
    }

    // A name in title case that ends as a site's or an institution's name
    // does and holds a place or an organ: "Lanxi County Public Resources
    // Trading Center".
    function isMastheadName(name: string): boolean {
      if (!isTitleCase(name) || !mastheadPlace.test(name)) return false
      return endsWithAny(name, mastheadSiteEndingsLower) || endsWithAny(name, mastheadOrganEndingsLower)
    }

    function isOrganisation(name: string): boolean {
      const lower = name.toLowerCase()
      return organisationEndingsLower.some((ending) => lower.endsWith(' ' + ending))
    }

    function isOutlet(name: string): boolean {
      const lower = name.toLowerCase()
      return outletNames.has(lower) || domainName.test(lower) || endsWithAny(lower, outletEndingsLower)
    }

    // A labelled field of the page, "Source: Xinhua" or "Views:1873": the
    // value runs to the next label, a bracket or a bar, and is no sentence.
    function readField(text: string, at: number): {end: number; keeps: Reading['keeps']; font: boolean; address?: boolean} | undefined {
      fieldLabel.lastIndex = at
      const label = fieldLabel.exec(text)
      if (!label) return undefined
      const groups = label.groups!
      // The sizes of a font switch are read as a row of their own.
      if (groups.font !== undefined) return {end: at + label[0].length, keeps: undefined, font: true}
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
      let value = text.slice(valueStart, end).trim()
      // A counter or a name in brackets after its label: "Hits: [ 318 ] times".
      if (value.length === 0 && '[【'.includes(text[end] ?? '_')) {
        const close = bracketedValue.exec(text.slice(end, end + bracketedLength))
        if (close) {
          value = close[1]!.trim()
          end += close[0].length
        }
      }
      const byline = groups.creditBy !== undefined || groups.pageBy !== undefined
      if (!isFieldValue(value, byline)) return undefined
      if (groups.stamp !== undefined && !timeStamp.test(value)) return undefined
      if (groups.counter !== undefined && !count.test(value)) return undefined
      if (!/[\p{L}\p{N}]/u.test(value) || systemAccount.test(value)) return {end, keeps: undefined, font: false}
      if (groups.credit !== undefined || groups.creditBy !== undefined) return {end, keeps: 'source', font: false}
      return {end, keeps: groups.contact !== undefined || groups.address !== undefined ? 'contact' : undefined, font: false, address: groups.address !== undefined}
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
  // "No. 8 Renmin Road" is an address and "Co., Ltd." a company, not sentences.
  const plain = value.replace(/\b(No(?=\.\s?\d)|Co|Ltd|Inc)\./g, '$1')
  if (words > fieldWords || /[.!?。！？;；]\s/.test(plain)) return false
  return !/[.!?。！？]$/.test(plain) || words <= 3
}

// A paragraph shorter than body text with no closing punctuation, as a
// headline or a caption is written, with its white space made single for
// comparison.
function headingOf(text: string): string | undefined {
  if (/[.!?。！？:：;；,，]$/.test(text) || countWords(text, bodyWords) >= bodyWords) return undefined
  return text.replace(/\s+/g, ' ')
}

// Every word capitalised but the small ones: "Economic and Technological
// Development Zone", not "County holds a meeting".
function isTitleCase(name: string): boolean {
  const words = name.split(/\s+/).filter((word) => word.length > 0)
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0]!)) return false
  return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || smallWords.has(word))
}

function endsWithAny(name: string, endings: readonly string[]): boolean {
  const lower = name.toLowerCase()
  return endings.some((ending) => lower === ending || lower.endsWith(' ' + ending))
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
  `(?:(?<font>${fontLabels.join('|')})|(?<credit>${creditLabels.join('|')})|(?<contact>${contactLabels.join('|')})|(?<address>${addressLabels.join('|')})|(?<stamp>${stampLabels.join('|')})|(?<counter>${counterLabels.join('|')})|(?:${pageLabels.join('|')}))\\s{0,3}[:：]` +
    `|(?:(?<creditBy>${creditBylines.join('|')})|(?<pageBy>${pageBylines.join('|')})) by\\s`,
  'iuy'
)

// One size of a font-size switch, or a letter standing for one.
const fontSize = new RegExp(`(?:${fontSizes.join('|')}|(?<letter>[TA][+-]?))(?![\\p{L}\\p{N}])`, 'iuy')

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
