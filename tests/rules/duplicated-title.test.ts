import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'

const seedFile = new URL('../../examples/party-building.txt', import.meta.url)
const alone = {preset: 'none' as const, rules: {'duplicated-title': 'warn' as const}}

function findings(text: string) {
  return checkSync(text, alone).messages.map((message) => ({actual: message.actual, expected: message.expected}))
}

describe('duplicated-title', () => {
  it.skipIf(!existsSync(seedFile))('flags the seed once, with a rewrite, and leaves its one-title-per-person sentence alone', () => {
    const seed = readFileSync(seedFile, 'utf8')
    const messages = checkSync(seed, alone).messages
    expect(messages.map((message) => message.actual)).toEqual([
      'Deputy Secretary of the municipal Party committee deputy secretary of the provincial Party committee'
    ])
    expect(messages[0]!.expected).toEqual([
      'Deputy Secretary of the municipal Party committee and deputy secretary of the provincial Party committee'
    ])
    expect(messages[0]!.autofix).toBe(false)
  })

  it.each([
    'Municipal Committee, organization department minister Bi Xiaoning, municipal committee, Secretary General Zhang Yonghai attended the meeting.',
    'Deputy governor Li Ming, mayor Wang Fang attended the meeting.',
    'E Jingping, chief minister of the Ministry of Water Resources, called for action.',
    'Recently, General Secretary Xi Jinping emphasized the point.',
    'Secretary of State Antony Blinken said the talks would go on.',
    'Governor General Julie Payette said so.',
    'Zhang Yuliang, chairman and president of Greenland Holdings, said so.',
    'Marvin Gatpayat, PCOO Deputy Secretary of Executive and Legal Affairs, said so.',
    'Member of the Standing Committee of the provincial Party committee and secretary of the municipal Party committee Wang Jianjun presided.',
    'Xu Xiangguo, the deputy governor of Heilongjiang Province, and Xu Xiaoming, the secretary of the district committee, attended.',
    'The director, the deputy director and the secretary attended.'
  ])('leaves %j alone', (text) => {
    expect(findings(text)).toEqual([])
  })

  it('suggests the name first when the chain starts a clause', () => {
    const text =
      'On September 17, member of the Standing Committee of the provincial Party committee, secretary of the municipal Party committee Wang Jianjun stressed reform.'
    expect(String(fixSync(text, {...alone, apply: 'all'}))).toBe(
      'On September 17, Wang Jianjun, member of the Standing Committee of the provincial Party committee and secretary of the municipal Party committee, stressed reform.'
    )
  })

  it('joins three titles as a list', () => {
    const text = 'Deputy governor, party secretary, executive vice mayor Li Ming attended.'
    expect(findings(text)[0]!.expected).toEqual(['Li Ming, Deputy governor, party secretary and executive vice mayor,'])
  })

  it('only flags a chain it cannot rewrite', () => {
    expect(findings('The report by deputy governor, executive vice mayor Li Ming stressed reform.')).toEqual([
      {actual: 'deputy governor, executive vice mayor Li Ming', expected: []}
    ])
  })

  it('merges a person split in two, never two different people', () => {
    const text =
      "Xu Xiangguo, the deputy governor of Heilongjiang Province, and Xu Xiangguo, the secretary of the Daxing'anling District Committee, attended."
    expect(findings(text)).toEqual([{actual: ', and Xu Xiangguo,', expected: [' and']}])
    expect(String(fixSync(text, alone))).toBe(text)
  })

  it('offers no rewrite across Markdown markup', () => {
    const text = 'He was *Deputy Secretary of the municipal Party committee* deputy secretary of the provincial Party committee.\n'
    const messages = checkSync(text, {...alone, format: 'markdown'}).messages
    expect(messages).toHaveLength(1)
    expect(messages[0]!.expected).toEqual([])
  })
})
