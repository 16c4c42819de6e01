// Reads a glossary file. Only the async `check`/`fix` import this module, and
// only when `glossary` is a path, so the library itself never needs `node:fs`
// and keeps running in browsers.
import {readFile} from 'node:fs/promises'
import {parseDocument} from 'yaml'
import {ConfigError} from '../settings.js'

/**
 * The parsed contents of a `.json`, `.yaml` or `.yml` glossary file (not yet
 * validated). A relative path is resolved against the working directory.
 * Throws `ConfigError` naming the file when it cannot be read or parsed.
 */
export async function readGlossaryFile(path: string): Promise<unknown> {
  const extension = /\.[^./\\]+$/.exec(path)?.[0].toLowerCase()
  if (extension !== '.json' && extension !== '.yaml' && extension !== '.yml') {
    throw new ConfigError(`${path}: expected a glossary file ending in .json, .yaml or .yml`, 'glossary')
  }

  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigError(`${path}: cannot read the glossary file${code ? ` (${code})` : ''}`, 'glossary')
  }

  try {
    return extension === '.json' ? JSON.parse(text) : parseYamlData(path, text)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const detail = String((error as Error).message).split('\n')[0]
    throw new ConfigError(`${path}: not valid ${extension === '.json' ? 'JSON' : 'YAML'}: ${detail}`, 'glossary')
  }
}

// A glossary is data: a tag the plain schema does not know (`!!js/function`)
// is refused, not kept as a string, and the parser prints no warnings.
function parseYamlData(path: string, text: string): unknown {
  const document = parseDocument(text, {logLevel: 'silent'})
  const [error] = document.errors
  if (error) throw error
  const unresolved = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED')
  if (unresolved) {
    const line = unresolved.linePos?.[0].line
    throw new ConfigError(`${path}: unsupported YAML tag${line ? ` on line ${line}` : ''}: a glossary is data`, 'glossary')
  }
  return document.toJS()
}
