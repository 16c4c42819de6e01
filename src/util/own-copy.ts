/**
 * A copy of `text` that shares no memory with the string it was cut from.
 * V8 keeps a slice of 13 characters or more as a view into its parent, so a
 * rule that keeps a phrase from every paragraph until the end of the document
 * would keep every paragraph alive with it, and a stream would hold the whole
 * text after all. Shorter slices are copies already.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}
