/**
 * Lowercase words looked up by a run of ASCII letters where it stands in a
 * text, without slicing or lowercasing it: prefilters scan every paragraph,
 * and a run that is no word of the table costs no allocation.
 */
export class AsciiRunTable<Value> {
  private readonly entries = new Map<number, Array<{word: string; value: Value}>>()
  /** Length of the longest word: longer runs are never looked up. */
  readonly longest: number

  constructor(words: Iterable<readonly [string, Value]>) {
    let longest = 0
    for (const [word, value] of words) {
      const hash = hashRun(word, 0, word.length)
      const list = this.entries.get(hash) ?? []
      list.push({word, value})
      this.entries.set(hash, list)
      longest = Math.max(longest, word.length)
    }
    this.longest = longest
  }

  /** The value of the word `text.slice(start, end)`, compared without regard to ASCII case. */
  get(text: string, start: number, end: number): Value | undefined {
    if (end - start > this.longest) return undefined
    const list = this.entries.get(hashRun(text, start, end))
    if (list === undefined) return undefined
    for (const entry of list) if (equalsRun(entry.word, text, start, end)) return entry.value
    return undefined
  }
}

// `| 0x20` lowercases an ASCII letter (and keeps a digit).
function hashRun(text: string, start: number, end: number): number {
  let hash = end - start
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + (text.charCodeAt(index) | 0x20)) | 0
  return hash
}

function equalsRun(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let offset = 0; offset < word.length; offset++) {
    if ((text.charCodeAt(start + offset) | 0x20) !== word.charCodeAt(offset)) return false
  }
  return true
}
