import {describe, expect, it} from 'vitest'
import {checkPairsSync, type Pair} from '../../src/bilingual/pairs.js'

function reasons(pairs: Pair[]): string[] {
  return checkPairsSync(pairs, {preset: 'none', rules: {'bracket-parity': 'warn'}}).messages.map(
    (message) => `${message.actual}: ${message.reason}`
  )
}

describe('bracket-parity: speech', () => {
  it('is quiet when the English quotes the speech, in any quotation marks', () => {
    const source = '他说：“我们一定能按期完成春耕任务。”'
    expect(reasons([{source, target: 'He said, "We will surely finish the spring planting on time."'}])).toEqual([])
    expect(reasons([{source, target: 'He said, ‘We will surely finish the spring planting on time.’'}])).toEqual([])
    expect(reasons([{source, target: 'He said: « we will finish the spring planting on time »'}])).toEqual([])
  })

  it('takes a long quotation without punctuation for speech', () => {
    expect(
      reasons([{source: '他表示，这一做法“对城市的防洪安全构成了严重的威胁”', target: 'He said the practice seriously threatens flood safety in the city.'}])
    ).toEqual([
      'He said the practice seriously threatens flood safety in the city.: The source quotes 1 passage (“对城市的防洪安全构成了严重的威胁”) but the English has no quotation marks'
    ])
  })

  it('does not count Latin letters towards the length of a quoted name', () => {
    expect(reasons([{source: '该团体的名字是“Green Valley Riverside（绿谷）”。', target: 'The group is called Green Valley Riverside.'}])).toEqual([])
  })

  it('leaves a group name rendered in capitals', () => {
    expect(
      reasons([{source: '他把通知发到“防汛值班人员工作群”里。', target: 'He posted the notice in the Flood Duty Staff group.'}])
    ).toEqual([])
  })
})

describe('bracket-parity: titles', () => {
  it('reads a Latin title with quotation marks spaced from it as quoted', () => {
    expect(
      reasons([{source: '作品《山居》与《Blue Hour》', target: 'the works " Mountain Home " and " Blue Hour "'}])
    ).toEqual([])
  })

  it('reads italics in the target as marking a title', () => {
    expect(reasons([{source: '作品《山居》与《Blue Hour》', target: 'the works "Mountain Home" and *Blue Hour*'}])).toEqual([])
    expect(reasons([{source: '作品《山居》与《Blue Hour》', target: 'the works "Mountain Home" and <i>Blue Hour</i>'}])).toEqual([])
  })

  it('leaves titles that are no documents: newspapers, films', () => {
    expect(reasons([{source: '《湖南日报》报道，电影《春天的河》上映。', target: 'the Hunan Daily reported that the film spring river was released.'}])).toEqual([])
  })

  it('matches lowercase documents to the unmarked titles in order', () => {
    expect(
      reasons([
        {
          source: '依据《安全生产法》《消防条例》《危险化学品管理规定》进行检查。',
          target: 'The check followed the Work Safety Law, the fire control regulations and the hazardous chemicals management provisions.'
        }
      ])
    ).toEqual([
      'fire control regulations: The title 《消防条例》 is written as plain words (`fire control regulations`): expected capitals or quotation marks',
      'hazardous chemicals management provisions: The title 《危险化学品管理规定》 is written as plain words (`hazardous chemicals management provisions`): expected capitals or quotation marks'
    ])
  })

  it('is quiet when the target has as many marked titles as the source', () => {
    expect(
      reasons([{source: '依据《安全生产法》进行检查。', target: 'Under the "work safety law", other laws and the rules apply.'}])
    ).toEqual([])
  })
})
