import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const messages = (text: string, format: 'text' | 'markdown' = 'text') =>
  checkSync(text, ruleAlone('whitespace', {}, format)).messages.map((message) => {
    const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    return `${place.start.column}-${place.end.column}: ${message.reason}`
  })

// The rule looks only at spaces that can be wrong and at marks before a
// capital; these cases sit at the edges of those shortcuts.
describe('whitespace', () => {
  it('finds single spaces at the ends, after `(` and before `)`', () => {
    expect(messages(' Lead and trail ')).toEqual([
      '1-2: Remove the space at the start of the paragraph',
      '16-17: Remove the space at the end of the paragraph'
    ])
    expect(messages('In ( brackets ) and x ,y')).toEqual(['5-6: Remove the space after `(`', '14-15: Remove the space before `)`'])
    expect(messages(' Lead and trail \n', 'markdown')).toEqual([])
  })

  it('takes a run of mixed spaces whole', () => {
    expect(messages('two\u00A0\u00A0kinds\u3000of\u200Bspace')).toEqual([
      '4-6: Replace the no-break space with an ordinary space',
      '11-12: Replace the ideographic space with one space',
      '14-15: Remove the zero-width space at the end of the paragraph'
    ])
  })

  it('finds a fused sentence before a capital beyond ASCII', () => {
    expect(messages('Fused ab.𝐀bc and ab.Éte and ab.Ab and U.S.A. and ab.ABC')).toEqual([
      '9-10: Add a space after `.`',
      '21-22: Add a space after `.`',
      '32-33: Add a space after `.`'
    ])
  })

  it('finds a spaced hyphen only after a whole lowercase prefix', () => {
    expect(messages('The non  -  door, Non - door, xnon - door, self - made - pre - war, co - op - e - mail.')).toEqual([
      '8-10: Use one space instead of 2',
      '8-13: Remove the spaces around the hyphen in `non  -  door`',
      '11-13: Use one space instead of 2',
      '48-51: Remove the spaces around the hyphen in `self - made`',
      '61-64: Remove the spaces around the hyphen in `pre - war`',
      '71-74: Remove the spaces around the hyphen in `co - op`',
      '80-83: Remove the spaces around the hyphen in `e - mail`'
    ])
  })
})

describe('whitespace at the start of a line and between marks', () => {
  it('removes the indent of a line after CRLF and after a blank line with spaces', () => {
    expect(messages('Title\r\n  Body.\n   \n    More.')).toEqual([
      '1-3: Remove the spaces at the start of the line',
      '1-5: Remove the spaces at the start of the line'
    ])
  })

  it('cannot see blanks before the first paragraph, which stay outside the window', () => {
    expect(messages('\n  Body.')).toEqual([])
  })

  it('still removes the space inside nested parentheses', () => {
    expect(messages('The plan (see (a) ) works.')).toEqual(['18-19: Remove the space before `)`'])
  })

  it('leaves a fused capital after a longer word to others', () => {
    expect(messages('The cooperationThe work and OnSaturday.')).toEqual([])
  })

  it('reads a tab inside a line only between words of a sentence or before a label', () => {
    expect(messages('The county \t held a meeting.')).toEqual(['11-14: Replace the tab inside the line with one space'])
    expect(messages('Date: 2023-06-02\tSource: County Bureau', 'markdown')).toEqual(['17-18: Replace the tab inside the line with one space'])
    expect(messages('Name:\tLi Ming\nLi Ming\t35\tclerk\nEnd\t')).toEqual([])
  })

  it('takes a chain of spaced hyphens as one compound, and one prefix alone as before', () => {
    expect(messages('They work step - by - step and face - to - face.')).toEqual([
      '15-23: Remove the spaces around the hyphens in `step - by - step`',
      '36-44: Remove the spaces around the hyphens in `face - to - face`'
    ])
    expect(messages('The well - to - do families')).toEqual(['9-17: Remove the spaces around the hyphens in `well - to - do`'])
    expect(messages('The plan - in a word - failed.')).toEqual([])
  })
})
