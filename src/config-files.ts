import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Plugin} from 'unified'
import {Configuration, type ConfigTransform, type Preset} from 'unified-engine'
import {parseDocument} from 'yaml'
import {checkSync} from './check.js'
import {resolveRules, type Options} from './options.js'
import {describeFileError} from './file-error.js'
import {ConfigError} from './settings.js'

/** What a configuration file may set: the options of `check()` except `format`. */
export type ConfigurationOptions = Omit<Options, 'format'>

/** Base name of configuration files (`.officialeserc`, `.officialeserc.json`, `.yaml`, `.js`, …). */
export const rcName = '.officialeserc'
/** Field of `package.json` holding a configuration. */
export const packageField = 'officialese'
/** Name of ignore files (gitignore syntax). */
export const ignoreName = '.officialeseignore'

// The keys a configuration file may hold. Typed against `Options` so that a
// key `check()` does not know can never slip through.
const knownKeys: Partial<Record<keyof ConfigurationOptions, true>> = {preset: true, rules: true, glossary: true}

/** A mistake in a configuration file: which file, and which key (when one is at fault). */
export class ConfigurationError extends Error {
  constructor(
    message: string,
    /** The configuration file, relative to the working folder when inside it. */
    readonly configPath: string,
    /** The setting at fault, e.g. `rules.quote-style.preferred`; `''` when the file as a whole is. */
    readonly key: string
  ) {
    super(message)
    this.name = 'ConfigurationError'
  }
}

/**
 * Check the content of the configuration file `configFile` (absolute) and turn
 * it into `check()` options; a glossary path is taken relative to the file.
 * Throws `ConfigurationError` naming the file (relative to `cwd`) and the key at fault.
 */
export function toOptions(raw: unknown, configFile: string, cwd: string = process.cwd()): ConfigurationOptions {
  const configPath = displayPath(configFile, cwd)
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigurationError(`${configPath}: expected an object with \`preset\` and \`rules\``, configPath, '')
  }

  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(knownKeys, key)) {
      const expected = Object.keys(knownKeys).map((name) => `\`${name}\``)
      throw new ConfigurationError(
        `${configPath}: unknown key \`${key}\` (expected ${expected.join(', ')})`,
        configPath,
        key
      )
    }
  }

  const options = {...raw} as ConfigurationOptions
  if (typeof options.glossary === 'string') {
    options.glossary = path.resolve(path.dirname(configFile), options.glossary)
  }
  try {
    resolveRules(options)
    // Runs every check `check()` makes on its options, including keys the
    // rules alone do not read. A glossary file is read, and checked, later.
    if (typeof options.glossary !== 'string') checkSync('', {...options, format: 'text'})
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ConfigurationError(`${configPath}: ${lowerFirst(error.message)}`, configPath, error.key)
    }
    throw error
  }

  return options
}

/**
 * The engine settings that find configuration files: `.officialeserc*` and
 * the `officialese` field of `package.json`, nearest to each file. Each found
 * configuration becomes `plugin` with the file's options.
 */
export function configurationSettings(
  plugin: Plugin<[ConfigurationOptions], any>,
  cwd: string
): {rcName: string; packageField: string; configTransform: ConfigTransform; defaultConfig: Preset} {
  return {
    rcName,
    packageField,
    configTransform(raw: unknown, filePath: string): Preset {
      if (/\.ya?ml$/.test(filePath)) rejectYamlTags(filePath, cwd)
      return {plugins: [[plugin as Plugin<[unknown]>, toOptions(raw, filePath, cwd)]]}
    },
    defaultConfig: {plugins: [[plugin as Plugin<[unknown]>, {}]]}
  }
}

/**
 * A configuration is data. YAML tags the plain schema does not know
 * (`!!js/function`, `!!js/regexp`) are never evaluated: the parser keeps their
 * text as a string. Say so rather than let that string fail somewhere later.
 */
function rejectYamlTags(filePath: string, cwd: string): void {
  let text: string
  try {
    text = readFileSync(filePath, 'utf8')
  } catch {
    // The engine read it a moment ago; whatever it parsed is checked as usual.
    return
  }
  const unresolved = parseDocument(text, {logLevel: 'silent'}).warnings.find(
    (warning) => warning.code === 'TAG_RESOLVE_FAILED'
  )
  if (!unresolved) return
  const configPath = displayPath(filePath, cwd)
  const tag = /Unresolved tag: (\S+)/.exec(unresolved.message)?.[1]?.replace('tag:yaml.org,2002:', '!!')
  const shown = tag ? `tag \`${tag}\`` : 'tag'
  const line = unresolved.linePos?.[0].line
  throw new ConfigurationError(
    `${configPath}: unsupported YAML ${shown}${line ? ` on line ${line}` : ''}: a configuration is data; write code in \`${rcName}.js\``,
    configPath,
    ''
  )
}

/** The configuration that applies to a file. */
export interface LoadedConfiguration {
  /** The options of the nearest configuration, `{}` when there is none. */
  options: ConfigurationOptions
  /** The configuration file used, absolute; `undefined` when none was found. */
  configPath: string | undefined
}

/**
 * Load the configuration that applies to `filePath` (absolute, or relative to
 * `cwd`), exactly as the `officialese` command does. Throws
 * `ConfigurationError` for a broken or invalid configuration file.
 */
export async function loadConfiguration(filePath: string, cwd: string = process.cwd()): Promise<LoadedConfiguration> {
  const carrier: Plugin<[ConfigurationOptions]> = function () {}
  const configuration = new Configuration({cwd, detectConfig: true, ...configurationSettings(carrier, cwd)})
  const absolute = path.resolve(cwd, filePath)
  return new Promise(function (resolve, reject) {
    configuration.load(absolute, function (error, result) {
      if (error || !result) {
        reject(asConfigurationError(error, cwd))
        return
      }
      const entry = result.plugins.find(([plugin]) => plugin === carrier)
      resolve({options: (entry?.[1] ?? {}) as ConfigurationOptions, configPath: result.filePath})
    })
  })
}

/**
 * Turn an error met while loading configuration (syntax, import, validation)
 * into a `ConfigurationError` whose message is one line: `<file>: <reason>`.
 */
export function asConfigurationError(error: unknown, cwd: string): ConfigurationError {
  const chain = causes(error)
  const own = chain.find((value) => value instanceof ConfigurationError)
  if (own) return own as ConfigurationError

  // The engine says `Cannot parse file \`<path>\``, `Cannot import \`<path>\``
  // or `Cannot read given file \`<path>\`` and puts the parser's own words (with a code frame) in the cause.
  const outer = chain[0]?.message ?? String(error)
  const named = /`([^`]+)`/.exec(outer)?.[1]
  const fileName = (chain.find((value) => typeof (value as {fileName?: unknown}).fileName === 'string') as
    | {fileName: string}
    | undefined)?.fileName
  const configPath = named ?? (fileName ? displayPath(fileName, cwd) : 'configuration')
  // A script's own error (a throw, a syntax error) is met while loading it.
  const script = /\.[cm]?js$/.test(configPath)
  const verb =
    /^Cannot import/.test(outer) || (script && /^Cannot parse/.test(outer))
      ? 'cannot load it'
      : /^Cannot read/.test(outer)
        ? 'cannot read it'
        : 'cannot parse it'
  const root = chain.at(-1) as (Error & {code?: string; syscall?: string}) | undefined
  // A parser's error has a `code` too (`BAD_INDENT`): only a system call's is described by its code.
  const detail = chain.length < 2 || !root ? '' : root.syscall ? describeFileError(root) : cleanDetail(root.message)
  return new ConfigurationError(`${configPath}: ${verb}${detail ? `: ${detail}` : ''}`, configPath, '')
}

function causes(error: unknown): Error[] {
  const chain: Error[] = []
  let current: unknown = error
  while (current instanceof Error && chain.length < 8) {
    chain.push(current)
    current = current.cause
  }
  return chain
}

// Keep the parser's first line, without its excerpt of the text or the absolute path.
function cleanDetail(message: string): string {
  let line = firstLine(message).split(' while parsing near ')[0]!.replace(/ in \/\S*$/, '')
  while (line.length > 0 && (line.endsWith(':') || /\s$/.test(line))) line = line.slice(0, -1)
  return lowerFirst(line)
}

/** Whether an error met while loading a file comes from its configuration rather than its text. */
export function isConfigurationLoadError(error: unknown, cwd: string): ConfigurationError | undefined {
  const chain = causes(error)
  const own = chain.find((value) => value instanceof ConfigurationError)
  if (own) return own as ConfigurationError
  const core = chain.find((value) => value instanceof ConfigError) as ConfigError | undefined
  if (core) {
    // The core names glossary files by absolute path; show them as the rest.
    const message = core.message.split(cwd + path.sep).join('')
    return new ConfigurationError(message, '', core.key)
  }
  const index = chain.findIndex((value) => /^Cannot (parse file|import|read given file) `/.test(value.message))
  return index === -1 ? undefined : asConfigurationError(chain[index], cwd)
}

/** A path as users should see it: relative to the working folder when inside it. */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath
}

function firstLine(value: string): string {
  return value.trim().split(/\r?\n/, 1)[0] ?? ''
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1)
}
