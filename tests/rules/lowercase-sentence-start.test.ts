import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const findings = (text: string, format: 'text' | 'markdown' | 'html' = 'text') =>
  checkSync(text, ruleAlone('lowercase-sentence-start', {}, format)).messages.map(
    (message) => `${String(message.actual)} ${message.fatal === null ? '' : message.autofix ? 'safe' : 'suggest'}`.trim()
  )

describe('lowercase-sentence-start', () => {
  it('capitalises after a full stop safely and after other marks as a suggestion', () => {
    expect(findings('It ended. the next began. Why? the people asked! and so.. it went')).toEqual([
      'the safe',
      'the suggest',
      'and suggest',
      'it suggest'
    ])
  })

  it('fixes a sentence after a full stop, and nothing else unattended', () => {
    const text = 'It ended. the next began.\nA headline\nthe body follows here in a much longer line than the headline above it.'
    expect(String(fixSync(text, ruleAlone('lowercase-sentence-start')))).toBe(
      'It ended. The next began.\nA headline\nthe body follows here in a much longer line than the headline above it.'
    )
  })

  it('flags the first line of a document and a line after a blank line', () => {
    expect(findings('the text starts here.')).toEqual(['the suggest'])
    expect(findings('A heading\n\nthe text starts here.')).toEqual(['the suggest'])
  })

  it('leaves a short line under an unpunctuated line alone (wrapped text)', () => {
    expect(findings('The meeting stressed that the county must improve its\nwork style.')).toEqual([])
  })

  it('leaves a line after a continuing word alone even when it is long', () => {
    expect(findings('The county will\ncontinue to strengthen the assessment of the work of the leading groups at all levels in every town.')).toEqual([])
  })

  it('leaves units, times, initials and numbered notes alone', () => {
    expect(findings('It is 5 km. from town. At 9 p.m. the hall closed. J. smith and Nos. three.')).toEqual([])
  })

  it('leaves list numbers inside a sentence alone, but not a year', () => {
    expect(findings('The tasks are: 1. strengthen the work; 2. improve the style. It began in 2020. the plan followed.')).toEqual([
      'the safe'
    ])
  })

  it('leaves HTML list items and table cells alone but checks paragraphs', () => {
    expect(findings('<p>Tasks.</p><ul><li>strengthen the work</li></ul><p>the end is near.</p>', 'html')).toEqual([
      'the suggest'
    ])
  })

  it('only suggests a capital after a code block or a break', () => {
    expect(findings('Run the command.\n\n```\nmake\n```\n\nwhere make builds it.', 'markdown')).toEqual(['where suggest'])
    expect(findings('Run the command.\n\n---\n\nwhere make builds it.', 'markdown')).toEqual(['where suggest'])
    expect(findings('Run the command.\n\nwhere make builds it.', 'markdown')).toEqual(['where safe'])
  })

  it('leaves Markdown headings and table cells alone', () => {
    expect(findings('# the title\n\n| a | b |\n| - | - |\n| yes | no |\n', 'markdown')).toEqual([])
  })

  it('does not touch a word after a closing quotation mark', () => {
    expect(findings('“We will win.” said the head. (See above.) the list follows.')).toEqual([])
  })
})

describe('lowercase-sentence-start: numbers and numbered items', () => {
  it('reads a full stop after a percentage or a temperature as a sentence end', () => {
    expect(findings('Coverage reached 88%. the target is 90%. It was 35℃. the heat lasted.')).toEqual(['the safe', 'the safe'])
  })

  it('leaves a percent sign with no number before it alone', () => {
    expect(findings('The sign %. the rest')).toEqual([])
  })

  it('capitalises the text of a numbered item after a finished sentence, in any numbering', () => {
    expect(findings('Work went well.\n(1) On funds, all was paid.\n(2) on staff, posts were filled.\n3、in the end, all passed.')).toEqual([
      'on safe',
      'in safe'
    ])
  })

  it('leaves a list in lowercase style alone after its first item', () => {
    expect(findings('Steps\n1. open the box.\n2. take out the device.\n3. plug it in.')).toEqual([])
  })

  it('leaves numbered items after a colon alone, even when they end with full stops', () => {
    expect(findings('The tasks are:\n1. strengthen the work.\n2. improve the style.')).toEqual([])
  })

  it('leaves a numbered item under a headline alone', () => {
    expect(findings('Main tasks\n1. strengthen the work of the Party in every village of the county this year.')).toEqual([])
  })
})

describe('lowercase-sentence-start: a small number at a sentence end', () => {
  it('suggests a capital after a number that follows a lowercase word', () => {
    expect(findings('The number of cases fell to 12. the rest were closed.')).toEqual(['the suggest'])
  })

  it('leaves a list number after a colon, a semicolon or a sentence end alone', () => {
    expect(findings('Aims: 1. strengthen; 2. improve. 3. serve the people.')).toEqual([])
  })
})
