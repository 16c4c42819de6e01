import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../rule.js'
import {ownCopy} from '../util/own-copy.js'

/** Options of `party-capitalization`. */
export interface Options {
  /**
   * `always` (default, the `publication` preset): in a CPC text every lowercase
   * Party term is flagged, as Xinhua and China Daily write them. `inconsistent`
   * (the `recommended` preset): only when the document also writes a capital-P
   * Party term, since a text that lowercases "party" throughout follows a house
   * style (AP, Reuters) rather than mixing two.
   */
  mode: 'always' | 'inconsistent'
}

/** A finding kept until the end of the document: small, its message built then. */
interface Candidate {
  start: number
  end: number
  /** The source text, for the report at the end of the document. */
  actual: string
  /** `lowercase`: `party` in `phrase`; `title`: the Title Case run `phrase` after `Party`. */
  kind: 'lowercase' | 'title'
  phrase: string
  fix: 'safe' | 'suggest'
}

/**
 * `party-capitalization`: in a text about the Communist Party of China,
 * "party building", "party secretary", "the party's" and "intra-party" take a
 * capital P (Xinhua, China Daily); Title Case the other way ("Party Building
 * Safeguard measures") is lowered.
 */
export default defineRule<Options>(
  {
    id: 'party-capitalization',
    description: 'Capitalise Party in Party terms of a text about the Communist Party of China.',
    details:
      'Xinhua, China Daily and the official translations write *Party* with a capital P when it means the Communist Party of China; news agencies such as AP lowercase it, so the rule is a house convention (`publication` preset). It works only in a document that is about the CPC (it mentions the CPC, the Communist Party of China, a Party committee or Xi Jinping, anywhere in the text), and never in a document that names another party ("the Labour Party … the party leader"). Lowercase `party` in `party building`, `party committee`, `party secretary`, `party members`, `party organizations`, `the party\'s` and `intra-party` is capitalised safely; `third party`, `Party A` and `birthday party` are left alone. Title Case after *Party* in running text ("Party Building Safeguard measures") is lowered as a suggestion.',
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
        name: 'context established later in the document',
        input: 'Improve the party’s ability to innovate and intra-party democracy.\n\nThe CPC Central Committee issued the plan.',
        messages: [
          '1:13-1:18: Capitalise `party` in `the party’s`: the Communist Party of China takes a capital P',
          '1:51-1:56: Capitalise `party` in `intra-party`: the Communist Party of China takes a capital P'
        ],
        output: 'Improve the Party’s ability to innovate and intra-Party democracy.\n\nThe CPC Central Committee issued the plan.'
      },
      {
        name: 'Title Case in running text',
        input: 'Xi Jinping spoke. Six to strengthen the Party Building Safeguard measures.',
        messages: ['1:47-1:65: Unexpected Title Case in `Party Building Safeguard`; write `Party building safeguard`'],
        outputAll: 'Xi Jinping spoke. Six to strengthen the Party building safeguard measures.'
      },
      {name: 'no CPC context', input: 'The party members danced; the party secretary of the club left.', messages: []},
      {
        name: 'another party is named',
        input: 'The CPC sent greetings to the Labour Party. The party members of Labour thanked them.',
        messages: []
      },
      {
        name: 'other senses of party',
        input: 'The CPC hired a third party. Party A signed; the birthday party members cheered.',
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
    let otherParty = false
    let capitalised = context.options.mode === 'always'

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        if (!cpcContext && cpcMention.test(text)) cpcContext = true
        if (!otherParty && namesOtherParty(text)) otherParty = true
        if (otherParty) return
        // Each pattern below spells "Party" or "party" literally: a paragraph
        // without the word has nothing for them.
        const capital = text.includes('Party')
        if (!capitalised && capital && capitalTerm.test(text)) capitalised = true
        if (text.includes('party')) collectLowercase(paragraph)
        if (capital) collectTitleCase(paragraph)
      },
      end() {
        if (!cpcContext || otherParty) return
        for (const {start, end, actual, kind, phrase, fix} of candidates) {
          if (!capitalised && fix === 'safe') continue
          const lowered = phrase.toLowerCase()
          const [reason, expected] =
            kind === 'lowercase'
              ? [`Capitalise \`party\` in \`${phrase}\`: the Communist Party of China takes a capital P`, 'Party']
              : [`Unexpected Title Case in \`Party ${phrase}\`; write \`Party ${lowered}\``, lowered]
          context.report({start, end, actual, reason, expected: [expected], fix})
        }
      }
    }

    function collectLowercase(paragraph: Paragraph): void {
      const text = paragraph.text
      for (const match of text.matchAll(lowercaseTerm)) {
        const phrase = match[1] === undefined ? match[0] : `party ${match[1]}`
        const at = match.index + match[0].lastIndexOf('party')
        if (phrase.startsWith('party') && otherSenses.has(previousWord(text, match.index))) continue
        const [start, end] = paragraph.sourceRange(at, at + 5)
        candidates.push({start, end, actual: context.slice(start, end), kind: 'lowercase', phrase: ownCopy(phrase), fix: 'safe'})
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
        candidates.push({start, end, actual: ownCopy(context.slice(start, end)), kind: 'title', phrase: ownCopy(run), fix: 'suggest'})
      }
    }
  }
)

// What makes a document about the CPC; it may come after the terms to fix.
const cpcMention =
  /\b(?:CPC|Communist Party of China|Chinese Communist Party|Xi Jinping)\b|\bParty (?:[Cc]ommittee|Central Committee)\b|\b(?:provincial|municipal|county|district|city|township|village) party committee\b/

const collocations =
  'building|construction|committees?|secretar(?:y|ies)|chief|organi[sz]ations?|members?|branch(?:es)?|schools?|conduct|discipline|cadres|central committee'

// Lowercase party in a Party collocation, "the party's" and "intra-party".
const lowercaseTerm = new RegExp(
  `(?<![\\p{L}\\p{N}-])party(?= (${collocations})\\b)|\\b[Tt]he party['’]s\\b|\\bintra-party\\b`,
  'gu'
)

// A capital-P Party term not at the start of a sentence.
const capitalTerm = new RegExp(
  `(?<=[\\p{Ll},;] )Party(?= (?:${collocations})\\b)|\\b[Tt]he Party['’]s\\b|\\bintra-Party\\b`,
  'u'
)

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

// Words before "party" that give it another sense ("third party", "birthday party").
const otherSenses = new Set([
  'third', 'birthday', 'dinner', 'tea', 'garden', 'cocktail', 'search', 'working', 'rescue', 'house',
  'farewell', 'launch', 'opposition', 'ruling', 'political', 'other', 'another', 'any', 'each', 'either',
  'neither', 'every', 'one', 'contracting', 'injured', 'interested', 'guilty', 'responsible', 'wedding',
  'pool', 'slumber', 'costume', 'christmas', 'labour', 'labor', 'democratic', 'republican', 'conservative',
  'green', 'liberal', 'nationalist'
])

// Capitalised words before "Party" that still mean the CPC ("the Municipal Party Committee").
// Sentence-starting function words are no party names either ("In Party work").
const cpcQualifiers = new Set([
  'The', 'Our', 'Whole', 'Entire', 'Central', 'Ruling', 'CPC', 'Chinese', 'China’s', "China's", 'Communist',
  'Municipal', 'Provincial', 'County', 'District', 'City', 'Township', 'Village', 'Prefectural', 'Regional',
  'In', 'On', 'At', 'For', 'To', 'By', 'With', 'From', 'And', 'But', 'As', 'Of', 'If', 'When', 'While',
  'This', 'That', 'These', 'All', 'Every', 'Each', 'A', 'An', 'Its', 'Their', 'Under', 'Through', 'Within'
])

// "Labour Party", "East German Communist Party", "Workers' Party of Korea",
// but not "Strengthen Party building" (a verb before a Party term).
const namedParty = new RegExp(`(?<![\\p{L}'’.-])(\\p{Lu}[\\p{L}'’.-]*) (?:Communist )?Party\\b(?! (?:${collocations})\\b)(?! of China\\b)`, 'gu')
const partyOfCountry = /\bParty of (?!China\b)\p{Lu}\p{Ll}+/u
const otherPartyNames = /\b(?:Kuomintang|KMT|DPP|Tories|Tory)\b/

function namesOtherParty(text: string): boolean {
  if (otherPartyNames.test(text)) return true
  // The other patterns spell "Party": most paragraphs are done here.
  if (!text.includes('Party')) return false
  if (partyOfCountry.test(text)) return true
  for (const match of text.matchAll(namedParty)) {
    if (!cpcQualifiers.has(match[1]!)) return true
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
