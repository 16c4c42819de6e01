import type {VFileMessage} from 'vfile-message'
import type {VFile} from 'vfile'
import {checkSync, withGlossaryLoaded, type CheckOptions, type Input} from './check.js'

/** Options for `fix`: those of `check`, plus which fixes to apply. */
export interface FixOptions extends CheckOptions {
  /** `safe` (default): SAFE fixes only; `all`: also the first suggestion of every finding. */
  apply?: 'safe' | 'all'
}

/** A text edit: replace `[start, end)` of a text with `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

declare module 'vfile' {
  interface DataMap {
    /** How many edits `fix` applied. */
    fixed: number
  }
}

const maxPasses = 10

/**
 * Fix a document: apply non-overlapping edits, check again, and repeat until
 * nothing changes (ESLint's algorithm, at most ten passes). The result's value
 * is the fixed text and its messages are what remains; `data.fixed` counts edits.
 */
export async function fix(input: Input, options: FixOptions = {}): Promise<VFile> {
  return fixSync(input, await withGlossaryLoaded(options))
}

/** `fix` without the promise. */
export function fixSync(input: Input, options: FixOptions = {}): VFile {
  return fixWith(checkSync, input, options)
}

/**
 * The fix loop over any checker: the CLI and the language server pass one
 * that also honours control comments, so a silenced finding is never fixed.
 */
export function fixWith<Options extends FixOptions>(
  checker: (input: Input, options: Options) => VFile,
  input: Input,
  options: Options
): VFile {
  const applyAll = options.apply === 'all'
  let file = checker(input, options)
  let fixed = 0

  for (let pass = 0; pass < maxPasses; pass++) {
    const before = String(file)
    const edits = editsOf(file.messages, applyAll, before)
    if (edits.length === 0) break
    const after = applyEdits(before, edits)
    if (after === before) break
    fixed += edits.length
    file.value = after
    file = checker(file, options)
  }

  file.data.fixed = fixed
  return file
}

/** The edits to make for `messages`: SAFE ones, or every first suggestion when `applyAll`. */
export function editsOf(
  messages: readonly VFileMessage[],
  applyAll = false,
  value?: string
): Edit[] {
  const edits: Edit[] = []
  for (const message of messages) {
    const replacement = message.expected?.[0]
    const place = message.place
    if (replacement === undefined || !place || !('start' in place)) continue
    if (!message.autofix && !applyAll) continue
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined) continue
    if (replacement === message.actual) continue
    // A message whose place no longer holds its text is stale: never edit blind.
    if (value !== undefined && value.slice(start, end) !== message.actual) continue
    edits.push({start, end, text: replacement})
  }
  return edits
}

/**
 * Apply edits to `value`, in offset order, skipping any edit that overlaps one
 * already taken (it is found again on the next pass if it still applies).
 */
export function applyEdits(value: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  let result = ''
  let cursor = 0
  let lastInsert = -1
  for (const edit of sorted) {
    if (edit.start < cursor) continue
    // Two insertions at one offset have no defined order: keep the first.
    if (edit.start === edit.end && edit.start === lastInsert) continue
    result += value.slice(cursor, edit.start) + edit.text
    cursor = edit.end
    if (edit.start === edit.end) lastInsert = edit.start
  }
  return result + value.slice(cursor)
}
