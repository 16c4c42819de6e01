import path from 'node:path'
import {withGlossaryLoaded} from '../check.js'
import {asConfigurationError, isConfigurationLoadError, loadConfiguration, type ConfigurationOptions} from '../config-files.js'

/** The options for one document, or why its configuration cannot be used. */
export type DocumentConfiguration =
  | {ok: true; options: ConfigurationOptions; configPath: string | undefined}
  | {ok: false; reason: string}

/**
 * Finds the configuration of each document exactly as the `officialese`
 * command does (the nearest `.officialeserc*` or `package.json` field), with
 * its glossary file read. Loaded once per folder until `reload`, which the
 * server calls when a configuration file changes.
 */
export class ConfigurationStore {
  private byFolder = new Map<string, Promise<DocumentConfiguration>>()

  constructor(
    /** The workspace folder: configuration paths in messages are shown relative to it. */
    private readonly cwd: string
  ) {}

  /** The configuration for a document at `filePath`; documents without a file use the defaults. */
  load(filePath: string | undefined): Promise<DocumentConfiguration> {
    if (filePath === undefined) return Promise.resolve({ok: true, options: {}, configPath: undefined})
    // Configuration files apply per folder, so every document of a folder shares one load.
    const folder = path.dirname(filePath)
    let loading = this.byFolder.get(folder)
    if (!loading) {
      loading = this.read(filePath)
      this.byFolder.set(folder, loading)
    }
    return loading
  }

  /** Forget every loaded configuration: the next `load` reads the files again. */
  reload(): void {
    this.byFolder = new Map()
  }

  private async read(filePath: string): Promise<DocumentConfiguration> {
    try {
      const {options, configPath} = await loadConfiguration(filePath, this.cwd)
      return {ok: true, options: await withGlossaryLoaded(options), configPath}
    } catch (error) {
      const problem = isConfigurationLoadError(error, this.cwd) ?? asConfigurationError(error, this.cwd)
      return {ok: false, reason: problem.message}
    }
  }
}
