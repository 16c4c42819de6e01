import {shippedGlossary} from '../glossary/index.js'
import {casedLike, droppableArticle, isExcepted, phraseFinder, phraseKey} from '../glossary/match.js'
import type {GlossaryEntry} from '../glossary/types.js'
import {defineRule} from '../define-rule.js'
import {ownCopy} from '../util/own-copy.js'
import {isTitleCase, titleCased} from '../util/title-case.js'

/** Options of `term-consistency`. */
export interface Options {
  /** The text is about the Communist Party of China: apply word variants (`party construction` → `Party building`) as SAFE fixes too. Default: `false`. */
  cpcContext: boolean
}

interface Occurrence {
  start: number
  end: number
  actual: string
  /** The source text of `[start, end)` (markup included), for the report at the end. */
  source: string
  /** The form as written, normalised: what makes two renderings different. */
  form: string
  entry: GlossaryEntry
  official: boolean
  /** The article replaced with the variant ("the "), when the official form takes none. */
  article?: string
  /** Written in Title Case before another capitalised word: part of a name. */
  inName: boolean
}

/**
 * `term-consistency`: one concept rendered several ways in one document
 * ("grass-roots" and "grassroots", "party construction" and "Party
 * building"). The forms come from the glossary's `terms`, official form first.
 */
export default defineRule<Options>(
  {
    id: 'term-consistency',
    description: 'Find a term written in more than one way in a document, and use its official form throughout.',
    details:
      'Concepts come from the `terms` table of the glossary (extend or override it with the `glossary` option). A variant is flagged only when the document also uses another form of the same concept, and the official form is always the one expected, whichever is more frequent. A spelling variant (`grass-roots`) is replaced safely; another word (`party construction`) is a suggestion unless `cpcContext` is set. Case does not make a different form: capitalisation of Party terms is `party-capitalization`\'s business. A variant in Title Case after a capitalised word ends a proper name (`the CPC Lishui County Committee`) and is left alone; one in Title Case elsewhere (`the Party Construction Network`) gets the official form in Title Case. An entry marked `noArticle` (`Party building`) takes the article with a variant that ends its noun phrase (`strengthen the party construction.` → `strengthen Party building.`), and an entry with `requires` counts only in a document that contains one of those phrases (`patrol` is an inspection only beside an `inspection group`).',
    category: 'terminology/inconsistent',
    fixes: ['safe', 'suggest'],
    defaultOptions: {cpcContext: false},
    examples: [
      {
        name: 'hyphenated and closed spellings',
        input: 'Grass-roots officials met.\n\nThey praised grassroots work and grass-roots Party organizations.',
        messages: [
          '1:1-1:12: Unexpected `Grass-roots` where the document also writes `grassroots`; use `Grassroots`',
          '3:34-3:45: Unexpected `grass-roots` where the document also writes `grassroots`; use `grassroots`'
        ],
        output: 'Grassroots officials met.\n\nThey praised grassroots work and grassroots Party organizations.'
      },
      {
        name: 'another word for Party building',
        input: 'We must improve Party building. The party construction work of the city lags behind.',
        messages: [
          '1:37-1:55: Unexpected `party construction` where the document also writes `Party building`; use `Party building`'
        ],
        outputAll: 'We must improve Party building. The Party building work of the city lags behind.'
      },
      {
        name: 'option cpcContext makes word variants safe',
        input: 'We must improve Party building. The party construction work of the city lags behind.',
        options: {cpcContext: true},
        messages: [
          '1:37-1:55: Unexpected `party construction` where the document also writes `Party building`; use `Party building`'
        ],
        output: 'We must improve Party building. The Party building work of the city lags behind.'
      },
      {
        name: 'two variants with no official form in sight',
        input: 'The municipal committee met. The municipal Party committee agreed.',
        messages: [
          '1:5-1:24: Unexpected `municipal committee` where the document also writes `municipal Party committee`; use `municipal Party committee`'
        ],
        outputAll: 'The municipal Party committee met. The municipal Party committee agreed.'
      },
      {
        name: 'plain English that looks like a variant',
        input: 'Extend grassroots Party organizations to the most basic level.',
        messages: []
      },
      {name: 'one form throughout', input: 'Grass-roots officials met and praised grass-roots work.', messages: []},
      {name: 'the official form throughout', input: 'Grassroots officials met and praised grassroots work.', messages: []},
      {name: 'case alone is not another form', input: 'Party building matters; party building is a duty.', messages: []},
      {
        name: 'a variant that ends its noun phrase goes with its article',
        input: 'We must improve Party building and strengthen the party construction.',
        messages: [
          '1:47-1:69: Unexpected `the party construction` where the document also writes `Party building`; use `Party building`'
        ],
        outputAll: 'We must improve Party building and strengthen Party building.'
      },
      {
        name: 'the building of a Party body is no variant',
        input: 'Party building comes first, and so does the construction of the party organization in every village.',
        messages: []
      },
      {
        name: 'a variant in Title Case keeps its capitals',
        input: 'Party building news is on the Party Construction Network.',
        messages: [
          '1:31-1:49: Unexpected `Party Construction` where the document also writes `Party building`; use `Party Building`'
        ],
        outputAll: 'Party building news is on the Party Building Network.'
      },
      {
        name: 'a committee named in full',
        input: 'The CPC Lishui County Committee met. The county Party committee agreed.',
        messages: []
      },
      {
        name: 'a Party inspection called a patrol',
        input: 'The inspection group of the county Party committee made a routine patrol of the bureau.',
        messages: ['1:67-1:73: Unexpected `patrol` where the document also writes `inspection`; use `inspection`'],
        outputAll: 'The inspection group of the county Party committee made a routine inspection of the bureau.'
      },
      {
        name: 'a police patrol beside an inspection',
        input: 'Police on patrol helped the safety inspection of the bridge.',
        messages: []
      },
      {
        name: 'the full name of a committee',
        input: 'The Beijing Municipal Committee of the CPC met. The municipal Party committee agreed.',
        messages: []
      }
    ]
  },
  function (context) {
    const table = (context.glossary ?? shippedGlossary).terms
    const finder = phraseFinder(table)
    const occurrences = new Map<string, Occurrence[]>()
    const officialSeen = new Set<string>()
    const requirements = [...new Set(table.flatMap((entry) => entry.requires ?? []).map(phraseKey))]
    const requirementsSeen = new Set<string>()

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        if (requirements.length > requirementsSeen.size) {
          const lower = phraseKey(text)
          for (const phrase of requirements) if (lower.includes(phrase)) requirementsSeen.add(phrase)
        }
        for (const {start, end, phrase} of finder.find(text)) {
          if (isExcepted(text, start, end, phrase.entry)) continue
          const written = text.slice(start, end)
          if (!phrase.official && isPartOfName(text, start, written)) continue
          // "strengthen the party construction." loses its article with the variant.
          const articleStart = phrase.entry.noArticle && !phrase.official ? droppableArticle(text, start, end) : undefined
          const [sourceStart, sourceEnd] = paragraph.sourceRange(articleStart ?? start, end)
          const concept = conceptOf(phrase.entry)
          const list = occurrences.get(concept) ?? []
          const form = singularKey(phraseKey(written))
          // Official forms are never reported, and only the first of each is
          // named in a message: one is kept, not every occurrence.
          if (phrase.official) {
            const key = `${concept}\u0000${form}`
            if (officialSeen.has(key)) continue
            officialSeen.add(key)
          }
          // Kept to the end of the document: copies, not views into the paragraph.
          const actual = ownCopy(written)
          const source = context.slice(sourceStart, sourceEnd)
          list.push({
            start: sourceStart,
            end: sourceEnd,
            actual,
            source: source === actual ? actual : ownCopy(source),
            form: form === written ? actual : ownCopy(form),
            entry: phrase.entry,
            official: phrase.official,
            article: articleStart === undefined ? undefined : ownCopy(text.slice(articleStart, start)),
            inName: isTitleCase(written) && /^[ \t\u00A0]+\p{Lu}/u.test(text.slice(end, end + 3))
          })
          occurrences.set(concept, list)
        }
      },
      end() {
        for (const list of occurrences.values()) {
          const forms = new Set(list.map((occurrence) => occurrence.form))
          if (forms.size < 2) continue
          for (const occurrence of list) {
            if (occurrence.official) continue
            const {requires} = occurrence.entry
            if (requires && !requires.some((phrase) => requirementsSeen.has(phraseKey(phrase)))) continue
            const other =
              list.find((candidate) => candidate.official && candidate.form !== occurrence.form) ??
              list.find((candidate) => candidate.form !== occurrence.form)!
            const expected = replacementFor(occurrence)
            if (expected === occurrence.source) continue
            const written = occurrence.article === undefined ? occurrence.actual : `${occurrence.article}${occurrence.actual}`
            context.report({
              start: occurrence.start,
              end: occurrence.end,
              actual: occurrence.source,
              reason: `Unexpected \`${written}\` where the document also writes \`${other.actual}\`; use \`${expected}\``,
              expected: [expected],
              fix: occurrence.entry.fix === 'safe' || context.options.cpcContext ? 'safe' : 'suggest'
            })
          }
        }
      }
    }
  }
)

// The official form cased as the variant was: a variant in Title Case before
// another capitalised word is part of a name ("Party Construction Network"),
// so every word of the replacement takes a capital; a variant whose article
// goes with it lends the article's capital at a sentence start.
function replacementFor(occurrence: Occurrence): string {
  const {official} = occurrence.entry
  if (occurrence.inName) return titleCased(official)
  return casedLike(official, occurrence.article === undefined ? occurrence.actual : occurrence.article)
}

// Words before a Title Case variant that make it the end of a proper name
// ("the CPC Jiahe County Committee"), unlike determiners at a sentence start.
const determiners = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Its', 'Our', 'Their', 'Each', 'Every'])

// Whether `written`, at `start` of `text`, ends a proper name: written in
// capitals after another capitalised word.
function isPartOfName(text: string, start: number, written: string): boolean {
  if (!/^\p{Lu}/u.test(written) || !isTitleCase(written)) return false
  // redos: the input is the 40 characters before the term
  const before = /([\p{L}\p{N}]+)[ \t\u00A0]+$/u.exec(text.slice(Math.max(0, start - 40), start))
  return before !== null && /^\p{Lu}/u.test(before[1]!) && !determiners.has(before[1]!)
}

// One rendering in the singular and the plural ("county committee",
// "county committees") is one form, not two.
function singularKey(key: string): string {
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`
  return key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : key
}

function conceptOf(entry: GlossaryEntry): string {
  return phraseKey(entry.concept ?? entry.official)
}
