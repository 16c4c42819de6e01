import type {VFile} from 'vfile'
import {levelOf, spanOf} from '../severity.js'

/**
 * The report as JSON: one object per file with its findings, each with its
 * place (lines, columns, offsets), text, replacements and whether `--fix` applies it.
 */
export function reportJson(files: readonly VFile[], displayPath: (file: VFile) => string): string {
  const report = files.map(function (file) {
    const messages = file.messages.map(function (message) {
      return {
        ruleId: message.ruleId ?? null,
        severity: levelOf(message),
        reason: message.reason,
        ...spanOf(message),
        actual: message.actual ?? null,
        expected: message.expected ?? [],
        autofix: message.autofix ?? false,
        category: message.category ?? null,
        url: message.url ?? null
      }
    })
    const outcome = file.data.officialese
    return {
      path: displayPath(file),
      errorCount: messages.filter((message) => message.severity === 'error').length,
      warningCount: messages.filter((message) => message.severity === 'warning').length,
      fixed: outcome?.fixed ?? 0,
      skipped: outcome?.skipped ?? null,
      messages
    }
  })
  return JSON.stringify(report, undefined, 2) + '\n'
}
