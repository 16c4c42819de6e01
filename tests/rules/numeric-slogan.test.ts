import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const actuals = (text: string) => checkSync(text, ruleAlone('numeric-slogan')).messages.map((message) => message.actual)

describe('numeric-slogan quotation marks', () => {
  it('reads every kind of opening mark, paragraph by paragraph', () => {
    expect(actuals('Keep the ‘two maintenances’ in mind.')).toEqual(['two maintenances'])
    expect(actuals("Keep the 'two maintenances' in mind.")).toEqual(['two maintenances'])
    expect(actuals('Keep the “two maintenances” in mind.\n\nNo quotation here.\n\nAnd the "two city" too.')).toEqual([
      'two maintenances',
      'two city'
    ])
  })

  it('reads a paragraph again from its start for each kind of mark', () => {
    expect(actuals('The "two city" and the \'two maintenances\', then the "four awareness".')).toEqual([
      'two city',
      'two maintenances',
      'four awareness'
    ])
  })
})

const reported = (text: string) =>
  checkSync(text, ruleAlone('numeric-slogan')).messages.map((message) => [message.actual, message.expected ?? []])

describe('numeric-slogan: slogans translated word for word', () => {
  it('flags a number before a word no number counts, with no replacement', () => {
    expect(reported('Uphold the "Three Must" and the “four don’t” rules.')).toEqual([
      ['Three Must', []],
      ['four don’t', []]
    ])
    expect(reported('Carry out the "three no" and the "four one" work method.')).toEqual([
      ['three no', []],
      ['four one', []]
    ])
  })

  it('keeps quoted prose, hyphenated words, long spans and plural slogans', () => {
    expect(reported('He said "two people came" and "two no-go zones" stayed shut.')).toEqual([])
    expect(reported('They wrote "three must be done by Friday" on the board.')).toEqual([])
    expect(reported('The "three musts" and "four nos" are the official ones.')).toEqual([])
    // 三大战役 of 1948–1949, not the three critical battles
    expect(reported('Veterans of the "three major battles" spoke.')).toEqual([])
  })

  it('offers the official forms of the six fronts and six areas', () => {
    expect(reported('Do well the "six stability" and "six guarantee" work.')).toEqual([
      ['six stability', ['stability on six fronts']],
      ['six guarantee', ['security in six key areas']]
    ])
  })
})
