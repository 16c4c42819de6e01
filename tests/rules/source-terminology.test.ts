import {describe, expect, it} from 'vitest'
import {checkPairs, checkPairsSync, type Pair} from '../../src/bilingual/pairs.js'
import {checkSync, fixSync} from '../../src/index.js'
import type {GlossaryInput} from '../../src/glossary/index.js'

const only = {preset: 'none' as const, rules: {'source-terminology': 'warn' as const}}

function findings(pairs: Pair[], glossary?: GlossaryInput): Array<[string, string | undefined, boolean]> {
  return checkPairsSync(pairs, {...only, glossary}).messages.map((message) => [
    String(message.actual),
    message.expected?.[0],
    message.autofix === true
  ])
}

describe('source-terminology', () => {
  it('reads a user entry’s Chinese term', () => {
    const glossary: GlossaryInput = {titles: [{official: 'Party chief', variants: ['party secretary'], zh: ['党委书记', '党组书记']}]}
    expect(findings([{source: '县委书记出席。党委书记讲话。', target: 'The party secretary spoke.'}], glossary)).toEqual([
      ['party secretary', 'Party chief', false]
    ])
    expect(findings([{source: '党组书记讲话。', target: 'The Party chief spoke.'}], glossary)).toEqual([])
  })

  it('reports a title missing from the target, even when the entry has no variants', () => {
    const glossary: GlossaryInput = {titles: [{official: 'Party chief', variants: [], zh: '党委书记'}]}
    expect(findings([{source: '党委书记讲话。', target: 'The leader spoke.'}], glossary)).toEqual([['The leader spoke.', undefined, false]])
    expect(findings([{source: '党委书记讲话。', target: 'The Party chief spoke.'}], glossary)).toEqual([])
  })

  it('reports a variant when the source holds the term more often than the target renders it', () => {
    expect(
      findings([
        {
          source: '组织部部长李华和组织部部长王明出席。',
          target: 'Head of the Organization Department Li Hua and organization department minister Wang Ming attended.'
        }
      ])
    ).toEqual([['organization department minister', 'head of the Organization Department', false]])
  })

  it('leaves 中央纪委 written as an abbreviation', () => {
    expect(findings([{source: '中央纪委通报了案件。', target: 'The CCDI announced the case.'}])).toEqual([])
  })

  it('keeps an entry’s exceptions', () => {
    expect(findings([{source: '北约秘书长出席。', target: 'NATO Secretary General Jens Stoltenberg attended.'}])).toEqual([])
  })

  it('reports a term of two tables once', () => {
    expect(findings([{source: '县纪律检查委员会开展工作。', target: 'The county discipline inspection commission began work.'}])).toEqual([
      ['discipline inspection commission', 'Commission for Discipline Inspection', false]
    ])
  })

  it('fixes only the variants of an entry that carries the term and says its fix is safe', () => {
    // A user entry of the concept, without the term, takes `basic-level` from the shipped table.
    const glossary: GlossaryInput = {terms: [{concept: 'grassroots', official: 'primary-level', variants: ['basic-level'], fix: 'safe'}]}
    expect(findings([{source: '加强基层治理。', target: 'Strengthen basic-level governance.'}], glossary)).toEqual([
      ['basic-level', 'primary-level', false]
    ])
    const pairs = [{source: '加强基层治理。', target: 'Strengthen grass-roots governance.'}]
    expect(findings(pairs)).toEqual([['grass-roots', 'grassroots', true]])
  })

  it('leaves a variant whose Chinese term is not in the source', () => {
    expect(findings([{source: '经济发展良好。', target: 'Promote high quality development.'}])).toEqual([])
  })

  it('leaves a term paraphrased or left implicit', () => {
    expect(
      findings([
        {source: '以色列新冠肺炎确诊人数上升。', target: 'The number of confirmed cases in Israel rose.'},
        {source: '千辛万苦招商引资。', target: 'They worked hard to attract investment.'}
      ])
    ).toEqual([])
  })

  it('keeps a title-cased name title-cased', () => {
    expect(findings([{source: '市卫健委主任张伟说。', target: 'Zhang Wei, director of the Municipal Health and Health Commission, said.'}])).toEqual([
      ['Health and Health Commission', 'Health Commission', false]
    ])
  })

  it('reads a glossary file with Chinese terms', async () => {
    const file = await checkPairs([{source: '党委书记讲话。', target: 'The party secretary spoke.'}], {...only, glossary: 'tests/fixtures/glossary/zh.yaml'})
    expect(file.messages.map((message) => message.expected?.[0])).toEqual(['Party chief'])
  })

  it('reads nothing without a source', () => {
    expect(checkSync('Organization department minister Li Hua attended.', only).messages).toEqual([])
    expect(String(fixSync('We will promote high quality development.', only))).toBe('We will promote high quality development.')
  })
})
