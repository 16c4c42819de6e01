import type {FindingView} from './protocol.ts'

/** The part of a text an edit replaced: `[start, oldEnd)` became `[start, newEnd)`. */
export interface Change {
  start: number
  oldEnd: number
  newEnd: number
}

/** Where `after` differs from `before`, found by trimming their common prefix and suffix. */
export function changeBetween(before: string, after: string): Change {
  let start = 0
  const shorter = Math.min(before.length, after.length)
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let oldEnd = before.length
  let newEnd = after.length
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--
    newEnd--
  }
  return {start, oldEnd, newEnd}
}

/**
 * Carry findings across an edit while the text is being checked again:
 * those wholly before the edit stay, those wholly after it move, those it
 * touches are dropped (`undefined`, so list positions keep their meaning).
 */
export function remapFindings(
  findings: ReadonlyArray<FindingView | undefined>,
  change: Change
): Array<FindingView | undefined> {
  if (change.start === change.oldEnd && change.start === change.newEnd) return [...findings]
  const shift = change.newEnd - change.oldEnd
  return findings.map((finding) => {
    if (!finding) return undefined
    if (finding.end < change.start) return finding
    if (finding.start > change.oldEnd) return {...finding, start: finding.start + shift, end: finding.end + shift}
    return undefined
  })
}
