import {describe, expect, it} from 'vitest'
import {checkStreamToFile, checkSync, fixSync} from '../../src/index.js'

const alone = {preset: 'none' as const, rules: {'repeated-word': 'warn' as const}}

function findings(text: string, options: object = alone) {
  return checkSync(text, options).messages.map((message) => ({
    actual: message.actual,
    expected: message.expected,
    safe: message.autofix
  }))
}

describe('repeated-word traps', () => {
  it.each([
    'He had had enough, and he said that that was final.',
    'Where a country is is a sort of average.',
    'Blah blah blah, said the clerk; tsk tsk tsk.',
    'The UN UN-Habitat report; the US US-China talks.',
    'Rooms 10 10 and 12 were booked.',
    'Pianist Lang Lang met Li Li in Walla Walla and Wagga Wagga.',
    'County Work Conference\nConference delegates met on Monday.',
    'The branch held its democratic life meeting\nmeeting the requirements, members spoke.',
    'Results of the\n\nthe survey follow.',
    'It was the\nThe next day it rained.',
    'It grew by 10\n10 more were built.',
    'A well-\nwell known case.',
    'They met in the U.S.\nU.S. officials spoke.',
    'Spending on IT\nIT staff rose.'
  ])('leaves %j alone', (text) => {
    expect(findings(text)).toEqual([])
  })
})

describe('repeated-word', () => {
  it('reports a run of one word once', () => {
    expect(findings('The the the the meeting opened.')).toEqual([{actual: 'The the the the', expected: ['The'], safe: true}])
    expect(String(fixSync('The the the the meeting opened.', alone))).toBe('The meeting opened.')
  })

  it('reports a grammatical pair written three times as a suggestion', () => {
    expect(findings('It was that that that mattered.')).toEqual([
      {actual: 'that that that', expected: ['that that', 'that'], safe: false}
    ])
    expect(findings('He had had had enough.')[0]?.expected).toEqual(['had had', 'had'])
  })

  it('offers `and an` for `an an`, matching case', () => {
    expect(findings('bread an an apple')).toEqual([{actual: 'an an', expected: ['an', 'and an'], safe: false}])
    expect(findings('An an apple fell.')[0]?.expected).toEqual(['An', 'And an'])
  })

  it('finds a function word across a line of plain text, keeping the line break', () => {
    for (const [text, fixed] of [
      ['Paris in the\nthe spring.', 'Paris in the\nspring.'],
      ['Paris in the\r\nthe spring.', 'Paris in the\r\nspring.'],
      ['Paris in the \n  the spring.', 'Paris in the \n  spring.'],
      ['READ ALL ABOUT THE\nTHE NEWS', 'READ ALL ABOUT THE\nNEWS'],
      ['We went to the\nthe', 'We went to the']
    ] as const) {
      const [message] = checkSync(text, alone).messages
      expect(message?.autofix).toBe(false)
      expect(String(fixSync(text, alone))).toBe(text)
      const once = String(fixSync(text, {...alone, apply: 'all'}))
      expect(once).toBe(fixed)
      expect(String(fixSync(once, {...alone, apply: 'all'}))).toBe(once)
    }
  })

  it('removes a pair split by a line break inside a paragraph', () => {
    expect(String(fixSync('Paris in the\nthe spring.\n', {...alone, format: 'markdown'}))).toBe('Paris in the\nspring.\n')
    expect(String(fixSync('<p>Paris in the\nthe spring.</p>', {...alone, format: 'html'}))).toBe('<p>Paris in the\nspring.</p>')
  })

  it('keeps markup between the copies whole', () => {
    const all = (text: string, format: 'markdown' | 'html') => String(fixSync(text, {...alone, format, apply: 'all'}))
    expect(all('Paris in *the* the spring.\n', 'markdown')).toBe('Paris in *the* spring.\n')
    expect(all('<p>Paris in the<br>the spring.</p>', 'html')).toBe('<p>Paris in the<br>spring.</p>')
    expect(all('<p>We saw <i>the</i> the.</p>', 'html')).toBe('<p>We saw <i>the</i>.</p>')
    expect(checkSync('Paris in *the* the spring.\n', {...alone, format: 'markdown'}).messages[0]?.autofix).toBe(false)
  })

  it('finds the pair across lines when the text arrives in pieces', async () => {
    const text = 'The county met in the\nthe hall on Monday.\nIt ended.'
    const pieces = ['The county met in t', 'he\nth', 'e hall on Monday.\nIt', ' ended.']
    const file = await checkStreamToFile(pieces, alone)
    expect(file.messages.map((message) => message.actual)).toEqual(checkSync(text, alone).messages.map((message) => message.actual))
    expect(file.messages).toHaveLength(1)
  })
})

describe('repeated-word: can can', () => {
  it('suggests removing a doubled modal before a verb, and leaves the dance', () => {
    expect(findings('They can can really help.')).toEqual([{actual: 'can can', expected: ['can'], safe: false}])
    expect(findings('She danced the can can.')).toEqual([])
    expect(findings('Can can dancers came; can can music played, and a can-can followed.')).toEqual([])
    expect(findings('They can can can help.').length).toBe(1)
  })
})
