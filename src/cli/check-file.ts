import {createTwoFilesPatch} from 'diff'
import type {VFile} from 'vfile'
import type {ConfigurationOptions} from '../config-files.js'
import {formatOf, MESSAGE_SOURCE} from '../runner.js'
import type {Format} from '../rule.js'
import {skipReason} from './content.js'
import {describeFileError} from '../file-error.js'
import {writeAtomic} from './write.js'
import {resultFile, runJob, type CheckJob} from './job.js'
import type {JobPool} from './pool.js'
import {checkStreamedFile} from './streamed-file.js'

/** What the command line decided for every file. */
export interface RunSettings {
  format?: Format
  fix?: 'safe' | 'all'
  dryRun: boolean
  /** The original document the input translates (`--source`). */
  sourceText?: string
  /** Worker threads to check documents on; without it they are checked on the main thread. */
  pool?: JobPool
}

/** What the CLI learned about one file, beside its messages. */
export interface FileOutcome {
  /** Edits applied (or, in a dry run, that would be). */
  fixed: number
  /** Why the file was not checked. */
  skipped?: string
  /** The unified diff of a dry run. */
  diff?: string
  /** The fixed text of standard input, printed instead of written. */
  fixedText?: string
  /** The file could not be written: its fixes were not applied. */
  writeFailed?: boolean
  /** The text now on disk, when fixing changed it: what the cache keys the file on. */
  writtenText?: string
}

declare module 'vfile' {
  interface DataMap {
    officialese: FileOutcome
  }
}

/** Where a document's text comes from. */
export type Source =
  /** Read whole: the bytes as read, for the checks of encoding. */
  | {kind: 'bytes'; bytes: Uint8Array; stdin?: boolean}
  /** Streamed from disk a chunk at a time. */
  | {kind: 'stream'; absolutePath: string}

/**
 * Check one document with its configuration, or fix it and write it back
 * (standard input: keep the fixed text to print). Its own text is checked:
 * Markdown and HTML are never re-serialised. Findings and notes (skipped,
 * empty, not written) end up in `file.messages`, the rest in
 * `file.data.officialese`; the text is not kept on the file.
 */
export async function checkFile(file: VFile, source: Source, configured: ConfigurationOptions, run: RunSettings, name: string): Promise<void> {
  const outcome: FileOutcome = {fixed: 0}
  file.data.officialese = outcome

  if (source.kind === 'stream') {
    const streamed = await checkStreamedFile(source.absolutePath, configured)
    if (streamed.skipped) skip(file, name, streamed.skipped)
    else if (streamed.empty) noteEmpty(file, name)
    else adopt(file, streamed)
    return
  }

  const {bytes} = source
  // Decoded leniently, as a text editor would; the bytes tell whether that was right.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  const skipped = await skipReason(text, () => Promise.resolve(bytes))
  if (skipped) {
    skip(file, name, skipped)
    return
  }

  if (text.trim() === '') {
    noteEmpty(file, name)
    return
  }

  const options = {
    ...configured,
    ...(run.sourceText === undefined ? {} : {sourceText: run.sourceText}),
    format: run.format ?? formatOf(file)
  }

  const job: CheckJob = {text, path: file.path, options, fix: run.fix}
  const result = resultFile(job, run.pool ? await run.pool.run(job) : runJob(job))
  if (!run.fix) {
    adopt(file, result)
    return
  }

  const fixedText = String(result)
  if (fixedText === text) {
    adopt(file, result)
    return
  }

  if (run.dryRun) {
    outcome.fixed = result.data.fixed ?? 0
    outcome.diff = createTwoFilesPatch(`a/${name}`, `b/${name}`, text, fixedText, undefined, undefined, {context: 3})
    adopt(file, result)
    return
  }

  if (source.stdin) {
    outcome.fixed = result.data.fixed ?? 0
    outcome.fixedText = fixedText
    adopt(file, result)
    return
  }

  try {
    // Only standard input has no path, and its fixed text was kept above.
    await writeAtomic(file.path!, fixedText)
  } catch (error) {
    // Report what the unfixed file holds, and say why nothing changed.
    outcome.writeFailed = true
    const unfixed = {...job, fix: undefined}
    adopt(file, resultFile(unfixed, runJob(unfixed)))
    note(file, `Cannot write \`${name}\`: ${describeFileError(error)}; it was left as it was`, true)
    return
  }

  outcome.fixed = result.data.fixed ?? 0
  outcome.writtenText = fixedText
  adopt(file, result)
}

/**
 * Note on a file that it could not be read: one line, an error about the
 * file rather than a finding, so it names no source.
 */
export function noteUnreadable(file: VFile, name: string, error: unknown): void {
  file.message(`Cannot read \`${name}\`: ${describeFileError(error)}`).fatal = true
}

// Move the findings of a checked copy onto the file of the run. A run keeps
// every finding until its report: the strings many findings share (a rule's
// id, URL and category) arrive from a worker as copies of their own, and are
// kept once.
function adopt(file: VFile, checked: {messages: VFile['messages']}): void {
  for (const message of checked.messages) {
    message.file = file.path
    message.ruleId = shared(message.ruleId)
    message.source = shared(message.source)
    message.url = shared(message.url)
    message.category = shared(message.category)
    file.messages.push(message)
  }
}

const sharedStrings = new Map<string, string>()

function shared<Value extends string | undefined>(value: Value): Value {
  if (value === undefined) return value
  let kept = sharedStrings.get(value)
  if (kept === undefined) {
    kept = value
    sharedStrings.set(value, value)
  }
  return kept as Value
}

function skip(file: VFile, name: string, reason: string): void {
  file.data.officialese!.skipped = reason
  note(file, `Skipped \`${name}\`: ${reason}; nothing was checked or written`, false)
}

function noteEmpty(file: VFile, name: string): void {
  file.data.officialese!.skipped = 'empty'
  note(file, `Empty file \`${name}\`: nothing to check`, undefined)
}

// `fatal`: `true` error, `false` warning, `undefined` information.
function note(file: VFile, reason: string, fatal: boolean | undefined): void {
  const message = file.message(reason)
  message.source = MESSAGE_SOURCE
  message.fatal = fatal
}
