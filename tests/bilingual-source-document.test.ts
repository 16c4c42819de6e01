import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {pairWithSource, ParagraphCountError} from '../src/bilingual/source-document.js'
import {check, checkSync} from '../src/check.js'
import {fixSync} from '../src/fix.js'
import {ConfigError} from '../src/settings.js'

const chineseText = `关于推进乡村振兴的报告
一是加强农田建设，新建高标准农田一千万亩。
二是发展乡村产业，培育龙头企业五百家。
三是改善人居环境。
`

const englishText = `Report on promoting rural revitalization
First, strengthen farmland construction, building 10 million mu of high-standard farmland.

Second, develop rural industries and and foster 500 leading enterprises.
Third, improve the living environment.
`

describe('a document beside its original', () => {
  it('pairs plain text line by line, blank lines aside, and keeps positions in the document', () => {
    const file = checkSync(new VFile({path: 'report.txt', value: englishText}), {sourceText: chineseText})
    const segments = file.data.segments!
    expect(segments.map((segment) => [segment.id, segment.source, englishText.slice(segment.start, segment.end)])).toEqual([
      ['1', '关于推进乡村振兴的报告', 'Report on promoting rural revitalization'],
      ['2', '一是加强农田建设，新建高标准农田一千万亩。', 'First, strengthen farmland construction, building 10 million mu of high-standard farmland.'],
      ['3', '二是发展乡村产业，培育龙头企业五百家。', 'Second, develop rural industries and and foster 500 leading enterprises.'],
      ['4', '三是改善人居环境。', 'Third, improve the living environment.']
    ])
    for (const segment of segments) expect(segment.target).toBe(englishText.slice(segment.start, segment.end))
    const repeated = file.messages.find((message) => message.ruleId === 'repeated-word')
    expect(repeated?.actual).toBe('and and')
    expect((repeated?.place as {start: {offset: number}}).start.offset).toBe(englishText.indexOf('and and'))
  })

  it('finds the same monolingual findings with the source as without it, and fixes the document alike', () => {
    const alone = checkSync(new VFile({path: 'report.txt', value: englishText}))
    const beside = checkSync(new VFile({path: 'report.txt', value: englishText}), {sourceText: chineseText, preset: 'recommended'})
    const monolingual = new Set(alone.messages.map((message) => message.ruleId))
    expect(beside.messages.filter((message) => monolingual.has(message.ruleId)).map((message) => message.name)).toEqual(
      alone.messages.map((message) => message.name)
    )
    const fixed = String(fixSync(new VFile({path: 'report.txt', value: englishText}), {sourceText: chineseText}))
    expect(fixed).toContain('rural industries and foster')
  })

  it('pairs the paragraphs and headings of Markdown, in lists and quotes too, and not code', () => {
    const english = [
      '# Report on rural revitalization',
      '',
      '- First, build 10 million mu of **farmland**.',
      '- Second, foster 500 enterprises.',
      '',
      '```',
      'code is not prose',
      '```',
      '',
      '> Third, improve the living environment.',
      ''
    ].join('\n')
    const chinese = ['# 乡村振兴报告', '', '1. 一是新建**农田**一千万亩。', '2. 二是培育企业五百家。', '', '> 三是改善人居环境。', ''].join('\n')
    const segments = pairWithSource(english, chinese, 'markdown')
    expect(segments.map((segment) => [segment.source, segment.target])).toEqual([
      ['乡村振兴报告', '# Report on rural revitalization'],
      ['一是新建农田一千万亩。', 'First, build 10 million mu of **farmland**.'],
      ['二是培育企业五百家。', 'Second, foster 500 enterprises.'],
      ['三是改善人居环境。', 'Third, improve the living environment.']
    ])
    for (const segment of segments) expect(english.slice(segment.start, segment.end)).toBe(segment.target)
    const file = checkSync(new VFile({path: 'report.md', value: english}), {sourceText: chinese})
    expect(file.data.segments).toHaveLength(4)
  })

  it('refuses counts that differ, saying where the two part', () => {
    // The English lacks the second item (二是…).
    const english = [
      'Report on promoting rural revitalization',
      'First, strengthen farmland construction, building 10 million mu of high-standard farmland.',
      'Third, improve the living environment.',
      'Fourth, train rural talent through vocational schools and targeted programmes in every county.'
    ].join('\n')
    const chinese = [
      '关于推进乡村振兴的报告',
      '一是加强农田建设，新建高标准农田一千万亩。',
      '二是发展乡村产业，培育龙头企业五百家，带动农户增收致富。',
      '三是改善人居环境。',
      '四是通过职业学校和专项计划在每个县培养乡村人才。'
    ].join('\n')
    expect(() => pairWithSource(english, chinese, 'text')).toThrowError(ParagraphCountError)
    expect(() => pairWithSource(english, chinese, 'text')).toThrowError(
      'Cannot pair the document with its source: the English has 4 paragraphs and the source 5. Judged by their lengths, they part at source paragraph 3 (line 3: “二是发展乡村产业，培育龙头企业五百家，带动农户增…”), which has no English counterpart, after English paragraph 2 (line 2: “First, strengthen farmla…”)'
    )
  })

  it('names an extra English paragraph, and refuses through check() with one line', async () => {
    const english = 'Report on the plan\nAn extra paragraph the translator added, long enough to stand out here.\nFirst, build farmland.'
    const chinese = '规划报告\n一是建设农田。'
    const error = await check(new VFile({path: 'plan.txt', value: english}), {sourceText: chinese}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ParagraphCountError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    expect(message).toContain('the English has 3 paragraphs and the source 2')
    expect(message).toContain('English paragraph 2 (line 2: “An extra paragraph the t…”), which has no source counterpart')
  })

  it('refuses HTML, and a translation file given a source document', () => {
    expect(() => checkSync(new VFile({path: 'a.html', value: '<p>One.</p>'}), {sourceText: '一。'})).toThrowError(ParagraphCountError)
    expect(() =>
      checkSync(new VFile({path: 'a.jsonl', value: '{"source":"一","target":"One"}'}), {sourceText: '一'})
    ).toThrowError(ConfigError)
  })
})

describe('a document whose paragraphs all run alike', () => {
  it('says the lengths cannot show where it parts from its source', () => {
    expect(() => pairWithSource('First line here.\nNext line here.\n', '第一行。\n第二行。\n第三行。\n', 'text')).toThrowError(
      'Cannot pair the document with its source: the English has 2 paragraphs and the source 3, and their lengths do not show where they part'
    )
  })
})
