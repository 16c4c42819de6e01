// Shared by the character rules (`fullwidth-punctuation`, `cjk-brackets`,
// `cjk-residue`): they must agree on what counts as Chinese text, so that a
// mark inside quoted Chinese is left to `cjk-residue` alone.

const han = /^\p{Script=Han}$/u
const allHan = /^\p{Script=Han}+$/u

/** Whether `character` (one UTF-16 unit or code point) is a Chinese character. */
export function isHan(character: string | undefined): boolean {
  return character !== undefined && han.test(character)
}

/** Whether `text` is made of Chinese characters only (a name in the source, say). */
export function isAllHan(text: string): boolean {
  return allHan.test(text)
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

// Every character the character rules look for lies in these ranges: Chinese
// characters (from U+2E80 on), Chinese and full-width punctuation and
// brackets (U+3000 on, U+FF01 on) and circled list markers (U+2460–249B).
// Without the `u` flag the search runs several times faster, and it still
// sees a supplementary Chinese character by its surrogates.
const wideCharacter = /[\u2460-\u249B\u2E80-\uFFFF]/

let lastText: string | undefined
let lastAnswer = false

/**
 * Whether `text` may hold Chinese text, Chinese punctuation or brackets, or
 * circled list markers; `false` means it holds none, as most paragraphs of
 * an English text do. The character rules ask about the same paragraph one
 * after the other: the last answer is kept.
 */
export function mayHoldCjk(text: string): boolean {
  if (text !== lastText) {
    lastAnswer = wideCharacter.test(text)
    lastText = text
  }
  return lastAnswer
}
