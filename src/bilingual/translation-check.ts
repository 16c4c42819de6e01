import {VFile} from 'vfile'
import type {Segment} from '../paragraph.js'
import {alignedText} from './aligned-text.js'
import {readTranslation} from './formats.js'
import {relocateMessages} from './relocate.js'
import type {TranslationFormat} from './target-text.js'

/** Checks a plain-text document of aligned targets (the monolingual checker, handed down to avoid an import cycle). */
export type AlignedChecker<Options> = (text: string, options: Options & {format: 'text'; segments: readonly Segment[]}) => VFile

/**
 * Check a translation file: its targets are checked together as one
 * plain-text document (each target its own block, aligned with its source),
 * and every message is moved back into the file, so that its place, `actual`
 * and `expected` are those of the file's own bytes.
 */
export function checkTranslationFile<Options extends object>(
  file: VFile,
  format: TranslationFormat,
  options: Options,
  checkAligned: AlignedChecker<Options>
): VFile {
  const value = String(file)
  const {segments: read} = readTranslation(format, value)
  const {text, segments} = alignedText(read.map((segment) => ({id: segment.id, source: segment.source, target: segment.target})))
  const checked = checkAligned(text, {...options, format: 'text', segments})
  const result = new VFile({value, path: file.path, data: {...file.data}})
  relocateMessages(
    checked.messages,
    segments.map((segment, index) => ({segment, spans: read[index]!.spans})),
    value,
    file.path
  )
  for (const message of checked.messages) result.messages.push(message)
  return result
}
