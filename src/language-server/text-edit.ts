import type {TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'

/**
 * One edit turning the document's text into `after`: only the span between
 * their common start and common end is replaced, so an editor keeps the
 * cursor, folds and marks everywhere else. `undefined` when nothing changes.
 */
export function minimalEdit(document: TextDocument, after: string): TextEdit | undefined {
  const before = document.getText()
  if (before === after) return undefined
  const limit = Math.min(before.length, after.length)
  let start = 0
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++
  // Never split a surrogate pair or a CRLF: editors may refuse or mangle half of one.
  while (start > 0 && splitsPair(before, start)) start--
  while (end > 0 && splitsPair(before, before.length - end)) end--
  return {
    range: {start: document.positionAt(start), end: document.positionAt(before.length - end)},
    newText: after.slice(start, after.length - end)
  }
}

function splitsPair(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1)
  const next = text.charCodeAt(offset)
  const surrogate = previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
  return surrogate || (previous === 13 && next === 10)
}
