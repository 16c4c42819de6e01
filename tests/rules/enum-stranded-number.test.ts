import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'

const options = {preset: 'none' as const, rules: {'enum-stranded-number': 'warn' as const}}

function actuals(text: string, format?: 'text' | 'markdown'): string[] {
  return checkSync(text, {...options, format}).messages.map((message) => String(message.actual))
}

describe('enum-stranded-number', () => {
  it('joins a number across blank lines to its heading', () => {
    const text = 'The meeting reviewed the work.\n\none\n\nStrengthen the study of Party members.'
    expect(actuals(text)).toEqual(['one\n\n'])
    expect(String(fixSync(text, {...options, apply: 'all'}))).toBe(
      'The meeting reviewed the work.\n\nI. Strengthen the study of Party members.'
    )
  })

  it('is quiet once the suggestion is applied', () => {
    const text = 'Work report\none、\nTighten the responsibility of branches.\ntwo\nImprove the rules of the branches.'
    expect(actuals(text)).toEqual(['one、\n', 'two\n'])
    const fixed = String(fixSync(text, {...options, apply: 'all'}))
    expect(fixed).toBe('Work report\nI. Tighten the responsibility of branches.\nII. Improve the rules of the branches.')
    expect(actuals(fixed)).toEqual([])
  })

  it('takes a number on the first line of a document', () => {
    expect(actuals('One\nStrengthen the leadership of the Party.')).toEqual(['One\n'])
  })

  it('needs a line that opens like a heading after the number', () => {
    expect(actuals('The work went well.\none\nand the rest followed.')).toEqual([])
    expect(actuals('The work went well.\none\n2. Reform.')).toEqual([])
    expect(actuals('The work went well.\none')).toEqual([])
  })

  it('leaves numbers inside sentences and lines with more than a number alone', () => {
    expect(actuals('The work went well.\none of the branches\nStrengthen the study.')).toEqual([])
    expect(actuals('The work went well.\nOne.\nStrengthen the study.')).toEqual([])
    expect(actuals('The work went well.\neleven\nStrengthen the study.')).toEqual([])
  })

  it('reads the lines of a Markdown paragraph', () => {
    expect(actuals('The work went well.\n\none\nStrengthen the study of Party members.', 'markdown')).toEqual(['one\n'])
  })

  it('reads numerals with their mark alone on a line', () => {
    expect(actuals('The river was patrolled.\n(3)\nClose the illegal outlets.')).toEqual(['(3)\n'])
    expect(actuals('The river was patrolled.\n3、\nClose the illegal outlets.')).toEqual(['3、\n'])
    expect(actuals('The river was patrolled.\n3\nClose the illegal outlets.')).toEqual([])
    expect(actuals('The river was patrolled.\n3.0\nClose the illegal outlets.')).toEqual([])
    expect(actuals('Countdown\n3.\n2.\n1.\nLaunch')).toEqual([])
  })
})

describe('enum-stranded-number: bare numerals', () => {
  it('finds a bare numeral only between the items before and after it', () => {
    expect(actuals('1. Keep the lanes clear.\n2\nThe alarm telephone is 12119.\n3. Report fires.')).toEqual(['2\n'])
    expect(actuals('1. Keep the lanes clear.\n3\nThe alarm telephone is 12119.\n4. Report fires.')).toEqual([])
    expect(actuals('1. Keep the lanes clear.\n2\nthe alarm telephone is 12119.\n3. Report fires.')).toEqual([])
    expect(actuals('1. Keep the lanes clear.\nMore text.\nMore text.\nMore text.\nMore text.\nMore text.\n2\nNext page\n3. Report.')).toEqual([])
  })
})
