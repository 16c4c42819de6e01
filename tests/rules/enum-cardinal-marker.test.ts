import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkPairsSync} from '../../src/bilingual/pairs.js'
import {checkSync, fixSync} from '../../src/index.js'

const options = {preset: 'none' as const, rules: {'enum-cardinal-marker': 'warn' as const}}
const seed = readFileSync(new URL('../../examples/party-building.txt', import.meta.url), 'utf8')

function actuals(text: string, format?: 'text' | 'markdown'): string[] {
  return checkSync(text, {...options, format}).messages.map((message) => String(message.actual))
}

describe('enum-cardinal-marker', () => {
  it('finds every cardinal marker of the seed', () => {
    expect(actuals(seed)).toEqual([
      'one should',
      'Two to',
      'Three to',
      'Four to',
      'Six to',
      'one is to',
      'Two is to',
      'The three is',
      'Four is to'
    ])
  })

  it('rewrites the seed lists with ordinals when all suggestions are applied', () => {
    const fixed = String(fixSync(seed, {...options, apply: 'all'}))
    for (const phrase of [
      'stressed that first, we should effectively enhance',
      'Second, give full play',
      'Third, clear the key tasks',
      'Fourth, improve the party',
      'Sixth, strengthen',
      'four aspects, first, continue to deepen',
      'Second, seize the time',
      'Third, in accordance with provincial arrangements',
      'Fourth, continue to promote'
    ]) {
      expect(fixed).toContain(phrase)
    }
    expect(actuals(fixed)).toEqual([])
  })

  it('leaves names and counts beside a real list alone', () => {
    const text =
      'Two is to uphold the Two Upholds. Three is to study One Country, Two Systems. Three days later, two people were injured. The First Lady spoke.'
    expect(actuals(text)).toEqual(['Two is to', 'Three is to'])
  })

  it('does not join lists across a blank line', () => {
    expect(actuals('He said one should rest.\n\nTwo to three days later he left.')).toEqual([])
    expect(actuals('He said that one should rest.\n\nTwo should follow.')).toEqual([])
  })

  it('keeps a lowercase one only when the two follows', () => {
    expect(actuals('Two should be fired; he said that one should be kept.')).toEqual([])
  })

  it('needs a neighbouring number within six sentences', () => {
    const filler = ' It rained.'.repeat(7)
    expect(actuals(`Two is to seize the time.${filler} Three is to act.`)).toEqual([])
  })

  it('maps offsets through Markdown markup', () => {
    const text = 'Su Rong said *that* one is to deepen reform; two is to improve `rules`.'
    const file = checkSync(text, {...options, format: 'markdown'})
    expect(file.messages.map((message) => message.actual)).toEqual(['one is to', 'two is to'])
  })

  it('takes a lone marker only at the opening of its sentence, from two on, with `to` or `is to`', () => {
    expect(actuals('He said that two is to improve the system.')).toEqual([])
    expect(actuals('One is to strengthen the leadership of the Party.')).toEqual([])
    expect(actuals('Two should strengthen the rules.')).toEqual([])
    expect(actuals('Two is to keep the peace.')).toEqual([])
    expect(actuals('The three is to highlight the political function.')).toEqual(['The three is to'])
    expect(actuals('Three is to further strictly implement the duty.')).toEqual(['Three is to'])
  })

  it('is quiet once a lone marker is rewritten', () => {
    const text = 'The rules were read. Four is to do a good job of supervision.'
    const fixed = String(fixSync(text, {...options, apply: 'all'}))
    expect(fixed).toBe('The rules were read. Fourth, do a good job of supervision.')
    expect(actuals(fixed)).toEqual([])
  })

  it('reads `and` before the last marker of a run-on list', () => {
    expect(actuals('There are tasks: one is to reform; two is to open up; and three is to innovate.')).toEqual([
      'one is to',
      'two is to',
      'three is to'
    ])
    expect(actuals('He and three is to blame.')).toEqual([])
  })

  it('reads a lowercase marker after a full stop as a sentence opening', () => {
    const text = 'First came the rules. the first is to study; the second is to act.'
    expect(checkSync(text, options).messages.map((message) => message.expected)).toEqual([['First,'], ['second,']])
  })

  it('reads a list line by line', () => {
    expect(actuals('Tasks:\nOne is to reform.\nTwo is to open up.')).toEqual(['One is to', 'Two is to'])
  })

  it('reads an ordinal adverb with `is to` as a marker of a cardinal list', () => {
    expect(actuals('He asked: one is to check dikes; two is to move people; thirdly is to stay on duty.')).toEqual([
      'one is to',
      'two is to',
      'thirdly is to'
    ])
    expect(actuals('Secondly is to move people to safety.')).toEqual([])
    expect(actuals('Firstly, check dikes. Secondly should we wait? Thirdly, stay on duty.')).toEqual([])
  })
})

describe('enum-cardinal-marker: digit markers', () => {
  it('reads a digit with `is` at a line start as a marker beside its neighbours only', () => {
    expect(actuals('As follows:\n1 is the scope.\n2 is the time.')).toEqual(['1 is', '2 is'])
    expect(actuals('As follows:\n1 is the scope.\nThe time is 7:00, and 2 is the count.')).toEqual([])
  })
})

describe('enum-cardinal-marker: digits inside a paragraph', () => {
  it('leaves a sentence that opens with a figure', () => {
    expect(actuals('The scores were read. 1 is the lowest mark. 2 is the pass mark.')).toEqual([])
  })
})

describe('enum-cardinal-marker with the source', () => {
  const bilingual = (pairs: Array<{source: string; target: string}>) =>
    checkPairsSync(pairs, options).messages.map((message) => `${message.actual}: ${message.reason}`)

  it('confirms a lowercase `one is to` whose second item is "the other"', () => {
    const target = 'We must do two things, one is to repair the canals, and the other is to store enough seed.'
    expect(actuals(target)).toEqual([])
    expect(bilingual([{source: '要做好两件事，一是修好水渠，二是备足种子。', target}])).toEqual([
      'one is to: Expected `first,` for the list marker `one is to`'
    ])
  })

  it('leaves a number whose source numbers no item', () => {
    expect(
      bilingual([
        {source: '一是加强领导。', target: 'First, strengthen leadership.'},
        {source: '第二项任务是完善制度。', target: 'Two is to improve the rules.'}
      ])
    ).toEqual([])
  })

  it('keeps the English number when the source has as many items but no number differs', () => {
    expect(
      bilingual([{source: '一是加强领导；二是完善制度。', target: 'One is to strengthen leadership; two is to improve the rules.'}])
    ).toEqual([
      'One is to: Expected `First,` for the list marker `One is to`',
      'two is to: Expected `second,` for the list marker `two is to`'
    ])
  })
})
