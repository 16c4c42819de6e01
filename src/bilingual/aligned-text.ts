import type {Segment} from '../paragraph.js'

/** One source sentence or paragraph and its translation. */
export interface Pair {
  /** The original (Chinese). */
  source: string
  /** The translation (English). */
  target: string
  /** A name for the pair in reports; defaults to its position, from 1. */
  id?: string
}

/** Between two targets in the checked text: a blank line, so each target starts a paragraph. */
export const targetSeparator = '\n\n'

/**
 * Lay the targets out as one plain-text document, each its own block, and
 * give the segments that tie every target back to its source.
 */
export function alignedText(pairs: readonly Pair[]): {text: string; segments: Segment[]} {
  let text = ''
  const segments: Segment[] = []
  pairs.forEach((pair, index) => {
    if (index > 0) text += targetSeparator
    const start = text.length
    text += pair.target
    segments.push({id: pair.id ?? String(index + 1), source: pair.source, target: pair.target, start, end: text.length})
  })
  return {text, segments}
}

declare module 'vfile' {
  interface DataMap {
    /** Bilingual input: where each aligned target lies in the checked text (a document paired with its source: in the document itself). */
    segments: Segment[]
  }
}
