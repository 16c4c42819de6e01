import {createHash} from 'node:crypto'
import path from 'node:path'
import type {Plugin} from 'unified'
import {Configuration} from 'unified-engine'
import {configurationSettings, isConfigurationLoadError, asConfigurationError, type ConfigurationOptions} from '../config-files.js'
import {loadGlossary} from '../glossary/index.js'

/** The configuration that applies to a file, its glossary loaded. */
export interface ResolvedConfiguration {
  options: ConfigurationOptions
  /** A digest of the options and the glossary's entries: what the cache keys findings on. */
  digest: string
}

/** What the command line says about configuration files. */
export interface ConfigurationSettings {
  cwd: string
  /** `--config`: this file instead of searching. */
  configPath?: string
  /** `--no-config`: the recommended preset, no configuration file. */
  noConfig: boolean
}

/**
 * Find the configuration of each file as the engine of the unified tools
 * does — the nearest `.officialeserc*` or `package.json` field, or the one
 * `--config` names — with unified-engine's own `Configuration`, which reads
 * each configuration file once. A configuration (and its glossary file) is
 * loaded once however many files use it. Rejects with a `ConfigurationError`.
 */
export function createConfigurations(settings: ConfigurationSettings): (filePath: string | undefined) => Promise<ResolvedConfiguration> {
  const {cwd} = settings
  // Stands in for the checking: the configuration hands it each file's options.
  const carrier: Plugin<[ConfigurationOptions]> = function () {}
  const configuration = new Configuration({
    cwd,
    ...configurationSettings(carrier, cwd),
    rcPath: settings.configPath,
    detectConfig: !settings.noConfig && settings.configPath === undefined
  })
  const resolved = new WeakMap<object, Promise<ResolvedConfiguration>>()

  return function (filePath) {
    // Standard input without a name is looked up from the working folder, as the engine does.
    const absolute = path.resolve(cwd, filePath ?? 'stdin.js')
    return new Promise<ResolvedConfiguration>(function (resolve, reject) {
      configuration.load(absolute, function (error, result) {
        if (error || !result) {
          reject(isConfigurationLoadError(error, cwd) ?? asConfigurationError(error, cwd))
          return undefined
        }
        const entry = result.plugins.find(([plugin]) => plugin === carrier)
        const options = (entry?.[1] ?? {}) as ConfigurationOptions
        let loaded = resolved.get(options)
        if (!loaded) {
          loaded = withGlossary(options).catch((cause: unknown) => {
            throw isConfigurationLoadError(cause, cwd) ?? cause
          })
          resolved.set(options, loaded)
        }
        loaded.then(resolve, reject)
        return undefined
      })
    })
  }
}

async function withGlossary(options: ConfigurationOptions): Promise<ResolvedConfiguration> {
  const glossary = await loadGlossary(options.glossary)
  const loaded = {...options, glossary}
  const digest = createHash('sha256')
    .update(JSON.stringify({preset: options.preset, rules: options.rules, glossary}))
    .digest('hex')
  return {options: loaded, digest}
}
