import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {furniturePieces} from '../../src/rules/scraped-boilerplate.data.js'
import {ruleAlone} from '../helpers.js'

describe('scraped-boilerplate', () => {
  // The pieces are tried as one alternation, which takes the first piece
  // that matches: an empty match would hide the pieces after it.
  it('has no piece that matches the empty string', () => {
    for (const piece of furniturePieces) expect(new RegExp(`^(?:${piece})$`, 'iu').test(''), piece).toBe(false)
  })

  it('removes furniture safely only outside the article', () => {
    const body = 'word '.repeat(30).trim()
    const text = `Print\n\n${body}\n\nShare to WeChat\n\nShort one.\n\n${body}\n\nPrint\n\nShort.`
    const file = checkSync(text, ruleAlone('scraped-boilerplate'))
    expect(file.messages.map((message) => [message.actual?.trim(), message.autofix])).toEqual([
      ['Print', true],
      ['Share to WeChat', false],
      ['Print', true]
    ])
  })
})
