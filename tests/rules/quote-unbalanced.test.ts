import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'

const only = {preset: 'none' as const, rules: {'quote-unbalanced': 'warn' as const}}
const actual = (text: string, format?: 'markdown') => checkSync(text, {...only, format}).messages.map((m) => m.actual)

describe('quote-unbalanced', () => {
  it('flags only the unpaired mark of the seed’s seven straight quotes', () => {
    const seed = readFileSync('examples/party-building.txt', 'utf8')
    const messages = checkSync(seed, only).messages
    expect(messages).toHaveLength(1)
    const offset = (messages[0]!.place as {start: {offset: number}}).start.offset
    expect(seed.slice(offset, offset + 16)).toBe('"investment base')
  })

  it('takes a doubled straight mark (CSV escaping) for one', () => {
    expect(actual('"The list is on the ""Information Disclosure"" page."')).toEqual([])
  })

  it('leaves inch marks, feet and apostrophes alone', () => {
    expect(actual('A 17" screen, 5\'10" tall, the party’s plan, the \'80s and the workers\' union.')).toEqual([])
  })

  it('flags an opener left open when the next paragraph does not open again', () => {
    expect(actual('"The economy is resilient.\n\nMarkets are calm.')).toEqual(['"'])
  })

  it('leaves a `“` ending a paragraph to quote-direction, but not a stray one after a closer', () => {
    expect(actual('Su Rong praised the plan“')).toEqual([])
    expect(actual('“The economy is resilient.\n\nMarkets are calm, “')).toEqual([])
    expect(actual('He said the event was “worthwhile.” “')).toEqual(['“'])
    expect(actual('“We will win,” he said. “')).toEqual(['“'])
  })

  it('lets speech run on into a paragraph that opens again, not a quoted term', () => {
    expect(actual('He said, "We will win.\n\n"It is a test," he said.')).toEqual([])
    expect(actual('Call the "12345 service line.\n\n"It is a test," he said.')).toEqual(['"'])
    expect(actual('Have a "warm holiday.\n\n"It is a test," he said.')).toEqual(['"'])
  })

  it('maps to source offsets in Markdown', () => {
    const file = checkSync('Some *emphasis* and **"unclosed** text.', {...only, format: 'markdown'})
    expect(file.messages.map((m) => m.actual)).toEqual(['"'])
  })

  it('ignores marks in code', () => {
    expect(actual('Run `say "hi` and go.', 'markdown')).toEqual([])
  })
})
