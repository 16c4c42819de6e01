import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {applyEdits, checkSync, editsOf, fixSync, rules, type Edit, type Format, type Options} from '../src/index.js'
import type {MarkedDocument} from './arbitraries.js'

/**
 * The properties every input must keep, shared by `properties.test.ts` and
 * the fuzzer. Each returns `undefined` when it holds, else a one-line account
 * of what broke (naming the rule when one is to blame).
 */

/** A configuration to check under: a preset, or one rule alone, in one format. */
export interface Setup {
  format: Format
  preset: 'recommended' | 'publication' | 'none'
  /** With preset `none`: the one rule to run. */
  rule?: string
}

/** The options for `check`/`fix` under a setup. */
export function optionsOf(setup: Setup): Options {
  return setup.rule
    ? {format: setup.format, preset: 'none', rules: {[setup.rule]: 'warn'}}
    : {format: setup.format, preset: setup.preset}
}

/** Every setup worth trying: both presets and every registered rule alone, in every format. */
export function allSetups(): Setup[] {
  const setups: Setup[] = []
  for (const format of ['text', 'markdown', 'html'] as const) {
    setups.push({format, preset: 'recommended'}, {format, preset: 'publication'})
    for (const rule of Object.keys(rules)) setups.push({format, preset: 'none', rule})
  }
  return setups
}

/** A property violation. */
export interface Failure {
  property: string
  detail: string
}

type Outcome = Failure | undefined

function offsets(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  if (start.offset === undefined || end.offset === undefined) return undefined
  return [start.offset, end.offset]
}

function describe(message: VFileMessage): string {
  return `${message.ruleId} ${JSON.stringify(message.actual)} → ${JSON.stringify(message.expected?.[0])} at ${offsets(message)?.join('-')}`
}

/** `check` returns; it never throws. */
export function checkDoesNotThrow(value: string, setup: Setup): Failure | {file: VFile} {
  try {
    return {file: checkSync(value, optionsOf(setup))}
  } catch (error) {
    return {property: 'check never throws', detail: String((error as Error)?.stack ?? error).split('\n').slice(0, 4).join(' | ')}
  }
}

/** Every message lies inside the text, its line and column agree with its offset, and `actual` is the text there. */
export function placesAreExact(value: string, file: VFile): Outcome {
  const lineStarts = [0]
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) lineStarts.push(index + 1)
  }
  for (const message of file.messages) {
    const range = offsets(message)
    if (!range) return {property: 'message has a place', detail: `${message.ruleId}: ${message.reason}`}
    const [start, end] = range
    if (!(start >= 0 && start <= end && end <= value.length)) {
      return {property: 'place lies inside the text', detail: describe(message)}
    }
    if (message.actual !== value.slice(start, end)) {
      return {property: 'actual is the text at the place', detail: `${describe(message)} but the text is ${JSON.stringify(value.slice(start, end))}`}
    }
    const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    for (const [point, offset] of [[place.start, start], [place.end, end]] as const) {
      const line = lineStarts[point.line - 1]
      if (line === undefined || line + point.column - 1 !== offset) {
        return {property: 'line and column agree with the offset', detail: `${describe(message)}: ${point.line}:${point.column}`}
      }
    }
  }
  return undefined
}

/** The edits `fix` makes on its first pass, and the text after them. */
export function firstPass(value: string, file: VFile): {edits: Array<Edit & {ruleId: string}>; after: string} {
  const edits: Array<Edit & {ruleId: string}> = []
  for (const message of file.messages) {
    const [edit] = editsOf([message], false, value)
    if (edit) edits.push({...edit, ruleId: String(message.ruleId)})
  }
  return {edits, after: applyEdits(value, edits)}
}

/**
 * The edits `applyEdits` really takes (it skips overlapping ones), with each
 * one's place in the new text. Mirrors its documented choice.
 */
export function takenEdits<E extends Edit>(edits: readonly E[]): Array<E & {newStart: number}> {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const taken: Array<E & {newStart: number}> = []
  let cursor = 0
  let shift = 0
  let lastInsert = -1
  for (const edit of sorted) {
    if (edit.start < cursor) continue
    if (edit.start === edit.end && edit.start === lastInsert) continue
    taken.push({...edit, newStart: edit.start + shift})
    shift += edit.text.length - (edit.end - edit.start)
    cursor = edit.end
    if (edit.start === edit.end) lastInsert = edit.start
  }
  return taken
}

/** After the first pass, every byte outside the edited ranges is where it was. */
export function onlyEditedBytesChange(value: string, edits: readonly Edit[], after: string): Outcome {
  let cursor = 0
  let position = 0
  for (const edit of takenEdits(edits)) {
    const kept = value.slice(cursor, edit.start)
    if (after.slice(position, position + kept.length) !== kept) {
      return {property: 'bytes outside the edits are unchanged', detail: `text before offset ${edit.start} moved or changed`}
    }
    position += kept.length
    if (after.slice(position, position + edit.text.length) !== edit.text) {
      return {property: 'bytes outside the edits are unchanged', detail: `edit at ${edit.start} not applied as given`}
    }
    position += edit.text.length
    cursor = edit.end
  }
  if (after.slice(position) !== value.slice(cursor)) {
    return {property: 'bytes outside the edits are unchanged', detail: `text after offset ${cursor} changed`}
  }
  return undefined
}

/**
 * After the first pass, no rule reports a message lying wholly inside text it
 * has just written: a fix must not produce what its own rule flags. An edit
 * next to another rule's edit is left out: together they may make a new
 * context that the fixer's next pass rightly handles.
 */
export function fixDoesNotRefire(edits: ReadonlyArray<Edit & {ruleId: string}>, recheck: VFile): Outcome {
  const written = takenEdits(edits)
  const isolated = written.filter((edit) =>
    written.every((other) => other === edit || other.ruleId === edit.ruleId || other.end < edit.start - 1 || other.start > edit.end + 1)
  )
  for (const message of recheck.messages) {
    const range = offsets(message)
    if (!range) continue
    for (const edit of isolated) {
      if (edit.ruleId !== message.ruleId) continue
      const end = edit.newStart + edit.text.length
      if (range[0] >= edit.newStart && range[1] <= end) {
        return {
          property: 'a fix does not make its own rule fire again',
          detail: `${edit.ruleId} replaced ${edit.start}-${edit.end} with ${JSON.stringify(edit.text)}, then reported ${describe(message)}`
        }
      }
    }
  }
  return undefined
}

/** `fix` (SAFE) is idempotent; on failure, names the rules that still fix something. */
export function fixIsIdempotent(value: string, setup: Setup): Outcome {
  const options = optionsOf(setup)
  const once = String(fixSync(value, options))
  const again = fixSync(once, options)
  if (String(again) === once) return undefined
  const left = checkSync(once, options)
  const culprits = firstPass(once, left).edits.map((edit) => `${edit.ruleId} ${JSON.stringify(once.slice(edit.start, edit.end))} → ${JSON.stringify(edit.text)}`)
  return {property: 'fix is idempotent', detail: `after fix, still fixing: ${culprits.slice(0, 3).join('; ') || '(none found)'}`}
}

/** No SAFE edit touches code, tags or comments, and after `fix` they are all still there, in order. */
export function markupIsNeverEdited(document: MarkedDocument, setup: Omit<Setup, 'format'>): Outcome {
  const options = optionsOf({...setup, format: document.format})
  const {value, protectedRanges} = document
  const file = checkSync(value, options)
  for (const edit of firstPass(value, file).edits) {
    for (const [start, end] of protectedRanges) {
      const touches = edit.start === edit.end ? edit.start > start && edit.start < end : edit.start < end && edit.end > start
      if (touches) {
        return {
          property: 'markup and code are never edited',
          detail: `${edit.ruleId} edits ${JSON.stringify(value.slice(edit.start, edit.end))} inside ${JSON.stringify(value.slice(start, end))}`
        }
      }
    }
  }
  const fixed = String(fixSync(value, options))
  let from = 0
  for (const [start, end] of protectedRanges) {
    const found = fixed.indexOf(value.slice(start, end), from)
    if (found === -1) {
      return {property: 'markup and code survive fix', detail: `${JSON.stringify(value.slice(start, end))} is gone`}
    }
    from = found + (end - start)
  }
  return undefined
}

/** Run every text property on one input under one setup. */
export function textProperties(value: string, setup: Setup): Outcome {
  const checked = checkDoesNotThrow(value, setup)
  if ('property' in checked) return checked
  const {file} = checked
  const placed = placesAreExact(value, file)
  if (placed) return placed
  try {
    const {edits, after} = firstPass(value, file)
    const bytes = onlyEditedBytesChange(value, edits, after)
    if (bytes) return bytes
    if (edits.length > 0) {
      const refire = fixDoesNotRefire(edits, checkSync(after, optionsOf(setup)))
      if (refire) return refire
    }
    return edits.length > 0 ? fixIsIdempotent(value, setup) : undefined
  } catch (error) {
    return {property: 'fix never throws', detail: String((error as Error)?.stack ?? error).split('\n').slice(0, 4).join(' | ')}
  }
}
