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
