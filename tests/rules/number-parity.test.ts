import {describe, expect, it} from 'vitest'
import {checkPairsSync} from '../../src/bilingual/pairs.js'
import {checkSync} from '../../src/index.js'
import {sourceFigures, targetFigures} from '../../src/rules/number-parity.js'
import {chineseNumberValues} from '../../src/util/chinese-numbers.js'
import {ruleAlone} from '../helpers.js'

const reasons = (source: string, target: string) =>
  checkPairsSync([{source, target}], ruleAlone('number-parity')).messages.map((message) => message.reason)

const figures = (source: string) =>
  sourceFigures(source).map((figure) => `${source.slice(figure.start, figure.end)} ${figure.kind} ${figure.values.join('/')}`)

const targetValues = (target: string) => targetFigures(target).figures.flatMap((figure) => figure.values)

describe('Chinese numerals', () => {
  it('reads scales, 两, years digit by digit, and neighbouring digits as ranges', () => {
    expect(chineseNumberValues('一万六千')).toEqual([16000])
    expect(chineseNumberValues('两千')).toEqual([2000])
    expect(chineseNumberValues('二〇二一')).toEqual([2021])
    expect(chineseNumberValues('一万六七千')).toEqual([16000, 17000])
    expect(chineseNumberValues('三四')).toEqual([3, 4])
    expect(chineseNumberValues('十五六')).toEqual([15, 16])
    expect(chineseNumberValues('三百一十五点一')).toEqual([315.1])
  })

  it('reads no number in two bare digits without a zero', () => {
    expect(chineseNumberValues('一一')).toEqual([])
  })
})

describe('number-parity: figures of the source', () => {
  it('reads Arabic figures with 万 and 亿, full-width digits and 多', () => {
    expect(figures('收入315.1亿元，新增１．２万人，超30多万户。')).toEqual([
      '315.1亿 count 31510000000',
      '１．２万 count 12000',
      '30多万 count 300000'
    ])
  })

  it('keeps the 千 of 千米, 千克 and 千瓦 a unit', () => {
    expect(figures('飞行3千米，装机82万千瓦。')).toEqual(['3 count 3', '82万 count 820000'])
  })

  it('reads percentages, fractions and tenths', () => {
    expect(figures('增长5%，占百分之二十五，约三分之一，6成。')).toEqual([
      '5% percent 5',
      '百分之二十五 percent 25',
      '三分之一 count 0.3333333333333333/33.3',
      '6成 percent 60/6'
    ])
  })

  it('reads dates, months, years and ISO dates, spaces included', () => {
    expect(figures('2021年9月17日')).toEqual(['2021年 year 2021', '9月17日 date 17'])
    expect(figures('1989 年 11 月 13 日')).toEqual(['1989 年 year 1989', '11 月 13 日 date 13'])
    expect(figures('二〇二一年一二月份')).toEqual(['二〇二一年 year 2021', '一二月 month 1/2'])
    expect(figures('2023-02-11 13:07')).toEqual(['2023 year 2023', '02-11 date 11', '13 count 13', '07 count 7'])
  })

  it('reads ordinals after 第 and Chinese counts before a measure word', () => {
    expect(figures('第三季度，三四个区，党的二十大')).toEqual(['三 count 3', '三四 count 3/4', '二十 count 20'])
  })

  it('leaves numerals inside words, approximations and lone ones alone', () => {
    expect(figures('一起统一思想，十分重要，四川三亚，数十家，几百名，上千人，一个代表团，唯一一次，前一日')).toEqual([])
  })

  it('leaves 两 of people and things alone, but not 两 of time or money', () => {
    expect(figures('两国领导人，两次检测')).toEqual([])
    expect(figures('两年，两倍')).toEqual(['两 count 2', '两 count 2'])
  })

  it('reads 0—24时 as a whole day, and 12时 as noon or midnight', () => {
    expect(figures('0—24时')).toEqual([])
    expect(figures('12时')).toEqual(['12 hour 12/0'])
  })

  it('gives a numbered name its own figure', () => {
    expect(figures('“十四五”时期')).toEqual(['十四五 name 14'])
  })
})

describe('number-parity: figures of the translation', () => {
  it('reads digits with scales and thousands commas', () => {
    expect(targetValues('31.51 billion yuan and 12,000 jobs')).toEqual([31510000000, 31.51, 12000])
  })

  it('reads number words, ordinals, fractions and figure words', () => {
    expect(targetValues('twenty-five, three hundred and twenty, a dozen, twenty-first, a fifth, two-thirds, twice')).toEqual([
      25, 320, 12, 21, 0.2, 20, 2 / 3, 66.7, 2
    ])
  })

  it('keeps neighbouring number words apart', () => {
    expect(targetValues('three nine-foot pianos')).toEqual([3, 9])
  })

  it('shares the scale of the second figure of a range', () => {
    expect(targetValues('12 to 14 million')).toEqual([12, 12000000, 14000000, 14])
  })

  it('reads month names, and "May" only as a month', () => {
    expect([...targetFigures('On 17 Sept. and in May 2020').months]).toEqual([9, 5])
    expect([...targetFigures('May we ask. They may come.').months]).toEqual([])
  })
})

describe('number-parity: findings', () => {
  it('points at the changed figure when the translation has one of the same kind', () => {
    expect(reasons('增长4.9%，达到630万人次。', 'Growth was 4.8% to 6.3 million visits.')).toEqual([
      "The source's 4.9% is not in the translation, which has 4.8"
    ])
  })

  it('names every lost figure at once when none was changed', () => {
    expect(reasons('2019年恢复到67%至75%。', 'It recovered.')).toEqual([
      "The source's 2019年 (2019), 67% and 75% are not in the translation"
    ])
  })

  it('calls a translation with no figure at all an omission', () => {
    const file = checkPairsSync([{source: '增长5%。', target: 'It grew.'}], ruleAlone('number-parity'))
    expect(file.messages.map((message) => message.category)).toEqual(['accuracy/omission'])
  })

  it('accepts a range for a range, and either end alone', () => {
    expect(reasons('一万六七千名志愿者', 'some 16,000 to 17,000 volunteers')).toEqual([])
    expect(reasons('一万六七千名志愿者', 'about 17,000 volunteers')).toEqual([])
    expect(reasons('一万六七千名志愿者', 'about 15,000 volunteers')).toEqual([
      "The source's 一万六七千 (16,000–17,000) is not in the translation, which has 15,000"
    ])
  })

  it('accepts a figure rounded to the precision it is written with, not beyond', () => {
    expect(reasons('收入315.1亿元', 'revenue of 31.5 billion yuan')).toEqual([])
    expect(reasons('收入315.1亿元', 'revenue of 31 billion yuan')).toEqual([
      "The source's 315.1亿 (31.51 billion) is not in the translation, which has 31 billion"
    ])
  })

  it('reads a date in every order English writes it', () => {
    for (const target of ['on September 17', 'on 17 September', 'on Sept. 17', 'on Sep 17th']) {
      expect(reasons('9月17日举行', `held ${target}`)).toEqual([])
    }
    expect(reasons('9月17日举行', 'held on October 17')).toEqual(["The source's 9月17日 (September 17) is not in the translation"])
  })

  it('counts a numbered name carried by its English name or its number', () => {
    expect(reasons('“十四五”规划', 'the 14th Five-Year Plan')).toEqual([])
    expect(reasons('“十四五”规划', 'the plan for 2021-2025')).toEqual([])
    expect(reasons('两会期间', 'during the two sessions')).toEqual([])
    expect(reasons('两会期间', 'during the meetings')).toEqual(["The source's 两会 (the two sessions) is not in the translation"])
  })

  it('reports each segment against its own source', () => {
    const file = checkPairsSync(
      [
        {source: '新增3例。', target: 'Three new cases.'},
        {source: '新增5例。', target: 'Four new cases.'}
      ],
      ruleAlone('number-parity')
    )
    expect(file.messages.map((message) => [message.place && 'start' in message.place ? message.place.start.line : 0, message.reason])).toEqual([
      [3, "The source's 5 is not in the translation"]
    ])
  })

  it('reads nothing without a source, nor an empty target', () => {
    expect(checkSync('Revenue was 315.1 billion yuan.', ruleAlone('number-parity')).messages).toEqual([])
    expect(reasons('增长5%。', '')).toEqual([])
  })
})
