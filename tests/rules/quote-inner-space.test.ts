import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'

const only = {preset: 'none' as const, rules: {'quote-inner-space': 'warn' as const}}

describe('quote-inner-space', () => {
  it('leaves a space before a comma after the quotation to the whitespace rule', () => {
    expect(checkSync('It is called the "pill of peace" , a plan.', only).messages).toEqual([])
  })

  it('fixes spaces inside balanced straight quotes of a mixed paragraph', () => {
    expect(String(fixSync('“Overall, consumption was enhanced. "', only))).toBe('“Overall, consumption was enhanced."')
  })

  it('does not treat a doubled mark as a space inside', () => {
    expect(checkSync('the ""Information"" page', only).messages).toEqual([])
  })
})
