import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {phraseFinder, phraseKey, phrasesByKey} from '../src/glossary/match.js'
import {shippedGlossary, type GlossaryEntry} from '../src/glossary/index.js'

const seed = Number(process.env.PROPERTY_SEED ?? 20_240_917)

// The definition the finder must keep: one case-insensitive alternation of
// every phrase, longest first, whole words only, searched through the text.
function reference(entries: readonly GlossaryEntry[], text: string): Array<[number, number, string]> {
  const byKey = phrasesByKey(entries)
  const keys = [...byKey.keys()].filter((key) => key.length > 0).sort((a, b) => b.length - a.length)
  if (keys.length === 0) return []
  const alternatives = keys.map((key) =>
    key
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]"))
      .join('[ \\t\\u00A0]+')
  )
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`,
    'giu'
  )
  const found: Array<[number, number, string]> = []
  for (const match of text.matchAll(pattern)) {
    const phrase = byKey.get(phraseKey(match[0]))
    if (phrase) found.push([match.index, match.index + match[0].length, phrase.value])
  }
  return found
}

function found(entries: readonly GlossaryEntry[], text: string): Array<[number, number, string]> {
  return phraseFinder(entries)
    .find(text)
    .map(({start, end, phrase}) => [start, end, phrase.value])
}

// A table with phrases that share first words, a digit, a hyphen, an
// apostrophe, a comma and a letter beyond ASCII.
const table: GlossaryEntry[] = [
  {official: 'grassroots', variants: ['grass-roots', 'grass roots']},
  {official: 'COVID-19', variants: ['new crown pneumonia']},
  {official: 'Belt and Road Initiative', variants: ['One Belt, One Road', 'One Belt One Road']},
  {official: 'the municipal Party committee', variants: ['the Commission']},
  {official: 'the Party’s line', variants: ["the party's route", 'café society']},
  {official: 'mass line', variants: ['masses line', 'mass route']},
  {official: 'kick-off', variants: ['kick off']}
]

const tricky = [
  'Grass-roots and GRASSROOTS, grass  roots and grass\u00A0roots.',
  'xgrassroots, grassrootsx, 5grassroots, grassroots5, _grassroots, a-grassroots, grassroots-b, grassroots-.',
  'The ſecond: Grasſroots, graſs roots, the CommiſSion; ſ grassroots \u212A grassroots.',
  // The Kelvin sign is a k to case-insensitive matching, and stays one lowercased.
  '\u212Aick off, kic\u212A off, ki\u212Ack off, \u212Aick-off; graſs roots grass roots.',
  'One Belt, One Road; one belt one road; one belt,one road.',
  'Bathe Commission, the commissions, the Commission’s, the Commission.',
  'The Party’s line, the party’s route, the party\'s route, Café society, CAFÉ SOCIETY.',
  'New crown pneumonia and COVID-19 and covid-19s; the masses line and the mass route.',
  '“the Commission” — éthe Commission, thé Commission, 中the Commission, the\tCommission.'
]

describe('phraseFinder', () => {
  it.each(tricky)('finds what the whole alternation finds: %s', (text) => {
    expect(found(table, text)).toEqual(reference(table, text))
  })

  it('finds what the whole alternation finds, for every shipped table', () => {
    const text = tricky.join('\n') + ' Secretary General, secretary-general, the Commission, at the basic level.'
    for (const entries of Object.values(shippedGlossary)) expect(found(entries, text)).toEqual(reference(entries, text))
  })

  it('keeps a table whose phrases start beyond ASCII or hold a long s', () => {
    const odd: GlossaryEntry[] = [
      {official: '5G network', variants: ['fifth-generation network']},
      {official: 'Ésope', variants: ['ésop', 'paſs']}
    ]
    const text = 'The 5G network, Ésope, ÉSOP and pass, paſs, PASS.'
    expect(found(odd, text)).toEqual(reference(odd, text))
    expect(found(odd, text).map(([, , value]) => value)).toEqual(['5G network', 'Ésope', 'ésop', 'paſs'])
  })

  it('finds what the whole alternation finds in any text of glossary fragments', () => {
    const fragment = fc.constantFrom(
      'grass', 'roots', 'grassroots', '-', ' ', '  ', '\u00A0', 'the', 'The', 'Commission', 'commiſsion', '\u212A', 'ſ',
      'kick', 'ki', 'ck', 'off',
      'one', 'belt', ',', 'road', 'One Belt', 'new crown', 'pneumonia', 'covid', '-19', '5', '_', 'é', '中', "'", '’',
      'party', 's', 'mass', 'masses', 'line', 'route', 'café', 'society', '\n'
    )
    fc.assert(
      fc.property(fc.array(fragment, {maxLength: 30}), (pieces) => {
        const text = pieces.join('')
        expect(found(table, text)).toEqual(reference(table, text))
      }),
      {seed, numRuns: 2000}
    )
  })
})
