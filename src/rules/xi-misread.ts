import {defineRule} from '../define-rule.js'
import {wordAfter, wordBefore} from '../util/neighbour-words.js'

/** Options of `xi-misread` (none). */
export type Options = Record<string, never>

// A bare `Xi`: not `Xi Jinping`, `Xi's`, `Xi'an`, nor one word of a longer
// name or place (`Xi River`, `Li Xi`).
const bareXi = /(?<![\p{L}\p{N}'’-])Xi(?![\p{L}\p{N}'’-])/gu
// What 学习 stands before in the phrases machine translation garbles:
// 学习贯彻 (study and implement), 学习宣传 (study and publicize),
// 学习领会 (study and understand), 学习践行 (study and practise).
const companionVerb =
  /^(?:implement|carr(?:y|ies|ied|ying)|publici[sz]|propagat|understand|understood|comprehend|practi[cs]|appl(?:y|ies|ied|ying)|master|grasp)/
const studyVerb = /^(?:stud(?:y|ies|ied|ying)|learn(?:s|ed|t|ing)?)$/
const sentenceEnd = /[.!?;\n]/g
// Words that make `Xi` a noun of activity, as no name is: 开展学习 "carry
// out Xi", 深入学习 "in-depth Xi", 集中学习 "concentrated Xi".
const activityBefore = new Set([
  'out', 'depth', 'concentrated', 'centralized', 'centralised', 'collective', 'systematic', 'thematic',
  'theoretical', 'conscientious', 'earnest', 'regular', 'special'
])
// 学习教育 "Xi and education", 学习活动 "Xi activities".
const activityAfter = new Set(['education', 'educational', 'activities', 'sessions', 'seminars', 'materials'])
// What follows "the Xi of" when 学习 is the noun: "the Xi of party history".
const studyObject = new Set([
  'party', 'history', 'theory', 'theories', 'thought', 'documents', 'document', 'spirit', 'constitution',
  'rules', 'regulations', 'laws', 'law', 'policies', 'policy', 'speeches', 'speech', 'important',
  'socialism', 'marxism', 'marxist', 'relevant', 'professional', 'business', 'knowledge', 'skills',
  'revolutionary', 'advanced', 'heroes', 'model', 'models', 'general', 'new', 'the'
])
// Modal verbs and the verbs before `to` after which 学习 is a verb: "students
// should Xi well", "cadres need to Xi the rules".
const modals = new Set(['should', 'must', 'shall', 'will', 'would', 'can', 'could', 'may', 'might', 'cannot'])
const verbsBeforeTo = new Set([
  'need', 'needs', 'needed', 'have', 'has', 'had', 'continue', 'continues', 'strive', 'strives', 'ought', 'want',
  'wants', 'try', 'tries', 'able', 'required', 'encouraged', 'urged', 'asked', 'called', 'keep'
])
// How one studies, right after the verb: "Xi well", "Xi hard", "Xi earnestly".
const studyManner = new Set([
  'well', 'hard', 'carefully', 'seriously', 'earnestly', 'conscientiously', 'diligently', 'thoroughly', 'deeply',
  'further', 'constantly', 'continuously', 'systematically', 'attentively', 'actively'
])

// Words after which `Xi` may be the man himself, as subject or object.
const beforeName = new Set([
  'and', 'or', 'but', 'that', 'as', 'when', 'while', 'because', 'where', 'if', 'whom', 'said', 'says',
  'told', 'met', 'meet', 'with', 'by', 'to', 'of', 'for', 'from', 'after', 'before', 'since', 'than', 'like'
])

/**
 * `xi-misread`: 学习 ("study") misread as the surname Xi, as in "studied Xi
 * implemented Xi Jinping Thought", where no person can be meant.
 */
export default defineRule<Options>(
  {
    id: 'xi-misread',
    description: 'Find `Xi` where 学习 ("study") was misread as the surname Xi.',
    details: [
      'The 习 of 学习 ("study") is also the surname of Xi Jinping, and a machine translation sometimes renders 学习贯彻习近平新时代中国特色社会主义思想 as "studied Xi implemented Xi Jinping Thought". A bare `Xi` is flagged when the full name `Xi Jinping` follows later in the same sentence (news introduces the full name first), or when `Xi` stands between a verb of study and a verb that 学习 pairs with (`implement`, `publicize`, `understand`, `practise`). 学习 as a verb is flagged where only a verb can stand: after a modal verb or a verb and `to`, before a manner of study or its object (`should Xi well`, `need to Xi the rules`). 学习 as a noun is flagged too: `the Xi of party history`, `carry out Xi`, `in-depth Xi`, `Xi and education`, `Xi activities`.',
      '',
      'Only a person can rewrite the sentence ("studied and implemented Xi Jinping Thought"), so the rule flags. `Xi Jinping`, `President Xi`, `Xi said`, `where should Xi go`, `wrote to Xi well before`, `Xi\'s`, `Xi and Li`, `Xi\'an`, `Xi River`, `Li Xi` and `the Xi of 2013` are not flagged.'
    ].join('\n'),
    category: 'accuracy/mistranslation',
    fixes: ['flag'],
    defaultOptions: {},
    examples: [
      {
        name: '学习 read as the surname',
        input: 'The county has carefully studied Xi implemented Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era.',
        messages: ['1:34-1:36: `Xi` is probably 学习 ("study") misread as a surname: check the source']
      },
      {
        name: 'between a verb of study and its companion',
        input: 'Cadres must learn Xi publicize the spirit of the plenary session.',
        messages: ['1:19-1:21: `Xi` is probably 学习 ("study") misread as a surname: check the source']
      },
      {
        name: '学习 as a verb after a modal verb or `need to`',
        input: 'Pupils should Xi well the new rules, and cadres need to Xi the Party Constitution.',
        messages: [
          '1:15-1:17: `Xi` is probably 学习 ("study") misread as a surname: check the source',
          '1:57-1:59: `Xi` is probably 学习 ("study") misread as a surname: check the source'
        ]
      },
      {
        name: '学习 as a noun',
        input:
          'The meeting stressed that the Xi of the Party Constitution must go deeper, organized in-depth Xi of the new rules, and carried out Xi and education among members.',
        messages: [
          '1:31-1:33: `Xi` is probably 学习 ("study") misread as a surname: check the source',
          '1:95-1:97: `Xi` is probably 学习 ("study") misread as a surname: check the source',
          '1:132-1:134: `Xi` is probably 学习 ("study") misread as a surname: check the source'
        ]
      },
      {
        name: 'the president and other names',
        input:
          "Where should Xi go next, and when will Xi speak? Guests wrote to Xi well before the visit. President Xi Jinping met the delegation. Xi said the talks were fruitful, and Xi's speech was studied. Xi and Li visited Xi'an, the Xi River and Li Xi. Xi urged officials to study Xi Jinping Thought, and Xi stressed Xi Jinping Thought on the Rule of Law. They learned Xi said so. The Xi of 2013 differed from the Xi of today, and officials met Xi and education ministers.",
        messages: []
      }
    ]
  },
  function (context) {
    return {
      paragraph(paragraph) {
        const text = paragraph.text
        if (!text.includes('Xi')) return
        // The next `Xi Jinping` and the next sentence end, found once for all the bare names before them.
        let fullName = -1
        let sentenceStop = -1
        const fullNameFollows = (from: number): boolean => {
          if (fullName < from) fullName = indexOrEnd(text, text.indexOf('Xi Jinping', from))
          if (sentenceStop < from) {
            sentenceEnd.lastIndex = from
            sentenceStop = indexOrEnd(text, sentenceEnd.exec(text)?.index ?? -1)
          }
          return fullName < sentenceStop
        }
        bareXi.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = bareXi.exec(text))) {
          const from = match.index
          const to = from + 2
          const next = wordAfter(text, to)
          if (next === 'Jinping' || /^\p{Lu}/u.test(next)) continue
          const previous = wordBefore(text, from)
          if (asVerb(text, from, previous, next)) {
            report(from, to)
            continue
          }
          if (!/^\p{Ll}/u.test(previous) || beforeName.has(previous)) continue
          const misread =
            (studyVerb.test(previous) && companionVerb.test(next)) ||
            activityBefore.has(previous) ||
            activityNoun(text, to, next) ||
            (previous === 'the' && next === 'of' && studyObject.has(objectAfterOf(text, to))) ||
            fullNameFollows(to)
          if (misread) report(from, to)
        }

        function report(from: number, to: number): void {
          const [start, end] = paragraph.sourceRange(from, to)
          context.report({
            start,
            end,
            reason: '`Xi` is probably 学习 ("study") misread as a surname: check the source',
            expected: []
          })
        }
      }
    }
  }
)

// Whether `Xi` at `from` stands where only a verb can, after a modal verb or
// a verb and `to`, with a manner of study or its object after it: "should Xi
// well", "need to Xi the rules" (a question, "should Xi go?", has a verb after).
function asVerb(text: string, from: number, previous: string, next: string): boolean {
  if (!studyManner.has(next) && !(studyObject.has(next) && next !== 'new' && next !== 'general')) return false
  if (modals.has(previous)) return true
  if (previous !== 'to') return false
  let end = from
  while (end > 0 && text[end - 1] === ' ') end--
  return verbsBeforeTo.has(wordBefore(text, end - previous.length))
}

// Whether `Xi` names an activity by the words after it: "Xi activities",
// "Xi and education", "the Xi and implementation of" (学习贯彻 as a noun).
function activityNoun(text: string, to: number, next: string): boolean {
  if (activityAfter.has(next)) return true
  if (next !== 'and') return false
  const companion = wordAfter(text, text.indexOf('and', to) + 3)
  return activityAfter.has(companion) || companionVerb.test(companion)
}

// The word after "of" that follows `Xi` at `to`, lowercased; "" before a number ("the Xi of 2012").
function objectAfterOf(text: string, to: number): string {
  const afterOf = text.indexOf('of', to) + 2
  const object = wordAfter(text, afterOf).toLowerCase()
  if (object !== 'the') return object
  const afterThe = text.indexOf('the', afterOf) + 3
  return wordAfter(text, afterThe) === '' ? '' : object
}

function indexOrEnd(text: string, index: number): number {
  return index === -1 ? text.length : index
}
