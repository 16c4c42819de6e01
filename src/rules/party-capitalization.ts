import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import {ownCopy} from '../util/own-copy.js'

/** Options of `party-capitalization`. */
export interface Options {
  /**
   * `always` (default, both presets): in a CPC text every lowercase Party term
   * is flagged, as Xinhua, China Daily and the official translations write
   * them. `inconsistent`: only when the document also writes a capital-P Party
   * term, for a house style (AP, Reuters) that lowercases "party" throughout
   * and should only be held to one form.
   */
  mode: 'always' | 'inconsistent'
}

/** A finding kept until the end of the document: small, its message built then. */
interface Candidate {
  start: number
  end: number
  /** The source text, for the report at the end of the document. */
  actual: string
  /**
   * Why `party` is the CPC. `term`: a Party term ("party building",
   * "intra-party"), certain. `phrase`: a phrase that means the CPC unless the
   * text also uses "party" for a side or a gathering ("our party", "join the
   * party", "the party's"). `bare`: only "the party", a guess. `title`: not a
   * lowercase `party` but the Title Case run `phrase` after `Party`.
   */
  reading: 'term' | 'phrase' | 'bare' | 'title'
  phrase: string
}

/**
 * `party-capitalization`: in a text about the Communist Party of China,
 * "party building", "the party's", "our party" and "intra-party" take a
 * capital P (Xinhua, China Daily); Title Case the other way ("Party Building
 * Safeguard measures") is lowered.
 */
export default defineRule<Options>(
  {
    id: 'party-capitalization',
    description: 'Capitalise Party in Party terms of a text about the Communist Party of China.',
    details:
      'Xinhua, China Daily and the official translations write *Party* with a capital P when it means the Communist Party of China, and machine translation of Chinese Party and government pages writes it lowercase, often throughout; so both presets flag every lowercase use (`always`). The `inconsistent` mode flags one only when the same document also writes a capital-P Party term, for AP-style texts that lowercase it on purpose.\n\n' +
      'The rule works only in a document about the CPC: one that names it (CPC, CCP, the Communist Party of China, Xi Jinping), names a Party organ of a Chinese administrative level (`the county party committee`, `District party secretary`, `the Party committee`), uses a phrase only Chinese officialese has (`party members and cadres`, `grassroots party`, `party style and clean government`), uses a post only Party members hold (`party member pioneer post`), names three different Party organs (`party members`, `party branch`, `party school`), or has both a Party organ (`the party branch`, `party members`) and words of Chinese local government (`cadres`, `the masses`, `township`, `villagers`, a leading group, China) or its measures (`yuan`, `mu`). Anywhere in the text counts; a document that names another party ("the Labour party … the party leader") is never flagged.\n\n' +
      'A `party` in a Party term is capitalised safely: `party building`, `party committee`, `party members`, `party branch`, `party group`, `party history`, `party flag`, `party spirit`, `party style`, `party congress`, `party dues`, `party discipline`, `party membership`, the discipline of 党纪处分 (`party warning`, `serious party warning`, `party probation`, `party sanctions`), `party and government`, `the party and the people`, `inner-party`, `intra-party`, `non-party`. So is one in a phrase that means the CPC (`the party\'s`, `our party`, `the whole party`, `the founding of the party`, `expelled from the party`, `join`, `love`, `follow`, `listen to` or `govern the party`, `the leadership of the party`, the slogan `surnamed party` of 党校姓党), unless the document also uses *party* for a side or a gathering (`the party concerned`, `the parties`, `Party A`, `third party`, `birthday party`); then it is a suggestion. Any other `the party` is only suggested, and not at all in such a document. `political party`, `a Marxist party`, `the ruling party`, `multi-party`, `three-party`, `third party`, `working party`, `construction party` (the contractor) and `Party A` are left alone; such a use only makes the phrases suggestions, never the Party terms around it. Title Case after *Party* in running text ("Party Building Safeguard measures") is lowered as a suggestion.',
    category: 'fluency/spelling',
    fixes: ['safe', 'suggest'],
    defaultOptions: {mode: 'always'},
    optionChoices: {mode: ['always', 'inconsistent']},
    examples: [
      {
        name: 'lowercase Party terms in a CPC text',
        input: 'The municipal Party committee held a meeting on party building. The party secretary spoke.',
        messages: [
          '1:49-1:54: Capitalise `party` in `party building`: the Communist Party of China takes a capital P',
          '1:69-1:74: Capitalise `party` in `party secretary`: the Communist Party of China takes a capital P'
        ],
        output: 'The municipal Party committee held a meeting on Party building. The Party secretary spoke.'
      },
      {
        name: 'a page that lowercases party throughout',
        input: 'The township party committee met on grassroots party building.\n\nIt asked party members and cadres to study party history and the party’s rules.',
        messages: [
          '1:14-1:19: Capitalise `party` in `party committee`: the Communist Party of China takes a capital P',
          '1:48-1:53: Capitalise `party` in `party building`: the Communist Party of China takes a capital P',
          '3:10-3:15: Capitalise `party` in `party members`: the Communist Party of China takes a capital P',
          '3:44-3:49: Capitalise `party` in `party history`: the Communist Party of China takes a capital P',
          '3:66-3:71: Capitalise `party` in `the party’s`: the Communist Party of China takes a capital P'
        ],
        output: 'The township Party committee met on grassroots Party building.\n\nIt asked Party members and cadres to study Party history and the Party’s rules.'
      },
      {
        name: 'phrases that mean the CPC',
        input: 'The county party school marked the founding of the party. Our party asks every cadre to follow the party and to govern the party strictly.',
        messages: [
          '1:12-1:17: Capitalise `party` in `party school`: the Communist Party of China takes a capital P',
          '1:52-1:57: Capitalise `party` in `founding of the party`: the Communist Party of China takes a capital P',
          '1:63-1:68: Capitalise `party` in `Our party`: the Communist Party of China takes a capital P',
          '1:100-1:105: Capitalise `party` in `follow the party`: the Communist Party of China takes a capital P',
          '1:124-1:129: Capitalise `party` in `govern the party`: the Communist Party of China takes a capital P'
        ],
        output: 'The county Party school marked the founding of the Party. Our Party asks every cadre to follow the Party and to govern the Party strictly.'
      },
      {
        name: 'a bare `the party` is a suggestion',
        input: 'The village party branch met. Veterans said the party had changed their lives.',
        messages: [
          '1:13-1:18: Capitalise `party` in `party branch`: the Communist Party of China takes a capital P',
          '1:49-1:54: Capitalise `party` in `the party` if it means the Communist Party of China'
        ],
        output: 'The village Party branch met. Veterans said the party had changed their lives.',
        outputAll: 'The village Party branch met. Veterans said the Party had changed their lives.'
      },
      {
        name: 'context established later in the document',
        input: 'Improve the party’s ability to innovate and intra-party democracy.\n\nThe CPC Central Committee issued the plan.',
        messages: [
          '1:13-1:18: Capitalise `party` in `the party’s`: the Communist Party of China takes a capital P',
          '1:51-1:56: Capitalise `party` in `intra-party`: the Communist Party of China takes a capital P'
        ],
        output: 'Improve the Party’s ability to innovate and intra-Party democracy.\n\nThe CPC Central Committee issued the plan.'
      },
      {
        name: 'a Party organ in a Chinese setting',
        input: 'The party branch of Dongxi village asked cadres to visit every household.',
        messages: ['1:5-1:10: Capitalise `party` in `party branch`: the Communist Party of China takes a capital P'],
        output: 'The Party branch of Dongxi village asked cadres to visit every household.'
      },
      {
        name: 'the name of the Party in lowercase',
        input: 'Members of the Communist party of China met in Wuhan.',
        messages: ['1:26-1:31: Capitalise `party` in `Communist party of China`: the Communist Party of China takes a capital P'],
        output: 'Members of the Communist Party of China met in Wuhan.'
      },
      {
        name: 'party as a side in a contract makes the phrases suggestions',
        input: 'The county party committee signed the lease. Our party will pay; the party concerned will build.',
        messages: [
          '1:12-1:17: Capitalise `party` in `party committee`: the Communist Party of China takes a capital P',
          '1:50-1:55: Capitalise `party` in `Our party` if it means the Communist Party of China'
        ],
        output: 'The county Party committee signed the lease. Our party will pay; the party concerned will build.',
        outputAll: 'The county Party committee signed the lease. Our Party will pay; the party concerned will build.'
      },
      {
        name: 'Title Case in running text',
        input: 'Xi Jinping spoke. Six to strengthen the Party Building Safeguard measures.',
        messages: ['1:47-1:65: Unexpected Title Case in `Party Building Safeguard`; write `Party building safeguard`'],
        outputAll: 'Xi Jinping spoke. Six to strengthen the Party building safeguard measures.'
      },
      {
        name: 'a discipline notice',
        input:
          'The county commission for discipline inspection reported three cases. Wang was expelled from the party; Zhao received a serious party warning and Sun a party warning punishment, and Li was put on party probation.',
        messages: [
          '1:98-1:103: Capitalise `party` in `expelled from the party`: the Communist Party of China takes a capital P',
          '1:129-1:134: Capitalise `party` in `party warning`: the Communist Party of China takes a capital P',
          '1:153-1:158: Capitalise `party` in `party warning`: the Communist Party of China takes a capital P',
          '1:197-1:202: Capitalise `party` in `party probation`: the Communist Party of China takes a capital P'
        ],
        output:
          'The county commission for discipline inspection reported three cases. Wang was expelled from the Party; Zhao received a serious Party warning and Sun a Party warning punishment, and Li was put on Party probation.'
      },
      {
        name: 'sides in a discipline case',
        input: 'The county party committee heard the case. The party concerned, the other party and a third party were warned; either party warning the other must write, and the other party penalty is paid.',
        messages: ['1:12-1:17: Capitalise `party` in `party committee`: the Communist Party of China takes a capital P'],
        output: 'The county Party committee heard the case. The party concerned, the other party and a third party were warned; either party warning the other must write, and the other party penalty is paid.'
      },
      {
        name: 'Party terms beside the construction party (施工方), with no other cue',
        input: 'The dam was rebuilt. The party members of the party branch of the construction party set up a party member pioneer post.',
        messages: [
          '1:26-1:31: Capitalise `party` in `party members`: the Communist Party of China takes a capital P',
          '1:47-1:52: Capitalise `party` in `party branch`: the Communist Party of China takes a capital P',
          '1:95-1:100: Capitalise `party` in `party member`: the Communist Party of China takes a capital P'
        ],
        output: 'The dam was rebuilt. The Party members of the Party branch of the construction party set up a Party member pioneer post.'
      },
      {
        name: 'a local page: yuan, mu or a leading group',
        input: 'The town spent 3 million yuan on the road. Party members and volunteers of the party branch kept order.',
        messages: ['1:80-1:85: Capitalise `party` in `party branch`: the Communist Party of China takes a capital P'],
        output: 'The town spent 3 million yuan on the road. Party members and volunteers of the Party branch kept order.'
      },
      {
        name: 'the Party school is surnamed Party (党校姓党)',
        input: 'The municipal party school opened. The school is surnamed party.',
        messages: [
          '1:15-1:20: Capitalise `party` in `party school`: the Communist Party of China takes a capital P',
          '1:59-1:64: Capitalise `party` in `surnamed party`: the Communist Party of China takes a capital P'
        ],
        output: 'The municipal Party school opened. The school is surnamed Party.'
      },
      {name: 'no CPC context', input: 'The party members danced; the party secretary of the club left.', messages: []},
      {
        name: 'another party is named',
        input: 'The CPC sent greetings to the Labour Party. The party members of Labour thanked them.',
        messages: []
      },
      {
        name: 'another party is named in lowercase',
        input: 'Xi Jinping met the leader of the Workers party. The party members welcomed him.',
        messages: []
      },
      {
        name: 'other senses of party',
        input: 'The CPC hired a third party. Party A signed; the birthday party members cheered.',
        messages: []
      },
      {
        name: 'kinds of party',
        input: 'The CPC, a Marxist party and the ruling party, leads multi-party cooperation with every political party.',
        messages: []
      },
      {
        name: 'sides and gatherings',
        input:
          'The CPC county committee hired builders. The construction party and the supervision unit signed a three-party agreement; a working party checked it, and the party ended at noon.',
        messages: []
      },
      {
        name: 'inconsistent: a document that mixes both forms',
        input: 'The Party committee met. It discussed party building.',
        options: {mode: 'inconsistent'},
        messages: ['1:39-1:44: Capitalise `party` in `party building`: the Communist Party of China takes a capital P'],
        output: 'The Party committee met. It discussed Party building.'
      },
      {
        name: 'inconsistent: a document that lowercases party throughout',
        input: 'The CPC held a meeting on party building. The party secretary and party members spoke.',
        options: {mode: 'inconsistent'},
        messages: []
      },
      {name: 'a Title Case name', input: 'Xi Jinping visited the Party Building Museum.', messages: []},
      {name: 'correct capitals', input: 'The CPC stresses Party building and the Party’s intra-Party rules.', messages: []}
    ]
  },
  function (context) {
    const candidates: Candidate[] = []
    let cpcContext = false
    // Weaker evidence, enough together: a Party organ or member, and a Chinese setting.
    let partyOrgan = false
    // Distinct Party organs named ("party members", "party branch", "party school"):
    // three of them make the CPC without any other cue.
    const partyOrganKinds = new Set<string>()
    let chineseSetting = false
    let otherParty = false
    let otherSense = false
    let capitalised = context.options.mode === 'always'

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        if (!cpcContext && cpcMention.test(text)) cpcContext = true
        if (partyOrganKinds.size < 3 && text.includes('arty')) {
          for (const match of text.matchAll(partyOrganMention)) partyOrganKinds.add(match[0].toLowerCase().slice(0, 12))
        }
        if (partyOrganKinds.size > 0) partyOrgan = true
        if (!chineseSetting && chineseSettingMention.test(text)) chineseSetting = true
        if (!otherParty && namesOtherParty(text)) otherParty = true
        if (otherParty) return
        if (!otherSense && (sideLabel.test(text) || sidesMention.test(text))) otherSense = true
        // Each pattern below spells "Party" or "party" literally: a paragraph
        // without the word has nothing for them.
        const capital = text.includes('Party')
        if (!capitalised && capital && capitalTerm.test(text)) capitalised = true
        if (text.includes('party')) collectLowercase(paragraph)
        if (capital) collectTitleCase(paragraph)
      },
      end() {
        if (!(cpcContext || partyOrganKinds.size >= 3 || (partyOrgan && chineseSetting)) || otherParty) return
        for (const {start, end, actual, reading, phrase} of candidates) {
          if (reading === 'title') {
            const lowered = phrase.toLowerCase()
            const reason = `Unexpected Title Case in \`Party ${phrase}\`; write \`Party ${lowered}\``
            context.report({start, end, actual, reason, expected: [lowered], fix: 'suggest'})
            continue
          }
          if (!capitalised || (reading === 'bare' && otherSense)) continue
          const certain = reading === 'term' || (reading === 'phrase' && !otherSense)
          const reason = certain
            ? `Capitalise \`party\` in \`${phrase}\`: the Communist Party of China takes a capital P`
            : `Capitalise \`party\` in \`${phrase}\` if it means the Communist Party of China`
          context.report({start, end, actual, reason, expected: ['Party'], fix: certain ? 'safe' : 'suggest'})
        }
      }
    }

    function collectLowercase(paragraph: Paragraph): void {
      const text = paragraph.text
      for (const match of text.matchAll(lowercaseParty)) {
        const at = match.index
        const found = readParty(text, at)
        if (found === undefined) continue
        if (found === 'other') {
          otherSense = true
          continue
        }
        const [start, end] = paragraph.sourceRange(at, at + 5)
        const phrase = ownCopy(text.slice(found.from, found.to))
        candidates.push({start, end, actual: context.slice(start, end), reading: found.reading, phrase})
      }
    }

    function collectTitleCase(paragraph: Paragraph): void {
      const text = paragraph.text
      for (const match of text.matchAll(titleCaseTerm)) {
        // A capital before "Party" makes it part of a name or a heading.
        const before = previousWord(text, match.index)
        if (/^\p{Lu}/u.test(before) && before !== 'The') continue
        const runStart = match.index + 'Party '.length
        const runEnd = titleCaseRunEnd(text, match.index + match[0].length)
        if (runEnd === undefined) continue
        const run = text.slice(runStart, runEnd)
        const [start, end] = paragraph.sourceRange(runStart, runEnd)
        candidates.push({start, end, actual: ownCopy(context.slice(start, end)), reading: 'title', phrase: ownCopy(run)})
      }
    }
  }
)

/** How a lowercase `party` reads: the CPC (and the phrase that shows it), another sense (`other`), or unknown. */
type PartyReading = {reading: 'term' | 'phrase' | 'bare'; from: number; to: number} | 'other' | undefined

function readParty(text: string, at: number): PartyReading {
  const end = at + 'party'.length
  if (text.charAt(at - 1) === '-') {
    const prefix = previousWord(text, at - 1)
    if (cpcPrefixes.has(prefix.toLowerCase())) return {reading: 'term', from: at - 1 - prefix.length, to: end}
    return sidePrefixes.has(prefix.toLowerCase()) ? 'other' : undefined
  }
  const word = previousWord(text, at).toLowerCase()
  if (otherSenses.has(word) || otherPartyKinds.has(word)) return 'other'
  // "the Party school is surnamed Party" (党校姓党): the slogan names the CPC.
  if (word === 'surnamed') return {reading: 'phrase', from: at - 'surnamed '.length, to: end}
  if (word === 'communist') {
    // "the Communist party of China", "the Chinese Communist party": the name itself.
    const name = chineseCommunistBefore.exec(text.slice(Math.max(0, at - 20), at))
    ofChinaAhead.lastIndex = end
    const ofChina = ofChinaAhead.exec(text)
    if (name) return {reading: 'term', from: at - name[0].length, to: end}
    if (ofChina) return {reading: 'term', from: at - 'Communist '.length, to: end + ofChina[0].length}
  }
  if (partyKinds.has(word)) return undefined
  termAhead.lastIndex = end
  const term = termAhead.exec(text)
  // "either party warning the other", "the other party's penalty": a side in a deal.
  if (term && sideDeterminers.has(word) && word !== 'a' && word !== 'one' && disciplineTerm.test(term[0])) return 'other'
  if (term) return {reading: 'term', from: at, to: end + term[0].length}
  sideAhead.lastIndex = end
  if (sideAhead.test(text) || sideDeterminers.has(word)) return 'other'
  possessiveAhead.lastIndex = end
  const to = possessiveAhead.test(text) ? end + 2 : end
  const before = text.slice(Math.max(0, at - lookBehind), at)
  const phrase = cpcPhraseBefore.exec(before) ?? ownPartyBefore.exec(before)
  if (phrase) return {reading: 'phrase', from: at - before.length + phrase.index, to}
  const article = articleBefore.exec(before)
  if (!article) return undefined
  // "the party's" says whose; a bare "the party" could still be a gathering.
  return {reading: to > end ? 'phrase' : 'bare', from: at - article[0].length, to}
}

// What makes a document about the CPC; it may come after the terms to fix.
// Besides its names, the Party organs of Chinese administrative levels and
// phrases only Chinese officialese uses (党员干部, 基层党建, 党风廉政).
const levels =
  '[Pp]rovincial|[Mm]unicipal|[Cc]ounty|[Dd]istrict|[Cc]ity|[Tt]ownship|[Tt]own|[Vv]illage|[Ss]treet|[Ss]ubdistrict|[Cc]ommunity|[Pp]refectural|[Pp]refecture|[Bb]anner|[Ll]eague'
const cpcMention = new RegExp(
  [
    '\\b(?:CPC|CCP|Communist [Pp]arty of China|Chinese Communist [Pp]arty|Xi Jinping)\\b',
    '\\bParty (?:[Cc]ommittees?|Central Committee|[Bb]ranch(?:es)?|[Ss]ecretar(?:y|ies))\\b',
    `\\b(?:${levels}) [Pp]arty (?:[Cc]ommittees?|[Ss]ecretar(?:y|ies)|[Bb]ranch(?:es)?|[Ss]chools?|[Ww]orking [Cc]ommittees?|[Cc]ongress|[Bb]uilding|[Oo]rgani[sz]ations?)\\b`,
    '\\b[Pp]arty members and (?:cadres|the masses)\\b',
    '\\bcadres and [Pp]arty members\\b',
    '\\b[Gg]rass-?roots [Pp]arty\\b',
    '\\b[Pp]arty (?:style|conduct) and (?:clean|honest) government\\b',
    // 党员先锋岗, 党员示范岗: posts only Party members of a Chinese unit hold.
    '\\b[Pp]arty members? (?:pioneer|vanguard|demonstration|model) (?:posts?|positions?|households?|teams?)\\b'
  ].join('|')
)

// A Party organ, member or activity, in any party ("the party branch", "party members"),
// and words of Chinese local government: the CPC when both are in one text.
const partyOrganMention =
  /\b[Pp]arty (?:building|construction|branch(?:es)?|committees?|secretar(?:y|ies)|groups?|members?|cadres|organi[sz]ations?|history|schools?|style|discipline|probation)\b|\b[Pp]arty warnings?\b|\bexpelled from the [Pp]arty\b|\b(?:inner|intra)-[Pp]arty\b/g
// Besides the words of government, the money and land measures of a Chinese page
// ("18 million yuan", "600 mu") and its leading groups (领导小组).
const chineseSettingMention =
  /\b(?:China|Chinese|cadres?|the masses|[Cc]omrades?|[Gg]rass-?roots|[Tt]ownships?|discipline inspection|magistrate|CPPCC|[Pp]eople['’]s (?:[Cc]ongress|[Gg]overnment)|villagers|yuan|RMB|[Ll]eading [Gg]roups?)\b|\d mu\b/

// Words after "party" that make a Party term: "party building", "party members and cadres", "party and government".
const collocations = [
  'building', 'construction', 'committees?', 'secretar(?:y|ies)', 'chiefs?', 'organi[sz]ations?', 'members?(?:hip)?',
  'branch(?:es)?', 'general branch(?:es)?', 'cells?', 'schools?', 'conduct', 'discipline', 'cadres?', 'central committee',
  'cent(?:er|re)', 'groups?', 'leading groups?', 'flags?', 'emblem', 'history', 'spirit', 'style', 'congress(?:es)?',
  'representatives?', 'day', 'affairs', 'work(?:ers?)?', 'working committees?', 'constitution', 'rules', 'regulations',
  'dues', 'fees?', 'lessons?', 'lectures?', 'class(?:es)?', 'courses?', 'officials?', 'leadership', 'character',
  'consciousness', 'organs?', 'and (?:the )?(?:government|state|country|nation|people|masses|army)',
  // Discipline notices (党内警告, 留党察看, 党纪处分): "a serious party warning".
  'probation', 'disciplinary', 'sanctions?', 'punishments?', 'penalt(?:y|ies)',
  // A warning given, not "the party warning them that…".
  'warnings?(?! (?:that|the|of|him|her|them|it|against|about)\\b)'
].join('|')

// The discipline terms of `collocations`: after "either" or "the other" they are a side's.
const disciplineTerm = /^[ -](?:probation|disciplinary|sanction|punishment|penalt|warning)/i
const lowercaseParty = /(?<![\p{L}\p{N}])party(?![\p{L}\p{N}])/gu
// Case aside: "the party Central Committee", and "Strengthen Party Building" is no party's name.
const termAhead = new RegExp(`[ -](?:${collocations})\\b`, 'iy')
const possessiveAhead = /['’]s\b/y
const chineseCommunistBefore = /\bChinese Communist $/
const ofChinaAhead = / of China\b/y
// "the party concerned", "a party to the contract": a side in a deal or a case.
const sideAhead = / (?:concerned|involved|in question|responsible|liable|at fault|to (?:the|a|an|this|that|any|such)\b)/y
// "inner-party", "intra-party", "non-party" (党内, 党外).
const cpcPrefixes = new Set(['inner', 'intra', 'non'])
// "third-party", "three-party": sides, not a political party.
const sidePrefixes = new Set(['third', 'two', 'three', 'four'])

// How far back the phrases before "party" reach ("central committee of the " and room to spare).
const lookBehind = 40
// Verbs and nouns that take the CPC: "join the party", "the founding of the party".
const partyVerbs =
  'expel(?:s|led|ling)? from|expulsion from|dismissed from|join(?:s|ed|ing)?|admitted (?:in)?to|lov(?:e|es|ed|ing)|follow(?:s|ed|ing)?|listen(?:s|ed|ing)? to|thank(?:s|ed|ing)?|grateful to|loyal(?:ty)? to|faithful to|devoted to|govern(?:s|ed|ing)?|trust(?:s|ed|ing)? in|believ(?:e|es|ed|ing) in|been in|years in|within|outside|quit(?:s|ting)?'
const partyNouns =
  'founding|founder|anniversary|birthday|centenary|centennial|history|leadership|leaders?|cause|traditions?|story|image|members|cadres|theor(?:y|ies)|line|principles|polic(?:y|ies)|spirit|discipline|rules|will|voice|central committee|organi[sz]ations?|building|construction|flag|constitution|oath|purpose|mission|nature|style|ranks'
const cpcPhraseBefore = new RegExp(`\\b(?:(?:${partyVerbs})|(?:${partyNouns}) of) the $`, 'i')
// "our party", "the whole party" (全党).
const ownPartyBefore = /\b(?:[Oo]ur|(?:[Tt]he )?(?:whole|entire)) $/
const articleBefore = /\b[Tt]he $/

// A capital-P Party term not at the start of a sentence.
const capitalTerm = new RegExp(
  `(?<=[\\p{Ll},;] )Party(?= (?:${collocations})\\b)|\\b[Tt]he Party['’]s\\b|\\bintra-Party\\b`,
  'u'
)

// "Party A", "the parties to the contract", "all parties concerned": party as a side.
const sideLabel = /\bPart(?:y|ies) [A-D](?![\p{L}\p{N}])/u
const sidesMention =
  /\b(?:both|all|the|two|three|several|relevant|contracting|interested|other) parties\b|\bparties (?:concerned|involved|to (?:the|a|an|this|that|any)\b)/i

// "Party Building Safeguard measures": Title Case after Party, then a lowercase word.
const titleCaseTerm = /(?<![\p{L}-])Party (?:Building|Construction)(?![\p{L}-])/gu
const titleCaseWord = / \p{Lu}\p{Ll}+(?![\p{L}-])/uy
const lowercaseWordAhead = / \p{Ll}/uy

// End of the Title Case words from `at` (at most three more), when a
// lowercase word follows them; a run that ends the sentence is a heading or a name.
function titleCaseRunEnd(text: string, at: number): number | undefined {
  let end = at
  for (let words = 0; words < 3; words++) {
    titleCaseWord.lastIndex = end
    const word = titleCaseWord.exec(text)
    if (!word) break
    end += word[0].length
  }
  lowercaseWordAhead.lastIndex = end
  return lowercaseWordAhead.test(text) ? end : undefined
}

// Words before "party" that make it a gathering or a side in a deal ("third party",
// "birthday party", "the construction party" 施工方): the text uses the word in another sense.
const otherSenses = new Set([
  'third', 'birthday', 'dinner', 'tea', 'garden', 'cocktail', 'search', 'working', 'rescue', 'house', 'farewell',
  'launch', 'wedding', 'pool', 'slumber', 'costume', 'christmas', 'year', 'festival', 'holiday', 'evening', 'night',
  'welcome', 'retirement', 'graduation', 'celebration', 'dance', 'contracting', 'injured', 'interested', 'guilty',
  'responsible', 'liable', 'construction', 'bidding', 'winning', 'employing', 'supervising', 'aggrieved', 'prevailing'
])

// Determiners before a lone "party" that make it one of several ("a party", "either party",
// "the other party"): the CPC is "the Party", so the text uses the word in another sense.
const sideDeterminers = new Set(['a', 'other', 'another', 'any', 'each', 'either', 'neither', 'every', 'one'])

// What the CPC calls itself ("a Marxist party", "the ruling party"): no Party term, but no other sense either.
const partyKinds = new Set(['political', 'ruling', 'governing', 'marxist', 'proletarian', 'communist'])
// Other parties by kind ("the opposition party"): a bare "the party" may be one of them.
const otherPartyKinds = new Set([
  'opposition', 'socialist', 'democratic', 'republican', 'conservative', 'liberal', 'green', 'labour', 'labor',
  'nationalist', 'major', 'minor', 'new', 'small', 'rival'
])

// Capitalised words before "Party" that still mean the CPC ("the Municipal Party Committee").
// Sentence-starting function words are no party names either ("In Party work").
const cpcQualifiers = new Set([
  'The', 'Our', 'Whole', 'Entire', 'Central', 'Ruling', 'CPC', 'Chinese', 'China’s', "China's", 'Communist',
  'Municipal', 'Provincial', 'County', 'District', 'City', 'Township', 'Town', 'Village', 'Street', 'Subdistrict',
  'Community', 'Prefectural', 'Regional', 'Grassroots', 'Grass-roots', 'Primary-level', 'Veteran', 'Theme',
  'Marxist', 'Leninist', 'Marxist-Leninist',
  'In', 'On', 'At', 'For', 'To', 'By', 'With', 'From', 'And', 'But', 'As', 'Of', 'If', 'When', 'While',
  'This', 'That', 'These', 'All', 'Every', 'Each', 'A', 'An', 'Its', 'Their', 'Under', 'Through', 'Within'
])

// Words that name a party, in either case and even before a Party term: "Labour party members".
const partyNames = new Set([
  'labour', 'labor', 'conservative', 'democratic', 'republican', 'liberal', 'green', 'socialist', 'nationalist',
  'workers', 'workers’', "workers'"
])

// "Labour Party", "East German Communist Party", "Workers' Party of Korea", "the Labour party".
const namedParty = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*) (?:Communist )?[Pp]arty\b(?! of China\b)/gu
const partyOfCountry = /\bParty of (?!China\b)\p{Lu}\p{Ll}+/u
const otherPartyNames = /\b(?:Kuomintang|KMT|DPP|Tories|Tory|LDP|BJP|ANC|GOP|SPD|CDU)\b/

function namesOtherParty(text: string): boolean {
  if (otherPartyNames.test(text)) return true
  // The other patterns spell "Party" or "party": most paragraphs are done here.
  if (!text.includes('arty')) return false
  if (partyOfCountry.test(text)) return true
  for (const match of text.matchAll(namedParty)) {
    const word = match[1]!
    // "Third party", "Birthday party" starting a sentence are no names either.
    const lower = word.toLowerCase()
    if (partyNames.has(lower)) return true
    // A lowercase "party" after a capital is a name only in `partyNames`: "a New Year party" is none.
    if (match[0].endsWith('party') || cpcQualifiers.has(word) || otherSenses.has(lower) || sideDeterminers.has(lower)) continue
    termAhead.lastIndex = match.index + match[0].length
    if (!termAhead.test(text)) return true
  }
  return false
}

// The word before `index`, skipping the spaces between.
function previousWord(text: string, index: number): string {
  let end = index
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--
  let start = end
  while (start > 0 && end - start < 40 && /[\p{L}’'-]/u.test(text.charAt(start - 1))) start--
  return text.slice(start, end)
}
