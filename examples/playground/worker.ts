import {diffWordsWithSpace} from 'diff'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ParagraphCountError, checkSync, fixSync, presets, ruleUrl, rules, type FixOptions} from '../../src/index.ts'
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
    const {file, unpaired} = withSource(request, (options) => checkSync(request.text, options))
    const findings = file.messages.map(toView)
    const milliseconds = performance.now() - started
    const pairs = Array.isArray(file.data.segments) ? file.data.segments.length : undefined
    send({type: 'findings', id: request.id, text: request.text, findings, milliseconds, pairs, unpaired})
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
    const {file} = withSource(request, (options) => fixSync(request.text, {...options, apply: request.preview}))
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
    const {file} = withSource(request, (options) => fixSync(request.text, {...options, apply: request.apply}))
    send({type: 'fixed', id: request.id, text: String(file), edits: file.data.fixed ?? 0})
  } catch (error) {
    send({type: 'failed', id: request.id, message: String(error)})
  }
}

function optionsOf(request: WorkerRequest): FixOptions {
  return {format: request.format, preset: request.preset, rules: request.rules}
}

/**
 * Run `run` with the text's source when the page has one. When the two do not
 * pair paragraph by paragraph, the text is still checked alone, and the
 * library's explanation goes back to the page, which shows it by the source.
 */
function withSource(request: WorkerRequest, run: (options: FixOptions) => VFile): {file: VFile; unpaired?: string} {
  const options = optionsOf(request)
  if (request.source === undefined) return {file: run(options)}
  try {
    return {file: run({...options, sourceText: request.source})}
  } catch (error) {
    if (!(error instanceof ParagraphCountError)) throw error
    return {file: run(options), unpaired: error.message}
  }
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
