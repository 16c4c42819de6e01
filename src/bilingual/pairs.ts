import type {VFile} from 'vfile'
import {checkSync, withGlossaryLoaded, type CheckSyncOptions} from '../check.js'
import type {Options} from '../options.js'
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

/**
 * Check translated pairs: every rule reads the targets (as one plain-text
 * document, blank line between targets), and the bilingual rules compare each
 * target with its source. Positions in the messages are those of that
 * document; `data.segments` holds where each target lies in it.
 */
export function checkPairsSync(pairs: readonly Pair[], options: Options = {}): VFile {
  const {text, segments} = alignedText(pairs)
  const checkOptions: CheckSyncOptions = {...options, format: 'text', segments}
  const file = checkSync(text, checkOptions)
  file.data.segments = segments
  return file
}

/** `checkPairsSync`, reading a glossary file first when `options.glossary` is a path. */
export async function checkPairs(pairs: readonly Pair[], options: Options = {}): Promise<VFile> {
  return checkPairsSync(pairs, await withGlossaryLoaded(options))
}

declare module 'vfile' {
  interface DataMap {
    /** Bilingual input: where each aligned target lies in the checked text. */
    segments: Segment[]
  }
}
