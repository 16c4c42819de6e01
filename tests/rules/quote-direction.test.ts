import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'

const only = {preset: 'none' as const, rules: {'quote-direction': 'warn' as const}}

describe('quote-direction', () => {
  it('moves a displaced closer across Markdown markup without losing it', () => {
    const input = '"The economy is resilient.\n\n"Julio Rios said so.\n'
    const output = String(fixSync(input, {...only, format: 'markdown', apply: 'all'}))
    expect(output).toBe('"The economy is resilient."\n\nJulio Rios said so.\n')
  })

  it('does not move a mark that opens a quotation continued over three paragraphs', () => {
    const input = '“One.\n\n“Two.\n\n“Three,” he said.'
    expect(checkSync(input, only).messages).toEqual([])
  })

  it('swaps a `“` that ends its paragraph after a quotation, with the space before it', () => {
    const input = 'He said, “Spain is a safe place. “'
    const file = checkSync(input, only)
    expect(file.messages.map((m) => [m.actual, m.expected])).toEqual([[' “', ['”']]])
    expect(String(fixSync(input, only))).toBe('He said, “Spain is a safe place.”')
  })

  it('leaves the space of a turned closer to this rule alone (quote-inner-space stays silent)', () => {
    const input = 'He said, “Spain is a safe place. “'
    const both = {preset: 'none' as const, rules: {'quote-direction': 'warn' as const, 'quote-inner-space': 'warn' as const}}
    expect(checkSync(input, both).messages.map((m) => m.ruleId)).toEqual(['quote-direction'])
  })

  it('swaps a `“` ending a paragraph safely when it closes a quotation from before', () => {
    const input = '“One.\n\nTwo, the plan“\n\nThree.'
    const file = checkSync(input, only)
    expect(file.messages.map((m) => [m.actual, m.autofix])).toEqual([['“', true]])
    expect(String(fixSync(input, only))).toBe('“One.\n\nTwo, the plan”\n\nThree.')
  })

  it('only suggests the swap of a `“` ending a paragraph that opens nothing before', () => {
    const input = 'Two, the plan“'
    expect(checkSync(input, only).messages.map((m) => m.autofix)).toEqual([false])
    expect(String(fixSync(input, only))).toBe(input)
  })

  it('leaves `’` before a word alone', () => {
    expect(checkSync('Rock ’n’ roll of the ’80s.', only).messages).toEqual([])
  })
})
