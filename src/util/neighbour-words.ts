// The words on either side of a match, for rules that judge a token by its
// neighbours ("Xi implemented", "Comrade XX"). Letters only: a mark ends the word.

const letter = /\p{L}/u

/** The word after the spaces at `index` in `text`, or `''` when a mark comes first. */
export function wordAfter(text: string, index: number): string {
  let start = index
  while (text[start] === ' ') start++
  let end = start
  while (end < text.length && letter.test(text[end]!)) end++
  return text.slice(start, end)
}

/**
 * The word before the spaces that end at `index` in `text`, or `''` when a
 * mark comes first; with `acrossFullStop`, a full stop after the word is
 * passed over ("Mr. XX").
 */
export function wordBefore(text: string, index: number, acrossFullStop = false): string {
  let end = index
  while (end > 0 && text[end - 1] === ' ') end--
  if (acrossFullStop && text[end - 1] === '.') end--
  let start = end
  while (start > 0 && letter.test(text[start - 1]!)) start--
  return text.slice(start, end)
}
