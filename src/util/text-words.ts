/** A word of a paragraph's text, by offsets into that text. */
export interface TextWord {
  value: string
  start: number
  end: number
}

// Letters, with inner apostrophes and hyphens ("Party's", "county-level").
const wordPattern = /\p{L}+(?:['’-]\p{L}+)*/gu

/**
 * The words of `text` in order, read straight from the string: rules that
 * look at the case of neighbouring words need no parse tree for it.
 */
export function textWords(text: string): TextWord[] {
  const words: TextWord[] = []
  for (const match of text.matchAll(wordPattern)) {
    words.push({value: match[0], start: match.index, end: match.index + match[0].length})
  }
  return words
}
