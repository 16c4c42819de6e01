import fs from 'node:fs'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {ConfigurationError, displayPath} from '../config-files.js'
import {describeFileError} from '../file-error.js'

/** Where ignore patterns come from, as the command line sets them. */
export interface IgnoreSettings {
  cwd: string
  /** Name of the ignore files looked for upward from each file; undefined with `--no-ignore`. */
  ignoreName?: string
  /** `--ignore-path`: this file instead of the nearest ignore file; its patterns are relative to its folder. */
  ignorePath?: string
  /** `--ignore-pattern`: patterns relative to the working folder. */
  patterns: readonly string[]
}

interface PatternSet {
  /** The folder the patterns are relative to. */
  base: string
  rules: Ignore
}

/**
 * Whether a file is ignored, in gitignore syntax: by the nearest ignore file
 * above it (or the one `--ignore-path` names) and by `--ignore-pattern`. A file
 * outside the folder of a set of patterns is never ignored by it. Ignore files
 * are read once per folder.
 */
export function createIgnoreCheck(settings: IgnoreSettings): (absolutePath: string) => Promise<boolean> {
  const extra: PatternSet = {base: settings.cwd, rules: ignore().add([...settings.patterns])}
  const nearest = new Map<string, Promise<PatternSet | undefined>>()
  let given: Promise<PatternSet> | undefined

  return async function ignores(absolutePath) {
    if (settings.patterns.length > 0 && matches(extra, absolutePath)) return true
    const set = settings.ignorePath ? await (given ??= readGiven(settings.ignorePath)) : settings.ignoreName ? await lookUp(path.dirname(absolutePath)) : undefined
    return set ? matches(set, absolutePath) : false
  }

  async function readGiven(ignorePath: string): Promise<PatternSet> {
    const absolute = path.resolve(settings.cwd, ignorePath)
    try {
      return {base: path.dirname(absolute), rules: ignore().add(await readText(absolute))}
    } catch (error) {
      const shown = displayPath(absolute, settings.cwd)
      throw new ConfigurationError(`${shown}: cannot read it: ${describeFileError(error)}`, shown, '')
    }
  }

  function lookUp(folder: string): Promise<PatternSet | undefined> {
    let found = nearest.get(folder)
    if (!found) {
      found = readText(path.join(folder, settings.ignoreName!)).then(
        (text) => ({base: folder, rules: ignore().add(text)}),
        () => {
          const parent = path.dirname(folder)
          return parent === folder ? undefined : lookUp(parent)
        }
      )
      nearest.set(folder, found)
    }
    return found
  }
}

function matches(set: PatternSet, absolutePath: string): boolean {
  const relative = path.relative(set.base, absolutePath)
  if (relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) return false
  return set.rules.ignores(relative.split(path.sep).join('/'))
}

function readText(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => fs.readFile(filePath, 'utf8', (error, text) => (error ? reject(error) : resolve(text))))
}
