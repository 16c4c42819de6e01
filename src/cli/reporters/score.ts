import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parse} from '../../format.js'
import {formatOf} from '../../runner.js'
import {levelOf, type Level} from '../severity.js'

/** The MQM severity a finding is scored as. */
export type MqmSeverity = 'major' | 'minor' | 'neutral'

/** One row of the scoring table: findings of `level` (and, when given, of `category`) weigh `weight`. */
export interface PenaltyWeight {
  level: Level
  /** An MQM category such as `fluency/punctuation`; it covers its subcategories. Absent: any category. */
  category?: string
  severity: MqmSeverity
  weight: number
  /** Why the row weighs what it does, for the report's readers. */
  reason: string
}

/**
 * How much a finding costs, first matching row wins. MQM scores a text by
 * its errors' severity (minor 1, major 5, critical 25); in the MQM practice of
 * the WMT evaluations a minor punctuation error costs 0.1, since it seldom
 * hinders a reader. Here a rule set to `error` is what the user says must not
 * ship, so it counts as major; a warning counts as minor. No finding is
 * scored critical: no rule can tell that a text has become unusable.
 * Messages about a file rather than its text (a skipped file) are not
 * findings and cost nothing.
 */
export const penaltyWeights: readonly PenaltyWeight[] = [
  {
    level: 'warning',
    category: 'fluency/punctuation',
    severity: 'minor',
    weight: 0.1,
    reason: 'A minor punctuation slip seldom hinders a reader (MQM practice in the WMT evaluations).'
  },
  {level: 'error', severity: 'major', weight: 5, reason: 'A rule set to `error` marks what must not be published.'},
  {level: 'warning', severity: 'minor', weight: 1, reason: 'A warning is worth a look but does not block publication.'},
  {level: 'info', severity: 'neutral', weight: 0, reason: 'Information is not an error.'}
]

/** The scoring row a message falls under; `undefined` for a message about the file rather than a rule's finding. */
export function weightOf(message: VFileMessage): PenaltyWeight | undefined {
  if (message.ruleId === undefined) return undefined
  const level = levelOf(message)
  const category = message.category ?? ''
  return penaltyWeights.find(
    (row) =>
      row.level === level &&
      (row.category === undefined || category === row.category || category.startsWith(row.category + '/'))
  )
}

/**
 * The words of a file's text as the rules read them: its prose, parsed in the
 * format its extension names (Markdown and HTML markup, front matter and code
 * are not words).
 */
export function countWords(file: VFile, text: string): number {
  const copy = new VFile({path: file.path, value: text})
  // Plain text is all prose: counted without building a tree, which costs as
  // much as the check itself on a large run. The pattern joins a word's inner
  // hyphens, apostrophes and points as the English parser does.
  if (formatOf(copy) === 'text') return text.match(plainWord)?.length ?? 0
  let words = 0
  visit(parse(copy, formatOf(copy)), 'WordNode', () => {
    words++
  })
  return words
}

// A word of plain text: letters and digits, with the marks the parser keeps inside a word.
const plainWord = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/gu

/** A file's penalty points and words; `words` is `undefined` when its text could not be read. */
export interface Score {
  penalty: number
  words: number | undefined
}

/** Score a file: the sum of its findings' weights over the words of `text`. */
export function scoreFile(file: VFile, text: string | undefined): Score {
  let penalty = 0
  for (const message of file.messages) penalty += weightOf(message)?.weight ?? 0
  return {penalty: roundPenalty(penalty), words: text === undefined ? undefined : countWords(file, text)}
}

/** Penalty points per 1,000 words; `undefined` when there are no words to divide by. */
export function perThousandWords(score: Score): number | undefined {
  if (score.words === undefined || score.words === 0) return undefined
  return (score.penalty * 1000) / score.words
}

/** Add up the scores of files whose words are known; files without text add nothing. */
export function totalScore(scores: readonly Score[]): Score {
  let penalty = 0
  let words = 0
  for (const score of scores) {
    if (score.words === undefined) continue
    penalty += score.penalty
    words += score.words
  }
  return {penalty: roundPenalty(penalty), words}
}

/** Round penalty points to tenths, the finest weight, so that sums such as 0.1 + 0.2 come out exact. */
export function roundPenalty(value: number): number {
  return Math.round(value * 10) / 10
}
