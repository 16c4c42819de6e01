import type {VFileMessage} from 'vfile-message'

/** A message of a check with its offsets in the text it was made for (the message's own place may be older). */
export interface PlacedFinding {
  readonly message: VFileMessage
  readonly start: number
  readonly end: number
}

/**
 * The one span where two versions of a text differ: `from` is where they
 * start to differ, `oldEnd` and `newEnd` where the common tail starts in the
 * old and the new text. Several edits between two checks become one span
 * covering them all.
 */
export interface TextEdit {
  from: number
  oldEnd: number
  newEnd: number
}

/** The span where `next` differs from `previous`; `undefined` when they are equal. */
export function editBetween(previous: string, next: string): TextEdit | undefined {
  if (previous === next) return undefined
  const shorter = Math.min(previous.length, next.length)
  let from = 0
  while (from < shorter && previous.charCodeAt(from) === next.charCodeAt(from)) from++
  let tail = 0
  while (
    tail < shorter - from &&
    previous.charCodeAt(previous.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  ) {
    tail++
  }
  return {from, oldEnd: previous.length - tail, newEnd: next.length - tail}
}

/**
 * `finding` where it stands in the edited text: unmoved when it ends before
 * the edit, shifted by the change of length when it starts after it, and
 * `undefined` when it overlaps the edit (its text changed) or when the text
 * at its new place is not the text it was made for, so that no quick fix is
 * ever offered for text that is not there.
 */
export function moved(finding: PlacedFinding, edit: TextEdit, text: string): PlacedFinding | undefined {
  let placed: PlacedFinding
  if (finding.end <= edit.from && finding.start < edit.from) placed = finding
  else if (finding.start >= edit.oldEnd) {
    const by = edit.newEnd - edit.oldEnd
    placed = by === 0 ? finding : {message: finding.message, start: finding.start + by, end: finding.end + by}
  } else return undefined
  const actual = finding.message.actual
  if (actual !== undefined && text.slice(placed.start, placed.end) !== actual) return undefined
  return placed
}
