import {describe, expect, it} from 'vitest'
import {checkPairsSync, type Pair} from '../../src/bilingual/pairs.js'
import {checkSync} from '../../src/index.js'

const only = {preset: 'none' as const, rules: {'place-name-parity': 'warn' as const}}

function findings(pairs: Pair[]): Array<[string, string | undefined]> {
  return checkPairsSync(pairs, only).messages.map((message) => [String(message.actual), message.expected?.[0]])
}

describe('place-name-parity: spellings compared', () => {
  it('reports the rarer spelling wherever it stands, with the commoner one', () => {
    const file = checkPairsSync(
      [
        {source: '湘阴县召开会议。', target: 'Xiangying County held a meeting.'},
        {source: '湘阴县有耕地十万亩。', target: 'Xiangyin County has 100,000 mu of farmland.'},
        {source: '湘阴县经济增长。', target: 'The economy of Xiangyin County grew.'}
      ],
      only
    )
    expect(file.messages.map((message) => [message.actual, message.expected, message.place])).toEqual([
      ['Xiangying', ['Xiangyin'], {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 10, offset: 9}}]
    ])
  })

  it('learns a name with its suffix and finds it bare in other segments', () => {
    expect(
      findings([
        {source: '湘阴县召开会议。', target: 'Xiangyin County held a meeting.'},
        {source: '湘阴的经济持续增长。', target: 'The economy of Xiangying kept growing.'},
        {source: '湘阴的农业也在发展。', target: 'Farming in Xiangyin is growing too.'}
      ])
    ).toEqual([['Xiangying', 'Xiangyin']])
  })

  it('reads 州 as the last syllable of a city', () => {
    expect(
      findings([
        {source: '杭州举办博览会。', target: 'Hangzhou hosted an expo.'},
        {source: '杭州市民踊跃参加。', target: 'Residents of Hangzou took part.'}
      ])
    ).toEqual([['Hangzou', 'Hangzhou']])
  })

  it('reads the name before a word that ends in a suffix: 浦东新区', () => {
    expect(
      findings([
        {source: '浦东新区发布规划。', target: 'Pudong New Area issued a plan.'},
        {source: '浦东新区加快建设。', target: 'Pudon New Area is speeding up construction.'}
      ])
    ).toEqual([['Pudon', 'Pudong']])
  })

  it('reports a spelling of two words beside one word', () => {
    expect(
      findings([
        {source: '湘阴县召开会议。', target: 'Xiangyin County held a meeting.'},
        {source: '湘阴县召开大会。', target: 'Xiang Ying County held a rally.'},
        {source: '湘阴县召开座谈会。', target: 'Xiang Yin County held a forum.'}
      ])
    ).toEqual([['Xiang Ying', 'Xiangyin']])
  })

  it('reports a changed letter in a name of five letters or more', () => {
    expect(
      findings([
        {source: '湘阴县召开会议。', target: 'Xiangyin County held a meeting.'},
        {source: '湘阴县召开大会。', target: 'Xiangyan County held a rally.'},
        {source: '湘阴县召开座谈会。', target: 'Xiangyin County held a forum.'}
      ])
    ).toEqual([['Xiangyan', 'Xiangyin']])
  })
})

describe('place-name-parity: traps left alone', () => {
  it('counts a possessive, capitals, a hyphen or an apostrophe as the same spelling', () => {
    expect(
      findings([
        {source: '云南省发布通知。', target: 'Yunnan Province issued a notice.'},
        {source: '云南的工会很活跃。', target: 'Yunnan’s trade unions are active.'},
        {source: '西安市举行活动。', target: 'XI’AN held an event.'},
        {source: '西安的游客很多。', target: 'Xian has many visitors.'}
      ])
    ).toEqual([])
  })

  it('needs a short name spelled exactly to tie it', () => {
    expect(
      findings([
        {source: '西安市举行活动。', target: 'Xi’an held an event.'},
        {source: '西安市的游客很多。', target: 'Xan has many visitors.'}
      ])
    ).toEqual([])
  })

  it('leaves a target that spells one place two ways in one segment', () => {
    expect(
      findings([
        {source: '湘阴县召开会议。', target: 'Xiangyin County held a meeting.'},
        {source: '湘阴县召开大会。', target: 'Xiangying County held a rally in Xiangyin.'}
      ])
    ).toEqual([])
  })

  it('ties no place to a person named before 镇里', () => {
    expect(
      findings([
        {source: '镇党委书记陈超和镇里干部走访农户。', target: 'Chen Chao, Party secretary of the township, visited farmers with the township cadres.'},
        {source: '陈超和镇干部座谈。', target: 'Chen Chaohe Town held talks with cadres.'}
      ])
    ).toEqual([])
  })

  it('compares nothing in a segment with no Chinese, or with an empty target', () => {
    expect(
      findings([
        {source: '湘阴县召开会议。', target: 'Xiangyin County held a meeting.'},
        {source: 'Xiangyin County', target: 'Xiangying County'},
        {source: '湘阴县召开大会。', target: ''}
      ])
    ).toEqual([])
  })

  it('leaves an older spelling that a fixed name keeps: Peking Opera, Canton Tower', () => {
    expect(
      findings([
        {source: '北京举办京剧节。', target: 'Beijing hosted a festival of Peking Opera.'},
        {source: '北京的剧院很多。', target: 'Beijing has many theatres.'},
        {source: '广州塔亮灯。', target: 'The Canton Tower was lit up.'},
        {source: '广州举办活动。', target: 'Guangzhou held an event.'}
      ])
    ).toEqual([])
  })

  it('reports an older spelling of the place itself, even far from the Pinyin', () => {
    expect(
      findings([
        {source: '广州举办活动。', target: 'Guangzhou held an event.'},
        {source: '广州的天气很热。', target: 'The weather in Canton is hot.'},
        {source: '广州的游客很多。', target: 'Guangzhou has many visitors.'}
      ])
    ).toEqual([['Canton', 'Guangzhou']])
  })

  it('reads no source in a monolingual check', () => {
    expect(checkSync('Xiangyin County held a meeting. Xiangying County held a rally.', only).messages).toEqual([])
  })
})
