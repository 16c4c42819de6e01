import type {TextEdit} from './moved-findings.js'

/**
 * Where the window-local rules must read again after `edit`: `start`–`end`
 * holds every paragraph whose window the edit may have changed (the edited
 * lines and two paragraphs each side), and `contextStart`–`contextEnd` adds two
 * paragraphs before and one after, so that a rule read from `contextStart`
 * meets each paragraph of the region in the window it has in the whole text,
 * with the same standing as first, second or later paragraph. Offsets are in
 * the edited text; a region's edges are line starts.
 */
export interface EditedRegion {
  contextStart: number
  start: number
  end: number
  contextEnd: number
}

/** Paragraphs a rule may read around the edited lines before its findings there are final. */
const around = 2

export function editedRegion(text: string, edit: TextEdit): EditedRegion {
  let start = lineStart(text, edit.from)
  for (let count = 0; count < around; count++) start = previousParagraphLine(text, start)
  let contextStart = start
  for (let count = 0; count < around; count++) contextStart = previousParagraphLine(text, contextStart)
  let end = nextLineStart(text, Math.max(edit.from, edit.newEnd - 1))
  for (let count = 0; count < around; count++) end = nextParagraphLineEnd(text, end)
  const contextEnd = nextParagraphLineEnd(text, end)
  return {contextStart, start, end, contextEnd}
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13
}

// A line holding anything but blanks is a paragraph of plain text.
function isParagraphLine(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code !== 32 && code !== 9 && !isBreak(code)) return true
  }
  return false
}

function lineStart(text: string, at: number): number {
  let start = Math.min(at, text.length)
  while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--
  return start
}

// The start of the line after the one holding `at` (the text's length on the last line).
function nextLineStart(text: string, at: number): number {
  let end = Math.max(at, 0)
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++
  if (end < text.length && text.charCodeAt(end) === 13) end++
  if (end < text.length && text.charCodeAt(end) === 10) end++
  return end
}

// The start of the nearest paragraph line before the line starting at `start`, or 0.
function previousParagraphLine(text: string, start: number): number {
  let end = start
  while (end > 0) {
    const from = lineStart(text, end - 1)
    if (isParagraphLine(text, from, end)) return from
    end = from
  }
  return 0
}

// The start of the line after the nearest paragraph line from `start` on, or the text's length.
function nextParagraphLineEnd(text: string, start: number): number {
  let from = start
  while (from < text.length) {
    const next = nextLineStart(text, from)
    if (isParagraphLine(text, from, next)) return next
    from = next
  }
  return text.length
}
