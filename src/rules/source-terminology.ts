import {shippedGlossary} from '../glossary/index.js'
import {casedLike, isExcepted, phraseFinder, type PhraseMatch} from '../glossary/match.js'
import {glossarySections, type Glossary, type GlossaryEntry} from '../glossary/types.js'
import {defineRule} from '../define-rule.js'
import type {Segment} from '../rule.js'

/** Options of `source-terminology` (none: the terms come from the `zh` fields of the `glossary` option). */
export type Options = Record<string, never>

/** The glossary's entries for one Chinese term, table by table (纪委 is both a title and a term). */
interface SourceTerm {
  zh: string
  parts: TermPart[]
}

/** The entries of one table for a term. */
interface TermPart {
  /** The table the entries come from: its phrase finder reads the target. */
  table: readonly GlossaryEntry[]
  /** Entries that carry the term in `zh`: their variants are the term's wrong renderings. */
  entries: ReadonlySet<GlossaryEntry>
  /** Those entries and the entries of their concepts: any of their official forms renders the term. */
  accepted: ReadonlySet<GlossaryEntry>
  /** Whether the table names things (titles, slogans), which a target must name too. */
  named: boolean
}

/** The Chinese terms of a glossary, longest first, so that 副县长 is read before 县长. */
type TermIndex = readonly SourceTerm[]

/**
 * `source-terminology`: where a translation's source holds a Chinese term the
 * glossary knows (`zh`), the target uses that entry's official rendering.
 */
export default defineRule<Options>(
  {
    id: 'source-terminology',
    description: 'Check that a Chinese term of the glossary is translated with its official rendering.',
    details: [
      'A bilingual rule: it reads each segment\'s Chinese source beside its English target. A glossary entry may name the Chinese term it renders (`zh`: `组织部部长` for "head of the Organization Department"); where a source holds that term, the target must hold the entry\'s official form, or the official form of another entry of the same term or concept ("county heads" for 县长, "deputies" for 人大代表). The longest term wins: 副县长 is read as itself, never as 县长.',
      '',
      'When the target holds one of the entry\'s known variants instead, that variant is reported with the official form as the replacement: a safe fix when the entry says its fix is safe (`high quality development`), a suggestion otherwise. When the target holds neither and the entry is a title or a slogan (a name with one rendering), the whole target is reported with no replacement, since only a person can tell which words render it; a term of the `terms` table is a concept that translators paraphrase or leave implicit ("the epidemic" for 新冠肺炎), so only its known variants are reported. The words of an official form in another order or form ("director of the Publicity Department", "revitalize rural areas": all words of a form of one or two, half of a longer one) count as a rendering. An `except` phrase of the entry ("NATO Secretary General") is left alone; `requires` is not needed, the source being proof of the term.'
    ].join('\n'),
    category: 'terminology/inconsistent',
    fixes: ['safe', 'suggest', 'flag'],
    defaultOptions: {},
    examples: [
      {
        name: 'a Party department head rendered as a minister',
        source: '组织部部长李华出席会议。',
        input: 'Organization department minister Li Hua attended the meeting.',
        messages: [
          '1:1-1:33: The source’s 组织部部长 is rendered as `Organization department minister` here; the glossary’s rendering is `Head of the Organization Department`'
        ],
        outputAll: 'Head of the Organization Department Li Hua attended the meeting.'
      },
      {
        name: 'a spelling variant, fixed',
        source: '推动经济高质量发展。',
        input: 'We will promote high quality development of the economy.',
        messages: [
          '1:17-1:41: The source’s 高质量发展 is rendered as `high quality development` here; the glossary’s rendering is `high-quality development`'
        ],
        output: 'We will promote high-quality development of the economy.'
      },
      {
        name: 'a slogan not named as the glossary names it',
        source: '坚决做到“两个维护”。',
        input: 'We must resolutely act on the "two principles".',
        messages: ['1:1-1:48: The source’s 两个维护 is not rendered here as the glossary’s `Two Upholds`']
      },
      {
        name: 'the longer term is read as itself',
        source: '副县长王明主持会议。\n\n县长李强讲话。',
        input: 'Vice county magistrate Wang Ming presided over the meeting.\n\nCounty magistrate Li Qiang spoke.',
        messages: [
          '1:1-1:23: The source’s 副县长 is rendered as `Vice county magistrate` here; the glossary’s rendering is `Deputy county head`',
          '3:1-3:18: The source’s 县长 is rendered as `County magistrate` here; the glossary’s rendering is `County head`'
        ],
        outputAll: 'Deputy county head Wang Ming presided over the meeting.\n\nCounty head Li Qiang spoke.'
      },
      {
        name: 'official renderings',
        source: '加强基层党建。\n\n副县长王明和两位县长出席。',
        input: 'Strengthen Party building at the grassroots.\n\nDeputy county head Wang Ming and two county heads attended.',
        messages: []
      },
      {
        name: 'a term in other words',
        source: '各级党组织要抓好党建工作。',
        input: 'Party organizations at all levels must do a good job in strengthening themselves.',
        messages: []
      },
      {
        name: 'another entry of the same concept',
        source: '人大代表李华发言。',
        input: 'Li Hua, one of the NPC deputies, spoke.',
        messages: []
      },
      {
        name: 'a target without its source is left alone',
        input: 'Organization department minister Li Hua attended the meeting.',
        messages: []
      }
    ]
  },
  function (context) {
    const terms = termIndex(context.glossary ?? shippedGlossary)

    return {
      segment(segment) {
        if (segment.target.trim() === '' || terms.length === 0) return
        const counts = termsIn(segment.source, terms)
        if (counts.size === 0) return
        const found = new Map<readonly GlossaryEntry[], readonly PhraseMatch[]>()
        const matchesOf = (table: readonly GlossaryEntry[]) => {
          let matches = found.get(table)
          if (!matches) {
            matches = phraseFinder(table).find(segment.target)
            found.set(table, matches)
          }
          return matches
        }
        for (const [term, count] of counts) checkTerm(term, count, matchesOf, segment)
      }
    }

    function checkTerm(
      term: SourceTerm,
      count: number,
      matchesOf: (table: readonly GlossaryEntry[]) => readonly PhraseMatch[],
      segment: Segment
    ): void {
      const target = segment.target
      let rendered = 0
      const wrong: Array<{match: PhraseMatch; part: TermPart}> = []
      for (const part of term.parts) {
        for (const match of matchesOf(part.table)) {
          const {entry} = match.phrase
          if (!part.accepted.has(entry)) continue
          if (match.phrase.official) rendered++
          else if (!isExcepted(target, match.start, match.end, entry) && !wrong.some((other) => other.match.start === match.start)) {
            wrong.push({match, part})
          }
        }
      }
      // An official form the finder does not hold (an entry switched off
      // with `variants: []`, a hyphenated form) or the words of one in
      // another order still render the term.
      if (rendered === 0 && wrong.length === 0 && rendersOfficialForm(target, term)) return
      if (rendered >= count) return

      if (wrong.length === 0) {
        // A term is a concept translators may paraphrase or leave implicit
        // ("the epidemic" for 新冠肺炎, "attract investment" for 招商引资);
        // a title or a slogan is a name with one rendering.
        if (!term.parts.some((part) => part.named)) return
        context.report({
          start: segment.start,
          end: segment.end,
          reason: `The source’s ${term.zh} is not rendered here as the glossary’s \`${term.parts[0]!.entries.values().next().value!.official}\``,
          fix: 'flag'
        })
        return
      }
      for (const {match, part} of wrong) {
        const actual = target.slice(match.start, match.end)
        const {entry} = match.phrase
        const expected = titleCasedLike(casedLike(entry.official, actual), actual)
        context.report({
          start: segment.start + match.start,
          end: segment.start + match.end,
          reason: `The source’s ${term.zh} is rendered as \`${actual}\` here; the glossary’s rendering is \`${expected}\``,
          expected: [expected],
          // Safe only for the entry's own variant: a variant of another
          // entry of the concept may be a different word for the term.
          fix: entry.fix === 'safe' && part.entries.has(entry) ? 'safe' : 'suggest'
        })
      }
    }
  }
)

const indexes = new WeakMap<Glossary, TermIndex>()

function termIndex(glossary: Glossary): TermIndex {
  let index = indexes.get(glossary)
  if (index) return index
  const byTerm = new Map<string, SourceTerm>()
  for (const section of glossarySections) {
    const table = glossary[section]
    const entriesByTerm = new Map<string, GlossaryEntry[]>()
    for (const entry of table) {
      for (const zh of zhTerms(entry)) {
        const entries = entriesByTerm.get(zh)
        if (entries) entries.push(entry)
        else entriesByTerm.set(zh, [entry])
      }
    }
    for (const [zh, entries] of entriesByTerm) {
      const concepts = new Set(entries.map(conceptOf))
      const accepted = new Set(table.filter((entry) => concepts.has(conceptOf(entry))))
      const part: TermPart = {table, entries: new Set(entries), accepted, named: section !== 'terms'}
      const term = byTerm.get(zh)
      if (term) term.parts.push(part)
      else byTerm.set(zh, {zh, parts: [part]})
    }
  }
  index = [...byTerm.values()].sort((a, b) => b.zh.length - a.zh.length)
  indexes.set(glossary, index)
  return index
}

function zhTerms(entry: GlossaryEntry): string[] {
  const zh = entry.zh
  if (zh === undefined) return []
  return (typeof zh === 'string' ? [zh] : zh).map((term) => term.trim()).filter((term) => term !== '')
}

function conceptOf(entry: GlossaryEntry): string {
  return (entry.concept ?? entry.official).toLowerCase()
}

// The terms a source holds and how many times, each place read once by the
// longest term that covers it (副县长 hides the 县长 inside it).
function termsIn(source: string, terms: TermIndex): Map<SourceTerm, number> {
  const counts = new Map<SourceTerm, number>()
  const taken: Array<[number, number]> = []
  for (const term of terms) {
    let from = source.indexOf(term.zh)
    while (from !== -1) {
      const end = from + term.zh.length
      if (!taken.some(([start, stop]) => start < end && from < stop)) {
        counts.set(term, (counts.get(term) ?? 0) + 1)
        taken.push([from, end])
      }
      from = source.indexOf(term.zh, end)
    }
  }
  return counts
}

// A name written in title case ("Health and Health Commission") keeps it:
// "Health Commission", not "Health commission".
function titleCasedLike(replacement: string, actual: string): string {
  const words = actual.split(/[\s-]+/).filter((word) => /^\p{L}/u.test(word))
  if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word) || functionWords.has(word))) return replacement
  return replacement.replace(/(^|[\s-])(\p{Ll})(\p{L}*)/gu, (whole, before: string, first: string, rest: string) =>
    functionWords.has(first + rest) ? whole : before + first.toUpperCase() + rest
  )
}

// Letters and digits only, lowercase: "Party-building" holds "Party building".
function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()
}

// Whether the target holds an accepted official form, or the words of one in
// some order or form (all of one or two words, half of three or more):
// "revitalize rural areas" for "rural revitalization", "director of the
// Publicity Department" for "head of the Publicity Department". A person chose those words; the rule cannot say
// they are wrong. Words are compared by their first five letters, and
// function words and numbers are left out ("stability on six fronts" is
// "stability" and "fronts").
function rendersOfficialForm(target: string, term: SourceTerm): boolean {
  const letters = lettersOf(target)
  const targetStems = new Set(wordsOf(target).map(stem))
  return term.parts.some((part) =>
    [...part.accepted].some((entry) => {
      const official = lettersOf(entry.official)
      if (official !== '' && letters.includes(official)) return true
      const stems = wordsOf(entry.official)
        .filter((word) => !functionWords.has(word))
        .map(stem)
      const present = stems.filter((word) => targetStems.has(word)).length
      return stems.length > 0 && (stems.length <= 2 ? present === stems.length : present * 2 >= stems.length)
    })
  )
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word !== '')
}

function stem(word: string): string {
  return word.slice(0, 5)
}

const functionWords = new Set([
  'a', 'an', 'the', 'of', 'for', 'in', 'on', 'at', 'to', 'and', 'or', 'with', 'by', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'point'
])
