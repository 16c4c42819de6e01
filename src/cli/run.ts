import {createHash} from 'node:crypto'
import fs, {readFileSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {ConfigurationError, displayPath, ignoreName, isConfigurationLoadError} from '../config-files.js'
import {describeFileError} from '../file-error.js'
import {helpText, parseArguments, UsageError, type CliArguments} from './args.js'
import {cacheKey, defaultCacheName, FindingsCache, restore} from './cache.js'
import {checkFile, noteUnreadable, type RunSettings} from './check-file.js'
import {specialKind} from './content.js'
import {createConfigurations, type ResolvedConfiguration} from './configurations.js'
import {listFiles} from './files.js'
import {limitHeapGrowth} from './heap.js'
import {createIgnoreCheck} from './ignores.js'
import {createJobPool, defaultJobs, type JobPool} from './pool.js'
import {createProgress, defaultProgressDelay, type Progress} from './progress.js'
import {reportGithub} from './reporters/github.js'
import {reportHtml} from './reporters/html.js'
import {reportJson} from './reporters/json.js'
import {reportMarkdown} from './reporters/markdown.js'
import {reportSarif} from './reporters/sarif.js'
import {reportStylish} from './reporters/stylish.js'
import {pickShard} from './shard.js'
import {defaultStreamBytes, streamsFile} from './streamed-file.js'
import {summaryLine, tally} from './summary.js'

/** The streams and folder a run uses; tests pass their own. */
export interface Io {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  cwd: string
  /** Plain-text files at least this many bytes long are checked as streams (tests lower it). */
  streamBytes?: number
  /** How long (ms) a run lasts before the progress line shows (tests lower it). */
  progressDelay?: number
}

/** Exit codes: findings that fail the run, and problems that stopped it. */
export const exitCode = {ok: 0, findings: 1, trouble: 2} as const

/** Folders are searched for files with these extensions: documents, then translation files. */
export const extensions = ['txt', 'md', 'markdown', 'html', 'htm', 'xlf', 'xliff', 'po', 'tmx', 'jsonl']

// Text read whole and waiting to be checked is held to about this much
// (in bytes), however many files are in flight.
const inFlightBytes = 32 * 1024 * 1024
// Below this much text in all, the run is checked on the main thread alone:
// a worker's warm-up costs about as much as checking 2 MB.
const workerBytes = 2 * 1024 * 1024

/** Run the `officialese` command; resolves to its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args: CliArguments
  try {
    args = parseArguments(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    return usageError(io, error.message)
  }

  if (args.help) {
    io.stdout.write(helpText)
    return exitCode.ok
  }
  if (args.version) {
    io.stdout.write(`${packageInfo().version}\n`)
    return exitCode.ok
  }

  if (args.readsStdin && args.stdinFilename === undefined && io.stdin.isTTY) {
    io.stderr.write(
      'officialese: no input: give files, folders or globs, or pipe text in with --stdin-filename <name>\nRun `officialese --help` for usage.\n'
    )
    return exitCode.trouble
  }

  let sourceText: string | undefined
  if (args.source !== undefined) {
    try {
      sourceText = await readText(path.resolve(io.cwd, args.source))
    } catch (error) {
      io.stderr.write(`officialese: cannot read --source \`${args.source}\`: ${describeFileError(error)}\n`)
      return exitCode.trouble
    }
  }

  const configurations = createConfigurations({cwd: io.cwd, configPath: args.config, noConfig: args.noConfig})
  const show = (file: VFile) => showPath(file, io.cwd)
  const settings: RunSettings = {format: args.format, fix: args.fix, dryRun: args.fixDryRun, sourceText}

  let outcome: RunOutcome
  let stdinText: string | undefined
  try {
    if (args.readsStdin) {
      const bytes = await readAll(io.stdin)
      stdinText = Buffer.from(bytes).toString('utf8')
      outcome = await checkStdin(args, io, bytes, configurations, settings)
    } else {
      const listed = await list(args, io)
      if (args.source !== undefined && listed.length !== 1) {
        return usageError(io, `--source pairs one translation with its original: give exactly one document, not ${listed.length}`)
      }
      outcome = await checkAll(listed, args, io, configurations, settings, show)
    }
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io.stderr.write(`officialese: ${error.message}\n`)
      return exitCode.trouble
    }
    io.stderr.write(`officialese: ${oneLine(error)}\n`)
    return exitCode.trouble
  }

  const {files, configurationErrors} = outcome
  if (configurationErrors.length > 0) {
    for (const problem of configurationErrors) io.stderr.write(`officialese: ${problem.message}\n`)
    return exitCode.trouble
  }

  for (const file of files) {
    const result = file.data.officialese
    if (result?.diff) io.stdout.write(result.diff)
    if (result?.fixedText !== undefined) io.stdout.write(result.fixedText)
  }

  // Standard input with `--fix` prints the fixed text on stdout: the report
  // then goes to stderr whatever its format.
  const fixedStdin = files.some((file) => file.data.officialese?.fixedText !== undefined)
  const machineOut = fixedStdin ? io.stderr : io.stdout
  const shown = args.quiet ? files.filter((file) => file.messages.length > 0) : files
  // Texts are not kept through the run: a report that quotes them reads them again.
  const readBack = (file: VFile) => (stdinText !== undefined ? stdinText : rereadText(file, io.cwd))
  switch (args.reporter) {
    case 'json':
      writeJsonReport(shown, show, machineOut)
      break
    case 'sarif':
      machineOut.write(reportSarif(files, show, toolInfo(), io.cwd))
      break
    case 'github':
      for (const batch of batches(files)) machineOut.write(reportGithub(batch, show))
      break
    case 'html':
      machineOut.write(reportHtml(shown, {show, readText: readBack, tool: {name: 'officialese', version: packageInfo().version}}))
      break
    case 'markdown':
      machineOut.write(reportMarkdown(shown, {show, readText: readBack}))
      break
    default:
      io.stderr.write(reportStylish(withDisplayPaths(files, show), {quiet: args.quiet, color: args.color ?? Boolean(io.stderr.isTTY)}))
  }

  const counts = tally(files)
  if (files.length === 0) {
    const where = args.shard ? ` in shard ${args.shard.index}/${args.shard.count}` : ''
    io.stderr.write(`officialese: no files to check${where}: nothing matched, or every match is ignored (folders are searched for ${extensions.map((extension) => `.${extension}`).join(', ')})\n`)
  }
  io.stderr.write(summaryLine(counts, {dryRun: args.fixDryRun, fixing: args.fix !== undefined}) + '\n')

  if (files.some(inTrouble)) return exitCode.trouble
  if (counts.errors > 0) return exitCode.findings
  if (args.frail && counts.warnings > 0) return exitCode.findings
  if (args.maxWarnings !== undefined && counts.warnings > args.maxWarnings) {
    io.stderr.write(`officialese: ${counts.warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`)
    return exitCode.findings
  }
  return exitCode.ok
}

interface RunOutcome {
  /** The files checked (or that could not be), in the order listed. */
  files: VFile[]
  /** Broken configurations met: the run stops with these instead of a report. */
  configurationErrors: ConfigurationError[]
}

// A report of many files is written a batch at a time, so that its whole
// text is never held at once.
const reportBatch = 200

function* batches(files: readonly VFile[]): Generator<VFile[]> {
  for (let start = 0; start < files.length; start += reportBatch) yield files.slice(start, start + reportBatch)
}

// The JSON report of every file, as `reportJson` writes it, made batch by
// batch: each batch's array is opened and closed only where the whole is.
function writeJsonReport(files: readonly VFile[], show: (file: VFile) => string, out: NodeJS.WritableStream): void {
  if (files.length === 0) {
    out.write(reportJson([], show))
    return
  }
  let first = true
  for (const batch of batches(files)) {
    const report = reportJson(batch, show)
    // `[\n  {…},\n  {…}\n]\n`: keep the objects, indented as in the whole array.
    const items = report.slice(report.indexOf('\n') + 1, report.lastIndexOf('\n]'))
    out.write((first ? '[\n' : ',\n') + items)
    first = false
  }
  out.write('\n]\n')
}

function usageError(io: Io, message: string): number {
  io.stderr.write(`officialese: ${lowerFirst(message)}\nRun \`officialese --help\` for usage.\n`)
  return exitCode.trouble
}

// The files of the command line, ignored ones left out, and of this shard only.
async function list(args: CliArguments, io: Io): Promise<Array<string | VFile>> {
  const ignores = createIgnoreCheck({
    cwd: io.cwd,
    ignoreName: args.noIgnore ? undefined : ignoreName,
    ignorePath: args.ignorePath,
    patterns: args.ignorePatterns
  })
  const listed = await listFiles(args.paths, {cwd: io.cwd, extensions, ignores})
  return args.shard ? pickShard(listed, (item) => (typeof item === 'string' ? item : item.path), args.shard, io.cwd) : listed
}

async function checkStdin(
  args: CliArguments,
  io: Io,
  bytes: Uint8Array,
  configurations: ReturnType<typeof createConfigurations>,
  settings: RunSettings
): Promise<RunOutcome> {
  const file = new VFile({path: args.stdinFilename, cwd: io.cwd})
  let configuration: ResolvedConfiguration
  try {
    configuration = await configurations(args.stdinFilename)
  } catch (error) {
    return {files: [], configurationErrors: [asConfigurationProblem(error, io.cwd)]}
  }
  await guardedCheck(file, () => checkFile(file, {kind: 'bytes', bytes, stdin: true}, configuration.options, settings, showPath(file, io.cwd)), io.cwd)
  return {files: [file], configurationErrors: []}
}

/**
 * Check the listed files a few at a time — read, check (on the job pool),
 * note the findings, let the text go — so memory holds the texts in
 * flight, never all of them. The files come back in the order listed.
 */
async function checkAll(
  listed: Array<string | VFile>,
  args: CliArguments,
  io: Io,
  configurations: ReturnType<typeof createConfigurations>,
  settings: RunSettings,
  show: (file: VFile) => string
): Promise<RunOutcome> {
  const sizes = await sizesOf(listed, io.cwd)
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0)
  // Only the findings and the texts in flight stay alive: keep the heap near them.
  if (totalBytes >= workerBytes) limitHeapGrowth(25)
  const jobs = args.jobs ?? defaultJobs()
  // A small run stays on the main thread: workers would cost more than they save.
  const pool: JobPool | undefined = jobs > 1 && totalBytes >= workerBytes ? createJobPool(jobs, 0) : undefined
  const cache = args.cache ? await openCache(args, io) : undefined
  const runDigest = digestOf({version: packageInfo().version, format: args.format ?? null, fix: args.fix ?? null, dryRun: args.fixDryRun, source: settings.sourceText ?? null})
  const progress: Progress | undefined = (args.progress ?? Boolean(io.stderr.isTTY)) ? createProgress(io.stderr, io.progressDelay ?? defaultProgressDelay) : undefined
  const counts = {done: 0, total: listed.length, bytes: 0, findings: 0}

  const files: Array<VFile | undefined> = new Array(listed.length)
  const configurationErrors = new Map<string, ConfigurationError>()
  const run = {...settings, pool}
  const threshold = io.streamBytes ?? defaultStreamBytes
  let next = 0
  let holding = 0
  // Enough files in flight that reading never leaves a thread waiting; `inFlightBytes` bounds their text.
  const lanes = Math.max(16, jobs * 4)

  try {
    await Promise.all(Array.from({length: Math.min(lanes, listed.length)}, lane))
  } finally {
    progress?.finish()
    await pool?.close()
  }
  if (cache) {
    try {
      await cache.save()
    } catch (error) {
      io.stderr.write(`officialese: warning: cannot write the cache: ${describeFileError(error)}\n`)
    }
  }
  return {files: files.filter((file) => file !== undefined), configurationErrors: [...configurationErrors.values()]}

  async function lane(): Promise<void> {
    while (next < listed.length) {
      const index = next++
      const size = sizes[index]!
      // Wait for room unless nothing else is held: one large file still goes through alone.
      while (holding > 0 && holding + size > inFlightBytes) await new Promise((resolve) => setTimeout(resolve, 5))
      holding += size
      try {
        files[index] = await checkOne(listed[index]!, size)
      } finally {
        holding -= size
      }
      counts.done++
      counts.bytes += size
      counts.findings += files[index]?.messages.filter((message) => message.ruleId).length ?? 0
      progress?.update(counts)
    }
  }

  async function checkOne(entry: string | VFile, size: number): Promise<VFile | undefined> {
    // A path that could not be listed: its message says why.
    if (typeof entry !== 'string') return entry
    const file = new VFile({path: entry, cwd: io.cwd})
    const name = show(file)
    let configuration: ResolvedConfiguration
    try {
      configuration = await configurations(entry)
    } catch (error) {
      const problem = asConfigurationProblem(error, io.cwd)
      configurationErrors.set(problem.message, problem)
      return undefined
    }

    if (!settings.sourceText && streamsFile(entry, size, {format: args.format, fixing: args.fix !== undefined, threshold})) {
      await guardedCheck(file, () => checkFile(file, {kind: 'stream', absolutePath: entry}, configuration.options, run, name), io.cwd)
      return file
    }

    let bytes: Uint8Array
    try {
      bytes = await readBytes(entry)
    } catch (error) {
      noteUnreadable(file, name, error)
      return file
    }

    const key = cache ? cacheKey(bytes, configuration.digest, runDigest) : ''
    const cached = cache?.get(name, key)
    if (cached) {
      restore(file, cached)
      return file
    }
    const problem = await guardedCheck(file, () => checkFile(file, {kind: 'bytes', bytes}, configuration.options, run, name), io.cwd)
    if (problem) configurationErrors.set(problem.message, problem)
    if (cache) remember(cache, file, name, key, configuration)
    return file
  }

  // What is cached is what is on disk now: after a fix, the fixed text.
  function remember(cache: FindingsCache, file: VFile, name: string, key: string, configuration: ResolvedConfiguration): void {
    const result = file.data.officialese
    if (!result || inTrouble(file) || result.diff !== undefined) {
      cache.delete(name)
      return
    }
    const written = result.writtenText
    delete result.writtenText
    cache.set(name, written === undefined ? key : cacheKey(written, configuration.digest, runDigest), file)
  }
}

/**
 * Run a check; a failure is noted on the file (one line) rather than thrown.
 * A broken configuration met while checking (a glossary) is returned instead.
 */
async function guardedCheck(file: VFile, check: () => Promise<void>, cwd: string): Promise<ConfigurationError | undefined> {
  try {
    await check()
  } catch (error) {
    const problem = isConfigurationLoadError(error, cwd)
    if (problem) return problem
    file.message(`Cannot check \`${showPath(file, cwd)}\`: ${oneLine(rootCause(error))}`).fatal = true
  }
  return undefined
}

function asConfigurationProblem(error: unknown, cwd: string): ConfigurationError {
  if (error instanceof ConfigurationError) return error
  return isConfigurationLoadError(error, cwd) ?? new ConfigurationError(oneLine(error), '', '')
}

/**
 * A file that could not be listed, read, checked or written: its message is
 * an error about the file (no rule, no source), or its fixes were not written.
 */
function inTrouble(file: VFile): boolean {
  if (file.data.officialese?.writeFailed) return true
  return file.messages.some((message) => message.fatal === true && !message.ruleId && !message.source)
}

async function openCache(args: CliArguments, io: Io): Promise<FindingsCache> {
  let location = path.resolve(io.cwd, args.cacheLocation ?? defaultCacheName)
  try {
    if ((await stat(location)).isDirectory()) location = path.join(location, defaultCacheName)
  } catch {
    // Not there yet: it is created at the end of the run.
  }
  return FindingsCache.open(location, (message) => io.stderr.write(`officialese: warning: ${message}\n`))
}

// Sizes in bytes, for the progress line, the streaming threshold and the
// choice of threads; 0 for what cannot be looked at (reading it says why).
// A named pipe or device found in a folder is noted instead of being read:
// reading a named pipe waits for a writer that may never come.
async function sizesOf(listed: Array<string | VFile>, cwd: string): Promise<number[]> {
  const sizes: number[] = new Array(listed.length).fill(0)
  const batch = 256
  for (let start = 0; start < listed.length; start += batch) {
    await Promise.all(
      listed.slice(start, start + batch).map(async (entry, offset) => {
        if (typeof entry !== 'string') return
        try {
          const stats = await stat(entry)
          sizes[start + offset] = stats.size
          const kind = specialKind(stats)
          if (!kind) return
          const file = new VFile({path: entry, cwd})
          file.message(`Cannot read \`${showPath(file, cwd)}\`: ${kind}`).fatal = true
          listed[start + offset] = file
        } catch {
          // Reported when read.
        }
      })
    )
  }
  return sizes
}

function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}

// Through `fs.readFile` itself, so a test can make it fail as a disk would.
function readBytes(filePath: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => fs.readFile(filePath, (error, bytes) => (error ? reject(error) : resolve(bytes))))
}

async function readText(filePath: string): Promise<string> {
  return Buffer.from(await readBytes(filePath)).toString('utf8')
}

function rereadText(file: VFile, cwd: string): string | undefined {
  if (!file.path) return undefined
  try {
    return readFileSync(path.resolve(cwd, file.path), 'utf8')
  } catch {
    return undefined
  }
}

function rootCause(error: unknown): unknown {
  let current = error
  while (current instanceof Error && current.cause instanceof Error) current = current.cause
  return current
}

// vfile-reporter prints `file.path`: show it as the other reporters do.
function withDisplayPaths(files: readonly VFile[], show: (file: VFile) => string): VFile[] {
  // It prints the first path a file had: make that the one shown.
  for (const file of files) {
    if (file.path) file.history = [show(file)]
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
