import type {TranslationFileError} from '../bilingual/target-text.js'
import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFileMessage} from 'vfile-message'
import {MESSAGE_SOURCE} from '../runner.js'

/** What a diagnostic carries for code actions: the finding's fields the range alone does not tell. */
export interface FindingData {
  /** MQM error category, such as `fluency/punctuation`. */
  category: string | undefined
  /** The exact source text the finding covers; a quick fix is offered only while the range still holds it. */
  actual: string
  /** Replacements, best first. */
  expected: string[]
  /** Whether `expected[0]` is a SAFE fix (applied by `fix()` and fix-all). */
  safe: boolean
}

/**
 * An LSP diagnostic for a message of `check()`: the rule id as `code`, its
 * documentation as `codeDescription`, severity from the configuration
 * (`error` or `warn`), and the finding's category and fixes as `data`.
 */
export function toDiagnostic(
  message: VFileMessage,
  document: TextDocument,
  /** Where the finding stands now, when the message's own place is of an older text. */
  offsets?: {start: number; end: number}
): Diagnostic {
  const place = message.place
  const start = place ? ('start' in place ? place.start : place) : undefined
  const end = place && 'end' in place ? place.end : start
  const startOffset = offsets?.start ?? start?.offset ?? 0
  const endOffset = offsets?.end ?? end?.offset ?? startOffset
  const data: FindingData = {
    category: message.category,
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    safe: message.autofix === true
  }
  const diagnostic: Diagnostic = {
    range: {start: document.positionAt(startOffset), end: document.positionAt(endOffset)},
    // `fatal: undefined` is a note (a skipped file), never a rule's finding.
    severity:
      message.fatal === true
        ? DiagnosticSeverity.Error
        : message.fatal === false
          ? DiagnosticSeverity.Warning
          : DiagnosticSeverity.Information,
    source: message.source ?? MESSAGE_SOURCE,
    message: message.category ? `${message.reason} (${message.category})` : message.reason,
    data
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  return diagnostic
}

/** A diagnostic for a configuration that cannot be used: nothing is checked until it is mended. */
export function configurationDiagnostic(reason: string): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: MESSAGE_SOURCE,
    code: 'configuration',
    message: reason
  }
}

/** A translation file that cannot be read: one error where reading stopped (the file's start when unknown). */
export function translationFileDiagnostic(error: TranslationFileError, document: TextDocument): Diagnostic {
  const at = document.positionAt(error.offset ?? 0)
  return {
    range: {start: at, end: at},
    severity: DiagnosticSeverity.Error,
    source: MESSAGE_SOURCE,
    code: 'translation-file',
    message: error.message
  }
}

/** The finding data of a diagnostic this server published, if it is one. */
export function findingData(diagnostic: Diagnostic): FindingData | undefined {
  if (diagnostic.source !== MESSAGE_SOURCE || typeof diagnostic.code !== 'string') return undefined
  const data = diagnostic.data as Partial<FindingData> | undefined
  if (!data || typeof data.actual !== 'string' || !Array.isArray(data.expected)) return undefined
  return {
    category: typeof data.category === 'string' ? data.category : undefined,
    actual: data.actual,
    expected: data.expected.filter((value): value is string => typeof value === 'string'),
    safe: data.safe === true
  }
}
