import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {checkSync} from '../check.js'
import type {Options} from '../options.js'
import {applyInlineControl, fixWithInlineControl} from '../inline-control.js'
import {withoutStack} from '../runner.js'
import type {Format} from '../rule.js'

/** One document to check or fix: all a worker thread needs, as plain data. */
export interface CheckJob {
  text: string
  path?: string
  /** Options with the glossary already loaded, and the format decided. */
  options: Options & {format: Format}
  fix?: 'safe' | 'all'
}

/** What came of a job: the fixed text (of a fixing job), edits applied, and the messages as plain data. */
export interface JobResult {
  value?: string
  fixed: number
  messages: Array<Record<string, unknown>>
}

/** Check or fix one document, honouring inline control comments. */
export function runJob(job: CheckJob): JobResult {
  const source = new VFile({path: job.path, value: job.text})
  const result = job.fix
    ? fixWithInlineControl(source, {...job.options, apply: job.fix})
    : applyInlineControl(checkSync(source, job.options), job.options.format)
  // A checking job's text comes back unchanged: it is not sent back across threads.
  const value = job.fix ? String(result) : undefined
  return {value, fixed: result.data.fixed ?? 0, messages: result.messages.map(toPlain)}
}

/** A VFile holding a job's result, its messages rebuilt. */
export function resultFile(job: CheckJob, result: JobResult): VFile {
  const file = new VFile({path: job.path, value: result.value ?? job.text})
  file.data.fixed = result.fixed
  file.messages = result.messages.map(fromPlain)
  return file
}

// A message crosses to another thread as its own fields: an Error would
// arrive with its message and stack alone.
function toPlain(message: VFileMessage): Record<string, unknown> {
  const plain: Record<string, unknown> = {...message}
  delete plain.cause
  delete plain.ancestors
  return plain
}

function fromPlain(plain: Record<string, unknown>): VFileMessage {
  const message = withoutStack(() => new VFileMessage(String(plain.reason ?? '')))
  Object.assign(message, plain)
  return message
}
