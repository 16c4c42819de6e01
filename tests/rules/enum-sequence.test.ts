import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkPairsSync} from '../../src/bilingual/pairs.js'
import {checkSync, fixSync} from '../../src/index.js'

const options = {preset: 'none' as const, rules: {'enum-sequence': 'warn' as const}}
const seed = readFileSync(new URL('../../examples/party-building.txt', import.meta.url), 'utf8')

function reasons(text: string): string[] {
  return checkSync(text, options).messages.map((message) => `${message.actual}: ${message.reason}`)
}

describe('enum-sequence', () => {
  it('finds the lost fifth item of the seed and accepts its second list', () => {
    expect(reasons(seed)).toEqual([
      'To: Expected the list marker `Fifth,` here: the list goes from `Four to` to `Six to`'
    ])
  })

  it('is quiet once every enumeration suggestion is applied to the seed', () => {
    const all = {
      preset: 'none' as const,
      rules: {'enum-cardinal-marker': 'warn' as const, 'enum-sequence': 'warn' as const},
      apply: 'all' as const
    }
    const fixed = String(fixSync(seed, all))
    expect(fixed).toContain('Fifth, play the leading role')
    expect(reasons(fixed)).toEqual([])
  })

  it('does not put a marker before an infinitive that opens a phrase', () => {
    expect(reasons('First, study. To this end, we met. Third, act.')).toEqual([
      'Third: The list goes from `First` to `Third`: item 2 is missing'
    ])
  })

  it('counts a closing "Finally" as the last item', () => {
    expect(reasons('He made three points: first, reform; second, rules. Finally, style.')).toEqual([])
  })

  it('gives a count to the first list after it, not to a nested one', () => {
    expect(reasons('There are two aspects. First, growth: (1) jobs; (2) wages; (3) prices. Second, reform.')).toEqual([])
  })

  it('checks circled numbers', () => {
    expect(reasons('①reform, ②opening up, ④innovation.')).toEqual([
      '④: The list goes from `②` to `④`: item 3 is missing'
    ])
  })

  it('ignores section numbers in references', () => {
    expect(reasons('See Article 5 (2) and Article 7 (4) of the law.')).toEqual([])
  })

  it('normalises to the majority form', () => {
    const text = 'Firstly, study. Secondly, discuss. Third, implement.'
    expect(String(fixSync(text, options))).toBe('Firstly, study. Secondly, discuss. Thirdly, implement.')
  })

  it('leaves a lone mid-sentence ordinal alone', () => {
    expect(reasons('It was, first, a surprise; third, a shock.')).toEqual([
      'third: The list goes from `first` to `third`: item 2 is missing'
    ])
    expect(reasons('It was, first, a surprise.')).toEqual([])
  })

  it('takes a single unmarked line between numbered lines for the lost item', () => {
    expect(reasons('1. Reform.\n2. Open up.\nDo a good job of the rules.\n4. Innovate.')).toEqual([
      'Do: Expected the list marker `3.` here: the list goes from `2.` to `4.`'
    ])
    expect(reasons('① Reform.\n② Open up.\nStrengthen the rules.\n④ Innovate.')).toEqual([
      'Strengthen: Expected the list marker `③` here: the list goes from `②` to `④`'
    ])
  })

  it('reports the marker after a gap of more than one line or more than one item', () => {
    expect(reasons('1. Reform.\n2. Open up.\nThe rules.\nDo a good job.\n4. Innovate.')).toEqual([
      '4.: The list goes from `2.` to `4.`: item 3 is missing'
    ])
    expect(reasons('1. Reform.\nDo a good job.\n4. Innovate.')).toEqual([
      '4.: The list goes from `1.` to `4.`: items 2–3 are missing'
    ])
    expect(reasons('1. Reform.\n2. Open up.\n\nDo a good job.\n4. Innovate.')).toEqual([])
  })

  it('puts the lost marker only before a line that opens like an item', () => {
    const all = {...options, apply: 'all' as const}
    const text = '1. Reform.\n2. Open up.\nParty members lead.\n4. Innovate.'
    expect(String(fixSync(text, all))).toBe(text)
    expect(reasons(text)).toEqual(['Party: The list goes from `2.` to `4.`: this line may be item 3, with its marker `3.` lost'])
  })

  it('is quiet once the lost marker is put back', () => {
    const text = 'Two is to reform.\nStrengthen the rules.\nFour is to innovate.'
    const fixed = String(fixSync(text, {...options, apply: 'all'}))
    expect(fixed).toBe('Two is to reform.\nThird, strengthen the rules.\nFour is to innovate.')
    expect(reasons(fixed)).toEqual([])
  })

  it('reports a number that goes down', () => {
    expect(reasons('First, study. Third, act. Second, report.')).toEqual([
      'Third: The list goes from `First` to `Third`: item 2 is missing',
      'Second: The list marker `Second` comes after `Third`: the numbers go down'
    ])
  })

  it('reads a marker after a full-width semicolon or comma, which takes no space', () => {
    const text = 'Meetings are held once a quarter; First, study the rules； Second, hold talks every half year. Third, report to the branch.'
    expect(checkSync(text, options).messages).toEqual([])
  })
})

describe('enum-sequence with the source', () => {
  const bilingual = (pairs: Array<{source: string; target: string}>) =>
    checkPairsSync(pairs, options).messages.map((message) => `${message.actual}: ${message.reason}`)

  it('guesses as on English alone when the source numbers no such list', () => {
    expect(bilingual([{source: '要学习文件，要贯彻落实。', target: 'First, study the documents. Third, implement them.'}])).toEqual([
      'Third: The list goes from `First` to `Third`: item 2 is missing'
    ])
  })

  it('names the source markers of a wider gap', () => {
    expect(
      bilingual([{source: '一是学习；二是讨论；三是落实；四是总结。', target: '1. Study.\n4. Sum up.'}])
    ).toEqual(['4.: The list goes from `1.` to `4.`: items 2–3 are missing (the source has `二是`, `三是`)'])
  })

  it('reads each segment with its own source', () => {
    expect(
      bilingual([
        {source: '一是学习；三是落实。', target: 'First, study; third, implement.'},
        {source: '一是学习；二是讨论；三是落实。', target: 'First, study; third, implement.'}
      ])
    ).toEqual(['third: The list goes from `First` to `third`: item 2 is missing (the source has `二是`)'])
  })
})
