import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const options = ruleAlone('party-capitalization')
const actuals = (text: string) => checkSync(text, options).messages.map((message) => message.actual)

describe('party-capitalization traps', () => {
  it('stays silent when a foreign party is named anywhere', () => {
    expect(actuals('The CPC met the Communist Party of Vietnam. The party members talked.')).toEqual([])
    expect(actuals('The CPC recalled the East German Communist Party. The party secretary fled.')).toEqual([])
    expect(actuals('Xi Jinping met Kuomintang officials. The party members agreed.')).toEqual([])
  })

  it('does not take a sentence start or a verb before Party for a party name', () => {
    expect(actuals('In Party work, party members lead. The CPC said so.')).toEqual(['party'])
    expect(actuals('Strengthen Party building. The CPC asks party members to study.')).toEqual(['party'])
  })

  it('reads the Chinese Communist Party as the CPC', () => {
    expect(actuals('The Chinese Communist Party asked party members to study.')).toEqual(['party'])
  })

  it('maps offsets through Markdown markup', () => {
    const text = 'The *CPC* asked **party members** to study.'
    const file = checkSync(text, {...options, format: 'markdown'})
    expect(file.messages.map((message) => message.actual)).toEqual(['party'])
    expect(String(fixSync(text, {...options, format: 'markdown'}))).toBe('The *CPC* asked **Party members** to study.')
  })

  it('lowers at most a short Title Case run, and only before a lowercase word', () => {
    expect(actuals('Xi Jinping spoke. Improve the Party Construction Work Safeguard System measures.')).toEqual([
      'Construction Work Safeguard System'
    ])
    expect(actuals('Xi Jinping spoke. Visit the Party Building Work Safeguard System Office today.')).toEqual([])
  })

  it('reads each paragraph for Party and party apart', () => {
    // Only "party" here, only "Party" there: each paragraph is read for what it holds.
    expect(actuals('Xi Jinping spoke.\n\nThe party secretary agreed.\n\nThe Party Building Safeguard measures.')).toEqual([
      'party',
      'Building Safeguard'
    ])
    expect(actuals('The party members met.\n\nThe Party of Korea sent greetings.\n\nXi Jinping spoke.')).toEqual([])
  })
})
