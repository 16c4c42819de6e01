import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {SourceWindow} from '../rule.js'

/** A word, number, symbol or punctuation mark of a sentence, where it stands in the source. */
export interface SentenceToken {
  value: string
  start: number
  end: number
  word: boolean
  capitalised: boolean
  /**
   * Whether the source holds exactly `value` there. Code, and a word the
   * converter could not place in the source (HTML after `<br>`), is not
   * placed: rules must not treat it as equal to anything.
   */
  placed: boolean
}

/** The tokens of a sentence, white space left out. */
export function sentenceTokens(sentence: Sentence, source: SourceWindow): SentenceToken[] {
  const tokens: SentenceToken[] = []
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    const value = toString(child)
    tokens.push({
      value,
      start,
      end,
      word: child.type === 'WordNode',
      capitalised: /^\p{Lu}/u.test(value),
      placed: child.type !== 'SourceNode' && source.slice(start, end) === value
    })
  }
  return tokens
}
