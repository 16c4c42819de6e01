import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {visit} from 'unist-util-visit'
import {parse} from '../src/format.js'
import {countWords, penaltyWeights, perThousandWords, scoreFile, totalScore, weightOf} from '../src/cli/reporters/score.js'
import {documentWith, noteOn} from './reporter-fixtures.js'

const text = 'The the committee met on Monday , and it it adjourned.'

describe('weights', () => {
  it('scores an error as major, a warning as minor and a minor punctuation slip at a tenth', () => {
    const file = documentWith('a.txt', text, [
      {start: 0, end: 7, level: 'error', category: 'fluency/grammar'},
      {start: 0, end: 7, level: 'warning', category: 'accuracy/mistranslation'},
      {start: 30, end: 32, level: 'warning', category: 'fluency/punctuation'},
      {start: 30, end: 32, level: 'error', category: 'fluency/punctuation'},
      {start: 0, end: 3, level: 'info', category: 'style/awkward'}
    ])
    expect(file.messages.map((message) => weightOf(message)?.weight)).toEqual([5, 1, 0.1, 5, 0])
    expect(file.messages.map((message) => weightOf(message)?.severity)).toEqual(['major', 'minor', 'minor', 'major', 'neutral'])
  })

  it('covers a category’s subcategories, not categories that merely share its prefix', () => {
    const file = documentWith('a.txt', text, [
      {start: 0, end: 3, level: 'warning', category: 'fluency/punctuation/spacing'},
      {start: 0, end: 3, level: 'warning', category: 'fluency/punctuationish'}
    ])
    expect(file.messages.map((message) => weightOf(message)?.weight)).toEqual([0.1, 1])
  })

  it('leaves messages about the file out of the score', () => {
    const file = new VFile({path: 'skipped.bin', value: ''})
    noteOn(file, 'Skipped `skipped.bin`: binary', true)
    expect(weightOf(file.messages[0]!)).toBeUndefined()
    expect(scoreFile(file, '').penalty).toBe(0)
  })

  it('are the ones the README documents, in the same order', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').split('\n')
    const head = readme.indexOf('| finding | MQM severity | points |')
    expect(head).toBeGreaterThan(-1)
    const rows = readme.slice(head + 2, head + 2 + penaltyWeights.length + 1).filter((line) => line.startsWith('|'))
    expect(rows.map((row) => row.split('|').slice(2, 4).map((cell) => cell.trim()))).toEqual(
      penaltyWeights.map((row) => [row.severity, String(row.weight)])
    )
  })

  it('has a row for every level, the catch-all rows after the specific one', () => {
    const levels = new Set(penaltyWeights.filter((row) => row.category === undefined).map((row) => row.level))
    expect([...levels].sort()).toEqual(['error', 'info', 'warning'])
    expect(penaltyWeights.findIndex((row) => row.category !== undefined)).toBeLessThan(
      penaltyWeights.findIndex((row) => row.category === undefined)
    )
  })
})

describe('words', () => {
  it('counts the words of plain text as the rules read them', () => {
    expect(countWords(new VFile({path: 'a.txt'}), text)).toBe(10)
    expect(countWords(new VFile({path: 'a.txt'}), '')).toBe(0)
  })

  it('counts plain text as the English parser does, without parsing it', () => {
    const tricky = "Xi's door-to-door visit, e.g. 3.5% of 1,200 people — 'quoted' words… U.S. policy; the the end.\n\nTwo is to 加强 it."
    let parsed = 0
    visit(parse(new VFile({value: tricky}), 'text'), 'WordNode', () => {
      parsed++
    })
    expect(countWords(new VFile({path: 'a.txt'}), tricky)).toBe(parsed)
  })

  it('leaves Markdown and HTML markup out of the count', () => {
    expect(countWords(new VFile({path: 'a.md'}), '# Title\n\nThe meeting [closed](https://example.org/a/b/c).\n\n```\nlet code = 1\n```\n')).toBe(4)
    expect(countWords(new VFile({path: 'a.html'}), '<p class="lead" data-one="two three">The meeting closed.</p>')).toBe(3)
  })
})

describe('penalty per 1,000 words', () => {
  it('divides the penalty by the words', () => {
    const file = documentWith('a.txt', text, [
      {start: 0, end: 7, level: 'error'},
      {start: 0, end: 7, level: 'warning'},
      {start: 30, end: 32, level: 'warning', category: 'fluency/punctuation'}
    ])
    const score = scoreFile(file, text)
    expect(score).toEqual({penalty: 6.1, words: 10})
    expect(perThousandWords(score)).toBeCloseTo((6.1 * 1000) / 10, 10)
  })

  it('adds tenths exactly', () => {
    const file = documentWith(
      'a.txt',
      text,
      Array.from({length: 3}, () => ({start: 30, end: 32, level: 'warning' as const, category: 'fluency/punctuation'}))
    )
    expect(scoreFile(file, text).penalty).toBe(0.3)
  })

  it('has no score without words', () => {
    expect(perThousandWords({penalty: 5, words: 0})).toBeUndefined()
    expect(perThousandWords({penalty: 5, words: undefined})).toBeUndefined()
  })

  it('totals the files whose words are known', () => {
    expect(totalScore([{penalty: 1.1, words: 100}, {penalty: 5, words: undefined}, {penalty: 0.2, words: 300}])).toEqual({
      penalty: 1.3,
      words: 400
    })
  })
})
