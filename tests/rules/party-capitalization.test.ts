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

  it('reads the words before a hyphen: inner-, intra- and non-party are the CPC, numbered sides are not', () => {
    expect(actuals('The CPC asks non-party people and inner-party rules to help party-building.')).toEqual([
      'party',
      'party',
      'party'
    ])
    expect(actuals('The CPC backs multi-party cooperation, a one-party state is no aim, and a three-party deal holds.')).toEqual([])
    // A side in a deal elsewhere in the text: a bare "the party" is no longer offered.
    expect(actuals('The CPC hired a third-party firm. Veterans said the party had changed them.')).toEqual([])
  })

  it('does not take a sentence start for the name of another party', () => {
    expect(actuals('Third party checks began. The county party committee agreed.')).toEqual(['party'])
    expect(actuals('Birthday party for veterans.\n\nThe county party committee sent flowers.')).toEqual(['party'])
    expect(actuals('Marxist party theory was studied. The county party committee agreed.')).toEqual(['party'])
  })

  it('needs both a Party organ and a Chinese setting when the CPC is not named', () => {
    expect(actuals('The party branch met on Monday.')).toEqual([])
    expect(actuals('Township cadres were there.')).toEqual([])
    expect(actuals('The party branch met on Monday.\n\nTownship cadres were there.')).toEqual(['party'])
    expect(actuals('Labour party members met in China. The party branch voted.')).toEqual([])
  })

  it('reads a side in a deal as another sense, never the CPC', () => {
    const text = 'The county party committee leased land. Either party may end it; the other party pays, and the party to the lease must report.'
    expect(actuals(text)).toEqual(['party'])
    expect(actuals('The county party committee met. Party B will build. Our party stays.')).toEqual(['party', 'party'])
    const file = checkSync('The county party committee met. Party B will build. Our party stays.', options)
    expect(file.messages.map((message) => message.reason)).toContain(
      'Capitalise `party` in `Our party` if it means the Communist Party of China'
    )
  })

  it('reads the Party with its partners as one term', () => {
    expect(actuals('The CPC thanked the party and the people; party and government organs agreed.')).toEqual(['party', 'party'])
  })

  it('leaves the Communist party alone unless it is the Chinese one', () => {
    expect(actuals('Xi Jinping spoke of the Communist party in history.')).toEqual([])
    expect(actuals('Xi Jinping spoke. The Chinese Communist party grew.')).toEqual(['party'])
  })

  it('offers nothing in inconsistent mode unless the text also writes Party', () => {
    const inconsistent = ruleAlone('party-capitalization', {mode: 'inconsistent'})
    const lowercase = 'The county party committee met. Veterans said the party had changed them.'
    expect(checkSync(lowercase, inconsistent).messages).toEqual([])
    const mixed = 'The county Party committee met. Veterans said the party had changed them.'
    expect(checkSync(mixed, inconsistent).messages.map((message) => message.actual)).toEqual(['party'])
  })

  it('fixes once: the fixed text is left as it is', () => {
    const text = 'The township party committee met. Our party asked party members to follow the party.'
    const fixed = String(fixSync(text, options))
    expect(fixed).toBe('The township Party committee met. Our Party asked Party members to follow the Party.')
    expect(String(fixSync(fixed, options))).toBe(fixed)
    expect(checkSync(fixed, options).messages).toEqual([])
  })

  it('drops a bare "the party" when the text has a gathering, a side or another kind of party', () => {
    const veterans = ' Veterans said the party had changed them.'
    expect(actuals('The county party committee met.' + veterans)).toEqual(['party', 'party'])
    for (const other of [
      'A New Year party was held.',
      'The bid went to a party from Hunan.',
      'The party responsible was fined.',
      'Both parties signed.',
      'The opposition party objected.'
    ]) {
      expect(actuals('The county party committee met. ' + other + veterans)).toEqual(['party'])
    }
  })

  it('reads a Party term in any case after a lowercase party', () => {
    expect(actuals('The CPC said the party Central Committee met.')).toEqual(['party'])
  })

  it('reads the words of a discipline notice, but not a side warning another', () => {
    expect(actuals('The CPC county committee met. He kept his party membership and paid party dues; she was expelled from the party.')).toEqual(['party', 'party', 'party'])
    expect(actuals('The CPC county committee met. A landlord’s party warning them that rent was due left.')).toEqual([])
    expect(actuals('The CPC county committee met. Either party may end it, each party sanctions apply.')).toEqual([])
  })
})

describe('party-capitalization: Party terms without a named CPC', () => {
  it('keeps the Party terms of a text that also has a construction party', () => {
    expect(actuals('The village invested 5 million yuan. The construction party and the party members of the party branch met.')).toEqual([
      'party',
      'party'
    ])
  })

  it('takes three different Party organs for the CPC, but not two', () => {
    expect(actuals('The party members met the party secretary at the party school.')).toEqual(['party', 'party', 'party'])
    expect(actuals('The party members met the party secretary at the club.')).toEqual([])
  })

  it('reads mu only as a measure after a figure', () => {
    expect(actuals('The mu of the river and the party members met.')).toEqual([])
    expect(actuals('They planted 600 mu of tea; the party members helped.')).toEqual(['party'])
  })

  it('reads a prefecture’s party committee as the CPC', () => {
    expect(actuals('The prefecture party committee and government will act.')).toEqual(['party'])
  })
})
