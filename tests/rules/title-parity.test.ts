import {describe, expect, it} from 'vitest'
import {checkPairsSync, type Pair} from '../../src/bilingual/pairs.js'
import {checkSync} from '../../src/index.js'

const only = {preset: 'none' as const, rules: {'title-parity': 'warn' as const}}

function findings(pairs: Pair[]): Array<[string, string, string | undefined]> {
  return checkPairsSync(pairs, only).messages.map((message) => [String(message.actual), message.reason, message.expected?.[0]])
}

describe('title-parity: one person', () => {
  it('reports a person named twice inside one sentence, at the second mention', () => {
    const file = checkPairsSync(
      [
        {source: '会议开始。', target: 'The meeting began.'},
        {source: '县委副书记、县长李强讲话。', target: 'Deputy secretary of the county Party committee Li Qiang and county head Li Qiang spoke.'}
      ],
      only
    )
    expect(file.messages.map((message) => [message.actual, message.place])).toEqual([
      ['Li Qiang', {start: {line: 3, column: 73, offset: 92}, end: {line: 3, column: 81, offset: 100}}]
    ])
  })

  it('leaves a name repeated in a later sentence, where the source says 他', () => {
    expect(
      findings([
        {
          source: '市委常委、副市长张三出席会议。他说，要抓好落实。',
          target: 'Zhang San, member of the Standing Committee of the municipal Party committee and vice mayor, attended. Zhang San said the work must be done.'
        }
      ])
    ).toEqual([])
  })

  it('leaves a second person named after `and the`', () => {
    expect(
      findings([
        {
          source: '市委副书记、副市长张三主持会议，副市长李四出席。',
          target: 'Zhang San, deputy secretary of the municipal Party committee, and the vice mayor, Li Si, attended.'
        }
      ])
    ).toEqual([])
  })

  it('leaves a second person named right after the title, or after its organ', () => {
    for (const title of ['the vice mayor Li Si', 'the mayor of Lanzhou Li Si']) {
      expect(
        findings([
          {
            source: '市委副书记、副市长张三主持会议，副市长李四出席。',
            target: `Zhang San, deputy secretary of the municipal Party committee, and ${title} attended.`
          }
        ])
      ).toEqual([])
    }
  })

  it('reports a title made a second person before the name too', () => {
    expect(
      findings([
        {
          source: '市委副书记、副市长张三主持会议。',
          target: 'Deputy Secretary of the Municipal Party Committee Zhang San, and the deputy mayor of the city presided.'
        }
      ])
    ).toEqual([
      [
        'the deputy mayor of the city',
        'The source gives 张三 the titles 市委副书记、副市长 as one person; `the deputy mayor of the city` reads as a second person',
        undefined
      ]
    ])
  })

  it('leaves a source that joins a second person with 和', () => {
    expect(
      findings([
        {
          source: '市委副书记、副市长张三和副市长出席会议。',
          target: 'Zhang San, deputy secretary of the municipal Party committee, and the vice mayor attended the meeting.'
        }
      ])
    ).toEqual([])
  })

  it('reads 常委会 and 委员会 as bodies, not titles', () => {
    expect(
      findings([
        {
          source: '市人大常委会主任张三出席。',
          target: 'Zhang San, director of the Standing Committee of the municipal people\'s congress, and the mayor attended.'
        }
      ])
    ).toEqual([])
  })
})

describe('title-parity: one spelling', () => {
  it('on a tie, reports the later spelling and suggests the first', () => {
    expect(
      findings([
        {source: '副县长刘建新主持会议。', target: 'Deputy county head Liu Jianxin presided.'},
        {source: '刘建新强调，要抓好落实。', target: 'Liu Jianxing stressed that the work must be done.'}
      ])
    ).toEqual([
      [
        'Liu Jianxing',
        'The source’s 刘建新 is spelled `Liu Jianxin` elsewhere in this file; here it is `Liu Jianxing`',
        'Liu Jianxin'
      ]
    ])
  })

  it('leaves spellings too far apart to be one name', () => {
    expect(
      findings([
        {source: '副县长刘建新主持会议。', target: 'Deputy county head Liu Jianxin presided.'},
        {source: '刘建新强调，要抓好落实。', target: 'Liu Wenjun stressed that the work must be done.'}
      ])
    ).toEqual([])
  })

  it('leaves a segment where two people of one surname and length are named', () => {
    expect(
      findings([
        {source: '市长王强主持会议。', target: 'Mayor Wang Qiang presided.'},
        {source: '副市长王刚和王强出席。', target: 'Vice mayor Wang Gang and Wang Qian attended.'}
      ])
    ).toEqual([])
  })

  it('leaves names written surname last or in another romanisation', () => {
    expect(
      findings([
        {source: '市长张晓明主持会议。', target: 'Mayor Zhang Xiaoming presided.'},
        {source: '张晓明强调，要抓好落实。', target: 'Xiaoming Zhang stressed that the work must be done.'},
        {source: '主席蔡英文出席。', target: 'Chairwoman Tsai Ing-wen attended.'}
      ])
    ).toEqual([])
  })

  it('compares a name the surname table cannot romanise by its runs of words', () => {
    const pairs: Pair[] = [
      {source: '越南政府总理范明政访问大学。', target: 'Prime Minister Pham Minh Chinh visited the university.'},
      {source: '范明政与学生交流。', target: 'Pham Minh Chinh talked with students.'},
      {source: '范明政表示高兴。', target: 'Pham Minh Trung said he was pleased.'}
    ]
    expect(findings(pairs)).toEqual([
      [
        'Pham Minh Trung',
        'The source’s 范明政 is spelled `Pham Minh Chinh` elsewhere in this file; here it is `Pham Minh Trung`',
        'Pham Minh Chinh'
      ]
    ])
    // Two segments are too few to tell the name's rendering.
    expect(findings(pairs.slice(1))).toEqual([])
  })

  it('reads a surname the table lacks by its Pinyin as a surname', () => {
    expect(
      findings([
        {source: '副市长昝晓明主持会议。', target: 'Vice Mayor Zan Xiaoming presided over the meeting.'},
        {source: '昝晓明强调，要抓好落实。', target: 'Zan Xiaomin stressed that the work must be done.'},
        {source: '会后，昝晓明调研了企业。', target: 'After the meeting, Zan Xiaoming visited firms.'}
      ])
    ).toEqual([['Zan Xiaomin', 'The source’s 昝晓明 is spelled `Zan Xiaoming` elsewhere in this file; here it is `Zan Xiaomin`', 'Zan Xiaoming']])
  })

  it('reads no surname in a word that follows names', () => {
    expect(
      findings([
        {source: '副市长出席。', target: 'Vice Mayor Chu Xi attended.'},
        {source: '副市长出席会议。', target: 'Vice Mayor Chu Xin attended.'}
      ])
    ).toEqual([])
  })

  it('reads nothing without a source', () => {
    expect(checkSync('Mayor Zhang Xiaoming presided. Zhang Xiaomin spoke.', only).messages).toEqual([])
  })
})
