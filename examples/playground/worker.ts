import {diffWordsWithSpace} from 'diff'
import type {VFileMessage} from 'vfile-message'
import {checkSync, fixSync, presets, ruleUrl, rules, type FixOptions} from '../../src/index.ts'
import type {
  CheckRequest,
  DiffPart,
  FindingView,
  FixRequest,
  PresetChoice,
  RuleInfo,
  WorkerRequest,
  WorkerResponse
} from './protocol.ts'

// Checking runs here so that typing in the page never waits for the rules.

// Past this many milliseconds the diff gives up and the page shows the fixed text alone.
const diffTimeout = 1500

let pendingCheck: CheckRequest | undefined
let checkScheduled = false

send({type: 'ready', rules: ruleList()})

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.type === 'fix') {
    runFix(request)
    return
  }
  // Only the newest text matters: checks that arrive while one runs replace each other.
  pendingCheck = request
  if (!checkScheduled) {
    checkScheduled = true
    setTimeout(runPendingCheck, 0)
  }
})

function runPendingCheck(): void {
  checkScheduled = false
  const request = pendingCheck
  pendingCheck = undefined
  if (!request) return
  try {
    const started = performance.now()
    const file = checkSync(request.text, optionsOf(request))
    const findings = file.messages.map(toView)
    send({type: 'findings', id: request.id, text: request.text, findings, milliseconds: performance.now() - started})
  } catch (error) {
    send({type: 'failed', id: request.id, message: String(error)})
    return
  }
  // The preview waits a turn so that a newer text can take its place.
  setTimeout(() => {
    if (pendingCheck) return
    runPreview(request)
  }, 0)
}

function runPreview(request: CheckRequest): void {
  try {
    const file = fixSync(request.text, {...optionsOf(request), apply: request.preview})
    const fixed = String(file)
    const changes = diffWordsWithSpace(request.text, fixed, {timeout: diffTimeout})
    const diff: DiffPart[] | undefined = changes?.map((change) => ({
      value: change.value,
      added: change.added,
      removed: change.removed
    }))
    send({type: 'preview', id: request.id, fixed, edits: file.data.fixed ?? 0, diff})
  } catch (error) {
    send({type: 'failed', id: request.id, message: String(error)})
  }
}

function runFix(request: FixRequest): void {
  try {
    const file = fixSync(request.text, {...optionsOf(request), apply: request.apply})
    send({type: 'fixed', id: request.id, text: String(file), edits: file.data.fixed ?? 0})
  } catch (error) {
    send({type: 'failed', id: request.id, message: String(error)})
  }
}

function optionsOf(request: WorkerRequest): FixOptions {
  return {format: request.format, preset: request.preset, rules: request.rules}
}

function toView(message: VFileMessage): FindingView {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : place
  const expected = message.expected ?? []
  return {
    ruleId: String(message.ruleId),
    reason: message.reason,
    category: message.category ?? 'other',
    severity: message.fatal ? 'error' : 'warn',
    fix: message.autofix ? 'safe' : expected.length > 0 ? 'suggest' : 'flag',
    start: start?.offset ?? 0,
    end: end?.offset ?? start?.offset ?? 0,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    actual: message.actual ?? '',
    expected,
    url: message.url ?? ''
  }
}

function ruleList(): RuleInfo[] {
  const choices: PresetChoice[] = ['recommended', 'publication']
  return Object.values(rules).map((rule) => {
    const levels: RuleInfo['presets'] = {}
    for (const choice of choices) {
      const setting: unknown = presets[choice][rule.meta.id]
      const severity = Array.isArray(setting) ? setting[0] : setting
      if (severity === 'warn' || severity === 'error') levels[choice] = severity
    }
    return {
      id: rule.meta.id,
      description: rule.meta.description,
      category: rule.meta.category,
      fixes: rule.meta.fixes,
      url: ruleUrl(rule.meta.id),
      presets: levels
    }
  })
}

function send(response: WorkerResponse): void {
  postMessage(response)
}
