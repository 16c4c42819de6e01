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

describe('numeric-slogan: the shapes of Chinese numbered slogans', () => {
  it('flags repeated numbered parts, with no replacement', () => {
    expect(
      reported(
        'Launch the "five thousand teachers visit five thousand home" drive, keep the "four stricts and four steadies", oversee the "one court and two bureaus" and run the "double random, one public" checks.'
      )
    ).toEqual([
      ['five thousand teachers visit five thousand home', []],
      ['four stricts and four steadies', []],
      ['one court and two bureaus', []],
      ['double random, one public', []]
    ])
  })

  it('offers the official form of a slogan the table knows', () => {
    expect(reported('Fulfil the "one post, two duties" of every cadre.')).toEqual([
      ['one post, two duties', ['dual responsibilities of one post']]
    ])
    expect(reported('The "three agriculture" matter most.')).toEqual([
      ['three agriculture', ['issues relating to agriculture, rural areas and rural people']]
    ])
  })

  it('flags a verb or a plural adjective after a number only as the whole slogan', () => {
    expect(reported('Reach the "six have" and honour the "four olds".')).toEqual([
      ['six have', []],
      ['four olds', []]
    ])
    expect(reported('He said "two have died" on Monday.')).toEqual([])
  })

  it('flags a singular noun after a number inside a longer phrase', () => {
    expect(reported('Reach the "twelve successive harvest" by "joint vetting of 9 bureau".')).toEqual([
      ['twelve successive harvest', []],
      ['joint vetting of 9 bureau', []]
    ])
  })

  it('keeps English sayings, compound adjectives, identifiers and titles', () => {
    expect(
      reported(
        'They killed "two birds with one stone", took "one step forward, two steps back", kept "one man, one vote" and "one household one file" in a "two up, two down".'
      )
    ).toEqual([])
    expect(reported('The "two child policy", the "two state solution", the "five star hotel" and the "three year plan".')).toEqual([])
    expect(reported('Call the "110 hotline", check the "review of 2023 budget" and the "Apollo 13 mission".')).toEqual([])
    expect(reported('The "Three Body Problem" and "One Country, Two Systems" sold well.')).toEqual([])
    expect(reported('Each branch keeps the "three meetings and one lesson" system.')).toEqual([])
    expect(reported('The "double reduction" policy and the "two committees" of the village.')).toEqual([])
  })

  it('leaves a count of rural work teams and two committee members alone', () => {
    expect(reported('The three rural work teams met two committee members.')).toEqual([])
    expect(reported('The village’s "two committees" met.')).toEqual([])
  })
})

describe('numeric-slogan outside quotation marks', () => {
  it('takes a slogan in capitals only mid-sentence, and a lowercase one only as the centre’s', () => {
    expect(actuals('Eight Rules govern the club. Members keep eight rules and two habits.')).toEqual([])
    expect(actuals('Members keep the Eight Rules. The central eight provisions apply.')).toEqual(['Eight Rules', 'eight provisions'])
  })
})
