// Small words that stay lowercase inside a Title Case name ("Four Forms of Decadence").
const smallWords = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'or'])

/** Whether a phrase of two or more words is in Title Case: every word but the small ones capitalised. */
export function isTitleCase(phrase: string): boolean {
  const words = phrase.split(/[\s-]+/).filter((word) => /\p{L}/u.test(word))
  const capitalised = words.filter((word) => !smallWords.has(word))
  return words.length > 1 && capitalised.length > 0 && capitalised.every((word) => /^\p{Lu}/u.test(word))
}

/** The phrase in Title Case: each word capitalised but the small ones after the first. */
export function titleCased(phrase: string): string {
  return phrase.replace(/[\p{L}\p{N}]+/gu, (word, index: number) =>
    index > 0 && smallWords.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)
  )
}
