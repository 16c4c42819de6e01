import {defineRule} from '../define-rule.js'

/** Options of `untranslated`. */
export interface Options {
  /** Share of Chinese characters among the letters of a target above which it counts as left in Chinese. Default: `0.5`. */
  chineseShare: number
}

const han = /\p{Script=Han}/gu
const latinLetter = /\p{Script=Latin}/gu
const meaningful = /[\p{L}\p{N}]/u

/**
 * `untranslated`: a segment whose English is empty, a copy of its Chinese
 * source, or mostly Chinese.
 */
export default defineRule<Options>(
  {
    id: 'untranslated',
    description: 'Find segments left untranslated: an empty target, a copy of the source, or a target mostly in Chinese.',
    details: [
      'Bilingual input only (translation files, `--source`, `checkPairs`). The rule reads each segment whole:',
      '',
      '- an empty target (or one of spaces alone) for a source with text: reported with no width at the place of the target;',
      '- a target that repeats the source, when the source has Chinese in it;',
      '- a target whose letters are mostly Chinese characters (option `chineseShare`).',
      '',
      'A source that is only a figure, a code, an address or a name in Latin letters may be copied as it is ("CBA", "5G", "https://…"), and a segment whose source is empty has nothing to translate: neither is reported.',
      'Chinese words inside an English target are left to `cjk-residue`, which names each run; this rule reports only targets that are not English at all.',
      '',
      'Only flagged: the segment needs a translator.'
    ].join('\n'),
    category: 'accuracy/untranslated',
    fixes: ['flag'],
    defaultOptions: {chineseShare: 0.5},
    examples: [
      {
        name: 'a target that copies the source',
        source: '会议强调，要抓好春耕生产。\n\n农机去哪里修？',
        input: 'The meeting stressed spring farming.\n\n农机去哪里修？',
        messages: ['3:1-3:8: The target repeats its Chinese source: the segment is untranslated']
      },
      {
        name: 'an empty target',
        source: '会议强调，要抓好春耕生产。\n\n农机去哪里修？\n\n各乡镇设立了维修点。',
        input: 'The meeting stressed spring farming.\n\n\n\nEvery township has set up a repair point.',
        messages: ['3:1-3:1: The target is empty: the segment `农机去哪里修？` is untranslated']
      },
      {
        name: 'a target mostly in Chinese',
        source: '本报长沙3月8日讯',
        input: '本报长沙 March 8日讯',
        messages: ['1:1-1:15: The target is mostly Chinese: the segment is untranslated']
      },
      {
        name: 'a code copied as it is',
        source: 'CBA\n\n5G\n\nhttps://example.org/report',
        input: 'CBA\n\n5G\n\nhttps://example.org/report',
        messages: []
      },
      {
        name: 'a Chinese gloss in an English target',
        source: '坚决做到“两个维护”。',
        input: 'Resolutely uphold the Two Upholds (两个维护).',
        messages: []
      },
      {
        name: 'options: a lower share of Chinese',
        source: '本报长沙3月8日讯',
        input: 'Our paper 长沙 March 8',
        options: {chineseShare: 0.1},
        messages: ['1:1-1:21: The target is mostly Chinese: the segment is untranslated']
      },
      {name: 'no source: nothing to compare', input: '农机去哪里修？', messages: []}
    ]
  },
  function (context) {
    return {
      segment(segment) {
        const {source, target} = segment
        if (!meaningful.test(source)) return
        const trimmedStart = target.length - target.trimStart().length
        const trimmed = target.trim()
        if (trimmed.length === 0) {
          context.report({
            start: segment.start,
            end: segment.start,
            actual: '',
            reason: `The target is empty: the segment \`${shorten(source.trim())}\` is untranslated`
          })
          return
        }
        const hanCount = count(trimmed, han)
        if (hanCount === 0) return
        const start = segment.start + trimmedStart
        const end = start + trimmed.length
        if (normalise(trimmed) === normalise(source)) {
          context.report({start, end, actual: trimmed, reason: 'The target repeats its Chinese source: the segment is untranslated'})
          return
        }
        if (hanCount / (hanCount + count(trimmed, latinLetter)) > context.options.chineseShare) {
          context.report({start, end, actual: trimmed, reason: 'The target is mostly Chinese: the segment is untranslated'})
        }
      }
    }
  }
)

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '')
}

// A long source is named by its opening words.
function shorten(text: string): string {
  return text.length <= 20 ? text : `${text.slice(0, 20)}…`
}
