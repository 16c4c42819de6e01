import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const messages = (text: string, options: object = {}) =>
  checkSync(text, ruleAlone('calque', options)).messages.map((message) => message.reason)

describe('calque', () => {
  it('needs a COVID noun after a bare `new crown`', () => {
    expect(messages('The new crown. The new crown, epidemic aside. A new crown jewel.')).toEqual([])
    expect(messages('New crown cases rose; the new crown vaccines came.')).toEqual([
      'Expected the established form `COVID-19` for the calque `New crown`',
      'Expected the established form `COVID-19` for the calque `new crown`'
    ])
  })

  it('keeps the case of a heading and fixes safely once', () => {
    const fixed = fixSync('Fight the New Crown Pneumonia Epidemic', ruleAlone('calque')).toString()
    expect(fixed).toBe('Fight the COVID-19 Epidemic')
    expect(fixSync(fixed, ruleAlone('calque')).toString()).toBe(fixed)
  })

  it('offers every form a user gives, and lets a user switch a shipped one off', () => {
    const file = checkSync('The three rural issues matter.', ruleAlone('calque', {phrases: {'three rural issues': ['sannong', 'rural issues']}}))
    expect(file.messages[0]?.expected).toEqual(['sannong', 'rural issues'])
    expect(messages('The new crown pneumonia spread.', {phrases: {'new crown pneumonia': []}})).toEqual([])
  })

  it('drops the article only where the name ends its noun phrase', () => {
    const fix = (text: string) => fixSync(text, ruleAlone('calque')).toString()
    expect(fix('The new crown pneumonia has spread.')).toBe('COVID-19 has spread.')
    expect(fix('the new crown pneumonia outbreak and the new crown pneumonia patients')).toBe(
      'the COVID-19 outbreak and the COVID-19 patients'
    )
    expect(fix('Other new crown pneumonia, then')).toBe('Other COVID-19, then')
  })

  it('limits the subsistence allowance to its nouns', () => {
    expect(messages('They offer a low guarantee of success; low guarantee households got aid.')).toEqual([
      'Expected the established form `subsistence allowance` for the calque `low guarantee`'
    ])
  })

  it('takes an epidemic calque only in a document on the epidemic, named before or after it', () => {
    expect(messages('Problems were given "dynamic clearing".\n\nThe landing check was done.')).toEqual([])
    expect(messages('Problems were given "dynamic clearing".\n\nThe epidemic eased after the landing check.')).toEqual([
      'Expected the established form `dynamic zero-COVID` for the calque `dynamic clearing`',
      'Expected the established form `testing on arrival` for the calque `landing check`'
    ])
  })

  it('replaces a river length of a level safely, and leaves a measured one alone', () => {
    const fix = (text: string) => fixSync(text, ruleAlone('calque')).toString()
    expect(fix('The county-level river length and the village-level lake lengths met at the river length office.')).toBe(
      'The county-level river chief and the village-level lake chiefs met at the river chief office.'
    )
    expect(fix('The general river length met.')).toBe('The general river length met.')
    expect(messages('The general river length met.')).toEqual(['Expected the established form `general river chief` for the calque `general river length`'])
    expect(messages('The river length of the Huai is 1,000 km; total river length rose, and the field length of the airport grew.')).toEqual([])
  })

  it('reads the verb before an idiom that is English elsewhere', () => {
    expect(messages('We must tackle the hard bones, make up the short boards and firmly hold the "bull nose".')).toEqual([
      'Expected the established form `toughest problems` for the calque `hard bones`',
      'Expected the established form `weak links` for the calque `short boards`',
      'Expected the established form `key` for the calque `bull nose`'
    ])
    expect(messages('Hard bones of the skull; a short board for surfing; a bull nose edge; dogs eat hard bones.')).toEqual([])
  })

  it('keeps the original heart apart from the heart of a city', () => {
    expect(messages('Never forget the original heart; keep the original heart and mission in mind.')).toEqual([
      'Expected the established form `Stay true to our original aspiration` for the calque `Never forget the original heart`',
      'Expected the established form `original aspiration and founding mission` for the calque `original heart and mission`'
    ])
    expect(messages('The patient kept his original heart; they returned to the original heart of the city.')).toEqual([])
  })

  it('takes a bus put to private use only', () => {
    expect(messages('He used the buses for private trips.')).toEqual([
      'Expected the established form `the official car` for the calque `the buses`'
    ])
    expect(messages('He drove the bus to the depot, took the bus to his hometown and used the bus daily.')).toEqual([])
  })

  it('keeps the number of a calqued responsibility', () => {
    expect(messages('compacting the responsibilities and compact the responsibility')).toEqual([
      'Expected the established form `tightening responsibilities` for the calque `compacting the responsibilities`',
      'Expected the established form `tighten responsibility` for the calque `compact the responsibility`'
    ])
  })

  it('takes a manner of search or a capacity only before its nouns', () => {
    expect(messages('A carpet-style investigation built blood-making capacity.')).toEqual([
      'Expected the established form `blanket` for the calque `carpet-style`',
      'Expected the established form `self-sustaining` for the calque `blood-making`'
    ])
    expect(messages('A carpet-style rug, a blood-making organ and the blood-making function of marrow.')).toEqual([])
  })
})

describe('calque: idioms of discipline and rectification', () => {
  it('gives the form of the verb for each form of an idiom', () => {
    expect(messages('They avoid walking through the scene; she never went through the field; we keep biting the ears and pulling the sleeves.')).toEqual([
      'Expected the established form `going through the motions` for the calque `walking through the scene`',
      'Expected the established form `went through the motions` for the calque `went through the field`',
      'Expected the established form `giving timely reminders` for the calque `biting the ears and pulling the sleeves`'
    ])
  })

  it('leaves a walk through a real field alone', () => {
    expect(messages('Children walk through the field to school; visitors went through the field of tulips; not to walk through the field again.')).toEqual([])
  })

  it('takes `sold the number` as 销号 only in a document on rectification', () => {
    expect(messages('The problem was fixed and sold the number.')).toEqual([])
    expect(messages('The rectification list was done: the problem was fixed and sold the number.')).toEqual([
      'Expected the established form `closed the case` for the calque `sold the number`'
    ])
    expect(messages('After the rectification, the dealer sold the number plate and sold the number of seats.')).toEqual([])
  })

  it('takes a river length of a town as its chief, not a measure', () => {
    expect(messages('The overall river length of the town grew; the river length of the village patrolled it.')).toEqual([
      'Expected the established form `river chief of the village` for the calque `river length of the village`'
    ])
    expect(messages('The river length of the district rose to 90 km; the lake length of the county is 4 km.')).toEqual([])
  })

  it('never applies an idiom unattended', () => {
    const text = 'The director was double opened.'
    expect(fixSync(text, ruleAlone('calque')).toString()).toBe(text)
  })
})
