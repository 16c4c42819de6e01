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

/**
 * The format of an open document, from its language id or else its file
 * extension; `undefined` for documents the server does not check.
 */
export function documentFormat(languageId: string, uri: string): Format | undefined {
  if (Object.hasOwn(formatsByLanguage, languageId)) return formatsByLanguage[languageId]
  const name = uri.split(/[?#]/, 1)[0]!.toLowerCase()
  const dot = name.lastIndexOf('.')
  if (dot === -1 || dot < name.lastIndexOf('/')) return undefined
  const extension = name.slice(dot)
  return Object.hasOwn(formatsByExtension, extension) ? formatsByExtension[extension] : undefined
}
