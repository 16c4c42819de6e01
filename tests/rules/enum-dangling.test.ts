import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'

const options = {preset: 'none' as const, rules: {'enum-dangling': 'warn' as const}}
const seed = readFileSync(new URL('../../examples/party-building.txt', import.meta.url), 'utf8')

function actuals(text: string, format?: 'text' | 'markdown'): string[] {
  return checkSync(text, {...options, format}).messages.map((message) => String(message.actual))
}

describe('enum-dangling', () => {
  it('finds the cut list of the seed and nothing else', () => {
    expect(actuals(seed)).toEqual(['and.'])
  })

  it('finds `as well as` and a colon', () => {
    expect(actuals('Grain, cotton as well as. Steel and: more.')).toEqual(['as well as.', 'and:'])
  })

  it('leaves complete and deliberate endings alone', () => {
    expect(
      actuals('Fines and/or detention. Rice, wheat and so on. "And?" he asked. Rand. Ready or... not. Brand and... others.')
    ).toEqual([])
  })

  it('maps offsets through Markdown markup', () => {
    const text = 'Responsibility, *initiative* and.'
    const file = checkSync(text, {...options, format: 'markdown'})
    expect(file.messages.map((message) => message.actual)).toEqual(['and.'])
  })

  it('accepts a first item whose second is another style', () => {
    expect(actuals('One is to study the documents. Second, implement them.')).toEqual([])
  })
})
