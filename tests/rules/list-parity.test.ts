import {describe, expect, it} from 'vitest'
import {checkPairsSync, type Pair} from '../../src/bilingual/pairs.js'
import {sourceMarkers} from '../../src/util/source-markers.js'

function reasons(pairs: Pair[]): string[] {
  return checkPairsSync(pairs, {preset: 'none', rules: {'list-parity': 'warn'}}).messages.map(
    (message) => `${message.actual}: ${message.reason}`
  )
}

function markers(source: string): string[] {
  return sourceMarkers(source).map((marker) => `${marker.text}=${marker.value}`)
}

describe('list-parity: the source markers', () => {
  it('reads every kind of marker', () => {
    expect(markers('一是甲；二是乙；十一是丙。')).toEqual(['一是=1', '二是=2', '十一是=11'])
    expect(markers('一要学习，二要落实。')).toEqual(['一要=1', '二要=2'])
    expect(markers('第一，学习；第二，落实。')).toEqual(['第一=1', '第二=2'])
    expect(markers('首先，学习；其次，落实；再次，检查；最后，总结。')).toEqual(['首先=1', '其次=2', '再次=3', '最后=4'])
    expect(markers('（一）总体要求（二）主要任务')).toEqual(['（一）=1', '（二）=2'])
    expect(markers('一、指导思想。二、基本原则')).toEqual(['一、=1', '二、=2'])
    expect(markers('①学习②落实')).toEqual(['①=1', '②=2'])
    expect(markers('其一，学习；其二，落实。')).toEqual(['其一=1', '其二=2'])
    expect(markers('（1）学习（2）落实')).toEqual(['（1）=1', '（2）=2'])
  })

  it('reads a marker after a word that is not part of it', () => {
    expect(markers('主要做法一是加强领导，二是完善制度。')).toEqual(['一是=1', '二是=2'])
    expect(markers('我们一要坚持，二要落实。')).toEqual(['一要=1', '二要=2'])
    expect(markers('统一要求，第一要务，同一要求。')).toEqual([])
  })

  it('leaves numerals that belong to a word', () => {
    expect(markers('统一是前提，唯一是目标，周六是休息日，这是原因之一是错的。')).toEqual([])
    expect(markers('他第一次来，获得第一名，担任第一书记，第一时间赶到，安全第一，')).toEqual([])
    expect(markers('一、二月份的数据。')).toEqual([])
    expect(markers('其次是湖北，他再次召开会议，最后一天。')).toEqual([])
    expect(markers('一是一，二是二。')).toEqual([])
  })

  it('needs the neighbour of a loose marker', () => {
    expect(markers('一要坚持。')).toEqual([])
    expect(markers('首先，我要感谢大家。')).toEqual([])
    expect(markers('第一，我要感谢大家。')).toEqual([])
    expect(markers('最后，他说。')).toEqual([])
    expect(sourceMarkers('其次，落实。', {sequence: 1}).map((marker) => marker.text)).toEqual(['其次'])
  })
})

describe('list-parity', () => {
  it('is quiet when every item has its marker', () => {
    expect(
      reasons([{source: '一是加强领导；二是完善制度；三是严格考核。', target: 'First, lead; second, improve the rules; finally, assess.'}])
    ).toEqual([])
    expect(reasons([{source: '（一）总体要求', target: '(1) General requirements'}])).toEqual([])
    expect(reasons([{source: '①学习；②落实。', target: '① study; ② implement.'}])).toEqual([])
    expect(reasons([{source: '其一，学习；其二，落实。', target: 'One is to study, the other to implement.'}])).toEqual([])
  })

  it('is quiet when the English numbers more than the source', () => {
    expect(reasons([{source: '要学习，要落实。', target: 'First, study. Second, implement.'}])).toEqual([])
  })

  it('is quiet when the source list jumps', () => {
    expect(reasons([{source: '一是学习；三是落实。', target: 'First, study; third, implement.'}])).toEqual([])
  })

  it('names an item lost in the middle of a segment', () => {
    expect(
      reasons([
        {
          source: '一是加强组织领导，压实责任；二是完善制度机制；三是严格考核问责，奖惩分明。',
          target: 'First, strengthen the leadership and fix responsibility; third, assess strictly, with clear rewards and penalties.'
        }
      ])
    ).toEqual(['third: `二是` (second item) has no English item'])
  })

  it('carries a list over from one segment to the next', () => {
    const pairs = [
      {source: '一是加强领导。', target: 'First, strengthen leadership.'},
      {source: '二是完善制度。', target: 'Second, improve the rules.'},
      {source: '三是严格考核。', target: 'Assess strictly.'}
    ]
    expect(reasons(pairs)).toEqual(['Assess: `三是` (third item) has no English list marker'])
  })

  it('confirms a first item from the segment after it', () => {
    const pairs = [
      {source: '第一，加强领导。', target: 'Strengthen leadership.'},
      {source: '第二，完善制度。', target: 'Second, improve the rules.'}
    ]
    expect(reasons(pairs)).toEqual(['Strengthen: `第一` (first item) has no English list marker'])
  })

  it('forgets a loose list after many segments without markers', () => {
    const filler = Array.from({length: 10}, () => ({source: '会议召开。', target: 'The meeting was held.'}))
    const pairs = [
      {source: '首先，学习文件；其次，落实要求。', target: 'First of all, study; then implement.'},
      ...filler,
      {source: '最后，他说。', target: 'He spoke last of all.'}
    ]
    expect(reasons(pairs)).toEqual([])
  })

  it('reports a lone marker whose English lost it, as in a reference that reads the item as prose', () => {
    expect(reasons([{source: '四是全力做好春耕备耕工作。', target: 'Efforts were made to prepare for spring ploughing.'}])).toEqual([
      'Efforts: `四是` (fourth item) has no English list marker'
    ])
  })

  it('leaves an empty target, or one left in Chinese, to `untranslated`', () => {
    expect(reasons([{source: '一是加强领导。', target: ''}])).toEqual([])
    expect(reasons([{source: '一是加强领导。二是完善制度。', target: '一是加强领导。二是完善制度。'}])).toEqual([])
  })

  it('reports from the right segment when the first item is confirmed later', () => {
    const file = checkPairsSync(
      [
        {source: '第一，加强领导。', target: 'Strengthen leadership.'},
        {source: '第二，完善制度。', target: 'Second, improve the rules.'}
      ],
      {preset: 'none', rules: {'list-parity': 'warn'}}
    )
    expect(file.messages.map((message) => message.place && 'start' in message.place && message.place.start.line)).toEqual([1])
  })
})

describe('list-parity: references to numbered parts', () => {
  it('leaves a bracketed number after an article or a table', () => {
    expect(markers('依据第三条（一）和表（2）的规定。')).toEqual([])
  })
})

describe('list-parity: a loose list over two segments', () => {
  it('checks both items of 首先 and 其次 in separate segments', () => {
    const pairs = [
      {source: '首先，要加强学习。', target: 'We must study harder.'},
      {source: '其次，要落实要求。', target: 'We must implement the requirements.'}
    ]
    expect(reasons(pairs)).toEqual([
      'We: `首先` (first item) has no English list marker',
      'We: `其次` (second item) has no English list marker'
    ])
    expect(
      reasons([
        {source: '首先，要加强学习。', target: 'First, we must study harder.'},
        {source: '其次，要落实要求。', target: 'Next, we must implement the requirements.'}
      ])
    ).toEqual([])
  })
})
