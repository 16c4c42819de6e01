import {stat} from 'node:fs/promises'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {VFile} from 'vfile'
import {displayPath} from '../config-files.js'
import {markSpecialFiles} from './content.js'
import {insideLinkCycle} from './link-cycle.js'

/** Folders a search never enters unless the path or glob given starts inside one. */
export const skippedFolders = ['node_modules', '.git']

/** How the paths, folders and globs of the command line become files. */
export interface ListSettings {
  cwd: string
  /** Extensions (without the dot) of the files a folder is searched for. */
  extensions: readonly string[]
  /** Whether a file (absolute path) is ignored; an ignored file is passed over quietly. */
  ignores(absolutePath: string): Promise<boolean>
}

/**
 * The files to check, each once, as absolute paths: the inputs in the order
 * given, the files of each folder or glob in sorted order. A file named on the
 * command line is checked whatever its extension; a folder is searched for
 * `extensions`; a glob takes every file it matches. Inputs that cannot be
 * checked (a missing path, a named pipe) come back as files holding one fatal
 * message, which are never read.
 */
export async function listFiles(inputs: readonly string[], settings: ListSettings): Promise<Array<string | VFile>> {
  const listed: Array<string | VFile> = []
  const seen = new Set<string>()
  const marked = await markSpecialFiles(inputs, settings.cwd)

  for (const [index, input] of inputs.entries()) {
    const special = marked[index]
    if (typeof special === 'object') {
      listed.push(special)
      continue
    }
    for (const found of await expand(input, settings)) {
      if (typeof found === 'object') {
        listed.push(found)
        continue
      }
      if (seen.has(found)) continue
      seen.add(found)
      listed.push(found)
    }
  }
  return listed
}

async function expand(input: string, settings: ListSettings): Promise<Array<string | VFile>> {
  const {cwd} = settings
  if (isDynamicPattern(input)) {
    const matched = await glob(input, {cwd, absolute: true, ignore: skippedUnlessNamed(input)})
    return kept(matched, settings)
  }

  const absolute = path.resolve(cwd, input)
  let folder = false
  try {
    folder = (await stat(absolute)).isDirectory()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Anything else (a link loop, a permission) is said when the file is read.
    if (code === 'ENOENT' || code === 'ENOTDIR') return [missing(absolute, cwd)]
  }
  if (await settings.ignores(absolute)) return []
  if (!folder) return [absolute]

  const pattern = `**/*.{${settings.extensions.join(',')}}`
  const found = await glob(pattern, {
    cwd: absolute,
    absolute: true,
    dot: true,
    ignore: skippedFolders.map((name) => `**/${name}/**`)
  })
  return kept(found, settings)
}

// Sorted, without ignored files and without paths that go round a link loop.
async function kept(found: readonly string[], settings: ListSettings): Promise<string[]> {
  const sorted = found.map((file) => path.resolve(file)).sort(byPath)
  const ignored = await Promise.all(sorted.map((file) => settings.ignores(file)))
  return sorted.filter((file, index) => !ignored[index] && !insideLinkCycle(file, settings.cwd))
}

/** Order paths by their text, as `sort` does, so every run lists them alike. */
export function byPath(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}

// A glob skips `node_modules` and `.git` unless it names one of them itself.
function skippedUnlessNamed(pattern: string): string[] {
  const segments = pattern.split(/[\\/]/)
  return skippedFolders.filter((name) => !segments.includes(name)).map((name) => `**/${name}/**`)
}

function missing(absolute: string, cwd: string): VFile {
  const file = new VFile({path: absolute, cwd})
  const message = file.message(`No such file or folder \`${displayPath(absolute, cwd)}\``)
  message.fatal = true
  return file
}
