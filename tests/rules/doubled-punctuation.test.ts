import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

type Format = 'text' | 'markdown' | 'html'

const messages = (text: string, format: Format = 'text') =>
  checkSync(text, ruleAlone('doubled-punctuation', {}, format)).messages.map((message) => {
    const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    return `${place.start.column}-${place.end.column}: ${message.reason}${message.autofix ? ' (safe)' : ''}`
  })

const both = {preset: 'none' as const, rules: {whitespace: 'warn' as const, 'doubled-punctuation': 'warn' as const}}

describe('doubled-punctuation', () => {
  it('takes a run of one mark whole', () => {
    expect(messages('The soil,,, and the umbrella.')).toEqual(['9-12: Use one `,` instead of `,,,` (safe)'])
    expect(String(fixSync('The soil,,, and the umbrella.', ruleAlone('doubled-punctuation')))).toBe('The soil, and the umbrella.')
  })

  it('removes the full stop doubled after an abbreviation', () => {
    expect(messages('They checked steel, coal, etc.. The rest waits.')).toEqual(['30-32: Use one `.` instead of `..` (safe)'])
  })

  it('keeps the first of two clause marks before a lowercase word', () => {
    expect(messages('The county,. and the town')).toEqual(['11-13: Use `,` instead of `,.`'])
    expect(messages('The tasks are as follows:.\nFirst, reform.')).toEqual(['25-27: Use `:` instead of `:.`'])
  })

  it('only suggests a doubled colon or semicolon', () => {
    expect(messages('Note:: the plan;; the rest')).toEqual(['5-7: Use one `:` instead of `::`', '16-18: Use one `;` instead of `;;`'])
  })

  it('leaves ellipses, directives, paths and full-width marks alone', () => {
    expect(messages('Wait.... Then . . . , and …. Then')).toEqual([])
    expect(messages('::: note\n.. image\ncd ../docs')).toEqual([])
    expect(messages('The work ended。. Then')).toEqual([])
  })

  it('reads a mark after inline code in Markdown', () => {
    expect(messages('Run `lint`.. Then fix.\n', 'markdown')).toEqual(['11-13: Use one `.` instead of `..` (safe)'])
  })

  it('leaves a closing parenthesis alone when one is still open or the first closes nothing', () => {
    expect(messages('The plan (see (a) ) takes effect.')).toEqual([])
    expect(messages('a) first ) second')).toEqual([])
    expect(messages('The plan (see annex 1)) takes effect.')).toEqual(['22-24: Use one `)` instead of `))`'])
  })

  it('agrees with whitespace: the space between two marks goes with the second mark', () => {
    const text = 'Hotels were checked , . The plan (see (a) ) is clear.'
    const found = checkSync(text, both).messages.map((message) => `${message.ruleId} ${message.actual}`)
    expect(found).toEqual(['whitespace  ', 'doubled-punctuation , .', 'whitespace  '])
    expect(String(fixSync(text, {...both, apply: 'all'}))).toBe('Hotels were checked. The plan (see (a)) is clear.')
  })

  it('reads a doubled comma run into a word only in prose', () => {
    expect(messages('In the town,,and the village')).toEqual(['12-14: Use one `, ` instead of `,,` (safe)'])
    expect(messages('Codes 1,,2 and a,,b,c,d')).toEqual([])
    expect(messages('The town,,,and the village')).toEqual([])
    expect(messages('name,,age,sex\nWang,,42,male')).toEqual([])
  })

  it('suggests one exclamation mark for a run of them after a word', () => {
    expect(messages('Thanks for your support!!! "Go!!" he said.')).toEqual(['24-27: Use one `!` instead of `!!!`', '31-33: Use one `!` instead of `!!`'])
    expect(messages('!! note\nwarn!!error and x = !!y')).toEqual([])
    expect(messages('Really?! Yes!')).toEqual([])
  })
})
