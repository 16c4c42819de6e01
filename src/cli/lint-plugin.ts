import path from 'node:path'
import {createTwoFilesPatch} from 'diff'
import type {Plugin, Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {ConfigurationOptions} from '../config-files.js'
import {loadGlossary} from '../glossary/index.js'
import {formatOf, MESSAGE_SOURCE} from '../runner.js'
import type {Format} from '../rule.js'
import {readBytes, skipReason} from './content.js'
import {describeFileError} from '../file-error.js'
import {writeAtomic} from './write.js'
import {resultFile, runJob, type CheckJob} from './job.js'
import type {JobPool} from './pool.js'
import {insideLinkCycle} from './link-cycle.js'
import {checkStreamedFile} from './streamed-file.js'

/** What the command line decided for every file. */
export interface RunSettings {
  format?: Format
  fix?: 'safe' | 'all'
  dryRun: boolean
  /** The bytes read from standard input, when checking it. */
  stdinBytes?: Uint8Array
  /** The path shown for files, relative to the working folder. */
  displayPath(file: VFile): string
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
}

declare module 'vfile' {
  interface DataMap {
    officialese: FileOutcome
    /** The file's messages, held aside while the engine runs (see `holdMessages`). */
    officialeseHeld: VFile['messages']
  }
}

/**
 * A processor the engine can run: it parses nothing itself, since the rules
 * read the file's text with the format's own parser; the lint plugin does the work.
 */
export function createProcessor(): Processor<any, any, any, any, any> {
  return unified().use(function () {
    // `this` is the processor; the engine needs a parser and a compiler to exist.
    const self = this as unknown as Processor<any, any, any, any, string>
    self.parser = () => ({type: 'root', children: []})
    self.compiler = (_tree: unknown, file: VFile) => String(file.value ?? '')
  })
}

/**
 * The engine plugin: configuration files give its options (`preset`, `rules`,
 * `glossary`); `run` carries the command-line choices. It checks, or fixes
 * and writes, the file's own text: Markdown and HTML are never re-serialised.
 */
export function createLintPlugin(run: RunSettings): Plugin<[ConfigurationOptions?]> {
  return function (configured: ConfigurationOptions = {}) {
    let glossary: Promise<ConfigurationOptions['glossary']> | undefined
    // A glossary file is read once per configuration, not once per document.
    const loadedGlossary = () => (glossary ??= loadGlossary(configured.glossary))

    return async function (_tree: unknown, file: VFile) {
      try {
        await lint(file)
      } finally {
        holdMessages(file)
      }
    }

    async function lint(file: VFile): Promise<void> {
      const outcome: FileOutcome = {fixed: 0}
      file.data.officialese = outcome
      // Reached again through a folder that links to its own ancestor: the
      // first path to the file is checked (and fixed) instead.
      if (file.path && insideLinkCycle(file.path, file.cwd)) return
      const name = run.displayPath(file)
      // The run's folder need not be the process's own.
      const absolutePath = file.path ? path.resolve(file.cwd, file.path) : undefined

      if (file.data.officialeseStreamed && absolutePath) {
        const streamed = await checkStreamedFile(absolutePath, {...configured, glossary: await loadedGlossary()})
        if (streamed.skipped) skip(file, name, streamed.skipped)
        else if (streamed.empty) noteEmpty(file, name)
        else adopt(file, streamed)
        return
      }

      const text = String(file.value ?? '')
      const skipped = await skipReason(text, () =>
        run.stdinBytes && file.data.unifiedEngineStreamIn
          ? Promise.resolve(run.stdinBytes)
          : absolutePath
            ? readBytes(absolutePath)
            : Promise.resolve(undefined)
      )
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
        glossary: await loadedGlossary(),
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

      if (file.data.unifiedEngineStreamIn) {
        outcome.fixed = result.data.fixed ?? 0
        outcome.fixedText = fixedText
        adopt(file, result)
        return
      }

      try {
        // Only standard input has no path, and it was printed above.
        await writeAtomic(absolutePath!, fixedText)
      } catch (error) {
        // Report what the unfixed file holds, and say why nothing changed.
        outcome.writeFailed = true
        const unfixed = {...job, fix: undefined}
        adopt(file, resultFile(unfixed, runJob(unfixed)))
        note(file, `Cannot write \`${name}\`: ${describeFileError(error)}; it was left as it was`, true)
        return
      }

      outcome.fixed = result.data.fixed ?? 0
      file.value = fixedText
      adopt(file, result)
    }
  }
}

/**
 * Each time a file finishes, the engine counts the messages of every file in
 * the run, which is quadratic in files (over a second of a 1,000-file run,
 * all of it on the main thread). So a file's messages wait aside until
 * the run ends, when `releaseMessages` puts them back in their order. Nothing
 * in the engine's later steps reads them: reports are written after the run.
 */
function holdMessages(file: VFile): void {
  file.data.officialeseHeld = file.messages.splice(0)
}

/** Give each file back its messages once the engine has finished. */
export function releaseMessages(files: readonly VFile[]): void {
  for (const file of files) {
    const held = file.data.officialeseHeld
    if (!held) continue
    file.messages = held.concat(file.messages)
    delete file.data.officialeseHeld
  }
}

// Move the findings of a checked copy onto the engine's file.
function adopt(file: VFile, checked: {messages: VFile['messages']}): void {
  for (const message of checked.messages) {
    message.file = file.path
    file.messages.push(message)
  }
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
