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
})
