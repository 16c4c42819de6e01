import {shippedGlossary} from '../glossary/index.js'
import {casedLike, isExcepted, phraseFinder, phraseKey} from '../glossary/match.js'
import type {GlossaryEntry} from '../glossary/types.js'
import {defineRule} from '../rule.js'
import {ownCopy} from '../util/own-copy.js'

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
      'Concepts come from the `terms` table of the glossary (extend or override it with the `glossary` option). A variant is flagged only when the document also uses another form of the same concept, and the official form is always the one expected, whichever is more frequent. A spelling variant (`grass-roots`) is replaced safely; another word (`party construction`) is a suggestion unless `cpcContext` is set. Case does not make a different form: capitalisation of Party terms is `party-capitalization`\'s business.',
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

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        for (const {start, end, phrase} of finder.find(text)) {
          if (isExcepted(text, start, end, phrase.entry)) continue
          const [sourceStart, sourceEnd] = paragraph.sourceRange(start, end)
          const concept = conceptOf(phrase.entry)
          const list = occurrences.get(concept) ?? []
          const written = text.slice(start, end)
          const form = phraseKey(written)
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
            official: phrase.official
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
            const other =
              list.find((candidate) => candidate.official && candidate.form !== occurrence.form) ??
              list.find((candidate) => candidate.form !== occurrence.form)!
            const expected = casedLike(occurrence.entry.official, occurrence.actual)
            if (expected === occurrence.actual) continue
            context.report({
              start: occurrence.start,
              end: occurrence.end,
              actual: occurrence.source,
              reason: `Unexpected \`${occurrence.actual}\` where the document also writes \`${other.actual}\`; use \`${expected}\``,
              expected: [expected],
              fix: occurrence.entry.fix === 'safe' || context.options.cpcContext ? 'safe' : 'suggest'
            })
          }
        }
      }
    }
  }
)

function conceptOf(entry: GlossaryEntry): string {
  return phraseKey(entry.concept ?? entry.official)
}
