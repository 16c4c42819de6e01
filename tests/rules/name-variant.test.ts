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

describe('name-variant: misread initials and English words of names', () => {
  it('flags a swapped initial once against twice or more', () => {
    expect(flagged('Zhou Jianguo spoke. Zhou Jianguo left. Zhou Jiankuo came back.')).toEqual(['Zhou Jiankuo -> Zhou Jianguo'])
    expect(flagged('Lu Qing spoke. Lu Qing left. Lu Jing came back.')).toEqual(['Lu Jing -> Lu Qing'])
  })

  it('flags a tie only when a titled name is referred to bare before a verb', () => {
    expect(flagged('Party secretary Hu Bin attended.\nHu Ping pointed out that the work is hard.')).toEqual(['Hu Ping -> Hu Bin'])
    expect(flagged('Hu Bin attended.\nHu Ping pointed out that the work is hard.')).toEqual([])
    expect(flagged('Party secretary Hu Bin attended.\nHu Ping, the mayor, spoke.')).toEqual([])
    expect(flagged('Party secretary Hu Bin and mayor Hu Ping attended.')).toEqual([])
  })

  it('leaves unrelated initials and each twice alone', () => {
    expect(flagged('Mayor Wang Jun attended. Wang Yun said the plan is good.')).toEqual([])
    expect(flagged('Zhang Wei met Zhang Lei. Zhang Wei spoke first.')).toEqual([])
    expect(flagged('Lu Qing and Lu Jing spoke. Lu Qing and Lu Jing left.')).toEqual([])
  })

  it('keeps swapped initials for people, not places', () => {
    expect(flagged('Jinzhou and Qinzhou met. In Jinzhou the work went on, and in Jinzhou it ended.')).toEqual([])
  })

  it('compares English words of names only after the same place', () => {
    expect(flagged('Wuhu High-tech Zone grew. Wuhu High-tech Zone hired. Hefei Hi-tech Zone grew.')).toEqual([])
    expect(flagged('The Xiangyang Cultural Centre opened. The Xiangyang Cultural Center closed.')).toEqual([
      'Xiangyang Cultural Center -> Xiangyang Cultural Centre'
    ])
    expect(flagged('high-tech firms and hi-tech parks in Wuhu High-tech Zone.')).toEqual([])
  })
})

describe('name-variant: a bare name after a titled one', () => {
  it('needs a verb of a readout after the bare name', () => {
    expect(flagged('Director Hu Bin attended.\nHu Ping also asked for reports.')).toEqual(['Hu Ping -> Hu Bin'])
    expect(flagged('Director Hu Bin attended.\nHu Ping reports to the bureau.')).toEqual([])
  })
})

describe('name-variant: a hyphenated given name', () => {
  const actualsOf = (text: string) => checkSync(text, ruleAlone('name-variant')).messages.map((message) => [message.actual, message.expected])

  it('suggests the more frequent form, hyphenated or not', () => {
    expect(actualsOf('Kong Mei-ling spoke. Kong Mei-Ling left. Kong Meiling came.')).toEqual([['Kong Meiling', ['Kong Mei-ling']]])
  })

  it('leaves a hyphenated name that is not two Pinyin syllables alone', () => {
    expect(actualsOf('Kim Jong-un met Chen Xyz-ab. Chen Xyzab left.')).toEqual([])
  })
})
