import type {Paragraph} from '../paragraph.js'
import {defineRule} from '../define-rule.js'
import type {RuleContext} from '../rule.js'
import {textWords, type TextWord} from '../util/text-words.js'
import {
  commonWordEndings,
  clauseDeterminers,
  looseSlots,
  namesInLy,
  namesWithCommonEndings,
  namingWords,
  objectStarters,
  sentenceStarters,
  verbBaseForms,
  verbPastForms,
  verbSlots,
  verbs
} from './mid-sentence-capital.data.js'

/** Options of `mid-sentence-capital` (none). */
export type Options = Record<string, never>

const capitalised = /^\p{Lu}\p{Ll}+$/u
const lowercaseWord = /^\p{Ll}[\p{Ll}'’-]*$/u
// One lowercase run then one capitalised word, in one token: "cooperationThe".
const fusedCapital = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u
const spaces = /^ +$/
// A comma between two clauses the translation joined: "one street, Participate in…".
const clauseComma = /^[,，] *$/u
// Before a fused token: a handle, a hashtag, a path or a domain ("@chinaDaily", "/newsCenter").
const identifierBefore = /[#@/\\._\-\p{N}]/u
const identifierAfter = /[(_\-\p{N}]|\.\p{L}/u
// Share of capitalised longer words from which a line is a Title Case headline.
const titleShare = 0.6
// Words a title in Title Case leaves in lowercase.
const titleSmallWords = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with',
  'from', 'as', 'into', 'than', 'via', 'per', 'over', 'under'
])
// An adverb in `-ly` after a modal verb or `be` ("will be Seriously dealt with").
const adverbEnding = /^\p{Ll}{4,}ly$/u
// The end of a clause right after a word: "…satisfaction and Contentment."
const clauseEnd = /[.,;!?。，；]/u

/**
 * `mid-sentence-capital`: a capitalised common word inside a sentence, left
 * where machine translation joined two sentences or lost a full stop
 * ("supervise and guide Each unit should…", "cooperationThe relevant…") or
 * capitalised a verb after a modal verb or `and` ("welcome and Celebrate").
 */
export default defineRule<Options>(
  {
    id: 'mid-sentence-capital',
    description: 'Find a capitalised common word inside a sentence, left by a lost or fused sentence end.',
    details: [
      'When a translation tool joins two source sentences, the capital of the second is left inside the first: "…should strengthen coordination and cooperationThe relevant comrades…", "…to supervise and guide Each unit should strictly…". It also capitalises a verb after a modal verb or a conjunction: "in order to welcome and Celebrate the anniversary", "will Continue to strengthen".',
      '',
      'Only common words are flagged: an abstract noun or an adjective, known by its ending (`-ance`, `-ness`, `-tion`, `-ous`, …), capitalised after `and` or `or` between lowercase words or at the end of a clause ("with ease and Confidence."); a sentence starter from a closed list (`The`, `Each`, `In`, `Let`, …) right after a lowercase word with the sentence going on in lowercase; a common verb or adverb right after a modal verb, `be`, `also`, `and`, `or` or `to`; a common verb (or its past form) after another lowercase word when an article or a possessive follows it ("…of the county Strengthen the leadership", "the branch Compiled a guide"); and, after a comma, a common verb, its past form, an adverb in `-ly` or a determiner (`Any`, `Each`) followed by a lowercase word, where two source clauses were joined ("…one street, Participate in the patrols", "…reported at once, Any unit shall…"). Names, acronyms, `I`, words in a run of capitalised words (titles of documents and organs in Title Case, "in The Hague", "Xi Jinping Thought"), a small word between capitals ("Completed in Most of Regions"), headlines in Title Case, words after a colon or a quotation mark and words after "titled" or "called" are left alone.',
      '',
      'A verb after a modal verb or a conjunction is lowercased as a suggestion. A sentence starter, or a verb after any other word, is only flagged: the sentence end may have been lost (a full stop is missing) or the word may just need lowercase, and only a person can tell. A sentence starter fused to the word before it gets the full stop and the space back as a suggestion.'
    ].join('\n'),
    category: 'fluency/spelling',
    fixes: ['suggest', 'flag'],
    defaultOptions: {},
    examples: [
      {
        name: 'a verb capitalised after `and`',
        input: 'In order to welcome and Celebrate the anniversary, the town held a ceremony.',
        messages: ['1:25-1:34: Use lowercase `celebrate` inside a sentence'],
        outputAll: 'In order to welcome and celebrate the anniversary, the town held a ceremony.'
      },
      {
        name: 'a verb capitalised after a modal verb',
        input: 'The county will Continue to improve the assessment.',
        messages: ['1:17-1:25: Use lowercase `continue` inside a sentence'],
        outputAll: 'The county will continue to improve the assessment.'
      },
      {
        name: 'an adverb after `be`',
        input: 'Violations will be Strictly punished.',
        messages: ['1:20-1:28: Use lowercase `strictly` inside a sentence'],
        outputAll: 'Violations will be strictly punished.'
      },
      {
        name: 'a lost sentence end before a sentence starter',
        input: 'Leaders should go to the front line to supervise and guide Each unit should keep a duty roster.',
        messages: [
          '1:60-1:64: Unexpected capital in `Each` inside a sentence: a full stop may be missing before it, or it should be lowercase'
        ]
      },
      {
        name: 'a verb starting a lost sentence',
        input: 'The meeting reviewed the work of the county Strengthen the leadership over rural work.',
        messages: [
          '1:45-1:55: Unexpected capital in `Strengthen` inside a sentence: a full stop may be missing before it, or it should be lowercase'
        ]
      },
      {
        name: 'a verb, an adverb or a determiner after a comma that joined two clauses',
        input:
          'Each cadre keeps in touch with one village, Take part in the patrols on Sundays. Cases must be reported at once, Any unit that hides one will be punished.',
        messages: [
          '1:45-1:49: Unexpected capital in `Take` inside a sentence: a full stop may be missing before it, or it should be lowercase',
          '1:114-1:117: Unexpected capital in `Any` inside a sentence: a full stop may be missing before it, or it should be lowercase'
        ]
      },
      {
        name: 'an adverb after `and` before a verb, and a past form after a noun',
        input: 'Members must keep the rules and Willingly accept oversight. The village committee Revised the new rules.',
        messages: [
          '1:33-1:42: Use lowercase `willingly` inside a sentence',
          '1:83-1:90: Unexpected capital in `Revised` inside a sentence: a full stop may be missing before it, or it should be lowercase'
        ],
        outputAll: 'Members must keep the rules and willingly accept oversight. The village committee Revised the new rules.'
      },
      {
        name: 'names, places, titles and quotations after a comma',
        input:
          'Wang Jun, Secretary of the county committee, spoke in Changsha, Hunan province, and in Rotterdam, The Hague and Delft. Then he said, "We will finish the road," and the tasks were listed: Build bridges, repair schools.',
        messages: []
      },
      {
        name: 'a sentence starter fused to the word before',
        input: 'Departments should strengthen cooperationThe responsible comrades attended.',
        messages: ['1:42-1:45: `The` is fused to the word before it: a full stop and a space are missing'],
        outputAll: 'Departments should strengthen cooperation. The responsible comrades attended.'
      },
      {
        name: 'a verb fused to the word before',
        input: 'Leaders should go to the sitesCoordinate and solve problems.',
        messages: ['1:31-1:41: `Coordinate` is fused to the word before it: a space is missing, and the capital may be wrong']
      },
      {
        name: 'names, places and Title Case names of organs and documents',
        input:
          'Delegates from Hunan and Hubei met Wang Jun and Li Na. The National Development and Reform Commission and the Ministry of Ecology and Environment issued the Opinions on Further Strengthening the Work.',
        messages: []
      },
      {
        name: 'Party, organs and the pronoun `I`',
        input: 'Members of the county Party committee and the CPC Central Committee met, and I spoke to the Organization Department.',
        messages: []
      },
      {
        name: 'runs of capitals, titles and the ideology',
        input: 'He studied Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era and read The Governance of China in The Hague.',
        messages: []
      },
      {
        name: 'after a colon, a quotation mark or a naming word',
        input: 'The theme: Let the people speak. The slogan "Build a better county" and a column titled Each of us matters.',
        messages: []
      },
      {
        name: 'acronyms, `I`, grade letters and brand names',
        input: 'I think the CPC and the UN will work on grade A products, iPhone sales and the WeChat app.',
        messages: []
      },
      {
        name: 'an abstract noun capitalised after `and` at the end of a sentence',
        input: 'Villagers can now see a doctor with ease and Confidence.',
        messages: ['1:46-1:56: Use lowercase `confidence` inside a sentence'],
        outputAll: 'Villagers can now see a doctor with ease and confidence.'
      },
      {
        name: 'organs and names after `and` at the end of a sentence',
        input: 'Reports go to the county Party committee and Government. She studied art in Rome and Florence.',
        messages: []
      },
      {name: 'a proper noun after `to` or `and`', input: 'Delegates went to Beijing and Shanghai and to Reading for talks.', messages: []},
      {name: 'a heading in Title Case', input: 'Strengthen the Leadership of the Party and Promote High-quality Development', messages: []},
      {name: 'a Title Case headline with a lowercase word', input: 'Cadres Learn how to Improve the Work Style and Serve the People', messages: []},
      {name: 'a headline with lowercase small words', input: 'Repairs Have Been Completed in Most of the Old Town', messages: []},
      {name: 'handles, hashtags and addresses', input: 'Follow @chinaDaily, the tag #twoSessions and example.com/newsCenter for updates.', messages: []}
    ]
  },
  function (context) {
    return {
      paragraph(paragraph) {
        if (!/\p{Lu}/u.test(paragraph.text)) return
        const tokens = textWords(paragraph.text)
        const headline = isTitleCaseHeadline(paragraph.text, tokens)
        for (let index = 0; index < tokens.length; index++) {
          checkFused(context, paragraph, tokens[index]!)
          if (!headline) checkSpaced(context, paragraph, tokens, index)
        }
      }
    }
  }
)

function checkFused(context: RuleContext<Options>, paragraph: Paragraph, token: TextWord): void {
  const fused = fusedCapital.exec(token.value)
  if (!fused) return
  const text = paragraph.text
  if (identifierBefore.test(text.charAt(token.start - 1))) return
  if (identifierAfter.test(text.slice(token.end, token.end + 2))) return
  const word = fused[2]!
  const lower = word.toLowerCase()
  const starter = sentenceStarters.has(lower)
  if (!starter && !verbs.has(lower)) return
  const [start, end] = paragraph.sourceRange(token.start + fused[1]!.length, token.end)
  if (starter) {
    context.report({
      start,
      end,
      reason: `\`${word}\` is fused to the word before it: a full stop and a space are missing`,
      expected: [`. ${word}`],
      category: 'fluency/punctuation'
    })
  } else {
    context.report({
      start,
      end,
      reason: `\`${word}\` is fused to the word before it: a space is missing, and the capital may be wrong`,
      category: 'fluency/punctuation'
    })
  }
}

function checkSpaced(context: RuleContext<Options>, paragraph: Paragraph, tokens: TextWord[], index: number): void {
  const token = tokens[index]!
  const previous = tokens[index - 1]
  if (!previous || !capitalised.test(token.value)) return
  const text = paragraph.text
  const between = text.slice(previous.end, token.start)
  if (!lowercaseWord.test(previous.value) || namingWords.has(previous.value)) return
  if (clauseComma.test(between)) {
    checkAfterComma(context, paragraph, tokens, index)
    return
  }
  if (!spaces.test(between)) return
  // A small word between capitals is a title in Title Case: "Completed in Most of Regions".
  const before = tokens[index - 2]
  const afterCapital = before !== undefined && spaces.test(text.slice(before.end, previous.start)) && /^\p{Lu}/u.test(before.value)
  if (afterCapital && titleSmallWords.has(previous.value)) return
  const next = tokens[index + 1]
  const nextJoined = next !== undefined && spaces.test(text.slice(token.end, next.start))
  // A run of capitalised words is a name or a title in Title Case.
  if (nextJoined && /^\p{Lu}/u.test(next.value)) return
  const nextLowercase = nextJoined && /^\p{Ll}/u.test(next.value)
  const lower = token.value.toLowerCase()

  if (sentenceStarters.has(lower)) {
    if (nextLowercase) reportLostEnd(context, paragraph, token)
    return
  }

  if (!verbSlots.has(previous.value)) {
    // An imperative or a past form left from a lost sentence end:
    // "…of the county Strengthen the leadership", "…the branch Compiled a guide".
    if ((verbBaseForms.has(lower) || verbPastForms.has(lower)) && !afterCapital && nextJoined && objectStarters.has(next.value)) {
      reportLostEnd(context, paragraph, token)
    }
    return
  }
  const loose = looseSlots.has(previous.value)
  if (loose && previous.value !== 'to' && endsPair(text, tokens, index, lower)) {
    reportLowercase(context, paragraph, token, lower)
    return
  }
  if (!verbs.has(lower)) {
    if (!adverbEnding.test(lower) || namesInLy.has(lower)) return
    // After `and` or `to`, an adverb only before a verb: "and Consciously accept".
    if (loose && !(nextLowercase && verbs.has(next!.value))) return
  }
  if (loose) {
    // "Research and Develop", "Hunan and Hubei": a conjunction inside a name.
    if (!nextLowercase || afterCapital) return
  }
  reportLowercase(context, paragraph, token, lower)
}

/**
 * A capitalised verb, `-ly` adverb or determiner right after a comma, with
 * the clause going on in lowercase ("one street, Participate in…",
 * "reported at once, Any unit…"): two Chinese clauses joined, the second
 * keeping the capital of a sentence. Names, organs and places after a comma
 * are not such words, and a run of capitals ("…, The Hague") is passed over.
 */
function checkAfterComma(context: RuleContext<Options>, paragraph: Paragraph, tokens: TextWord[], index: number): void {
  const token = tokens[index]!
  const next = tokens[index + 1]
  if (!next || !spaces.test(paragraph.text.slice(token.end, next.start)) || !lowercaseWord.test(next.value)) return
  const lower = token.value.toLowerCase()
  const adverb = adverbEnding.test(lower) && !namesInLy.has(lower)
  if (adverb || verbBaseForms.has(lower) || verbPastForms.has(lower) || clauseDeterminers.has(lower)) {
    reportLostEnd(context, paragraph, token)
  }
}

/**
 * Whether the word at `index` closes a pair of common words ("with joy and
 * Contentment.", "ease and Confidence in…"): a lowercase word before `and`,
 * an abstract noun or an adjective by its ending, and a mark or a lowercase
 * word right after it.
 */
function endsPair(text: string, tokens: TextWord[], index: number, lower: string): boolean {
  const token = tokens[index]!
  const before = tokens[index - 2]
  if (!before || !lowercaseWord.test(before.value) || !spaces.test(text.slice(before.end, tokens[index - 1]!.start))) return false
  const next = tokens[index + 1]
  const goesOn = next !== undefined && spaces.test(text.slice(token.end, next.start)) && lowercaseWord.test(next.value)
  if (!(clauseEnd.test(text.charAt(token.end)) || goesOn) || lower.length < 6 || namesWithCommonEndings.has(lower)) return false
  return commonWordEndings.some((ending) => lower.endsWith(ending))
}

function reportLostEnd(context: RuleContext<Options>, paragraph: Paragraph, token: TextWord): void {
  const [start, end] = paragraph.sourceRange(token.start, token.end)
  context.report({
    start,
    end,
    reason: `Unexpected capital in \`${token.value}\` inside a sentence: a full stop may be missing before it, or it should be lowercase`,
    category: 'fluency/punctuation'
  })
}

function reportLowercase(context: RuleContext<Options>, paragraph: Paragraph, token: TextWord, lower: string): void {
  const [start, end] = paragraph.sourceRange(token.start, token.end)
  context.report({
    start,
    end,
    reason: `Use lowercase \`${lower}\` inside a sentence`,
    expected: [lower]
  })
}

/**
 * Whether the paragraph is a headline in Title Case: no full stop at its end
 * and most of its longer words capitalised ("Cadres Learn how to Improve the
 * Work Style and Serve the People").
 */
function isTitleCaseHeadline(text: string, tokens: TextWord[]): boolean {
  if (/[.!?。]["'”’)]*\s*$/u.test(text.slice(-4))) return false
  let long = 0
  let capitals = 0
  for (const token of tokens) {
    if (token.value.length < 4) continue
    long++
    if (/^\p{Lu}/u.test(token.value)) capitals++
  }
  return long > 0 && capitals >= long * titleShare
}
