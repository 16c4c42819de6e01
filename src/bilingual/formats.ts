import {readJsonLines} from './jsonl.js'
import {readPo} from './po.js'
import type {TranslationDocument, TranslationFormat} from './target-text.js'
import {readTmx} from './tmx.js'
import {readXliff} from './xliff.js'

/** File extensions of translation files, and the format each holds. */
export const translationExtensions: Readonly<Record<string, TranslationFormat>> = {
  '.xlf': 'xliff',
  '.xliff': 'xliff',
  '.po': 'po',
  '.tmx': 'tmx',
  '.jsonl': 'jsonl'
}

/** The translation format a file's extension names, or `undefined` for a document. */
export function translationFormatOf(path: string | undefined): TranslationFormat | undefined {
  if (!path) return undefined
  const name = path.toLowerCase()
  const dot = name.lastIndexOf('.')
  if (dot === -1 || dot < Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'))) return undefined
  const extension = name.slice(dot)
  return Object.hasOwn(translationExtensions, extension) ? translationExtensions[extension] : undefined
}

const readers: Record<TranslationFormat, (text: string) => TranslationDocument> = {
  xliff: readXliff,
  po: readPo,
  tmx: readTmx,
  jsonl: readJsonLines
}

/** Read a translation file's segments; throws `TranslationFileError` for a file that cannot be read. */
export function readTranslation(format: TranslationFormat, text: string): TranslationDocument {
  return readers[format](text)
}
