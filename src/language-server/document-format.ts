import {translationFormatOf} from '../bilingual/formats.js'
import type {TranslationFormat} from '../bilingual/target-text.js'
import type {Format} from '../rule.js'

// Editors name plain text differently: VS Code `plaintext`, Neovim and Helix `text`.
const formatsByLanguage: Record<string, Format> = {
  plaintext: 'text',
  text: 'text',
  markdown: 'markdown',
  html: 'html'
}

const formatsByExtension: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html'
}

// Language ids editors give translation files. `xml` alone is not one: an
// `.xlf` or `.tmx` file is recognised by its extension.
const translationsByLanguage: Record<string, TranslationFormat> = {
  po: 'po',
  gettext: 'po',
  xliff: 'xliff',
  tmx: 'tmx',
  jsonl: 'jsonl',
  jsonlines: 'jsonl'
}

/**
 * The translation format of an open document (XLIFF, PO, TMX, JSON Lines),
 * from its file extension or else its language id; `undefined` for a document.
 */
export function documentTranslationFormat(languageId: string, uri: string): TranslationFormat | undefined {
  const byExtension = translationFormatOf(uri.split(/[?#]/, 1)[0])
  if (byExtension) return byExtension
  return Object.hasOwn(translationsByLanguage, languageId) ? translationsByLanguage[languageId] : undefined
}

/**
 * The format of an open document, from its language id or else its file
 * extension; `undefined` for documents the server does not check. The targets
 * of a translation file, known by its extension, are read as plain text; one
 * known by its language id alone (an unsaved document) is checked only when
 * its checker is given the format (`documentTranslationFormat`), so it is not
 * accepted here.
 */
export function documentFormat(languageId: string, uri: string): Format | undefined {
  if (translationFormatOf(uri.split(/[?#]/, 1)[0])) return 'text'
  if (Object.hasOwn(translationsByLanguage, languageId)) return undefined
  if (Object.hasOwn(formatsByLanguage, languageId)) return formatsByLanguage[languageId]
  const name = uri.split(/[?#]/, 1)[0]!.toLowerCase()
  const dot = name.lastIndexOf('.')
  if (dot === -1 || dot < name.lastIndexOf('/')) return undefined
  const extension = name.slice(dot)
  return Object.hasOwn(formatsByExtension, extension) ? formatsByExtension[extension] : undefined
}
