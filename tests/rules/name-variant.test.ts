import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const flagged = (text: string, format: 'text' | 'markdown' = 'text') =>
  checkSync(text, ruleAlone('name-variant', {}, format)).messages.map(
    (message) => `${String(message.actual)} -> ${message.expected?.join('|')}`
  )

describe('name-variant', () => {
  it('finds a second reading of one character, twice against three times', () => {
    expect(
      flagged('Yueqing is a city. In Yueqing, work went on.\nThe Yueqing office said Leqing will grow. The Leqing committee met.')
    ).toEqual(['Leqing -> Yueqing', 'Leqing -> Yueqing'])
  })

  it('finds a misread initial across paragraphs', () => {
    expect(flagged('The mayor of Diaobingshan spoke.\n\nIn Diaobingshan and in Tiaobingshan the roads were repaired.')).toEqual([
      'Tiaobingshan -> Diaobingshan'
    ])
  })

  it('leaves two spellings that each appear twice alone unless one is a second reading', () => {
    expect(flagged('Yanling and Yanlin met. In Yanling and in Yanlin the work went on.')).toEqual([])
  })

  it('flags a one-syllable given name only against a clear majority', () => {
    expect(flagged('Li Ming spoke. Li Min spoke.')).toEqual([])
    expect(flagged('Li Ming spoke. Li Ming left. Li Min spoke.')).toEqual(['Li Min -> Li Ming'])
  })

  it('never compares different surnames', () => {
    expect(flagged('Zhang Jianxin spoke. Zhang Jianxin left. Chang Jianxin came.')).toEqual([])
  })

  it('keeps the text of a finding after the paragraph is gone (Markdown)', () => {
    const file = checkSync('Gu *Wenjie* spoke.\n\nLater Gu Wenjia spoke.', ruleAlone('name-variant', {}, 'markdown'))
    expect(file.messages.map((message) => [message.actual, message.place && 'start' in message.place ? message.place.start.offset : -1])).toEqual([
      ['Gu Wenjia', 26]
    ])
  })

  it('ignores English words that read as Pinyin at sentence starts', () => {
    expect(flagged('China spoke. Chinan is no word. Sudan came. Sutan left.')).toEqual([])
  })
})
