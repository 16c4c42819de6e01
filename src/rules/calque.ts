import {casedLike, droppableArticle, phraseFinder} from '../glossary/match.js'
import {defineRule} from '../rule.js'
import {calques, type CalqueEntry} from './calque.data.js'

/** Options of `calque`. */
export interface Options {
  /**
   * Calques and their English forms, best first, merged over the shipped
   * table (a suggestion each); `[]` switches a shipped calque off. Default: `{}`.
   */
  phrases: Record<string, string[]>
}

// The word after a match: what a short variant (`new crown`) must be followed by.
const nextWord = /^[ \t\u00A0]+([\p{L}-]+)/u

/**
 * `calque`: a Chinese term or idiom translated word for word ("new crown
 * pneumonia" for 新冠肺炎, "sweeping black and removing evil" for 扫黑除恶)
 * instead of its established English form.
 */
export default defineRule<Options>(
  {
    id: 'calque',
    description: 'Find Chinese terms translated word for word and give their established English forms.',
    details: [
      'Machine translation renders some Chinese terms word by word: 新冠肺炎 becomes `new crown pneumonia` (COVID-19), 扫黑除恶 `sweeping black and removing evil` (combating organized crime), 红红脸、出出汗 `red face and sweating` (blush and sweat). The shipped table holds such calques of Party and government pages with the forms Xinhua, China Daily and the WHO use.',
      '',
      'Where the English form is a fixed name (`COVID-19`, `novel coronavirus`, `the mass line`) the fix is safe; `new crown` alone counts only before a word such as `epidemic`, `vaccine` or `cases`. An idiom gets a suggestion, since the sentence around it often needs rewording. `new coronavirus` and `red-faced and sweating` are English and are not flagged.',
      '',
      'The `phrases` option adds calques with their English forms, best first (`{"three rural issues": ["agriculture, rural areas and farmers"]}`), as suggestions; an empty list switches a shipped calque off (`{"face project": []}`).'
    ].join('\n'),
    category: 'accuracy/mistranslation',
    fixes: ['safe', 'suggest'],
    defaultOptions: {phrases: {}},
    examples: [
      {
        name: 'COVID-19 rendered word for word',
        input:
          'Since the new crown epidemic began, new crown pneumonia cases have fallen and the new crown virus has weakened in the fight against the new crown pneumonia.',
        messages: [
          '1:11-1:20: Expected the established form `COVID-19` for the calque `new crown`',
          '1:37-1:56: Expected the established form `COVID-19` for the calque `new crown pneumonia`',
          '1:83-1:98: Expected the established form `novel coronavirus` for the calque `new crown virus`',
          '1:133-1:156: Expected the established form `COVID-19` for the calque `the new crown pneumonia`'
        ],
        output:
          'Since the COVID-19 epidemic began, COVID-19 cases have fallen and the novel coronavirus has weakened in the fight against COVID-19.'
      },
      {
        name: 'idioms rendered word for word',
        input:
          'The special struggle of sweeping black and removing evil went on, and criticism should make red face and sweating the norm.',
        messages: [
          '1:25-1:57: Expected the established form `combating organized crime` for the calque `sweeping black and removing evil`',
          '1:93-1:114: Expected the established form `blush and sweat` for the calque `red face and sweating`'
        ],
        outputAll:
          'The special struggle of combating organized crime went on, and criticism should make blush and sweat the norm.'
      },
      {
        name: 'a calque from the options',
        input: 'We will solve the three rural issues, and face projects are allowed.',
        options: {phrases: {'three rural issues': ['issues of agriculture, rural areas and farmers'], 'face projects': []}},
        messages: [
          '1:19-1:37: Expected the established form `issues of agriculture, rural areas and farmers` for the calque `three rural issues`'
        ],
        outputAll: 'We will solve the issues of agriculture, rural areas and farmers, and face projects are allowed.'
      },
      {
        name: 'English forms and other crowns',
        input:
          'The new coronavirus spread; the king wore the new crown at the parade; officials were red-faced and sweating; the village chose a new crown design.',
        messages: []
      }
    ]
  },
  function (context) {
    const entries = tableWith(context.options.phrases)
    const finder = phraseFinder(entries)

    return {
      paragraph(paragraph) {
        const text = paragraph.text
        for (const match of finder.find(text)) {
          if (match.phrase.official) continue
          const entry = match.phrase.entry as CalqueEntry
          if (entry.followedBy) {
            const next = nextWord.exec(text.slice(match.end, match.end + 40))
            if (!next || !entry.followedBy.includes(next[1]!.toLowerCase())) continue
          }
          // "against the new crown pneumonia." → "against COVID-19.": a name takes no article.
          const from = entry.noArticle ? (droppableArticle(text, match.start, match.end) ?? match.start) : match.start
          const actual = text.slice(from, match.end)
          const replacement = casedLike(entry.official, actual)
          const alternatives = (entry.alternatives ?? []).map((form) => casedLike(form, actual))
          const [start, end] = paragraph.sourceRange(from, match.end)
          context.report({
            start,
            end,
            reason: `Expected the established form \`${replacement}\` for the calque \`${actual}\``,
            expected: [replacement, ...alternatives],
            fix: entry.fix === 'safe' ? 'safe' : 'suggest'
          })
        }
      }
    }
  }
)

// The shipped calques with a user's phrases over them: a user's phrase
// leaves the shipped entry that had it, and a non-empty one becomes an entry.
function tableWith(phrases: Readonly<Record<string, string[]>>): CalqueEntry[] {
  const keys = Object.keys(phrases)
  if (keys.length === 0) return calques
  const overridden = new Set(keys.map((key) => key.trim().toLowerCase()))
  const shipped = calques.map((entry) => ({
    ...entry,
    variants: entry.variants.filter((variant) => !overridden.has(variant.toLowerCase()))
  }))
  const added = keys.flatMap((key) => {
    const forms = phrases[key]!
    return forms.length === 0 ? [] : [{official: forms[0]!, alternatives: forms.slice(1), variants: [key], fix: 'suggest' as const}]
  })
  return [...shipped, ...added]
}
