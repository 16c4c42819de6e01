import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {levelOf, spanOf} from '../severity.js'
import {
  fixLevelOf,
  formatCount,
  formatPoints,
  overview,
  plural,
  shorten,
  visible,
  type FileOverview,
  type Overview,
  type ReportSources
} from './overview.js'
import {penaltyWeights} from './score.js'

/** What the Markdown report needs besides the files. */
export type MarkdownReportOptions = ReportSources

/** Findings listed per file; the counts and tables cover them all. */
export const markdownFindingsPerFile = 20

/** GitHub refuses a step summary over 1 MiB: the report stops listing before that many bytes. */
export const stepSummaryBytes = 1024 * 1024

const levelNames = {safe: 'SAFE', suggest: 'SUGGEST', flag: 'FLAG'} as const
const longest = 120

/**
 * The report as GitHub-flavoured Markdown for `$GITHUB_STEP_SUMMARY`: totals,
 * counts by rule and by MQM category, a table of files with their scores, and
 * the first findings of each file. It stays under GitHub's 1 MiB limit and says
 * what it left out. File names and texts are escaped.
 */
export function reportMarkdown(files: VFile[], options: MarkdownReportOptions): string {
  const run = overview(files, options)
  const scoring = scoringSection()
  const report = new SizedReport(stepSummaryBytes - byteLength(scoring) - 1024)

  report.add(`## officialese\n\n${runTotals(run)}\n`)
  report.add(
    table(
      'By rule',
      ['Rule', 'Findings', 'Penalty'],
      run.byRule.map((entry) => [entry.rule, formatCount(entry.findings), formatPoints(entry.penalty)])
    )
  )
  report.add(
    table(
      'By MQM category',
      ['Category', 'Findings', 'Penalty'],
      run.byCategory.map((entry) => [entry.category, formatCount(entry.findings), formatPoints(entry.penalty)])
    )
  )

  let filesLeftOut = 0
  report.add(`### Files\n\n${tableHead(['File', 'Findings', 'Errors', 'Warnings', 'Words', 'Penalty', 'Per 1,000 words'])}`)
  for (const row of run.files) {
    if (filesLeftOut > 0 || !report.add(tableRow(fileCells(row)))) filesLeftOut++
  }
  report.add('\n')

  let findingsLeftOut = 0
  let listsLeftOut = 0
  const listed = run.files.filter((row) => row.findings.length > 0 || row.notes.length > 0)
  if (listed.length > 0) report.add('### Findings\n\n')
  for (const row of listed) {
    const shown = row.findings.slice(0, markdownFindingsPerFile)
    const section = [
      `#### ${text(row.name)}\n\n`,
      ...row.notes.map((note) => `- ${levelOf(note)}: ${withCode(note.reason)}\n`),
      ...shown.map((message) => findingItem(message)),
      row.findings.length > shown.length
        ? `\n${plural(row.findings.length - shown.length, 'more finding')} in this file not listed.\n`
        : '',
      '\n'
    ].join('')
    if (listsLeftOut > 0 || !report.add(section)) {
      listsLeftOut++
      findingsLeftOut += row.findings.length
    }
  }

  const leftOut: string[] = []
  if (filesLeftOut > 0) leftOut.push(`${plural(filesLeftOut, 'row')} of the files table`)
  if (listsLeftOut > 0) leftOut.push(`the findings of ${plural(listsLeftOut, 'file')} (${plural(findingsLeftOut, 'finding')})`)
  const note =
    leftOut.length > 0
      ? `**Left out** to stay under GitHub’s 1 MiB limit for a step summary: ${leftOut.join(' and ')}. ` +
        'The counts above cover everything; the `json`, `sarif` and `html` reports list every finding.\n\n'
      : ''
  return report.value + note + scoring
}

function runTotals(run: Overview): string {
  return (
    `**${plural(run.files.length, 'file')}**: **${plural(run.findings, 'finding')}** ` +
    `(${plural(run.errors, 'error')}, ${plural(run.warnings, 'warning')}) in ${plural(run.score.words ?? 0, 'word')}; ` +
    `**${formatPoints(run.perThousand)}** penalty points per 1,000 words.\n`
  )
}

function fileCells(row: FileOverview): string[] {
  return [
    row.name,
    formatCount(row.findings.length),
    formatCount(row.errors),
    formatCount(row.warnings),
    row.score.words === undefined ? 'unread' : formatCount(row.score.words),
    formatPoints(row.score.penalty),
    formatPoints(row.perThousand)
  ]
}

function findingItem(message: VFileMessage): string {
  const span = spanOf(message)
  const fix = fixLevelOf(message)
  let item = `- ${span.line}:${span.column} **${levelOf(message)}** ${code(message.ruleId ?? '')} `
  item += `(${text(message.category ?? 'uncategorised')}, ${levelNames[fix]}): ${withCode(message.reason)}`
  const expected = message.expected ?? []
  if (expected.length > 0) item += ` → ${expected.map((value) => code(shorten(visible(value), longest))).join(' or ')}`
  return item + '\n'
}

function table(title: string, headings: string[], rows: string[][]): string {
  if (rows.length === 0) return `### ${title}\n\nNo findings.\n\n`
  return `### ${title}\n\n${tableHead(headings)}${rows.map((row) => tableRow(row)).join('')}\n`
}

// Headings, then the delimiter row: the first column is text, the others numbers.
function tableHead(headings: string[]): string {
  return tableRow(headings) + tableRow(headings.map((_, index) => (index === 0 ? '---' : '---:')), false)
}

function tableRow(cells: string[], escaped = true): string {
  return `| ${cells.map((cell) => (escaped ? text(cell) : cell)).join(' | ')} |\n`
}

function scoringSection(): string {
  const rows = penaltyWeights.map((row) => [row.level, row.category ?? 'any', row.severity, String(row.weight), row.reason])
  return (
    '<details><summary>How the score is computed</summary>\n\n' +
    'Each finding costs penalty points by its severity and MQM category (the first matching row counts). ' +
    'A file’s score is its penalty points per 1,000 words of its prose: lower is better, 0 is clean. ' +
    'Files whose text could not be read have no score and stay out of the total.\n\n' +
    tableRow(['Severity', 'Category', 'MQM severity', 'Weight', 'Why']) +
    tableRow(['---', '---', '---', '---:', '---'], false) +
    rows.map((row) => tableRow(row)).join('') +
    '\n</details>\n'
  )
}

// Text a reader wrote is shown as it is: every character that Markdown or
// HTML would act on is escaped, pipes included (they would split a table
// cell), and line breaks are shown rather than kept (they would end a line).
function text(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, ' ↵ ')
    .replace(/[\\`*_{}[\]()#+!|~$^:]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

// A code span with a fence longer than any run of backticks inside it.
function code(value: string): string {
  const content = value.replace(/\r\n|\r|\n/g, '↵')
  if (content === '') return ''
  let fence = '`'
  while (content.includes(fence)) fence += '`'
  const padded = /^[` ]|[` ]$/.test(content) && content.trim() !== '' ? ` ${content} ` : content
  return `${fence}${padded}${fence}`
}

// Messages quote text between backticks: those parts become code spans.
function withCode(reason: string): string {
  const parts = reason.split('`')
  return parts
    .map(function (part, index) {
      if (index % 2 === 0) return text(part)
      // An unmatched backtick quotes nothing.
      return index === parts.length - 1 ? text('`' + part) : code(part)
    })
    .join('')
}

function byteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8')
}

// The report as it grows, refusing any part that would take it past its budget.
class SizedReport {
  value = ''
  private bytes = 0

  constructor(private readonly budget: number) {}

  add(part: string): boolean {
    const size = byteLength(part)
    if (this.bytes + size > this.budget) return false
    this.value += part
    this.bytes += size
    return true
  }
}
