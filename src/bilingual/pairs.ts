import type {VFile} from 'vfile'
import {checkSync, withGlossaryLoaded, type CheckSyncOptions} from '../check.js'
import type {Options} from '../options.js'
import {alignedText, type Pair} from './aligned-text.js'

export {alignedText, targetSeparator, type Pair} from './aligned-text.js'

/**
 * Check translated pairs: every rule reads the targets (as one plain-text
 * document, blank line between targets), and the bilingual rules compare each
 * target with its source. Positions in the messages are those of that
 * document; `data.segments` holds where each target lies in it.
 */
export function checkPairsSync(pairs: readonly Pair[], options: Options = {}): VFile {
  const {text, segments} = alignedText(pairs)
  // The pairs are the whole input: no translation file to read, no source document to pair.
  const checkOptions: CheckSyncOptions = {...options, format: 'text', segments, translation: undefined, sourceText: undefined}
  const file = checkSync(text, checkOptions)
  file.data.segments = segments
  return file
}

/** `checkPairsSync`, reading a glossary file first when `options.glossary` is a path. */
export async function checkPairs(pairs: readonly Pair[], options: Options = {}): Promise<VFile> {
  return checkPairsSync(pairs, await withGlossaryLoaded(options))
}
