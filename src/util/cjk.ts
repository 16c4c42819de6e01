// Shared by the character rules (`fullwidth-punctuation`, `cjk-brackets`,
// `cjk-residue`): they must agree on what counts as Chinese text, so that a
// mark inside quoted Chinese is left to `cjk-residue` alone.

const han = /^\p{Script=Han}$/u

/** Whether `character` (one UTF-16 unit or code point) is a Chinese character. */
export function isHan(character: string | undefined): boolean {
  return character !== undefined && han.test(character)
}

/**
 * Whether the nearest non-space character before `index` or at/after `end`
 * in `text` is Chinese: the mark between them belongs to Chinese text.
 */
export function touchesHan(text: string, index: number, end: number): boolean {
  let before = index - 1
  while (before >= 0 && text[before] === ' ') before--
  let after = end
  while (after < text.length && text[after] === ' ') after++
  return isHan(text[before]) || isHan(text[after])
}
