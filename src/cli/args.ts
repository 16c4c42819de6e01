import {parseArgs} from 'node:util'
import type {Format} from '../rule.js'

/** The report formats of `--reporter`. */
export const reporterNames = ['stylish', 'json', 'sarif', 'github', 'html', 'markdown'] as const
export type ReporterName = (typeof reporterNames)[number]

const formats: readonly Format[] = ['text', 'markdown', 'html']

/** What the command line asks for. */
export interface CliArguments {
  paths: string[]
  format?: Format
  stdinFilename?: string
  /** Which fixes to apply: `safe` for `--fix`, `all` for `--fix=all`. */
  fix?: 'safe' | 'all'
  fixDryRun: boolean
  reporter: ReporterName
  quiet: boolean
  frail: boolean
  maxWarnings?: number
  config?: string
  noConfig: boolean
  ignorePath?: string
  ignorePatterns: string[]
  noIgnore: boolean
  color?: boolean
  help: boolean
  version: boolean
  /** Worker threads checking files at once (`--jobs`); undefined: one per core. */
  jobs?: number
  /** Read standard input: no paths, or the path `-`. */
  readsStdin: boolean
  /** Skip files unchanged since the last run (`--cache`). */
  cache: boolean
  /** Where the cache lives (`--cache-location`); undefined: `.officialesecache`. */
  cacheLocation?: string
  /** Check only this part of the files (`--shard <index>/<count>`). */
  shard?: {index: number; count: number}
  /** `--progress` forces the progress line on, `--no-progress` off; undefined: on a terminal. */
  progress?: boolean
  /** The original document the single input translates (`--source`). */
  source?: string
}

/** A mistake on the command line: exit code 2 and a one-line message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

const options = {
  format: {type: 'string'},
  'stdin-filename': {type: 'string'},
  fix: {type: 'string'},
  'fix-dry-run': {type: 'boolean'},
  reporter: {type: 'string', short: 'r'},
  quiet: {type: 'boolean', short: 'q'},
  frail: {type: 'boolean'},
  'max-warnings': {type: 'string'},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  'ignore-path': {type: 'string'},
  'ignore-pattern': {type: 'string', multiple: true},
  'no-ignore': {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  jobs: {type: 'string', short: 'j'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'},
  shard: {type: 'string'},
  progress: {type: 'boolean'},
  'no-progress': {type: 'boolean'},
  source: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/** Read the command line (without `node` and the script). Throws `UsageError`. */
export function parseArguments(argv: readonly string[]): CliArguments {
  // `--fix` takes an optional value, which `parseArgs` cannot express: a bare
  // `--fix` would swallow the next path as its value.
  const args = argv.map((arg) => (arg === '--fix' ? '--fix=safe' : arg))
  let parsed
  try {
    parsed = parseArgs({args, options, allowPositionals: true, strict: true})
  } catch (error) {
    // Node adds advice about `--` that does not apply here.
    throw new UsageError(String((error as Error).message).split('\n')[0]!.split('. To specify a positional')[0]!)
  }
  const values = parsed.values

  const format = values.format
  if (format !== undefined && !formats.includes(format as Format)) {
    throw new UsageError(`Unknown format \`${format}\` for --format (expected ${list(formats)})`)
  }

  const reporter = values.reporter ?? 'stylish'
  if (!(reporterNames as readonly string[]).includes(reporter)) {
    throw new UsageError(`Unknown reporter \`${reporter}\` for --reporter (expected ${list(reporterNames)})`)
  }

  const fix = values.fix
  if (fix !== undefined && fix !== 'safe' && fix !== 'all') {
    throw new UsageError(`Unknown value \`${fix}\` for --fix (expected --fix or --fix=all)`)
  }

  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`Expected a whole number for --max-warnings, not \`${values['max-warnings']}\``)
    }
  }

  let jobs: number | undefined
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new UsageError(`Expected a whole number of 1 or more for --jobs, not \`${values.jobs}\``)
    }
  }

  if (values.config !== undefined && values['no-config']) {
    throw new UsageError('Use either --config or --no-config, not both')
  }

  // `-` names standard input, as a lone path.
  const dash = parsed.positionals.includes('-')
  if (dash && parsed.positionals.length > 1) {
    throw new UsageError('`-` reads standard input: do not give other paths as well')
  }
  const paths = dash ? [] : parsed.positionals
  const stdinFilename = values['stdin-filename']
  if (stdinFilename !== undefined && paths.length > 0) {
    throw new UsageError('--stdin-filename reads standard input: do not give paths as well')
  }
  const readsStdin = paths.length === 0

  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (shard && readsStdin) throw new UsageError('--shard splits the files given: standard input is one document')

  if (values['cache-location'] !== undefined && !values.cache) {
    throw new UsageError('--cache-location needs --cache')
  }

  if (values['fix-dry-run'] && reporter !== 'stylish' && reporter !== 'github') {
    throw new UsageError(`--fix-dry-run prints a diff on stdout, where --reporter ${reporter} writes too: use one of them`)
  }

  return {
    paths,
    readsStdin,
    format: format as Format | undefined,
    stdinFilename,
    // A dry run shows the fixes `--fix` would make: safe ones unless `--fix=all`.
    fix: fix ?? (values['fix-dry-run'] ? 'safe' : undefined),
    fixDryRun: values['fix-dry-run'] ?? false,
    reporter: reporter as ReporterName,
    quiet: values.quiet ?? false,
    frail: values.frail ?? false,
    maxWarnings,
    config: values.config,
    noConfig: values['no-config'] ?? false,
    ignorePath: values['ignore-path'],
    ignorePatterns: values['ignore-pattern'] ?? [],
    noIgnore: values['no-ignore'] ?? false,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
    jobs,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
    shard,
    progress: values['no-progress'] ? false : values.progress,
    source: values.source
  }
}

// `<index>/<count>`, both whole numbers, 1 ≤ index ≤ count.
function parseShard(value: string): {index: number; count: number} {
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index < 1 || count < 1 || index > count) {
    throw new UsageError(`Expected --shard <index>/<count> with 1 ≤ index ≤ count (such as 1/3), not \`${value}\``)
  }
  return {index, count}
}

function list(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ')
}

/** The text of `--help`. */
export const helpText = `Usage: officialese [options] [paths or globs...]

Find and fix machine-translation artifacts in English officialese.
Folders are searched for .txt, .md, .markdown, .html, .htm, .xlf, .xliff,
.po, .tmx and .jsonl files; globs and folders skip node_modules and .git
unless the path or glob starts inside them. \`-\` (or no path) reads
standard input.

Input
  --format <text|markdown|html>  parse every file as this format (default: from the extension)
  --stdin-filename <name>        read standard input, treated as the file <name>
  --source <path>                the original document the one input translates

Fixing
  --fix                          write SAFE fixes into the files
  --fix=all                      also apply the first suggestion of every finding
  --fix-dry-run                  print the fixes as a unified diff; write nothing

Output
  -r, --reporter <name>          stylish (default), json, sarif, github, html
                                 or markdown
  -q, --quiet                    hide files without findings
  --color, --no-color            force colour in the stylish report on or off
  --progress, --no-progress      force the progress line on stderr on or off
                                 (default: on a terminal, for runs over a second)

Exit status
  --frail                        exit 1 on warnings too
  --max-warnings <n>             exit 1 when there are more than <n> warnings

Configuration
  -c, --config <path>            use this configuration file instead of searching
  --no-config                    use the recommended preset, ignore configuration files
  --ignore-path <path>           read ignore patterns from this file
  --ignore-pattern <pattern>     ignore files matching the pattern (repeatable)
  --no-ignore                    do not read .officialeseignore files

Speed
  -j, --jobs <n>                 check files on <n> threads at once (default: one per core)
  --cache                        skip files unchanged since the last run (their findings are kept)
  --cache-location <path>        where the cache is kept (default: .officialesecache)
  --shard <i>/<n>                check only the i-th of n parts of the files (for CI matrices)

  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 no error-level finding, 1 findings that fail the run,
2 usage, configuration, or file read/write errors.
`
