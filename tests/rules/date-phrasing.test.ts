import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const found = (text: string, options: object = {}) =>
  checkSync(text, ruleAlone('date-phrasing', options)).messages.map((message) => message.actual)

// A day without its month: reported once a document by default, every time
// with `dayOnly`; these cases sit at the edges of what counts as a day.
describe('date-phrasing', () => {
  it('reports only the first day of a document that names no month', () => {
    expect(found('Headline\nOn the 7th, the team arrived.\n\nOn the 8th, it left.')).toEqual(['On the 7th'])
  })

  it('leaves days after a month named in an earlier paragraph or the headline', () => {
    expect(found('Meeting held on May 3\nOn the 16th, the county met.')).toEqual([])
    expect(found('Headline\nThe plan was set in May.\n\nOn the 16th, the county met.')).toEqual([])
  })

  it('leaves ordinals in a list before a noun', () => {
    expect(found('Headline\nThe teams are on the 2nd, 3rd and 4th floors.')).toEqual([])
    expect(found('Headline\nThe teams work on the 16th-18th floors.')).toEqual([])
  })

  it('takes a list of days ending the clause as days', () => {
    expect(found('Headline\nThe county met on the 16th and 17th, and agreed.')).toEqual(['on the 16th'])
  })

  it('reports every day once with dayOnly, not twice', () => {
    const text = 'Headline\nOn the 7th, the team arrived.\n\nOn the 8th, it left.'
    expect(found(text, {dayOnly: true})).toEqual(['On the 7th', 'On the 8th'])
  })

  it('is on in the recommended preset, and can be turned off', () => {
    const text = 'Headline\nOn the morning of the 9th, the county met.'
    expect(checkSync(text).messages.filter((m) => m.ruleId === 'date-phrasing').map((m) => m.actual)).toEqual([
      'On the morning of the 9th'
    ])
    expect(found(text, {unknownMonth: false})).toEqual([])
  })

  it('leaves a heading and a paragraph in Markdown to the same rule', () => {
    const file = checkSync('# Headline\n\nOn the 16th, the county met.\n', ruleAlone('date-phrasing', {}, 'markdown'))
    expect(file.messages.map((m) => m.actual)).toEqual(['On the 16th'])
  })

  it('takes a part of the day after the day only where it ends the phrase', () => {
    expect(found('Headline\nOn the 6th evening, the town met.')).toEqual(['On the 6th evening'])
    expect(found('Headline\nOn the 6th and 7th morning, the town met.')).toEqual(['On the 6th'])
    expect(found('Headline\nOn the 6th morning session, experts spoke.')).toEqual([])
    expect(found('Headline\nOn the 6th night shift the plant ran.')).toEqual([])
  })
})

describe('date-phrasing: months as whole words', () => {
  it('takes no month from a name that begins with one', () => {
    expect(found('Marching band notice\nThe band plays on the 4th.')).toEqual(['on the 4th'])
    expect(found('Notice\nThe band played in March. It plays on the 4th.')).toEqual([])
  })

  it('finds a range of days from its first day, and the day of a month after "in"', () => {
    expect(found('Notice\nTesting runs from the 15th to the 16th.')).toEqual(['from the 15th'])
    expect(found('In the 3rd of May, the county met. In the 40th of May, nothing.')).toEqual(['In'])
  })
})
