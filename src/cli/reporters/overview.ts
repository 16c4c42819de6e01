import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {FixLevel} from '../../rule.js'
import {levelOf} from '../severity.js'
import {perThousandWords, roundPenalty, scoreFile, totalScore, weightOf, type Score} from './score.js'

/** One file as the summary reports show it. */
export interface FileOverview {
  file: VFile
  /** The path shown for the file. */
  name: string
  /** Its text, `undefined` when it could not be read. */
  text: string | undefined
  /** Messages from rules, in the file's order. */
  findings: VFileMessage[]
  /** Messages about the file itself (skipped, empty, not written). */
  notes: VFileMessage[]
  errors: number
  warnings: number
  score: Score
  /** Penalty per 1,000 words; `undefined` without words. */
  perThousand: number | undefined
}

/** A run as the summary reports show it: its files and the counts over all of them. */
export interface Overview {
  files: FileOverview[]
  findings: number
  errors: number
  warnings: number
  /** Findings per rule id, most frequent first. */
  byRule: Array<{rule: string; findings: number; penalty: number}>
  /** Findings per MQM category, most frequent first. */
  byCategory: Array<{category: string; findings: number; penalty: number}>
  /** Over the files whose text was read. */
  score: Score
  perThousand: number | undefined
}

/** Where a report finds what it shows of a file besides its messages. */
export interface ReportSources {
  /** The path shown for a file. */
  show(file: VFile): string
  /** A file's text (to count its words, and to show it); `undefined` when it cannot be read. */
  readText(file: VFile): string | undefined
}

/** Count and score the files of a run. */
export function overview(files: readonly VFile[], options: ReportSources): Overview {
  const byRule = new Map<string, {findings: number; penalty: number}>()
  const byCategory = new Map<string, {findings: number; penalty: number}>()
  const rows = files.map(function (file): FileOverview {
    const text = options.readText(file)
    const findings: VFileMessage[] = []
    const notes: VFileMessage[] = []
    let errors = 0
    let warnings = 0
    for (const message of file.messages) {
      const level = levelOf(message)
      if (level === 'error') errors++
      else if (level === 'warning') warnings++
      if (message.ruleId === undefined) {
        notes.push(message)
        continue
      }
      findings.push(message)
      const weight = weightOf(message)?.weight ?? 0
      add(byRule, message.ruleId, weight)
      add(byCategory, message.category ?? 'uncategorised', weight)
    }
    const score = scoreFile(file, text)
    return {file, name: options.show(file), text, findings, notes, errors, warnings, score, perThousand: perThousandWords(score)}
  })
  const score = totalScore(rows.map((row) => row.score))
  return {
    files: rows,
    findings: rows.reduce((sum, row) => sum + row.findings.length, 0),
    errors: rows.reduce((sum, row) => sum + row.errors, 0),
    warnings: rows.reduce((sum, row) => sum + row.warnings, 0),
    byRule: sorted(byRule).map(([rule, counts]) => ({rule, ...counts})),
    byCategory: sorted(byCategory).map(([category, counts]) => ({category, ...counts})),
    score,
    perThousand: perThousandWords(score)
  }
}

/** How far a finding's first replacement can be trusted, as the rules classify it. */
export function fixLevelOf(message: VFileMessage): FixLevel {
  if (message.autofix) return 'safe'
  return message.expected && message.expected.length > 0 ? 'suggest' : 'flag'
}

/** Where a finding lies in its file's text, when its offsets fit `text`. */
export function offsetsOf(message: VFileMessage, text: string | undefined): {start: number; end: number} | undefined {
  const place = message.place
  if (text === undefined || !place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined || start < 0 || end < start || end > text.length) return undefined
  return {start, end}
}

/** A count with its noun: `1 finding`, `2 findings`. */
export function plural(count: number, noun: string, many = noun + 's'): string {
  return `${formatCount(count)} ${count === 1 ? noun : many}`
}

/** A whole number with thousands separators, the same on every machine. */
export function formatCount(count: number): string {
  return countFormat.format(count)
}

const countFormat = new Intl.NumberFormat('en-US')

/** A penalty or a score to one decimal; `–` when there is none. */
export function formatPoints(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(1)
}

/** A replacement as a person can see it: `remove` for nothing, spaces and line breaks made visible. */
export function visible(value: string): string {
  if (value === '') return 'remove'
  if (value.trim() !== '') return value
  return value.replace(/ /g, '␣').replace(/\n/g, '↵').replace(/\t/g, '⇥')
}

/** `value` cut to `longest` characters with an ellipsis, never splitting a surrogate pair. */
export function shorten(value: string, longest: number): string {
  if (value.length <= longest) return value
  return [...value].slice(0, longest - 1).join('') + '…'
}

function add(counts: Map<string, {findings: number; penalty: number}>, key: string, weight: number): void {
  const entry = counts.get(key) ?? {findings: 0, penalty: 0}
  entry.findings++
  entry.penalty = roundPenalty(entry.penalty + weight)
  counts.set(key, entry)
}

function sorted(counts: Map<string, {findings: number; penalty: number}>): Array<[string, {findings: number; penalty: number}]> {
  return [...counts].sort((a, b) => b[1].findings - a[1].findings || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}
