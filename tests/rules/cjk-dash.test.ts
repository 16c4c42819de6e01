import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

type Format = 'text' | 'markdown' | 'html'

const fixed = (text: string, options: object = {}, format: Format = 'text') =>
  String(fixSync(text, ruleAlone('cjk-dash', options, format)))

const messages = (text: string) =>
  checkSync(text, ruleAlone('cjk-dash')).messages.map((message) => `${message.actual} → ${message.expected?.[0]}${message.autofix ? ' (safe)' : ''}`)

describe('cjk-dash', () => {
  it('follows the spacing of em dashes anywhere in the document, a later paragraph included', () => {
    expect(fixed('First——second.\nThe plan — adopted in May — works.')).toBe('First — second.\nThe plan — adopted in May — works.')
    expect(fixed('First —— second.\nThe plan—adopted in May—works.')).toBe('First—second.\nThe plan—adopted in May—works.')
    // As many of each: closed.
    expect(fixed('First —— second.\nThe plan—adopted — works.')).toBe('First—second.\nThe plan—adopted — works.')
  })

  it('sets the spacing by option', () => {
    expect(fixed('The plan — adopted — works —— well.', {spacing: 'closed'})).toBe('The plan — adopted — works—well.')
  })

  it('finds horizontal bars and heavy box-drawing lines', () => {
    expect(messages('One belief――to follow. Duties ━━ and rules.')).toEqual(['―― → — (safe)', ' ━━  → — (safe)'])
  })

  it('only suggests a dash at the end of a paragraph, and leaves a line of dashes alone', () => {
    expect(messages('And the result——')).toEqual(['—— → —'])
    expect(messages('── \n—— ——')).toEqual([])
  })

  it('replaces a Chinese dash in Markdown prose', () => {
    expect(fixed('Quality *first*—— shorter waits.\n', {}, 'markdown')).toBe('Quality *first*—shorter waits.\n')
  })
})
