import type {VFile} from 'vfile'
import {levelOf} from './severity.js'

/** Counts over a run: what the exit code and the summary line are made of. */
export interface Tally {
  files: number
  skipped: number
  errors: number
  warnings: number
  fixed: number
  /** Findings per rule id, most frequent first. */
  byRule: Array<[string, number]>
}

/** Count the findings, skips and fixes of a run. */
export function tally(files: readonly VFile[]): Tally {
  const byRule = new Map<string, number>()
  const counts: Tally = {files: files.length, skipped: 0, errors: 0, warnings: 0, fixed: 0, byRule: []}
  for (const file of files) {
    const outcome = file.data.officialese
    if (outcome?.skipped && outcome.skipped !== 'empty') counts.skipped++
    counts.fixed += outcome?.fixed ?? 0
    for (const message of file.messages) {
      const level = levelOf(message)
      if (level === 'error') counts.errors++
      else if (level === 'warning') counts.warnings++
      if (message.ruleId) byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1)
    }
  }
  counts.byRule = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return counts
}

/**
 * One line for the end of a run, e.g. `2 files checked: 3 errors, 1 warning
 * (repeated-word 3, quote-style 1); 2 fixes applied.`
 */
export function summaryLine(counts: Tally, options: {dryRun: boolean; fixing: boolean}): string {
  const checked = counts.files - counts.skipped
  let line = `${plural(checked, 'file')} checked`
  if (counts.skipped > 0) line += ` (${plural(counts.skipped, 'file')} skipped)`
  line += `: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`
  if (counts.byRule.length > 0) line += ` (${counts.byRule.map(([id, count]) => `${id} ${count}`).join(', ')})`
  if (options.fixing) line += `; ${plural(counts.fixed, 'fix', 'fixes')} ${options.dryRun ? 'would be applied' : 'applied'}`
  return line + '.'
}

function plural(count: number, one: string, many = one + 's'): string {
  return `${count} ${count === 1 ? one : many}`
}
