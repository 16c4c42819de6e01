import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'

const rule = (preferred: string) => ({preset: 'none' as const, rules: {'quote-style': ['warn', {preferred}] as ['warn', object]}})

describe('quote-style', () => {
  it('flags the seed’s lone curly apostrophe and fixes it', () => {
    const seed = readFileSync('examples/party-building.txt', 'utf8')
    const file = checkSync(seed, rule('consistent'))
    expect(file.messages.map((m) => m.actual)).toEqual(['’'])
    expect(file.messages[0]!.autofix).toBe(true)
    expect(String(fixSync(seed, rule('consistent')))).toBe(seed.replace('party’s', "party's"))
  })

  it('is set to smart by the publication preset', () => {
    const file = checkSync('The "chip war".', {preset: 'publication'})
    expect(file.messages.filter((m) => m.ruleId === 'quote-style').map((m) => m.expected)).toEqual([['“'], ['”']])
  })

  it('rejects an unknown style', () => {
    expect(() => checkSync('x', rule('fancy'))).toThrow(/consistent/)
  })

  it('counts nothing from a document of one style', () => {
    expect(checkSync('“One” and ‘two’ and it’s.', rule('consistent')).messages).toEqual([])
  })

  it('smart: fixes a balanced paragraph and leaves the fixed text clean', () => {
    const fixed = String(fixSync('He said: "It\'s the \'right\' plan."', rule('smart')))
    expect(fixed).toBe('He said: “It’s the ‘right’ plan.”')
    expect(checkSync(fixed, rule('smart')).messages).toEqual([])
  })
})

describe('quote-style past the minority share', () => {
  const consistent = (text: string) => checkSync(text, rule('consistent')).messages.map((m) => m.actual)

  it('never flags a document of straight marks only', () => {
    expect(consistent('The "two studies" and the party\'s "three meetings", the \'80s.')).toEqual([])
  })

  it('compares double quotes only, leaving apostrophes of either style', () => {
    expect(consistent('The "a" and "b" and “c” and the party’s plan.')).toEqual(['“', '”'])
    expect(consistent('“The county\'s plan,” and “the people\'s plan” and "ours".')).toEqual(['"', '"'])
  })

  it('flags the curly marks of one mixed pair', () => {
    expect(consistent('“It is necessary to learn history well. "')).toEqual(['“'])
  })

  it('counts single and double quotation marks together past the minority share', () => {
    expect(consistent('The "river chief" and the "lake chief" ran the ‘clearing’ work.\n\nThe "bay chief" too.')).toEqual(['‘', '’'])
    expect(consistent('The “river chief” and the ‘lake chief’ and the “bay chief”.')).toEqual([])
    expect(consistent('The "river chief" and the \'lake chief\' and the "bay chief".')).toEqual([])
  })
})
