import {readTranslation} from '../src/bilingual/formats.js'
import type {TranslationFormat} from '../src/bilingual/target-text.js'

/** The file with every present target cut out: what a fix must leave exactly as it was. */
export function outsideTargets(format: TranslationFormat, file: string): string[] {
  const parts: string[] = []
  let cursor = 0
  for (const {spans} of readTranslation(format, file).segments) {
    if (spans.pieces.length === 0) continue
    parts.push(file.slice(cursor, spans.anchor.start))
    cursor = spans.anchor.end
  }
  parts.push(file.slice(cursor))
  return parts
}
