import {createHash} from 'node:crypto'

/**
 * The fixed parts of the HTML report: its style (the playground's colours and
 * marks) and its script, which links the findings list to the marks in the
 * text. Neither carries data, so their hashes can go in the page's
 * Content-Security-Policy: even a document that slipped past the escaping
 * could run no script, load nothing and send nothing.
 */
export const reportStyle = `
:root {
  --ink: #1d2430;
  --muted: #5b6473;
  --line: #d7dce3;
  --paper: #ffffff;
  --ground: #f4f5f7;
  --accent: #1f5fbf;
  --error: #c62828;
  --error-mark: rgba(229, 57, 53, 0.22);
  --warn: #a35c00;
  --warn-mark: rgba(255, 179, 0, 0.3);
  --info-mark: rgba(91, 100, 115, 0.18);
  --safe: #2e7d32;
  --text-font: 16px/1.6 Georgia, 'DejaVu Serif', 'Times New Roman', serif;
  --mono: ui-monospace, 'DejaVu Sans Mono', monospace;
  font-family: system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif;
  color: var(--ink);
  background: var(--ground);
}
* { box-sizing: border-box; }
body { margin: 0; padding: 16px 20px 32px; }
header h1 { margin: 0; font-size: 22px; }
header h1 span, h2 .count { color: var(--muted); font-weight: 400; }
header p { margin: 4px 0 16px; color: var(--muted); }
h2 { margin: 0 0 4px; font-size: 18px; overflow-wrap: anywhere; }
h2 a { color: inherit; text-decoration: none; }
h3 { margin: 0 0 8px; font-size: 15px; }
.cards { display: flex; flex-wrap: wrap; gap: 16px; margin-bottom: 16px; align-items: flex-start; }
.card { flex: 1 1 380px; min-width: 0; overflow-x: auto; }
.card, .file, .weights { padding: 12px 14px; border: 1px solid var(--line); border-radius: 8px; background: var(--paper); }
.card.wide { flex-basis: 100%; }
.file { margin-bottom: 16px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { padding: 3px 8px 3px 0; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.name { overflow-wrap: anywhere; }
.rule, code { font-family: var(--mono); }
.rule { color: var(--accent); }
.totals { margin: 0 0 8px; font-size: 14px; color: var(--muted); }
.totals strong { color: var(--ink); }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 10px; }
.chip { display: inline-flex; gap: 6px; padding: 2px 8px; border: 1px solid var(--line); border-radius: 999px; background: var(--ground); font-size: 13px; }
.chip .count { font-weight: 700; }
.notes { margin: 0 0 10px; padding: 0; list-style: none; font-size: 14px; }
.notes li { padding: 4px 8px; border-left: 4px solid var(--line); }
.notes li.error { border-left-color: var(--error); }
.notes li.warning { border-left-color: var(--warn); }
.panes { display: grid; grid-template-columns: minmax(0, 1fr) minmax(300px, 430px); gap: 16px; align-items: start; }
@media (max-width: 900px) { .panes { grid-template-columns: minmax(0, 1fr); } }
.text { margin: 0; max-height: 75vh; overflow-y: auto; padding: 12px 14px; border: 1px solid var(--line); border-radius: 8px; font: var(--text-font); tab-size: 4; white-space: pre-wrap; overflow-wrap: break-word; }
.unreadable, .clean { margin: 0; color: var(--muted); font-size: 14px; }
details.text-only summary { cursor: pointer; color: var(--muted); font-size: 14px; margin-bottom: 8px; }
.mark { color: inherit; border-radius: 2px; cursor: pointer; }
.mark.warning { background: var(--warn-mark); box-shadow: inset 0 -2px 0 var(--warn); }
.mark.error { background: var(--error-mark); box-shadow: inset 0 -2px 0 var(--error); }
.mark.info { background: var(--info-mark); box-shadow: inset 0 -2px 0 var(--muted); }
.mark.overlap { filter: saturate(1.6) brightness(0.9); }
.mark.point { position: relative; padding: 0 2px; background: none; box-shadow: none; }
.mark.point::before { content: ''; position: absolute; left: 0; top: 0.1em; height: 1.3em; border-left: 3px solid var(--warn); }
.mark.point.error::before { border-left-color: var(--error); }
.mark.point.info::before { border-left-color: var(--muted); }
.mark.active { outline: 2px solid var(--accent); background: rgba(31, 95, 191, 0.25); }
.findings { max-height: 75vh; margin: 0; padding: 0; overflow-y: auto; list-style: none; }
.finding { margin-bottom: 8px; padding: 8px 10px 10px; border: 1px solid var(--line); border-left: 4px solid var(--warn); border-radius: 6px; background: var(--paper); cursor: pointer; }
.finding.error { border-left-color: var(--error); }
.finding.info { border-left-color: var(--muted); }
.finding.current { border-color: var(--accent); box-shadow: 0 0 0 2px rgba(31, 95, 191, 0.25); }
.finding .head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; font-size: 13px; }
.place, .category { color: var(--muted); font-variant-numeric: tabular-nums; }
.severity { font-weight: 600; }
.severity.error { color: var(--error); }
.severity.warning { color: var(--warn); }
.level { margin-left: auto; padding: 0 6px; border-radius: 4px; font-size: 11px; font-weight: 700; letter-spacing: 0.04em; background: var(--ground); color: var(--muted); }
.level.safe { background: #e3f4e4; color: var(--safe); }
.level.suggest { background: #e5eefb; color: var(--accent); }
.reason { margin: 4px 0; font-size: 15px; }
.reason code { padding: 0 3px; border-radius: 3px; background: var(--ground); font-size: 13px; }
.actual { display: block; font-family: var(--mono); font-size: 13px; color: var(--muted); text-decoration: line-through; text-decoration-color: rgba(198, 40, 40, 0.5); white-space: pre-wrap; }
.actual::before, .actual::after { content: none; }
.suggestions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.suggestion { padding: 1px 8px; border: 1px solid #9ccc9f; border-radius: 6px; background: #e3f4e4; color: #14532d; font-size: 14px; white-space: pre-wrap; }
.unplaced { font-size: 12px; color: var(--muted); }
.empty { padding: 12px; color: var(--muted); }
.weights summary { font-weight: 600; cursor: pointer; }
.weights p { font-size: 14px; max-width: 70em; }
`

/**
 * Clicking a finding lights up its marks and scrolls the text to the first;
 * clicking a mark selects its finding in the list (a mark shared by several
 * findings selects them in turn). Enter or Space on a focused finding does
 * what a click does.
 */
export const reportScript = `
(function () {
  'use strict'
  var current = null
  function sectionOf(node) { return node.closest('section.file') }
  function select(item, reveal) {
    if (current) current.classList.remove('current')
    document.querySelectorAll('mark.active').forEach(function (mark) { mark.classList.remove('active') })
    current = item
    item.classList.add('current')
    var marks = sectionOf(item).querySelectorAll('mark[data-f~="' + item.dataset.index + '"]')
    marks.forEach(function (mark) { mark.classList.add('active') })
    if (reveal === 'text' && marks.length > 0) marks[0].scrollIntoView({block: 'center'})
    if (reveal === 'list') item.scrollIntoView({block: 'nearest'})
  }
  document.addEventListener('click', function (event) {
    var target = event.target
    if (!(target instanceof Element) || target.closest('a')) return
    var item = target.closest('li.finding')
    if (item) {
      select(item, 'text')
      return
    }
    var mark = target.closest('mark[data-f]')
    if (!mark) return
    var section = sectionOf(mark)
    var indices = mark.dataset.f.split(' ')
    var at = current && sectionOf(current) === section ? indices.indexOf(current.dataset.index) : -1
    var next = section.querySelector('li.finding[data-index="' + indices[(at + 1) % indices.length] + '"]')
    if (next) select(next, 'list')
  })
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return
    var item = event.target instanceof Element ? event.target.closest('li.finding') : null
    if (!item) return
    event.preventDefault()
    select(item, 'text')
  })
})()
`

/** The page's policy: nothing may load, and only this style and this script may apply. */
export const reportPolicy = [
  "default-src 'none'",
  `style-src '${sha256(reportStyle)}'`,
  `script-src '${sha256(reportScript)}'`,
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

function sha256(value: string): string {
  return `sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}`
}
