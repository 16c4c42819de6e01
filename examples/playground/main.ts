import sample from '../party-building.txt?raw'
import bilingualEnglish from './work-safety.en.txt?raw'
import bilingualSource from './work-safety.zh.txt?raw'
import {byId} from './dom.ts'
import {listenToFindings, renderFindings} from './findings.ts'
import {renderHighlights} from './highlight.ts'
import {renderCounts, renderDiff, renderRules} from './panels.ts'
import type {ApplyMode, FindingView, PresetChoice, RuleInfo, WorkerRequest, WorkerResponse} from './protocol.ts'
import {changeBetween, remapFindings} from './remap.ts'
import type {Format} from '../../src/index.ts'

// Long enough to skip checks while a word is typed, short enough to feel live.
const typingPause = 250

const editor = byId<HTMLTextAreaElement>('text')
const backdrop = byId('backdrop')
const formatChoice = byId<HTMLSelectElement>('format')
const presetChoice = byId<HTMLSelectElement>('preset')
const previewChoice = byId<HTMLSelectElement>('preview-mode')
const fixSafeButton = byId<HTMLButtonElement>('fix-safe')
const applyAllButton = byId<HTMLButtonElement>('apply-all')
const status = byId('status')
const findingList = byId('findings')
const counts = byId('counts')
const ruleList = byId('rules')
const diffView = byId('diff')
const fixedView = byId<HTMLTextAreaElement>('fixed')
const sourcePane = byId('source-pane')
const sourceEditor = byId<HTMLTextAreaElement>('source')
const sourceMessage = byId('source-message')
const sourceToggle = byId<HTMLButtonElement>('toggle-source')
const panes = byId('panes')

const worker = new Worker(new URL('./worker.ts', import.meta.url), {type: 'module'})

let rules: RuleInfo[] = []
/** Rules the person switched on or off, away from the preset. */
const switched = new Map<string, boolean>()
/** The last check's findings, kept aligned with the editor while it is edited (`undefined`: touched by an edit). */
let findings: Array<FindingView | undefined> = []
let shownText = ''
let categoryFilter: string | undefined
let latestCheck = 0
let latestFix = 0
let typingTimer: ReturnType<typeof setTimeout> | undefined

editor.value = sample
renderHighlights(backdrop, editor.value, [])

worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => receive(event.data))
worker.addEventListener('error', (event) => showStatus(`The checker stopped: ${event.message}`, true))

editor.addEventListener('input', () => {
  followEdit()
  clearTimeout(typingTimer)
  typingTimer = setTimeout(requestCheck, typingPause)
  document.body.dataset.typing = 'true'

})
editor.addEventListener('scroll', () => {
  backdrop.scrollTop = editor.scrollTop
  backdrop.scrollLeft = editor.scrollLeft
})
for (const type of ['click', 'keyup', 'select']) editor.addEventListener(type, markFindingsAtCaret)
sourceEditor.addEventListener('input', () => {
  clearTimeout(typingTimer)
  typingTimer = setTimeout(requestCheck, typingPause)
  document.body.dataset.typing = 'true'
  showSourceToggle()
})
sourceToggle.addEventListener('click', () => showSourcePane(sourcePane.hidden))
byId('clear-source').addEventListener('click', () => {
  sourceEditor.value = ''
  showSourceToggle()
  requestCheck()
})
byId('load-bilingual').addEventListener('click', () => {
  sourceEditor.value = bilingualSource
  // The sample is plain text: one paragraph a line, on both sides.
  formatChoice.value = 'text'
  showSourcePane(true)
  replaceText(0, editor.value.length, bilingualEnglish)
})

formatChoice.addEventListener('change', requestCheck)
previewChoice.addEventListener('change', requestCheck)
presetChoice.addEventListener('change', () => {
  switched.clear()
  showRules()
  requestCheck()
})
ruleList.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement
  const id = box.dataset.rule
  if (!id) return
  switched.set(id, box.checked)
  requestCheck()
})
counts.addEventListener('click', (event) => {
  const chip = (event.target as HTMLElement).closest<HTMLElement>('button.chip')
  if (!chip) return
  categoryFilter = categoryFilter === chip.dataset.category ? undefined : chip.dataset.category
  showFindings()
})
fixSafeButton.addEventListener('click', () => requestFix('safe'))
applyAllButton.addEventListener('click', () => requestFix('all'))
byId('restore').addEventListener('click', () => {
  // The sample has no original: a source left in the pane would not pair with it.
  sourceEditor.value = ''
  showSourceToggle()
  replaceText(0, editor.value.length, sample)
})
byId('copy').addEventListener('click', () => {
  navigator.clipboard.writeText(fixedView.value).then(
    () => showStatus('Copied the fixed text.'),
    () => showStatus('The browser did not allow copying; select the fixed text instead.', true)
  )
})
byId('tab-diff').addEventListener('click', () => showPreviewTab('diff'))
byId('tab-fixed').addEventListener('click', () => showPreviewTab('fixed'))

listenToFindings(findingList, {
  apply(index, replacement) {
    const finding = findings[index]
    if (!finding || editor.value.slice(finding.start, finding.end) !== finding.actual) {
      showStatus('The text changed under this finding; checking again.')
      requestCheck()
      return
    }
    replaceText(finding.start, finding.end, replacement)
  },
  select(index) {
    const finding = findings[index]
    if (!finding) return
    editor.focus()
    editor.setSelectionRange(finding.start, finding.end)
    const mark = backdrop.querySelector<HTMLElement>(`[data-f~="${index}"]`)
    if (mark) editor.scrollTop = Math.max(0, mark.offsetTop - editor.clientHeight / 3)
    markFindingsAtCaret()
  },
  hover(index) {
    for (const mark of backdrop.querySelectorAll('.mark.active')) mark.classList.remove('active')
    if (index === undefined) return
    for (const mark of backdrop.querySelectorAll(`[data-f~="${index}"]`)) mark.classList.add('active')
  }
})

function receive(response: WorkerResponse): void {
  switch (response.type) {
    case 'ready':
      rules = response.rules
      showRules()
      requestCheck()
      break
    case 'findings': {
      if (response.id !== latestCheck) return
      // The person may have typed while the check ran: carry the findings over.
      findings = remapFindings(response.findings, changeBetween(response.text, editor.value)).filter(
        (finding): finding is FindingView => finding !== undefined
      )
      shownText = editor.value
      showFindings()
      showRules()
      renderHighlights(backdrop, editor.value, findings)
      showPairing(response.unpaired)
      const words = editor.value.split(/\s+/).filter(Boolean).length
      const against = response.pairs === undefined ? '' : ` against ${plural(response.pairs, 'source paragraph')}`
      const alone = response.unpaired === undefined ? '' : ', without the source (see the note under it)'
      showStatus(`Checked ${words} words${against} in ${Math.round(response.milliseconds)} ms${alone}.`)
      document.body.dataset.checked = String(response.id)
      break
    }
    case 'preview':
      if (response.id !== latestCheck) return
      renderDiff(diffView, response.diff)
      fixedView.value = response.fixed
      document.body.dataset.previewed = String(response.id)
      break
    case 'fixed':
      if (response.id !== latestFix) return
      if (response.edits === 0) showStatus('Nothing to fix.')
      else replaceText(0, editor.value.length, response.text)
      break
    case 'failed':
      showStatus(`Could not check this text: ${response.message}`, true)
      break
  }
}

function settings() {
  return {
    text: editor.value,
    format: formatChoice.value as Format,
    preset: presetChoice.value as PresetChoice,
    rules: ruleOverrides(),
    source: sourceEditor.value.trim() === '' ? undefined : sourceEditor.value
  }
}

function requestCheck(): void {
  clearTimeout(typingTimer)
  latestCheck++
  // For the page's own tests: which check is the newest, and whether one is waiting on typing.
  delete document.body.dataset.typing
  document.body.dataset.requested = String(latestCheck)
  showStatus('Checking…')
  send({type: 'check', id: latestCheck, preview: previewChoice.value as ApplyMode, ...settings()})
}

function requestFix(apply: ApplyMode): void {
  latestFix++
  showStatus(apply === 'safe' ? 'Applying safe fixes…' : 'Applying all suggestions…')
  send({type: 'fix', id: latestFix, apply, ...settings()})
}

function send(request: WorkerRequest): void {
  worker.postMessage(request)
}

// What the worker needs to turn the preset's rules into the person's choice.
function ruleOverrides(): Record<string, 'off' | 'warn'> {
  const overrides: Record<string, 'off' | 'warn'> = {}
  for (const rule of rules) {
    const inPreset = presetLevel(rule) !== undefined
    const on = switched.get(rule.id) ?? inPreset
    if (on && !inPreset) overrides[rule.id] = 'warn'
    if (!on && inPreset) overrides[rule.id] = 'off'
  }
  return overrides
}

function presetLevel(rule: RuleInfo): 'warn' | 'error' | undefined {
  const preset = presetChoice.value as PresetChoice
  return preset === 'none' ? undefined : rule.presets[preset]
}

/**
 * Replace part of the text as if the person typed it, so that the browser's
 * undo can take it back, then check at once.
 */
function replaceText(start: number, end: number, replacement: string): void {
  const scroll = editor.scrollTop
  const whole = start === 0 && end === editor.value.length
  editor.focus()
  editor.setSelectionRange(start, end)
  const typed =
    replacement === '' ? document.execCommand('delete') : document.execCommand('insertText', false, replacement)
  if (!typed || editor.value.slice(start, start + replacement.length) !== replacement) {
    editor.setRangeText(replacement, start, end, 'end')
    followEdit()
  }
  if (whole) editor.scrollTop = scroll
  requestCheck()
}

// Keep the marks under their words between an edit and the check that follows it.
function followEdit(): void {
  if (editor.value === shownText) return
  findings = remapFindings(findings, changeBetween(shownText, editor.value))
  shownText = editor.value
  renderHighlights(backdrop, editor.value, findings)
  for (const item of findingList.querySelectorAll<HTMLElement>('li.finding')) {
    item.classList.toggle('stale', !findings[Number(item.dataset.index)])
  }
}

function showFindings(): void {
  const current = findings.filter((finding): finding is FindingView => finding !== undefined)
  if (categoryFilter && !current.some((finding) => finding.category === categoryFilter)) categoryFilter = undefined
  renderCounts(counts, current, categoryFilter)
  renderFindings(findingList, findings)
  if (categoryFilter) {
    for (const item of findingList.querySelectorAll<HTMLElement>('li.finding')) {
      item.hidden = item.dataset.category !== categoryFilter
    }
  }
  const safe = current.filter((finding) => finding.fix === 'safe').length
  const suggested = current.filter((finding) => finding.fix !== 'flag').length
  fixSafeButton.textContent = `Fix all safe (${safe})`
  applyAllButton.textContent = `Apply all suggestions (${suggested})`
  fixSafeButton.disabled = safe === 0
  applyAllButton.disabled = suggested === 0
}

function showRules(): void {
  const perRule = new Map<string, number>()
  for (const finding of findings) {
    if (finding) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1)
  }
  renderRules(
    ruleList,
    rules,
    (id) => switched.get(id) ?? presetLevel(rules.find((rule) => rule.id === id)!) !== undefined,
    (id) => perRule.get(id) ?? 0
  )
}

// Point out, in the list, the findings under the caret.
function markFindingsAtCaret(): void {
  const caret = editor.selectionStart
  let first: HTMLElement | undefined
  for (const item of findingList.querySelectorAll<HTMLElement>('li.finding')) {
    const finding = findings[Number(item.dataset.index)]
    const here = finding !== undefined && finding.start <= caret && caret <= finding.end
    item.classList.toggle('current', here)
    if (here && !first) first = item
  }
  first?.scrollIntoView({block: 'nearest'})
}

function showPreviewTab(tab: 'diff' | 'fixed'): void {
  diffView.hidden = tab !== 'diff'
  fixedView.hidden = tab !== 'fixed'
  byId('tab-diff').setAttribute('aria-selected', String(tab === 'diff'))
  byId('tab-fixed').setAttribute('aria-selected', String(tab === 'fixed'))
}

function showSourcePane(shown: boolean): void {
  sourcePane.hidden = !shown
  panes.classList.toggle('with-source', shown)
  showSourceToggle()
  if (shown && sourceEditor.value === '') sourceEditor.focus()
}

// A hidden source still counts: the button says so.
function showSourceToggle(): void {
  const shown = !sourcePane.hidden
  sourceToggle.setAttribute('aria-expanded', String(shown))
  const inUse = sourceEditor.value.trim() !== ''
  sourceToggle.textContent = shown ? 'Hide source' : inUse ? 'Source (Chinese): in use' : 'Source (Chinese)'
}

// Why the source was set aside, beside the source; nothing when the two pair or there is no source.
function showPairing(unpaired: string | undefined): void {
  sourceMessage.hidden = unpaired === undefined
  sourceMessage.textContent = unpaired ?? ''
  sourcePane.classList.toggle('unpaired', unpaired !== undefined)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function showStatus(message: string, failed = false): void {
  status.textContent = message
  status.classList.toggle('failed', failed)
}
