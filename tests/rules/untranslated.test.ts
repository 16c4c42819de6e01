import {describe, expect, it} from 'vitest'
import {checkPairsSync, type Pair} from '../../src/bilingual/pairs.js'

function findings(pairs: Pair[], rules: Record<string, 'warn'> = {untranslated: 'warn'}): string[] {
  return checkPairsSync(pairs, {preset: 'none', rules}).messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined
    return `${message.ruleId} ${place?.start.offset}-${place?.end.offset} ${JSON.stringify(message.actual)}: ${message.reason}`
  })
}

describe('untranslated', () => {
  it('leaves a segment whose source is empty or has no text', () => {
    expect(findings([{source: '', target: ''}, {source: '  ', target: ''}, {source: '——', target: ''}])).toEqual([])
  })

  it('reports a target of spaces alone, with no width, where the target starts', () => {
    expect(findings([{source: '春耕是关键。', target: 'Spring is key.'}, {source: '农机去哪里修？', target: '   '}])).toEqual([
      'untranslated 16-16 "": The target is empty: the segment `农机去哪里修？` is untranslated'
    ])
  })

  it('reports an empty last segment at the end of the text', () => {
    expect(findings([{source: '春耕是关键。', target: 'Spring is key.'}, {source: '农机去哪里修？', target: ''}])).toEqual([
      'untranslated 16-16 "": The target is empty: the segment `农机去哪里修？` is untranslated'
    ])
  })

  it('names a long source by its opening', () => {
    const source = '本报讯 记者从县农业农村局获悉，全县春播面积已超过十万亩，各乡镇正抓紧补种。'
    expect(findings([{source, target: ''}])).toEqual([
      `untranslated 0-0 "": The target is empty: the segment \`${source.slice(0, 20)}…\` is untranslated`
    ])
  })

  it('compares a copy with spaces and full-width forms set aside', () => {
    expect(findings([{source: '农机 去哪里修？', target: '农机去哪里修?'}])).toEqual([
      'untranslated 0-7 "农机去哪里修?": The target repeats its Chinese source: the segment is untranslated'
    ])
  })

  it('leaves Latin names, codes and figures copied as they are', () => {
    expect(findings([{source: 'Xi Jinping', target: 'Xi Jinping'}, {source: '2023', target: '2023'}, {source: 'F-22', target: 'F-22'}])).toEqual([])
  })

  it('leaves an English target with a few Chinese words to cjk-residue', () => {
    expect(
      findings([{source: '华声在线报道。', target: 'Hunan Daily Online - 华声在线 reported.'}], {untranslated: 'warn', 'cjk-residue': 'warn'})
    ).toEqual(['cjk-residue 21-25 "华声在线": Untranslated Chinese text `华声在线`'])
  })

  it('reports the whole of a target left in Chinese, beside the run cjk-residue names', () => {
    expect(findings([{source: '农机去哪里修？', target: '农机去哪里修？'}], {untranslated: 'warn', 'cjk-residue': 'warn'})).toEqual([
      'cjk-residue 0-7 "农机去哪里修？": Untranslated Chinese text `农机去哪里修？`',
      'untranslated 0-7 "农机去哪里修？": The target repeats its Chinese source: the segment is untranslated'
    ])
  })
})
