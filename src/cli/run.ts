import {readFileSync} from 'node:fs'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {engine, type Context} from 'unified-engine'
import type {VFile} from 'vfile'
import {configurationSettings, displayPath, ignoreName, isConfigurationLoadError, type ConfigurationError} from '../config-files.js'
import {helpText, parseArguments, UsageError, type CliArguments} from './args.js'
import {createLintPlugin, createProcessor, releaseMessages} from './lint-plugin.js'
import {markSpecialFiles} from './content.js'
import {insideLinkCycle} from './link-cycle.js'
import {defaultStreamBytes, markStreamedFiles} from './streamed-file.js'
import {createJobPool, defaultJobs} from './pool.js'
import {reportGithub} from './reporters/github.js'
import {reportJson} from './reporters/json.js'
import {reportSarif} from './reporters/sarif.js'
import {reportStylish} from './reporters/stylish.js'
import {summaryLine, tally} from './summary.js'
import {describeFileError} from '../file-error.js'

/** The streams and folder a run uses; tests pass their own. */
export interface Io {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  cwd: string
  /** Plain-text files at least this many bytes long are checked as streams (tests lower it). */
  streamBytes?: number
}

/** Exit codes: findings that fail the run, and problems that stopped it. */
export const exitCode = {ok: 0, findings: 1, trouble: 2} as const

/** Folders are searched for files with these extensions. */
export const extensions = ['txt', 'md', 'markdown', 'html', 'htm']

/** Run the `officialese` command; resolves to its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args: CliArguments
  try {
    args = parseArguments(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`officialese: ${lowerFirst(error.message)}\nRun \`officialese --help\` for usage.\n`)
    return exitCode.trouble
  }

  if (args.help) {
    io.stdout.write(helpText)
    return exitCode.ok
  }
  if (args.version) {
    io.stdout.write(`${packageInfo().version}\n`)
    return exitCode.ok
  }

  const readsStdin = args.paths.length === 0
  if (readsStdin && args.stdinFilename === undefined && io.stdin.isTTY) {
    io.stderr.write(
      'officialese: no input: give files, folders or globs, or pipe text in with --stdin-filename <name>\nRun `officialese --help` for usage.\n'
    )
    return exitCode.trouble
  }

  const stdinBytes = readsStdin ? await readAll(io.stdin) : undefined
  const show = (file: VFile) => showPath(file, io.cwd)
  // Files are checked on worker threads; standard input is one document.
  const jobs = readsStdin ? 1 : (args.jobs ?? defaultJobs())
  const pool = jobs > 1 ? createJobPool(jobs) : undefined
  const plugin = createLintPlugin({format: args.format, fix: args.fix, dryRun: args.fixDryRun, stdinBytes, displayPath: show, pool})

  let context: Context | undefined
  try {
    context = await runEngine(args, io, plugin, stdinBytes)
  } catch (error) {
    io.stderr.write(`officialese: ${oneLine(error)}\n`)
    return exitCode.trouble
  } finally {
    await pool?.close()
  }

  const files = context.files.filter(
    (file) =>
      file.data.unifiedEngineGiven &&
      !file.data.unifiedEngineIgnored &&
      !(file.path && insideLinkCycle(file.path, io.cwd))
  )

  const {configurationErrors, fileTrouble} = triage(files, io.cwd, show)
  if (configurationErrors.length > 0) {
    for (const problem of configurationErrors) io.stderr.write(`officialese: ${problem.message}\n`)
    return exitCode.trouble
  }

  for (const file of files) {
    const outcome = file.data.officialese
    if (outcome?.diff) io.stdout.write(outcome.diff)
    if (outcome?.fixedText !== undefined) io.stdout.write(outcome.fixedText)
  }

  // Standard input with `--fix` prints the fixed text on stdout: the report
  // then goes to stderr whatever its format.
  const fixedStdin = files.some((file) => file.data.officialese?.fixedText !== undefined)
  const machineOut = fixedStdin ? io.stderr : io.stdout
  const shown = args.quiet ? files.filter((file) => file.messages.length > 0) : files
  switch (args.reporter) {
    case 'json':
      machineOut.write(reportJson(shown, show))
      break
    case 'sarif':
      machineOut.write(reportSarif(files, show, toolInfo(), io.cwd))
      break
    case 'github':
      machineOut.write(reportGithub(files, show))
      break
    default:
      io.stderr.write(reportStylish(withDisplayPaths(files, show), {quiet: args.quiet, color: args.color ?? Boolean(io.stderr.isTTY)}))
  }

  const counts = tally(files)
  if (files.length === 0) {
    io.stderr.write(`officialese: no files to check: nothing matched, or every match is ignored (folders are searched for ${extensions.map((extension) => `.${extension}`).join(', ')})\n`)
  }
  io.stderr.write(summaryLine(counts, {dryRun: args.fixDryRun, fixing: args.fix !== undefined}) + '\n')

  if (fileTrouble) return exitCode.trouble
  if (counts.errors > 0) return exitCode.findings
  if (args.frail && counts.warnings > 0) return exitCode.findings
  if (args.maxWarnings !== undefined && counts.warnings > args.maxWarnings) {
    io.stderr.write(`officialese: ${counts.warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`)
    return exitCode.findings
  }
  return exitCode.ok
}

async function runEngine(
  args: CliArguments,
  io: Io,
  plugin: ReturnType<typeof createLintPlugin>,
  stdinBytes: Uint8Array | undefined
): Promise<Context> {
  const silent = new Writable({write: (_chunk, _encoding, done) => done()})
  // A named pipe or device named on the command line would block the engine's read forever.
  let files = await markSpecialFiles(args.paths, io.cwd)
  // Checking (not fixing) reads large plain-text files as streams.
  if (args.fix === undefined && !args.fixDryRun) {
    files = await markStreamedFiles(files, {format: args.format, cwd: io.cwd, threshold: io.streamBytes ?? defaultStreamBytes})
  }
  return new Promise(function (resolve, reject) {
    engine(
      {
        processor: createProcessor,
        cwd: io.cwd,
        files,
        extensions,
        streamIn: stdinBytes ? Readable.from([Buffer.from(stdinBytes)]) : io.stdin,
        filePath: args.stdinFilename,
        out: false,
        output: false,
        // Reports are written by `main`, which knows which stream each format belongs on.
        reporter: () => '',
        streamError: silent,
        streamOut: silent,
        ...configurationSettings(plugin, io.cwd),
        rcPath: args.config,
        detectConfig: !args.noConfig && args.config === undefined,
        ignoreName: args.noIgnore ? undefined : ignoreName,
        detectIgnore: !args.noIgnore,
        ignorePath: args.ignorePath,
        ignorePatterns: args.ignorePatterns,
        // Hooks pass every changed file: an ignored one is passed over quietly.
        silentlyIgnore: true
      },
      function (error, _code, context) {
        if (error || !context) reject(error ?? new Error('Nothing was processed'))
        else {
          releaseMessages(context.files)
          resolve(context)
        }
      }
    )
  })
}

/**
 * Sort out the messages that are not findings: configuration errors (which
 * stop the run) and files that could not be read or written (one line each).
 */
function triage(
  files: readonly VFile[],
  cwd: string,
  show: (file: VFile) => string
): {configurationErrors: ConfigurationError[]; fileTrouble: boolean} {
  const configurationErrors = new Map<string, ConfigurationError>()
  let fileTrouble = false
  for (const file of files) {
    for (const message of file.messages) {
      if (message.ruleId || !message.cause) continue
      const problem = isConfigurationLoadError(message.cause, cwd)
      if (problem) {
        configurationErrors.set(problem.message, problem)
        continue
      }
      // One line, never a stack: a file the engine could not read, or a
      // document a rule failed on (the lint plugin had started).
      const cause = rootCause(message.cause)
      message.reason = /no such file or folder/i.test(message.reason)
        ? `No such file or folder \`${show(file)}\``
        : file.data.officialese
          ? `Cannot check \`${show(file)}\`: ${oneLine(cause)}`
          : `Cannot read \`${show(file)}\`: ${describeFileError(cause)}`
      fileTrouble = true
      message.message = message.reason
      message.cause = undefined
      message.stack = undefined
      message.fatal = true
    }
    // The lint plugin never ran (the file could not be read) or could not write its fixes.
    const outcome = file.data.officialese
    if (outcome?.writeFailed || (!outcome && file.messages.some((message) => message.fatal && !message.ruleId))) {
      fileTrouble = true
    }
  }
  return {configurationErrors: [...configurationErrors.values()], fileTrouble}
}

function rootCause(error: unknown): unknown {
  let current = error
  while (current instanceof Error && current.cause instanceof Error) current = current.cause
  return current
}

// vfile-reporter prints `file.path`: show it as the other reporters do.
function withDisplayPaths(files: readonly VFile[], show: (file: VFile) => string): VFile[] {
  for (const file of files) {
    if (file.path) file.path = show(file)
  }
  return [...files]
}

function showPath(file: VFile, cwd: string): string {
  if (!file.path) return '<stdin>'
  return displayPath(path.resolve(file.cwd || cwd, file.path), cwd)
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1)
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n', 1)[0] ?? message
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

interface PackageInfo {
  name: string
  version: string
}

// The bundled bin sits in `dist/`, the sources in `src/cli/`: look in both places.
function packageInfo(): PackageInfo {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const info = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as PackageInfo
      if (info.name === 'retext-officialese') return info
    } catch {
      // Try the next place.
    }
  }
  return {name: 'retext-officialese', version: '0.0.0'}
}

function toolInfo() {
  return {
    name: 'officialese',
    version: packageInfo().version,
    informationUri: 'https://github.com/retext-officialese/retext-officialese'
  }
}
