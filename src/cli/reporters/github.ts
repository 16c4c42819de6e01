import type {VFile} from 'vfile'
import {levelOf, spanOf} from '../severity.js'

/**
 * The report as GitHub Actions workflow commands: each finding becomes an
 * annotation on its file and lines in the pull request.
 */
export function reportGithub(files: readonly VFile[], displayPath: (file: VFile) => string): string {
  let output = ''
  for (const file of files) {
    for (const message of file.messages) {
      const level = levelOf(message)
      const command = level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'notice'
      const span = spanOf(message)
      const properties = [
        `file=${property(displayPath(file))}`,
        `line=${span.line}`,
        `col=${span.column}`,
        `endLine=${span.endLine}`,
        `endColumn=${span.endColumn}`,
        `title=${property(message.ruleId ? `officialese(${message.ruleId})` : 'officialese')}`
      ]
      const expected = message.expected?.length ? ` (expected: ${message.expected.map((value) => `\`${value}\``).join(', ')})` : ''
      output += `::${command} ${properties.join(',')}::${data(message.reason + expected)}\n`
    }
  }
  return output
}

// Escaping as the Actions runner decodes it.
function data(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
