import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const actuals = (text: string) =>
  checkSync(text, ruleAlone('template-placeholder')).messages.map((message) => message.actual)

describe('template-placeholder', () => {
  it('takes two capital X’s before a template noun, a percent sign or after a title', () => {
    expect(actuals('XX yuan, XX% of XX households, Comrade XX and Mr. XX met; XX stressed it.')).toEqual(['XX', 'XX', 'XX', 'XX', 'XX', 'XX'])
    expect(actuals('The XX Century, the XX Congress and XX chromosomes.')).toEqual([])
  })

  it('takes runs of crosses and circles and x’s years', () => {
    expect(actuals('In 201X, ○○ Village and 〇〇 Town paid ××× yuan.')).toEqual(['201X', '○○', '〇〇', '×××'])
    expect(actuals('A 2 × 3 grid; 3x faster; the 20xx.example.com site; model RTX-20xx.')).toEqual([])
  })

  it('takes masked numbers in any case and long runs of x’s', () => {
    expect(actuals('Tel: 0817-xxxxxxx, 13XXXXXXXXX, 010-XXXX-XXXX; ID: XXXXXXXX; Mr. **** said.')).toEqual([
      '0817-xxxxxxx',
      '13XXXXXXXXX',
      '010-XXXX-XXXX',
      'XXXXXXXX',
      '****'
    ])
    expect(actuals('**** Four stars ****, a 2**** grid, 1234-XY-5 and ***bold*** text.')).toEqual([])
  })
})
