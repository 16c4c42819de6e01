import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {levelOf, spanOf, type Level} from '../severity.js'
import {reportPolicy, reportScript, reportStyle} from './html-page.js'
import {
  fixLevelOf,
  formatCount,
  formatPoints,
  offsetsOf,
  overview,
  plural,
  shorten,
  visible,
  type FileOverview,
  type Overview,
  type ReportSources
} from './overview.js'
import {penaltyWeights} from './score.js'

/** What the HTML report needs besides the files: where to find their texts, and the tool's name. */
export interface HtmlReportOptions extends ReportSources {
  tool: {name: string; version: string}
}

const levelNames = {safe: 'SAFE', suggest: 'SUGGEST', flag: 'FLAG'} as const
const levelTitles = {
  safe: 'Applied by --fix',
  suggest: 'A suggestion: check it before applying (--fix=all applies it)',
  flag: 'Only a person can decide'
} as const
const longest = 200

/**
 * The report as one self-contained HTML page that works offline: each file's
 * text with its findings highlighted, the findings listed beside it (click one
 * to find it in the text, click a highlight to find its finding), counts by
 * rule and by MQM category, and a score per file in penalty points per 1,000
 * words. Every file name and text is escaped; the page loads nothing.
 */
export function reportHtml(files: VFile[], options: HtmlReportOptions): string {
  const run = overview(files, options)
  const tool = `${options.tool.name} ${options.tool.version}`
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escape(reportPolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(options.tool.name)} report</title>`,
    `<style>${reportStyle}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escape(options.tool.name)} <span>report</span></h1>`,
    `<p>${escape(tool)} · ${runTotals(run)}</p>`,
    '</header>',
    summary(run),
    ...run.files.map(fileSection),
    weights(),
    `<script>${reportScript}</script>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function runTotals(run: Overview): string {
  return [
    plural(run.files.length, 'file'),
    `${plural(run.findings, 'finding')} (${plural(run.errors, 'error')}, ${plural(run.warnings, 'warning')})`,
    plural(run.score.words ?? 0, 'word'),
    `${formatPoints(run.perThousand)} penalty points per 1,000 words`
  ]
    .map(escape)
    .join(' · ')
}

function summary(run: Overview): string {
  const fileRows = run.files.map(
    (row, index) =>
      `<tr><td class="name"><a href="#file-${index + 1}">${escape(row.name)}</a></td>` +
      numberCells([
        formatCount(row.findings.length),
        formatCount(row.errors),
        formatCount(row.warnings),
        row.score.words === undefined ? '–' : formatCount(row.score.words),
        formatPoints(row.score.penalty),
        formatPoints(row.perThousand)
      ]) +
      '</tr>'
  )
  const ruleRows = run.byRule.map(
    (entry) => `<tr><td class="rule">${escape(entry.rule)}</td>${numberCells([formatCount(entry.findings), formatPoints(entry.penalty)])}</tr>`
  )
  const categoryRows = run.byCategory.map(
    (entry) =>
      `<tr><td class="category-name">${escape(entry.category)}</td>${numberCells([formatCount(entry.findings), formatPoints(entry.penalty)])}</tr>`
  )
  return [
    '<section class="cards" aria-label="Summary">',
    card(
      'Files',
      ['File', 'Findings', 'Errors', 'Warnings', 'Words', 'Penalty', 'Per 1,000 words'],
      fileRows,
      'No files.',
      'files wide'
    ),
    card('By rule', ['Rule', 'Findings', 'Penalty'], ruleRows, 'No findings.', 'by-rule'),
    card('By MQM category', ['Category', 'Findings', 'Penalty'], categoryRows, 'No findings.', 'by-category'),
    '</section>'
  ].join('\n')
}

function card(title: string, headings: string[], rows: string[], empty: string, name: string): string {
  const head = headings.map((heading, index) => `<th${index === 0 ? '' : ' class="number"'}>${escape(heading)}</th>`).join('')
  const body = rows.length > 0 ? rows.join('\n') : `<tr><td class="empty" colspan="${headings.length}">${escape(empty)}</td></tr>`
  return `<div class="card ${name}"><h3>${escape(title)}</h3><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`
}

function numberCells(values: string[]): string {
  return values.map((value) => `<td class="number">${escape(value)}</td>`).join('')
}

function fileSection(row: FileOverview, index: number): string {
  const id = `file-${index + 1}`
  const parts = [
    `<section class="file" id="${id}" aria-label="${escape(row.name)}">`,
    `<h2><a href="#${id}">${escape(row.name)}</a></h2>`,
    `<p class="totals">${fileTotals(row)}</p>`,
    categoryChips(row.findings)
  ]
  if (row.notes.length > 0) {
    parts.push(
      `<ul class="notes">${row.notes.map((note) => `<li class="${levelOf(note)}">${withCode(note.reason)}</li>`).join('')}</ul>`
    )
  }
  if (row.findings.length === 0) {
    parts.push('<p class="clean">No findings.</p>')
    if (row.text !== undefined && row.text !== '') {
      parts.push(`<details class="text-only"><summary>Show the text</summary>${textPane(row)}</details>`)
    }
  } else {
    parts.push('<div class="panes">')
    parts.push(
      row.text === undefined
        ? '<p class="unreadable">The text of this file could not be read: its findings are listed without it.</p>'
        : textPane(row)
    )
    parts.push(`<ol class="findings" aria-label="Findings">\n${row.findings.map((message, at) => findingItem(message, at, row.text)).join('\n')}\n</ol>`)
    parts.push('</div>')
  }
  parts.push('</section>')
  return parts.filter(Boolean).join('\n')
}

function fileTotals(row: FileOverview): string {
  const fixLevels = {safe: 0, suggest: 0, flag: 0}
  for (const message of row.findings) fixLevels[fixLevelOf(message)]++
  const parts = [
    `<strong>${escape(plural(row.findings.length, 'finding'))}</strong>`,
    escape(`${plural(row.errors, 'error')}, ${plural(row.warnings, 'warning')}`)
  ]
  if (row.findings.length > 0) parts.push(escape(`${fixLevels.safe} safe, ${fixLevels.suggest} suggested, ${fixLevels.flag} flagged`))
  if (row.score.words !== undefined) parts.push(escape(plural(row.score.words, 'word')))
  parts.push(escape(`penalty ${formatPoints(row.score.penalty)}`))
  parts.push(escape(`${formatPoints(row.perThousand)} per 1,000 words`))
  return parts.join(' · ')
}

function categoryChips(findings: readonly VFileMessage[]): string {
  if (findings.length === 0) return ''
  const counts = new Map<string, number>()
  for (const message of findings) {
    const category = message.category ?? 'uncategorised'
    counts.set(category, (counts.get(category) ?? 0) + 1)
  }
  const chips = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([category, count]) => `<span class="chip"><span>${escape(category)}</span><span class="count">${formatCount(count)}</span></span>`)
  return `<div class="chips">${chips.join('')}</div>`
}

// The text with each finding's span in a `mark`; a mark lists its findings'
// indices in `data-f`, space-separated, for `~=` selectors.
function textPane(row: FileOverview): string {
  const text = row.text ?? ''
  const placed = row.findings
    .map((message, index) => ({message, index, level: levelOf(message), offsets: offsetsOf(message, text)}))
    .filter((entry): entry is Placed => entry.offsets !== undefined)
    .sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end || a.index - b.index)

  const boundaries = new Set<number>([0, text.length])
  for (const {offsets} of placed) {
    boundaries.add(offsets.start)
    boundaries.add(offsets.end)
  }
  const cuts = [...boundaries].sort((a, b) => a - b)

  let html = ''
  let active: Placed[] = []
  let next = 0
  for (let cut = 0; cut < cuts.length; cut++) {
    const from = cuts[cut]!
    active = active.filter((entry) => entry.offsets.end > from)
    while (next < placed.length && placed[next]!.offsets.start <= from) {
      const entry = placed[next++]!
      if (entry.offsets.start === entry.offsets.end) html += `<mark class="mark point ${entry.level}" data-f="${entry.index}"></mark>`
      else active.push(entry)
    }
    const to = cuts[cut + 1]
    if (to === undefined) break
    const slice = escape(text.slice(from, to))
    if (active.length === 0) html += slice
    else {
      const loudest = loudestOf(active.map((entry) => entry.level))
      const overlap = active.length > 1 ? ' overlap' : ''
      html += `<mark class="mark ${loudest}${overlap}" data-f="${active.map((entry) => entry.index).join(' ')}">${slice}</mark>`
    }
  }
  // The parser drops a line break right after `<pre>`: this one goes, the text's own stays.
  return `<pre class="text" tabindex="0">\n${html}</pre>`
}

interface Placed {
  message: VFileMessage
  index: number
  level: Level
  offsets: {start: number; end: number}
}

function loudestOf(levels: Level[]): Level {
  if (levels.includes('error')) return 'error'
  return levels.includes('warning') ? 'warning' : 'info'
}

function findingItem(message: VFileMessage, index: number, text: string | undefined): string {
  const level = levelOf(message)
  const fix = fixLevelOf(message)
  const span = spanOf(message)
  const offsets = offsetsOf(message, text)
  const ruleId = message.ruleId ?? ''
  const rule =
    message.url && /^https?:\/\//i.test(message.url)
      ? `<a class="rule" href="${escape(message.url)}" target="_blank" rel="noopener noreferrer">${escape(ruleId)}</a>`
      : `<span class="rule">${escape(ruleId)}</span>`
  const head = [
    `<span class="place">${span.line}:${span.column}</span>`,
    `<span class="severity ${level}">${level}</span>`,
    rule,
    `<span class="category">${escape(message.category ?? 'uncategorised')}</span>`,
    `<span class="level ${fix}" title="${escape(levelTitles[fix])}">${levelNames[fix]}</span>`
  ].join('')
  const body = [`<div class="head">${head}</div>`, `<p class="reason">${withCode(message.reason)}</p>`]
  if (message.actual) body.push(`<q class="actual">${escape(shorten(message.actual, longest))}</q>`)
  const expected = message.expected ?? []
  if (expected.length > 0) {
    const label = expected.length > 1 ? 'Replace with one of' : 'Replace with'
    const suggestions = expected.map((value) => `<span class="suggestion">${escape(shorten(visible(value), longest))}</span>`).join('')
    body.push(`<p class="suggestions"><span class="label">${label}</span>${suggestions}</p>`)
  }
  if (text !== undefined && !offsets) body.push('<p class="unplaced">Not found in the text shown.</p>')
  const data = offsets ? ` data-start="${offsets.start}" data-end="${offsets.end}"` : ''
  return (
    `<li class="finding ${level} ${fix}" tabindex="0" data-index="${index}" data-rule="${escape(ruleId)}"${data}>` +
    `${body.join('')}</li>`
  )
}

function weights(): string {
  const rows = penaltyWeights.map(
    (row) =>
      `<tr><td>${escape(row.level)}</td><td>${escape(row.category ?? 'any')}</td><td>${escape(row.severity)}</td>` +
      `<td class="number">${escape(String(row.weight))}</td><td>${withCode(row.reason)}</td></tr>`
  )
  return [
    '<details class="weights" id="scoring">',
    '<summary>How the score is computed</summary>',
    '<p>Each finding costs penalty points by its severity and MQM category (the first matching row counts). ' +
      "A file's score is its penalty points per 1,000 words of its prose, as the rules read it: lower is better, 0 is clean. " +
      'Files whose text could not be read have no score and stay out of the total.</p>',
    '<table><thead><tr><th>Severity</th><th>Category</th><th>MQM severity</th><th class="number">Weight</th><th>Why</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
    '</details>'
  ].join('\n')
}

// Messages quote text between backticks: those parts are shown as code.
function withCode(text: string): string {
  const parts = text.split('`')
  return parts
    .map(function (part, index) {
      if (index % 2 === 0) return escape(part)
      // An unmatched backtick quotes nothing.
      return index === parts.length - 1 ? escape('`' + part) : `<code>${escape(part)}</code>`
    })
    .join('')
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (character) => entities[character]!)
}

const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}
