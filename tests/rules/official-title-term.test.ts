import {describe, expect, it} from 'vitest'
import {checkSync, fixSync} from '../../src/index.js'

const options = {preset: 'none' as const, rules: {'official-title-term': 'warn' as const}}

describe('official-title-term edge cases', () => {
  it('downgrades a spelling fix across Markdown markup to a suggestion', () => {
    const text = 'Secretary *General* Zhang Yonghai spoke.'
    const [message] = checkSync(text, {...options, format: 'markdown'}).messages
    expect(message?.actual).toBe('Secretary *General')
    expect(message?.autofix).toBe(false)
    expect(String(fixSync(text, {...options, format: 'markdown'}))).toBe(text)
  })

  it('matches across any run of spaces and keeps the case of each word', () => {
    const file = checkSync('Deputy secretary  general Li spoke.', options)
    expect(file.messages.map((message) => message.expected?.[0])).toEqual(['secretary-general'])
  })

  it('lets a user entry win a variant over a shipped one', () => {
    const glossary = {titles: [{official: 'secretary general', variants: ['Secretary-General'], fix: 'safe' as const}]}
    const text = 'Secretary-General Zhang spoke; the secretary general left.'
    expect(String(fixSync(text, {...options, glossary}))).toBe('Secretary General Zhang spoke; the secretary general left.')
  })

  it('looks for named bodies by the head of a user entry too', () => {
    const glossary = {titles: [{official: 'the county Party committee', variants: ['the Comité'], requires: ['county Party committee']}]}
    const reasons = (text: string) => checkSync(text, {...options, glossary}).messages.map((message) => message.reason)
    expect(reasons('The county Party committee met.\n\nThe Comité said so.')).toEqual([
      'Expected the established form `The county Party committee` for `The Comité`'
    ])
    expect(reasons('The county Party committee met.\n\nThe Olympic Comité spoke.\n\nThe Comité said so.')).toEqual([])
    expect(reasons('The county Party committee met.\n\nThe Comité of Lyon spoke.\n\nThe Comité said so.')).toEqual([])
  })

  it('finds a named body in any paragraph of the document', () => {
    const text = 'The Commission met.\n\nThe municipal Party committee agreed.\n\nThe State Commission for Reform spoke.'
    expect(checkSync(text, options).messages).toEqual([])
  })
})

describe('official-title-term: heads of departments called ministers', () => {
  const reported = (text: string) => checkSync(text, options).messages.map((message) => [message.actual, message.expected?.[0]])

  it('finds them in a local Party text', () => {
    expect(
      reported(
        'Wang Li, member of the Standing Committee of the county party committee, organization minister and armed forces minister Zhou Bin, and the publicity minister attended.'
      )
    ).toEqual([
      ['organization minister', 'head of the Organization Department'],
      ['armed forces minister', 'head of the People’s Armed Forces Department'.replace('’', "'")],
      ['publicity minister', 'head of the Publicity Department']
    ])
  })

  it('leaves real ministers alone', () => {
    expect(reported('The armed forces minister of Britain met the propaganda minister of the old regime.')).toEqual([])
  })
})
