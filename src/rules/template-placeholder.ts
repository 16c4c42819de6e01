import {defineRule} from '../define-rule.js'
import {wordAfter, wordBefore} from '../util/neighbour-words.js'

/** Options of `template-placeholder` (none). */
export type Options = Record<string, never>

// Candidates: a run of x's or X's, a year with x's ("20xx", "201X"), a run of
// ×, ○ or 〇, and a short bracketed word. Each is judged by its neighbours.
// A telephone or ID number with its digits masked ("0817-XXXXXXX",
// "138****5678") comes first, so its area code stays with it.
const candidate =
  /(?<![\p{L}\p{N}_@/.-])\d{2,4}-?(?:[xX×*]{3,11}|[xX×*]{3,4}-[xX×*]{3,4})\d{0,4}(?![\p{L}\p{N}_@/-])|(?<![\p{L}\p{N}_@/.-])(?:(?:19|20)(?:\d[xX×]|[xX×]{2})|[xX]{2,11})(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])|[×○〇]{2,}|(?<![\p{L}\p{N}*])\*{3,6}(?![\p{L}\p{N}*])|[[【][\p{L} ]{1,26}[\]】]/gu
const maskedNumber = /^\d{2,4}-?[xX×*]{3}/
const yearPlaceholder = /^(?:19|20)/
// Words a placeholder stands before in a template ("XX County", "XX yuan",
// "XX said"): no Roman numeral or chromosome does.
const placeholderNouns = new Set([
  'said', 'says', 'stressed', 'pointed', 'noted', 'attended', 'presided', 'delivered', 'visited',
  'county', 'city', 'town', 'township', 'village', 'district', 'province', 'prefecture', 'street', 'road',
  'community', 'company', 'co', 'group', 'bureau', 'department', 'committee', 'commission', 'school',
  'hospital', 'university', 'unit', 'branch', 'office', 'station', 'team', 'yuan', 'people', 'persons',
  'households', 'times', 'years', 'year', 'months', 'days', 'cases', 'square', 'meters', 'kilometers', 'mu',
  'tons', 'copies', 'pieces', 'items'
])
// Titles a name follows ("Comrade XX").
const titlesBefore = new Set([
  'comrade', 'mr', 'ms', 'mrs', 'dr', 'secretary', 'director', 'mayor', 'chairman', 'governor', 'magistrate',
  'head', 'chief', 'manager', 'teacher', 'professor'
])
// What a Roman numeral or a model number names ("the XXX Olympiad", "the 20XX series").
const numberedNames = new Set([
  'olympiad', 'olympic', 'olympics', 'games', 'winter', 'summer', 'century', 'congress', 'corps', 'legion',
  'dynasty', 'series', 'model', 'models', 'chromosome', 'chromosomes', 'karyotype', 'international'
])
// Bracketed words of a template: "[name]", "【date】". Curly braces are left
// alone: software documentation writes types in them ("{number}").
const bracketWords = new Set([
  'name', 'names', 'date', 'time', 'place', 'location', 'title', 'number', 'company', 'company name',
  'organization', 'unit', 'unit name', 'address', 'phone', 'email', 'author', 'editor', 'city', 'county',
  'year', 'month', 'day', 'amount', 'xx', 'xxx'
])

/**
 * `template-placeholder`: a placeholder of a page template left in the text
 * ("from 20xx to 20xx", "XX County", "Comrade ××", "[name]").
 */
export default defineRule<Options>(
  {
    id: 'template-placeholder',
    description: 'Find template placeholders left in the text.',
    details: [
      'Government pages are often written from templates, and a page published before its blanks were filled keeps them: `from 20xx to 20xx`, `XX County`, `Comrade ××`, `○○ Village`, `[name]`. Only a person can fill them in, so the rule flags.',
      '',
      'A telephone number with its digits masked (`0817-XXXXXXX`, `138****5678`) is a blank as well. A year with x\'s, a run of `×`, `○` or lowercase `xx`, three or more capital X\'s and a bracketed template word (`[name]`, `【date】`) are placeholders; so are asterisks after a title or before a template noun (`Comrade ***`). Two capital X\'s are a Roman numeral or a chromosome unless a template noun follows (`XX County`, `XX yuan`) or a title comes before (`Comrade XX`). Roman numerals (`the XX Olympic Winter Games`, `the XXX Olympiad`), model numbers (`the 20XX series`), `XXL`, `Xbox`, a rating (`rated ****`), `[sic]` and a type in braces (`{number}`) are not flagged.'
    ].join('\n'),
    category: 'other/source issue',
    fixes: ['flag'],
    defaultOptions: {},
    examples: [
      {
        name: 'a year and a county left blank',
        input: 'From 20xx to 20xx, the inspection group of XX County visited Comrade ×× at home.',
        messages: [
          '1:6-1:10: Fill in the template placeholder `20xx`',
          '1:14-1:18: Fill in the template placeholder `20xx`',
          '1:44-1:46: Fill in the template placeholder `XX`',
          '1:70-1:72: Fill in the template placeholder `××`'
        ]
      },
      {
        name: 'bracketed blanks and lowercase x\'s',
        input: 'The award went to [name] of xxx village on 【date】.',
        messages: [
          '1:19-1:25: Fill in the template placeholder `[name]`',
          '1:29-1:32: Fill in the template placeholder `xxx`',
          '1:44-1:50: Fill in the template placeholder `【date】`'
        ]
      },
      {
        name: 'masked telephone numbers and names',
        input: 'Hotline: 0571-XXXXXXX or 139****2468; contact Comrade *** of the XX Street office.',
        messages: [
          '1:10-1:22: Fill in the template placeholder `0571-XXXXXXX`',
          '1:26-1:37: Fill in the template placeholder `139****2468`',
          '1:55-1:58: Fill in the template placeholder `***`',
          '1:66-1:68: Fill in the template placeholder `XX`'
        ]
      },
      {
        name: 'Roman numerals, chromosomes and models',
        input:
          'The XX Olympic Winter Games and the Games of the XXX Olympiad were held; the XX chromosome pair; the 20XX series of chips; an XXL shirt, an Xbox, a {number} type and [sic] notes; up 19x from 2021; the hotel was rated ****, and a 3x4 grid.',
        messages: []
      }
    ]
  },
  function (context) {
    return {
      paragraph(paragraph) {
        const text = paragraph.text
        candidate.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = candidate.exec(text))) {
          const placeholder = match[0]
          const from = match.index
          const to = from + placeholder.length
          if (!isPlaceholder(text, placeholder, from, to)) continue
          const [start, end] = paragraph.sourceRange(from, to)
          context.report({start, end, reason: `Fill in the template placeholder \`${placeholder}\``, expected: []})
        }
      }
    }
  }
)

function isPlaceholder(text: string, placeholder: string, from: number, to: number): boolean {
  const opener = placeholder[0]!
  if (opener === '[' || opener === '【') return bracketWords.has(placeholder.slice(1, -1).trim().toLowerCase())
  if ('×○〇'.includes(opener)) return true
  if (maskedNumber.test(placeholder)) return true
  const next = wordAfter(text, to).toLowerCase()
  if (numberedNames.has(next)) return false
  if (yearPlaceholder.test(placeholder)) return true
  // Asterisks rate and decorate ("rated ****"): only a name or a number they stand for is a blank.
  if (opener === '*') return placeholderNouns.has(next) || titlesBefore.has(wordBefore(text, from, true).toLowerCase())
  if (placeholder === placeholder.toLowerCase()) return true
  if (placeholder.length >= 3) return true
  return placeholderNouns.has(next) || text[to] === '%' || titlesBefore.has(wordBefore(text, from, true).toLowerCase())
}
