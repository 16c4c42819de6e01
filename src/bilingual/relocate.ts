import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import type {Segment} from '../paragraph.js'
import type {TargetPiece, TargetSpans} from './target-text.js'

/** The checked text's segments, each with where its target is spelled in the file. */
export interface PlacedSegment {
  segment: Segment
  spans: TargetSpans
}

interface FileRange {
  start: number
  end: number
  /** The piece an edit of the range is written in; `undefined` when no edit may be made there. */
  piece: TargetPiece | undefined
}

/**
 * Move messages from the checked text (targets joined by blank lines) into
 * the translation file: each place becomes the span of its characters in the
 * file, `actual` that span's text, and `expected` spelled as the file
 * requires. A range that crosses markup, a segment boundary or the inside of
 * one escape, or that lies on a missing target, keeps its place but loses its
 * suggestions: it cannot be edited without touching bytes that are not the
 * target's.
 */
export function relocateMessages(messages: VFileMessage[], placed: readonly PlacedSegment[], file: string, path?: string): void {
  const points = location(file)
  for (const message of messages) {
    const place = message.place
    if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
    const range = fileRange(placed, place.start.offset, place.end.offset)
    const start = points.toPoint(range.start)!
    const end = points.toPoint(range.end)!
    message.place = {start, end}
    message.line = start.line
    message.column = start.column
    message.name = `${start.line}:${start.column}-${end.line}:${end.column}`
    if (path !== undefined) message.file = path
    message.actual = file.slice(range.start, range.end)
    const spelled = range.piece ? (message.expected ?? []).map((text) => range.piece!.escape(text)) : []
    if (spelled.some((text) => text === undefined)) spelled.length = 0
    message.expected = spelled as string[]
    if (spelled.length === 0) message.autofix = false
  }
}

// The segment holding `offset`; an offset between two targets (in their
// separator) belongs to the next one when it starts a range, else to the one before.
function segmentAt(placed: readonly PlacedSegment[], offset: number, isStart: boolean): {index: number; local: number} {
  let low = 0
  let high = placed.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (placed[middle]!.segment.start <= offset) low = middle
    else high = middle - 1
  }
  const segment = placed[low]!.segment
  if (offset < segment.start) return {index: low, local: 0}
  if (offset <= segment.end) return {index: low, local: offset - segment.start}
  if (isStart && low + 1 < placed.length) return {index: low + 1, local: 0}
  return {index: low, local: segment.end - segment.start}
}

function fileRange(placed: readonly PlacedSegment[], start: number, end: number): FileRange {
  if (placed.length === 0) return {start: 0, end: 0, piece: undefined}
  const from = segmentAt(placed, start, true)
  const to = end > start ? segmentAt(placed, end, false) : from
  if (from.index !== to.index) {
    return {start: startOf(placed[from.index]!.spans, from.local), end: endOf(placed[to.index]!.spans, to.local), piece: undefined}
  }
  const spans = placed[from.index]!.spans
  if (spans.text.length === 0) {
    const piece = spans.pieces[0]
    return piece ? {start: piece.start, end: piece.start, piece} : {...spans.anchor, piece: undefined}
  }
  if (from.local === to.local) {
    // An insertion: before the character at its place, or after the last one.
    const atEnd = from.local >= spans.text.length
    const offset = atEnd ? spans.ends[spans.text.length - 1]! : spans.starts[from.local]!
    const pieceIndex = spans.pieceOf[atEnd ? spans.text.length - 1 : from.local]!
    if (offset === -1) {
      const at = startOf(spans, from.local)
      return {start: at, end: at, piece: undefined}
    }
    return {start: offset, end: offset, piece: spans.pieces[pieceIndex]}
  }
  const rawStart = spans.starts[from.local]!
  const rawEnd = spans.ends[to.local - 1]!
  const samePiece = spans.pieceOf[from.local] === spans.pieceOf[to.local - 1]
  const editable = rawStart !== -1 && rawEnd !== -1 && (samePiece || spans.joinable)
  return {
    start: startOf(spans, from.local),
    end: endOf(spans, to.local),
    piece: editable ? spans.pieces[spans.pieceOf[from.local]!] : undefined
  }
}

// Where the character at `local` is spelled, or the escape it is inside of.
function startOf(spans: TargetSpans, local: number): number {
  if (spans.text.length === 0) return spans.pieces[0]?.start ?? spans.anchor.start
  let index = Math.min(local, spans.text.length)
  if (index === spans.text.length) return spans.ends[index - 1]!
  while (index > 0 && spans.starts[index] === -1) index--
  return spans.starts[index]!
}

// Where the spelling of the characters before `local` ends, past any escape they share.
function endOf(spans: TargetSpans, local: number): number {
  if (spans.text.length === 0) return spans.pieces[0]?.start ?? spans.anchor.end
  if (local <= 0) return spans.starts[0]!
  let index = Math.min(local, spans.text.length) - 1
  while (index < spans.text.length - 1 && spans.ends[index] === -1) index++
  return spans.ends[index]!
}
